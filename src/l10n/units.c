/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* units.c: walks every translation unit of the content. */
#include "system.h"

#include <stdint.h>

#include "model/body.h"
#include "model/model.h"
#include "l10n/units.h"
#include "util/fmt.h"
#include "util/xalloc.h"

/* Every paragraph and heading of a body's sections, as loaded. */
static void
units_body(const struct body *b, const char *const *keys, size_t nkeys,
    struct unit_info *u, const char *title, unit_fn fn, void *arg)
{
	char *comment[BODY_MAX_SECTIONS];
	size_t i;

	for (i = 0; i < nkeys; i++)
		comment[i] = xasprintf("%s: %s", title, keys[i]);
	for (i = 0; i < b->nunits; i++) {
		u->text = b->units[i].text;
		u->line = b->units[i].line;
		u->comment = comment[b->units[i].sec];
		fn(u, arg);
	}
	for (i = 0; i < nkeys; i++)
		free(comment[i]);
}

static void
units_entry(const struct entry *e, unit_fn fn, void *arg)
{
	char owner[8];
	char *title = xasprintf("%d %s", e->code, e->reason);
	char *cm = xasprintf("%s: summary (one sentence)", title);
	struct unit_info u = { owner, e->index, SIZE_MAX, UNIT_SUMMARY, e->ref,
	    e->summary.line, e->summary.text, cm };

	fmt_snprintf(owner, sizeof(owner), "%d", e->code);
	fn(&u, arg);
	free(cm);
	cm = xasprintf("%s: when to send it (one sentence)", title);
	u.kind = UNIT_USE;
	u.line = e->use.line;
	u.text = e->use.text;
	u.comment = cm;
	fn(&u, arg);
	free(cm);
	u.kind = UNIT_BODY;
	units_body(&e->body, entry_section_keys, SEC__MAX, &u, title, fn, arg);
	free(title);
}

void
units_foreach(const struct content *c, unit_fn fn, void *arg)
{
	size_t i;

	for (i = 0; i < c->nentries; i++)
		units_entry(c->entries[i], fn, arg);
	for (i = 0; i < c->npairs; i++) {
		const struct pair *p = c->pairs[i];
		char owner[16];
		char *title = xasprintf("%d vs %d", p->code[0], p->code[1]);
		struct unit_info u = { owner, SIZE_MAX, p->index, UNIT_BODY,
		    p->ref, 0, NULL, NULL };

		fmt_snprintf(owner, sizeof(owner), "%d-%d", p->code[0],
		    p->code[1]);
		units_body(&p->body, pair_section_keys, PSEC__MAX, &u, title,
		    fn, arg);
		free(title);
	}
}

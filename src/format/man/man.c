/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* man.c: the man pages as a format: the outputs of each language and the
 * digest of what each shows. */
#include "system.h"

#include "build/project.h"
#include "format/man/man.h"
#include "format/prepared.h"
#include "format/roff/groff.h"
#include "format/roff/roff.h"
#include "l10n/langs.h"
#include "util/fmt.h"

enum man_kind { MK_CODE, MK_SHEET, MK_OVERVIEW, MK_TOOL };

/* "man/man7" for English, "man/LANG/man7" for the others. */
static void
man_path(struct output *out, const struct project *p, size_t l, int section,
    const char *name)
{
	const char *lc = p->langs[l].code;

	if (strcmp(lc, "en") == 0)
		fmt_snprintf(out->path, sizeof(out->path), "man/man%d/%s.%d",
		    section, name, section);
	else
		fmt_snprintf(out->path, sizeof(out->path), "man/%s/man%d/%s.%d",
		    lc, section, name, section);
}

/* What every man page shows: sipdoc, the codes, the date, the UI. */
static void
dg_start(struct hasher *h, const struct project *p, size_t l, int kind)
{
	hasher_init(h);
	hasher_str(h, "man");
	hasher_int(h, kind);
	hasher_digest(h, &p->in.global);
	hasher_digest(h, &p->in.date);
	hasher_digest(h, &p->in.ui[l]);
}

static void
man_add(struct planner *pl, struct output *out, struct hasher *h)
{
	out->in = hasher_end(h);
	planner_add(pl, out);
}

static void
man_plan(const struct project *p, void *data, size_t l, struct planner *pl)
{
	struct output out = { .lang = l };
	struct hasher h;
	char name[32];
	size_t i;

	(void)data;
	if (l == LANG_NONE || !groff_sets(&p->langs[l]))
		return;
	for (i = 0; i < p->c->nentries; i++) {
		dg_start(&h, p, l, MK_CODE);
		inputs_entry(&h, p, l, i);
		fmt_snprintf(name, sizeof(name), "sip-%d",
		    p->c->entries[i]->code);
		man_path(&out, p, l, 7, name);
		out.kind = MK_CODE;
		out.a = i;
		man_add(pl, &out, &h);
	}
	for (i = 0; i < p->c->npairs; i++) {
		const struct pair *n = p->c->pairs[i];

		if (n->entry[0] == NULL || n->entry[1] == NULL)
			continue;
		dg_start(&h, p, l, MK_SHEET);
		inputs_entry(&h, p, l, n->entry[0]->index);
		inputs_entry(&h, p, l, n->entry[1]->index);
		inputs_pair(&h, p, l, i);
		fmt_snprintf(name, sizeof(name), "sip-%d-vs-%d", n->code[0],
		    n->code[1]);
		man_path(&out, p, l, 7, name);
		out.kind = MK_SHEET;
		out.a = n->entry[0]->index;
		out.b = n->entry[1]->index;
		man_add(pl, &out, &h);
	}
	dg_start(&h, p, l, MK_OVERVIEW);
	inputs_all(&h, p, l);
	man_path(&out, p, l, 7, "sip-codes");
	out.kind = MK_OVERVIEW;
	man_add(pl, &out, &h);
	dg_start(&h, p, l, MK_TOOL);
	man_path(&out, p, l, 1, "sipdoc");
	out.kind = MK_TOOL;
	man_add(pl, &out, &h);
}

/* Nothing to load: the warning about languages it cannot set. */
static int
man_load(struct project *p, void **data)
{
	*data = NULL;
	groff_warn_unset(p, &format_man);
	return 0;
}

static void *
man_begin(const struct project *p, void *data, size_t l)
{
	(void)data;
	return prepared_new(p, l, roff_md_man, roff_inline_man, NULL, NULL);
}

static void
man_end(void *state, struct sink *sink)
{
	(void)sink;
	prepared_free(state);
}

static int
man_render(const struct project *p, void *data, void *state,
    const struct output *out, struct sink *sink)
{
	struct mctx m = { p, state, out->lang };

	(void)data;
	switch (out->kind) {
	case MK_CODE:
		man_code_page(&m, out->a, &sink->b);
		break;
	case MK_SHEET:
		man_sheet_page(&m, out->a, out->b, &sink->b);
		break;
	case MK_OVERVIEW:
		man_overview_page(&m, &sink->b);
		break;
	case MK_TOOL:
		man_tool_page(&m, &sink->b);
		break;
	}
	return 0;
}

const struct format format_man = {
	"man", man_load, NULL, man_plan, man_begin, man_render, man_end, NULL,
};

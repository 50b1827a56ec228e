/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* hbindex.c: one part of the handbook's index: "Retry-After — 413 (40),
 * 486 (61)", names in the order of the C locale's letters, ignoring
 * case, each paragraph exdented (.XP) so that the names stand out. */
#include "system.h"

#include <strings.h>

#include "format/pdf/hbindex.h"
#include "util/buf.h"
#include "format/roff/roff.h"
#include "model/model.h"
#include "model/names.h"
#include "util/fmt.h"
#include "util/xalloc.h"

static int
hbindex_cmp(const void *a, const void *b)
{
	const struct sip_name *const *x = a, *const *y = b;
	int d = strcasecmp((*x)->name, (*y)->name);

	return d != 0 ? d : strcmp((*x)->name, (*y)->name);
}

static void
hbindex_name(struct roff *r, const struct content *c,
    const struct sip_name *n, const int *pages)
{
	size_t i;

	roff_line(r, ".XP");
	roff_font_push(r, RF_CODE);
	roff_text(r, n->name);
	roff_font_pop(r);
	roff_text(r, " ");
	buf_puts(r->b, "\\(em ");
	for (i = 0; i < n->nentries; i++) {
		const struct entry *e = c->entries[n->entries[i]];
		char dest[16], text[32];

		fmt_snprintf(dest, sizeof(dest), "c%d", e->code);
		fmt_snprintf(text, sizeof(text), "%d (%d)", e->code,
		    pages[n->entries[i]]);
		if (i > 0)
			roff_text(r, ", ");
		roff_link_begin(r, dest, 0);
		roff_text(r, text);
		roff_link_end(r);
	}
	roff_nl(r);
}

int
hbindex_part(struct roff *r, const struct content *c, int kind,
    const int *pages)
{
	const struct sip_name **v = xcalloc(c->nnames + 1, sizeof(*v));
	size_t i, n = 0;

	for (i = 0; i < c->nnames; i++)
		if ((int)c->names[i].kind == kind && c->names[i].nentries > 0)
			v[n++] = &c->names[i];
	qsort(v, n, sizeof(*v), hbindex_cmp);
	for (i = 0; i < n; i++)		/* "486 (61)" is one link */
		hbindex_name(r, c, v[i], pages);
	free(v);
	return (int)n;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* rglance.c: the facts table in tbl(1). */
#include "system.h"

#include "compose/glance.h"
#include "format/roff/rglance.h"
#include "format/roff/roff.h"
#include "util/buf.h"

/* One cell as a text block: T{ on its own line, the inline Markdown,
 * T} at the start of a line. */
static void
rg_block(struct roff *r, const char *text, int md)
{
	roff_line(r, "T{");
	if (md)
		roff_md_inline(r, text);
	else
		roff_text(r, text);
	roff_nl(r);
	roff_line(r, "T}");
}

/* Cells after the first are joined to the line of the T} before them by
 * a tab, tbl's default separator. */
static void
rg_sep(struct roff *r)
{
	struct buf *b = r->b;

	/* The T} just written ends with a newline: replace it by a tab. */
	if (b->len > 0 && b->s[b->len - 1] == '\n')
		b->s[b->len - 1] = '\t';
	r->bol = 1;
}

void
roff_glance(struct roff *r, const struct glance *g,
    const char *const heads[2])
{
	size_t row, c;

	if (g->nrows == 0)
		return;
	/* Man pages are justified: the cells are set ragged.  Handbooks are
	   ragged already, and .ad would make them justified again. */
	if (r->style == &roff_man)
		roff_line(r, ".ad l");
	roff_line(r, ".TS");
	roff_line(r, "allbox;");
	if (heads != NULL)
		roff_line(r, g->ncols == 2 ? "lb lb lb" : "lb lb");
	roff_line(r, g->ncols == 2 ? "lb lx lx." : "lb lx.");
	if (heads != NULL) {
		roff_line(r, "\\&");
		for (c = 0; c < g->ncols; c++) {
			rg_sep(r);
			rg_block(r, heads[c], 0);
		}
	}
	for (row = 0; row < g->nrows; row++) {
		rg_block(r, g->label[row], 0);
		for (c = 0; c < g->ncols; c++) {
			rg_sep(r);
			rg_block(r, g->cell[row][c], 1);
		}
	}
	roff_line(r, ".TE");
	if (r->style == &roff_man)
		roff_line(r, ".ad");
}

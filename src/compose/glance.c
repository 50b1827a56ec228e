/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* glance.c: the rows of the facts table of a code or of two codes. */
#include "system.h"

#include "compose/factdiff.h"
#include "compose/glance.h"
#include "compose/sheet.h"
#include "l10n/i18n.h"
#include "model/model.h"
#include "util/buf.h"
#include "util/xalloc.h"

/* TRANSLATORS: cells of the facts table: who sends a code. */
static const char *const role_cells[ROLE__N] = {
	N_("UAS"), N_("proxy"), N_("registrar"), N_("redirect server"),
	N_("any element")
};

/* TRANSLATORS: cells of the facts table: what the client does next. */
static const char *const next_cells[NEXT__N] = {
	[NEXT_WAIT] = N_("wait for the final response"),
	[NEXT_DONE] = N_("nothing: the request was accepted"),
	[NEXT_FOLLOW_CONTACT] = N_("retry at the `Contact` addresses"),
	[NEXT_RETRY_CREDENTIALS] = N_("retry with credentials"),
	[NEXT_RETRY_MODIFIED] = N_("change the request and retry"),
	[NEXT_RETRY_LATER] = N_("retry later"),
	[NEXT_RETRY_ELSEWHERE] = N_("try another server or branch"),
	[NEXT_BUSY] = N_("busy treatment"),
	[NEXT_DECLINED] = N_("do not repeat: declined"),
	[NEXT_STOP_BRANCH] = N_("give up on this target"),
	[NEXT_STOP_EVERYWHERE] = N_("end the search on every branch"),
};

/* TRANSLATORS: cells of the facts table: the session description. */
static const char *const sdp_cells[SDP__N] = {
	[SDP_NONE] = N_("none"),
	[SDP_EARLY_MEDIA] = N_("may carry SDP for early media"),
	[SDP_ANSWER] = N_("the SDP answer to an `INVITE`"),
	[SDP_CAPABILITIES] = N_("may describe the supported media"),
};

static char *
gl_roles(unsigned set)
{
	struct buf b = {0};
	int i;

	for (i = 0; i < ROLE__N; i++)
		if (set & (1u << i)) {
			if (b.len > 0)
				buf_puts(&b, P_("facts table", ", "));
			buf_puts(&b, _(role_cells[i]));
		}
	return buf_detach(&b);
}

static char *
gl_next(const struct facts *f)
{
	struct buf b = {0};
	size_t i;

	for (i = 0; i < f->nnext; i++) {
		if (i > 0)
			/* TRANSLATORS: between the two next steps of a
			   code in the facts table. */
			buf_puts(&b, P_("facts table", "; or "));
		buf_puts(&b, _(next_cells[f->next[i]]));
	}
	return buf_detach(&b);
}

static char *
gl_names(char *const *names, size_t n, const char *none)
{
	return n > 0 ? factdiff_names(names, n, 0) : xstrdup(none);
}

static void
gl_row(struct glance *g, const char *label)
{
	g->label[g->nrows++] = label;
}

/* The seven fact cells of E into CELL. */
static void
gl_facts(char **cell, const struct entry *e)
{
	const struct facts *f = &e->facts;
	size_t r = 0;

	cell[r++] = gl_roles(f->sent_by);
	cell[r++] = xstrdup(f->scope == SCOPE_HOP ?
	    /* TRANSLATORS: how far a code travels, in the facts table. */
	    _("next hop only: proxies do not pass it on") :
	    _("end to end, back to the client"));
	cell[r++] = gl_next(f);
	cell[r++] = gl_names(f->must, f->nmust, P_("facts table", "none"));
	cell[r++] = gl_names(f->often, f->noften,
	    P_("facts table", "none in particular"));
	cell[r++] = xstrdup(_(sdp_cells[f->sdp]));
	cell[r] = f->nmethods > 0 ? factdiff_names(f->methods, f->nmethods,
	    1) : xstrdup(P_("facts table", "any"));
}

/* The row labels, in the order of a column's cells, in the current
 * language: looked up once per language, as every table has them. */
static const char *const *
gl_labels(void)
{
	static const char *label[GLANCE_COL];
	static unsigned made;		/* i18n_generation() + 1 */

	if (made != i18n_generation() + 1) {
		label[0] = _("Class");
		label[1] = _("Meaning");
		label[2] = _("Final or provisional");
		/* TRANSLATORS: row labels of the facts table. */
		label[3] = _("Sent by");
		label[4] = _("Travels");
		label[5] = _("Next step");
		label[6] = _("Must carry");
		label[7] = _("Often carries");
		label[8] = _("Session description");
		label[9] = _("Methods");
		label[10] = _("Defined in");
		made = i18n_generation() + 1;
	}
	return label;
}

static void
gl_fact_labels(struct glance *g)
{
	size_t i;

	for (i = 0; i < GLANCE_NFACTS; i++)
		gl_row(g, gl_labels()[GLANCE_FACT0 + i]);
}

void
glance_column(char *cell[GLANCE_COL], const struct entry *e,
    const char *summary)
{
	size_t i;

	cell[0] = xstrdup(class_label(e->code));
	cell[1] = xstrdup(summary);
	cell[2] = xstrdup(code_class(e->code) == 1 ? _("provisional") :
	    _("final"));
	if (e->facts.present)
		gl_facts(cell + GLANCE_FACT0, e);
	else
		for (i = 0; i < GLANCE_NFACTS; i++)
			cell[GLANCE_FACT0 + i] = NULL;
	cell[GLANCE_COL - 1] = xstrdup(e->refs[0]);
}

void
glance_entry_col(struct glance *g, const struct entry *e, char *const *col)
{
	size_t i;

	memset(g, 0, sizeof(*g));
	g->ncols = 1;
	g->borrowed = 1;
	if (!e->facts.present)
		return;
	gl_fact_labels(g);
	for (i = 0; i < GLANCE_NFACTS; i++)
		g->cell[i][0] = col[GLANCE_FACT0 + i];
}

void
glance_pair_cols(struct glance *g, const struct entry *a, char *const *col_a,
    const struct entry *b, char *const *col_b)
{
	char *const *col[2] = { col_a, col_b };
	int facts = a->facts.present && b->facts.present;
	size_t i, r;

	memset(g, 0, sizeof(*g));
	g->ncols = 2;
	g->borrowed = 1;
	for (r = 0; r < GLANCE_FACT0; r++)
		gl_row(g, gl_labels()[r]);
	if (facts)
		gl_fact_labels(g);
	gl_row(g, gl_labels()[GLANCE_COL - 1]);
	for (i = 0; i < 2; i++) {
		for (r = 0; r < GLANCE_FACT0; r++)
			g->cell[r][i] = col[i][r];
		for (r = 0; facts && r < GLANCE_NFACTS; r++)
			g->cell[GLANCE_FACT0 + r][i] = col[i][GLANCE_FACT0 + r];
		g->cell[g->nrows - 1][i] = col[i][GLANCE_COL - 1];
	}
}

/* The tables of one use: their columns made, laid out, and then owned
 * by G. */
void
glance_entry(struct glance *g, const struct entry *e)
{
	char *col[GLANCE_COL];
	size_t i;

	glance_column(col, e, "");
	glance_entry_col(g, e, col);
	g->borrowed = 0;
	for (i = 0; i < GLANCE_COL; i++)
		if (i < GLANCE_FACT0 || i >= GLANCE_FACT0 + g->nrows)
			free(col[i]);
}

void
glance_pair(struct glance *g, const struct entry *a, const char *summary_a,
    const struct entry *b, const char *summary_b)
{
	char *col[2][GLANCE_COL];
	int facts = a->facts.present && b->facts.present;
	size_t i, r;

	glance_column(col[0], a, summary_a);
	glance_column(col[1], b, summary_b);
	glance_pair_cols(g, a, col[0], b, col[1]);
	g->borrowed = 0;
	for (i = 0; i < 2; i++)
		for (r = GLANCE_FACT0; !facts && r < GLANCE_FACT0 +
		    GLANCE_NFACTS; r++)
			free(col[i][r]);
}

void
glance_free(struct glance *g)
{
	size_t r, c;

	for (r = 0; !g->borrowed && r < g->nrows; r++)
		for (c = 0; c < g->ncols; c++)
			free(g->cell[r][c]);
	memset(g, 0, sizeof(*g));
}

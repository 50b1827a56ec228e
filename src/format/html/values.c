/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* values.c: template values that several pages show: a link to a code,
 * an entry's text and sections, its references, the compare picker. */
#include "system.h"

#include "build/project.h"
#include "compose/glance.h"
#include "compose/sheet.h"
#include "format/html/mdhtml.h"
#include "format/html/internal.h"
#include "format/html/template.h"
#include "l10n/langs.h"
#include "model/body.h"
#include "util/buf.h"
#include "util/escape.h"
#include "util/fmt.h"
#include "util/xalloc.h"

static const char *const sec_vars[SEC__MAX] = { "description", "when", "fix" };

/* Whether REF was seen before; it is seen from now on. */
static int
refs_seen_add(struct refs_seen *seen, const char *ref)
{
	size_t k;

	for (k = 0; k < seen->n; k++)
		if (strcmp(seen->v[k], ref) == 0)
			return 1;
	seen->v = xreallocarray(seen->v, seen->n + 1, sizeof(char *));
	seen->v[seen->n++] = ref;
	return 0;
}

void
html_refs(struct tctx *ctx, char *const *refs, char *const *urls, size_t n,
    struct refs_seen *seen)
{
	size_t i;

	for (i = 0; i < n; i++) {
		struct tctx *it;

		if (refs_seen_add(seen, refs[i]))
			continue;
		it = tctx_add(ctx, "refs");
		tctx_set_ref(it, "text", refs[i]);
		tctx_set_ref(it, "url", urls[i] != NULL ? urls[i] : "");
	}
}

/* The sheet of codes X and Y, lower code first. */
void
html_pair_href(struct tctx *ctx, const char *name, int x, int y)
{
	tctx_setf(ctx, name, "%d-vs-%d.html", x < y ? x : y, x < y ? y : x);
}

/* A link to another code: its number, reason phrase and class. */
void
html_code_ref(struct tctx *it, const struct entry *o)
{
	tctx_set_ref(it, "code", o->codestr);
	tctx_set_ref(it, "reason", o->reason);
	tctx_set_ref(it, "class", o->classstr);
}

/* A one-sentence unit NAME: its HTML, NAME_en when it is shown in English,
 * and NAME_class when it is not a current translation. */
void
html_unit(struct tctx *ctx, const char *name, const char *text,
    enum unit_state st, size_t lang, const struct project *p)
{
	char key[32];

	tctx_set_ref(ctx, name, text);
	fmt_snprintf(key, sizeof(key), "%s_en", name);
	if (unit_english(st, &p->langs[lang]))
		tctx_set(ctx, key, "1");
	fmt_snprintf(key, sizeof(key), "%s_class", name);
	if (st == US_MISSING)
		tctx_set(ctx, key, "untranslated");
	else if (st == US_FUZZY)
		tctx_set(ctx, key, "outdated");
}

/* The values of entry EI, in CTX (a page or a list item). */
void
html_entry_values(const struct hctx *h, struct tctx *ctx, size_t ei,
    struct page_state *ps)
{
	const struct entry *e = h->p->c->entries[ei];
	const struct pentry *he = html_entry(h, ei);
	size_t i;

	html_code_ref(ctx, e);
	tctx_set_ref(ctx, "class_label", class_label(e->code));
	tctx_set_ref(ctx, "class_sentence", he->class_sentence);
	if (he->status_sentence != NULL)
		tctx_set_ref(ctx, "deprecated", he->status_sentence);
	for (i = 0; i < e->nold_phrases; i++) {
		tctx_set_ref(tctx_add(ctx, "old"), "phrase",
		    e->old_phrases[i]);
		tctx_set(ctx, "has_old", "1");
	}
	html_unit(ctx, "summary", he->summary_out, he->summary_state,
	    h->lang, h->p);
	html_unit(ctx, "use", he->use_out, he->use_state, h->lang, h->p);
	for (i = 0; i < SEC__MAX; i++)
		tctx_set_refn(ctx, sec_vars[i], he->sec[i], he->sec_len[i]);
	prepared_notice_entry(ps, he, 1);
}

/* The compare picker: two lists of every code, A preselected when it is
 * a code page's own code (SEL, or -1 on the index). */
int
html_picker(const struct hctx *h, long sel, struct tctx *ctx)
{
	const struct content *c = h->p->c;
	struct tctx *pk = tctx_new();
	struct buf b = {0};
	size_t i;
	int rc;

	if (h->p->langs[h->lang].rtl)
		tctx_set(pk, "rtl", "1");
	for (i = 0; i < c->nentries; i++) {
		struct tctx *it = tctx_add(pk, "options");

		html_code_ref(it, c->entries[i]);
		if ((long)i == sel)
			tctx_set(it, "selected", "1");
	}
	rc = tpl_render(h->d->tpl[TPL_PICKER], pk, &b);
	if (rc == 0)
		tctx_take(ctx, "picker", buf_detach(&b));
	buf_free(&b);
	tctx_free(pk);
	return rc;
}

/* The facts table G, its cells HTML already (prepared_glance()): for a
 * sheet, "glance" rows with the label and a cell per code ("a", "b");
 * for a code page, "facts" rows with "label" and "value", and
 * "has_facts".  G's cells must outlive CTX. */
void
html_glance(struct tctx *ctx, const struct glance *g)
{
	static const char *const cols[2][2] = { { "value", NULL },
	    { "a", "b" } };
	size_t r, c;

	for (r = 0; r < g->nrows; r++) {
		struct tctx *it = tctx_add(ctx, g->ncols == 1 ? "facts" :
		    "glance");

		tctx_set_ref(it, "label", g->label[r]);
		for (c = 0; c < g->ncols; c++)
			tctx_set_ref(it, cols[g->ncols - 1][c], g->cell[r][c]);
	}
	if (g->ncols == 1 && g->nrows > 0)
		tctx_set(ctx, "has_facts", "1");
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* indexpage.c: a language's index: every code by class with its summary,
 * the curated pairs, the compare picker. */
#include "system.h"

#include "build/project.h"
#include "compose/sheet.h"
#include "format/html/internal.h"
#include "format/html/template.h"
#include "l10n/i18n.h"

static int
index_page_percent(const struct project *p, size_t l, const void *arg)
{
	(void)arg;
	return project_index_percent(p, l);
}

/* Every code by class, with its summary. */
static void
index_classes(const struct hctx *h, struct tctx *ctx, struct page_state *ps)
{
	const struct content *c = h->p->c;
	struct tctx *cls = NULL;
	int last = 0;
	size_t i;

	for (i = 0; i < c->nentries; i++) {
		const struct entry *e = c->entries[i];
		const struct pentry *he = html_entry_text(h, i);
		struct tctx *it;

		if (code_class(e->code) != last) {
			last = code_class(e->code);
			cls = tctx_add(ctx, "classes");
			tctx_set(cls, "label", class_label(e->code));
			tctx_setf(cls, "class", "c%d", last);
		}
		it = tctx_add(cls, "entries");
		html_code_ref(it, e);
		if (e->deprecated)
			tctx_set(it, "is_deprecated", "1");
		html_unit(it, "summary", he->summary_out, he->summary_state,
		    h->lang, h->p);
		page_state_add(ps, _("Summary"), he->summary_state);
	}
}

static void
index_values(const struct hctx *h, struct tctx *ctx, struct page_state *ps)
{
	const struct content *c = h->p->c;
	size_t i;

	index_classes(h, ctx, ps);
	for (i = 0; i < c->npairs; i++) {
		const struct pair *p = c->pairs[i];
		struct tctx *it;

		if (p->entry[0] == NULL || p->entry[1] == NULL)
			continue;
		it = tctx_add(ctx, "curated");
		html_pair_href(it, "href", p->code[0], p->code[1]);
		tctx_setf(it, "a", "%d", p->code[0]);
		tctx_setf(it, "b", "%d", p->code[1]);
		tctx_set(it, "reason_a", p->entry[0]->reason);
		tctx_set(it, "reason_b", p->entry[1]->reason);
	}
	/* TRANSLATORS: the number of codes this site describes. */
	tctx_setf(ctx, "count", i18n_plural("This reference describes %lu "
	    "registered SIP response code.", "This reference describes %lu "
	    "registered SIP response codes.", c->nentries),
	    (unsigned long)c->nentries);
}

int
html_index_page(const struct hctx *h, struct buf *out)
{
	struct tctx *ctx = tctx_new();
	struct page pg = {0};
	int rc;

	pg.file = "index.html";
	pg.title = _("SIP response codes");
	pg.description = _("Every registered SIP response code: what it "
	    "means, when you see it and how to fix it, with comparison "
	    "sheets for every pair.");
	pg.percent = index_page_percent;
	pg.x_default = 1;
	index_values(h, ctx, &pg.state);
	rc = html_picker(h, -1, ctx);
	if (rc == 0)
		rc = html_page(h, &pg, ctx, TPL_INDEX, out);
	tctx_free(ctx);
	return rc;
}

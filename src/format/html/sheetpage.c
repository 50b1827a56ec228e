/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* sheetpage.c: the comparison sheet of two codes: both entries, the
 * curated note when there is one, the key differences, when to use which,
 * and every reference once. */
#include "system.h"

#include "build/project.h"
#include "compose/glance.h"
#include "compose/sheet.h"
#include "format/html/internal.h"
#include "format/html/mdhtml.h"
#include "l10n/langs.h"
#include "format/html/template.h"
#include "model/body.h"
#include "util/buf.h"
#include "util/xalloc.h"

static const char *const psec_vars[PSEC__MAX] = { "why", "apart" };

struct pair_arg {
	size_t	a, b;
};

static int
pair_page_percent(const struct project *p, size_t l, const void *arg)
{
	const struct pair_arg *pa = arg;

	return project_pair_percent(p, l, pa->a, pa->b);
}

static void
sheet_values(const struct hctx *h, const struct pair_arg *pa,
    const struct sheet *sh, struct tctx *ctx, struct page_state *ps)
{
	long note = project_note(h->p, pa->a, pa->b);
	const struct entry *ea = h->p->c->entries[pa->a];
	const struct entry *eb = h->p->c->entries[pa->b];
	struct refs_seen seen = {0};
	struct glance g;
	size_t i;

	html_entry_values(h, tctx_add(ctx, "codes"), pa->a, ps);
	html_entry_values(h, tctx_add(ctx, "codes"), pa->b, ps);
	tctx_set(ctx, "title", sh->title);
	glance_pair_cols(&g, ea, prepared_glance(h->pr, pa->a), eb,
	    prepared_glance(h->pr, pa->b));
	html_glance(ctx, &g);
	for (i = 0; i < sh->ndiffs; i++) {
		struct buf t = {0};

		mdhtml_inline_md(&t, sh->diffs[i], &h->p->langs[h->lang],
		    NULL);
		tctx_set(tctx_add(ctx, "diffs"), "text", buf_str(&t));
		buf_free(&t);
	}
	if (note >= 0) {
		const struct pnote *hn = html_note(h, (size_t)note);
		const struct pair *p = h->p->c->pairs[note];

		tctx_set(ctx, "curated", "1");
		for (i = 0; i < PSEC__MAX; i++)
			tctx_set_refn(ctx, psec_vars[i], hn->sec[i],
			    hn->sec_len[i]);
		prepared_notice_note(ps, hn);
		html_refs(ctx, p->refs, p->ref_urls, p->nrefs, &seen);
	}
	html_refs(ctx, ea->refs, ea->ref_urls, ea->nrefs, &seen);
	html_refs(ctx, eb->refs, eb->ref_urls, eb->nrefs, &seen);
	free(seen.v);
	tctx_setf(ctx, "crumb", "%d ↔ %d", ea->code, eb->code);
}

int
html_sheet_page(const struct hctx *h, size_t a, size_t b, struct buf *out)
{
	const struct entry *ea = h->p->c->entries[a];
	const struct entry *eb = h->p->c->entries[b];
	struct pair_arg pa = { a, b };
	struct tctx *ctx = tctx_new();
	struct page pg = {0};
	struct sheet sh;
	char *file, *desc;
	int rc;

	sheet_make(&sh, ea, &prepared_text(h->pr, a)->fd, eb,
	    &prepared_text(h->pr, b)->fd);
	file = xasprintf("%d-vs-%d.html", ea->code, eb->code);
	/* TRANSLATORS: the description of a comparison sheet for search
	   engines; %1$s is its title. */
	desc = xasprintf(_("%1$s: what each response means, when you see "
	    "it, how to fix it and how to tell them apart."), sh.title);
	pg.file = file;
	pg.title = sh.title;
	pg.description = desc;
	pg.percent = pair_page_percent;
	pg.arg = &pa;
	tctx_set(ctx, "file", file);
	sheet_values(h, &pa, &sh, ctx, &pg.state);
	rc = html_page(h, &pg, ctx, TPL_PAIR, out);
	tctx_free(ctx);
	sheet_free(&sh);
	free(file);
	free(desc);
	return rc;
}

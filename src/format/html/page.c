/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* page.c: the layout shared by all pages of a language: head, language
 * switcher, hreflang alternates, the notice of untranslated or outdated
 * parts, and the page's own content inside; a language written right to
 * left has dir="rtl", which the style sheet mirrors. */
#include "system.h"

#include "build/options.h"
#include "build/project.h"
#include "format/html/internal.h"
#include "format/html/template.h"
#include "l10n/langs.h"
#include "util/buf.h"

static void
page_notice(struct tctx *ctx, const struct page_state *ps)
{
	char *t;

	if ((t = notice_missing(ps)) != NULL)
		tctx_set(ctx, "notice_missing", t);
	free(t);
	if ((t = notice_outdated(ps)) != NULL)
		tctx_set(ctx, "notice_outdated", t);
	free(t);
}

/* The switcher: the same page in every language, incomplete ones marked;
 * alternates: only the languages in which enough of the page is translated
 * (--hreflang-min, default 100 percent). */
static void
page_languages(const struct hctx *h, const struct page *pg,
    struct tctx *ctx)
{
	const struct project *p = h->p;
	size_t l;

	for (l = 0; l < p->nlangs; l++) {
		struct tctx *it = tctx_add(ctx, "languages");
		int pct = pg->percent(p, l, pg->arg);

		tctx_set(it, "code", p->langs[l].code);
		tctx_set(it, "name", p->langs[l].name);
		/* Each name in its own direction, where it differs from the
		   page's. */
		if (p->langs[l].rtl && !p->langs[h->lang].rtl)
			tctx_set(it, "name_rtl", "1");
		else if (!p->langs[l].rtl && p->langs[h->lang].rtl)
			tctx_set(it, "name_ltr", "1");
		tctx_setf(it, "href", "../%s/%s", p->langs[l].code, pg->file);
		if (l == h->lang)
			tctx_set(it, "current", "1");
		if (pct < 100)
			tctx_set(it, "incomplete", "1");
		if (project_alternate(p, pct)) {
			it = tctx_add(ctx, "alternates");
			tctx_set(it, "code", p->langs[l].code);
			tctx_setf(it, "href", "%s%s/%s", p->o->base_url,
			    p->langs[l].code, pg->file);
		}
	}
}

int
html_page(const struct hctx *h, const struct page *pg, struct tctx *ctx,
    enum tpl_id main_tpl, struct buf *out)
{
	const struct project *p = h->p;
	struct buf main = {0};
	int rc;

	/* A page's body is some 10 KB: room for it at once. */
	buf_grow(&main, 16384);
	/* Set first: the page's own template marks English in it by it. */
	if (p->langs[h->lang].rtl)
		tctx_set(ctx, "rtl", "1");
	rc = tpl_render(h->d->tpl[main_tpl], ctx, &main);
	if (rc == 0) {
		tctx_take(ctx, "main", buf_detach(&main));
		tctx_set(ctx, "lang", p->langs[h->lang].code);
		tctx_set(ctx, "title", pg->title);
		tctx_set(ctx, "description", pg->description);
		tctx_setf(ctx, "canonical", "%s%s/%s", p->o->base_url,
		    p->langs[h->lang].code, pg->file);
		page_languages(h, pg, ctx);
		if (pg->x_default)
			tctx_set(ctx, "x_default", p->o->base_url);
		page_notice(ctx, &pg->state);
		rc = tpl_render(h->d->tpl[TPL_PAGE], ctx, out);
	}
	buf_free(&main);
	return rc;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* root.c: the pages outside the language folders: the root page that
 * picks a language and the 404 page, each showing every language in
 * itself, and robots.txt. */
#include "system.h"

#include "build/options.h"
#include "build/project.h"
#include "format/html/internal.h"
#include "format/html/template.h"
#include "l10n/i18n.h"
#include "l10n/langs.h"
#include "util/buf.h"

/* One item per language: its code, its name and the absolute address of
 * its index.  The caller adds the item's strings in that language. */
static struct tctx *
root_language(const struct project *p, size_t li, struct tctx *ctx)
{
	struct tctx *it = tctx_add(ctx, "languages");

	tctx_set(it, "code", p->langs[li].code);
	tctx_set(it, "name", p->langs[li].name);
	tctx_setf(it, "href", "%s%s/index.html", p->o->base_url,
	    p->langs[li].code);
	if (li == 0)
		tctx_set(it, "first", "1");
	if (p->langs[li].rtl)
		tctx_set(it, "rtl", "1");
	return it;
}

static int
root_emit(const struct hctx *h, enum tpl_id t, struct tctx *ctx,
    struct buf *out)
{
	tctx_set(ctx, "lang", h->p->langs[0].code);
	tctx_set(ctx, "base", h->p->o->base_url);
	return tpl_render(h->d->tpl[t], ctx, out);
}

/* OUT/html/index.html: every language, each in itself; the script sends
 * the reader on to the one the browser prefers.  Alternates follow the
 * same rule as the language indexes' own. */
int
html_root_page(const struct hctx *h, struct buf *out)
{
	const struct project *p = h->p;
	struct tctx *ctx = tctx_new();
	size_t li;
	int rc;

	for (li = 0; li < p->nlangs; li++) {
		struct tctx *it = root_language(p, li, ctx);
		const char *lc = p->langs[li].code;

		tctx_set(it, "title", i18n_in(lc, "SIP response codes"));
		tctx_set(it, "lead", i18n_in(lc, "Every registered SIP "
		    "response code: what it means, when you see it and how to "
		    "fix it, with comparison sheets for every pair."));
		tctx_setf(it, "local", "%s/index.html", lc);
		if (project_alternate(p, project_index_percent(p, li)))
			tctx_set(it, "alternate", "1");
	}
	rc = root_emit(h, TPL_ROOT, ctx, out);
	tctx_free(ctx);
	return rc;
}

/* OUT/html/404.html: a server shows it at any address, so its links are
 * absolute (from --base-url), never relative. */
int
html_notfound_page(const struct hctx *h, struct buf *out)
{
	const struct project *p = h->p;
	struct tctx *ctx = tctx_new();
	size_t li;
	int rc;

	for (li = 0; li < p->nlangs; li++) {
		struct tctx *it = root_language(p, li, ctx);
		const char *lc = p->langs[li].code;

		tctx_set(it, "title", i18n_in(lc, "Page not found"));
		tctx_set(it, "text", i18n_in(lc, "There is no page at this "
		    "address. It may have moved, or the address may be "
		    "mistyped."));
		tctx_set(it, "link", i18n_in(lc, "All SIP response codes"));
	}
	rc = root_emit(h, TPL_NOTFOUND, ctx, out);
	tctx_free(ctx);
	return rc;
}

/* robots.txt names the sitemap only by an absolute address, which only
 * an absolute --base-url gives. */
void
html_robots(const struct hctx *h, struct buf *out)
{
	const char *base = h->p->o->base_url;

	buf_puts(out, "User-agent: *\nAllow: /\n");
	if (strstr(base, "://") != NULL)
		buf_printf(out, "Sitemap: %ssitemap.xml\n", base);
}

/* htmlpage.c: the layout shared by all pages of the site. */
#include "system.h"

#include "util/buf.h"
#include "format/html/htmlpage.h"
#include "l10n/i18n.h"
#include "build/outset.h"
#include "build/prep.h"
#include "build/site.h"
#include "format/html/template.h"
#include "util/xalloc.h"

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
page_languages(const struct site *s, const struct page *p, struct tctx *ctx)
{
	size_t l;

	for (l = 0; l < s->nlangs; l++) {
		struct tctx *it = tctx_add(ctx, "languages");
		int pct = p->percent(s, l, p->arg);

		tctx_set(it, "code", s->langs[l].code);
		tctx_set(it, "name", s->langs[l].name);
		tctx_setf(it, "href", "../%s/%s", s->langs[l].code, p->file);
		if (l == p->lang)
			tctx_set(it, "current", "1");
		if (pct < 100)
			tctx_set(it, "incomplete", "1");
		if (site_alternate(s, pct)) {
			it = tctx_add(ctx, "alternates");
			tctx_set(it, "code", s->langs[l].code);
			tctx_setf(it, "href", "%s%s/%s", s->base_url,
			    s->langs[l].code, p->file);
		}
	}
}

int
htmlpage_emit(const struct site *s, const struct page *p, struct tctx *ctx,
    const struct tpl *main_tpl)
{
	struct buf main = {0}, page = {0};
	char *rel;
	int rc;

	rc = tpl_render(main_tpl, ctx, &main);
	if (rc == 0) {
		tctx_set(ctx, "main", buf_str(&main));
		tctx_set(ctx, "lang", s->langs[p->lang].code);
		tctx_set(ctx, "title", p->title);
		tctx_set(ctx, "description", p->description);
		tctx_setf(ctx, "canonical", "%s%s/%s", s->base_url,
		    s->langs[p->lang].code, p->file);
		page_languages(s, p, ctx);
		if (p->x_default)
			tctx_set(ctx, "x_default", s->base_url);
		page_notice(ctx, &p->state);
		rc = tpl_render(s->tpl[TPL_PAGE], ctx, &page);
	}
	if (rc == 0) {
		rel = xasprintf("html/%s/%s", s->langs[p->lang].code, p->file);
		outset_add(s->out, rel, &page);
		free(rel);
	}
	buf_free(&main);
	buf_free(&page);
	return rc;
}

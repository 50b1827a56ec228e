/* htmlroot.c: what the site has outside its language folders: the root
 * page that picks a language, the 404 page, and the files every page
 * shares (style sheet, script and icon), copied from the templates
 * folder. */
#include "system.h"

#include "util/buf.h"
#include "format/html/htmlpage.h"
#include "l10n/i18n.h"
#include "build/outset.h"
#include "build/site.h"
#include "format/html/template.h"
#include "util/textio.h"
#include "util/xalloc.h"

/* One item per language, with _() switched to that language: its code,
 * its name and the absolute address of its index.  The caller adds the
 * item's strings in that language. */
static struct tctx *
root_language(const struct site *s, size_t li, struct tctx *ctx)
{
	struct tctx *it = tctx_add(ctx, "languages");

	i18n_use(s->langs[li].code);
	tctx_set(it, "code", s->langs[li].code);
	tctx_set(it, "name", s->langs[li].name);
	tctx_setf(it, "href", "%s%s/index.html", s->base_url,
	    s->langs[li].code);
	if (li == 0)
		tctx_set(it, "first", "1");
	return it;
}

static int
root_emit(const struct site *s, const struct tpl *t, struct tctx *ctx,
    const char *rel)
{
	struct buf b = {0};
	int rc;

	tctx_set(ctx, "lang", s->langs[0].code);
	tctx_set(ctx, "base", s->base_url);
	rc = tpl_render(t, ctx, &b);
	if (rc == 0)
		outset_add(s->out, rel, &b);
	buf_free(&b);
	i18n_restore();
	return rc;
}

/* OUT/html/index.html: every language, each in itself; the script sends
 * the reader on to the one the browser prefers.  Alternates follow the
 * same rule as the language indexes' own. */
int
html_root(const struct site *s)
{
	struct tctx *ctx = tctx_new();
	size_t li;
	int rc;

	for (li = 0; li < s->nlangs; li++) {
		struct tctx *it = root_language(s, li, ctx);

		tctx_set(it, "title", _("SIP response codes"));
		tctx_set(it, "lead", _("Every registered SIP response code: "
		    "what it means, when you see it and how to fix it, with "
		    "comparison sheets for every pair."));
		tctx_setf(it, "local", "%s/index.html", s->langs[li].code);
		if (site_alternate(s, site_index_percent(s, li)))
			tctx_set(it, "alternate", "1");
	}
	rc = root_emit(s, s->tpl[TPL_ROOT], ctx, "html/index.html");
	tctx_free(ctx);
	return rc;
}

/* OUT/html/404.html: a server shows it at any address, so its links are
 * absolute (from --base-url), never relative. */
int
html_notfound(const struct site *s)
{
	struct tctx *ctx = tctx_new();
	size_t li;
	int rc;

	for (li = 0; li < s->nlangs; li++) {
		struct tctx *it = root_language(s, li, ctx);

		tctx_set(it, "title", _("Page not found"));
		tctx_set(it, "text", _("There is no page at this address. It "
		    "may have moved, or the address may be mistyped."));
		tctx_set(it, "link", _("All SIP response codes"));
	}
	rc = root_emit(s, s->tpl[TPL_NOTFOUND], ctx, "html/404.html");
	tctx_free(ctx);
	return rc;
}

static int
html_copy(const struct site *s, const char *name)
{
	char *path = xasprintf("%s/%s", s->templates, name);
	char *rel = xasprintf("html/%s", name);
	struct textfile tf;
	struct buf b = {0};
	int rc = textfile_read(&tf, path);

	if (rc == 0) {
		buf_put(&b, tf.data, tf.size);
		outset_add(s->out, rel, &b);
		textfile_free(&tf);
	}
	free(path);
	free(rel);
	return rc;
}

int
html_assets(const struct site *s)
{
	static const char *const names[] = { "style.css", "site.js",
	    "icon.svg" };
	size_t i;

	for (i = 0; i < ARRAY_LEN(names); i++)
		if (html_copy(s, names[i]) != 0)
			return -1;
	return 0;
}

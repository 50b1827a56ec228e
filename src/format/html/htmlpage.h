/* htmlpage.h: what every HTML page has: the layout around the page's own
 * content, the language switcher, hreflang alternates, the notice of
 * untranslated or outdated parts; and the templates the site loads
 * beyond those of the build. */
#ifndef SIPDOC_HTMLPAGE_H
#define SIPDOC_HTMLPAGE_H

#include <stddef.h>

#include "compose/notice.h"

struct site;
struct tctx;
struct tpl;

/* How much of a page is translated in a language, in percent. */
typedef int (*page_percent_fn)(const struct site *, size_t lang,
	    const void *arg);

struct page {
	size_t		 lang;
	const char	*file;		/* "486.html" */
	const char	*title;
	const char	*description;
	page_percent_fn	 percent;
	const void	*arg;
	int		 x_default;	/* the root is its x-default */
	struct page_state state;
};

/* Lays CTX's page, rendered with MAIN, out with the layout template and
 * stages the file. */
int	htmlpage_emit(const struct site *, const struct page *,
	    struct tctx *ctx, const struct tpl *main);

/* The pages outside the language folders and the shared files: the
 * language picker (index.html), 404.html, style.css, site.js, icon.svg. */
int	html_root(const struct site *);
int	html_notfound(const struct site *);
int	html_assets(const struct site *);

#endif

/* htmlpage.h: what every HTML page has: the layout around the page's own
 * content, the language switcher, hreflang alternates and the notice of
 * untranslated or outdated parts. */
#ifndef SIPDOC_HTMLPAGE_H
#define SIPDOC_HTMLPAGE_H

#include <stddef.h>

#include "notice.h"

struct site;
struct tctx;

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
	struct page_state state;
};

/* Lays CTX's page out with the layout template and stages the file. */
int	htmlpage_emit(const struct site *, const struct page *,
	    struct tctx *ctx, int tpl_id);

#endif

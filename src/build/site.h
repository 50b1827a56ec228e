/* site.h: one build: the content, its languages, everything prepared per
 * language, the templates, and the files staged so far.  The renderers
 * (html.c, man.c) take it as const and add files to its outset. */
#ifndef SIPDOC_SITE_H
#define SIPDOC_SITE_H

#include <stddef.h>

#include "model/model.h"
#include "build/prep.h"

struct outset;
struct tpl;

enum tpl_id {
	TPL_PAGE, TPL_INDEX, TPL_CODE, TPL_PAIR, TPL_ROOT, TPL_PICKER, TPL_NOTFOUND,
	TPL__MAX
};

struct site {
	const struct content *c;
	struct lang	*langs;
	size_t		 nlangs;
	struct prep_entry **pe;		/* pe[lang][entry] */
	struct prep_pair **pp;		/* pp[lang][pair] */
	struct tpl	*tpl[TPL__MAX];
	struct outset	*out;
	const char	*date;		/* ISO date of the newest content */
	const char	*base_url;	/* for sitemap and canonical links */
	const char	*templates;	/* the templates folder */
	int		 hreflang_min;	/* percent translated to be listed */
	const char	*fontdir;	/* groff fonts for the handbooks */
};

/* How much of the page of an entry, a pair sheet or the index is shown
 * translated in language L, in whole percent (100: nothing in English). */
int	site_entry_percent(const struct site *, size_t l, size_t entry);
int	site_pair_percent(const struct site *, size_t l, size_t a, size_t b);
int	site_index_percent(const struct site *, size_t l);

/* The curated note index of codes A and B, or -1. */
long	site_pair_note(const struct site *, size_t a, size_t b);

/* Whether a page that is PERCENT translated in a language lists that
 * language among its hreflang alternates (--hreflang-min): the one rule
 * for HTML heads and the sitemap. */
int	site_alternate(const struct site *, int percent);

/* The date a pair's sheet last changed: the newest of its two entries and
 * its curated note (ISO dates compare as strings). */
const char *site_pair_date(const struct site *, size_t a, size_t b);

int	html_render(const struct site *);
int	man_render(const struct site *);

/* One man page into B: the page of entry EI, or the sheet of entries A and
 * B with the curated NOTE (or NULL), in language LI. */
struct buf;
void	man_code(const struct site *, size_t li, size_t ei, struct buf *);
void	man_sheet(const struct site *, size_t li, size_t a, size_t b,
	    const struct prep_pair *note, struct buf *);

#endif

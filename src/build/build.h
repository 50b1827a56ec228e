/* build.h: the build and check commands: load and validate everything, then
 * (for build) render every language and format and write what changed. */
#ifndef SIPDOC_BUILD_H
#define SIPDOC_BUILD_H

enum { FMT_HTML = 1, FMT_MAN = 2, FMT_PDF = 4 };

struct build_opts {
	const char	*content;	/* content folder */
	const char	*templates;	/* templates folder */
	const char	*out;		/* output folder */
	const char	*langs;		/* "en,ru" or NULL for all */
	const char	*base_url;
	const char	*fontdir;	/* groff font folder (devpdf inside) */
	int		 hreflang_min;	/* percent; default 100 */
	unsigned	 formats;
	int		 allow_fuzzy;
	int		 check_only;
	int		 quiet;
};

int	build_run(const struct build_opts *);

#endif

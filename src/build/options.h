/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* options.h: what the command line sets for every command.  main() fills
 * it; the commands and the project loader only read it. */
#ifndef SIPDOC_OPTIONS_H
#define SIPDOC_OPTIONS_H

struct options {
	const char	*content;	/* content folder */
	const char	*templates;	/* templates folder */
	const char	*out;		/* output folder */
	const char	*langs;		/* "en,ru" or NULL for all */
	const char	*formats;	/* "html,man" or NULL for all */
	const char	*base_url;
	const char	*fontdir;	/* groff font folder (devpdf inside) */
	const char	*paper;		/* handbooks: "a4" (NULL) or "letter" */
	int		 hreflang_min;	/* percent; default 100 */
	int		 allow_fuzzy;
	int		 quiet;
};

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* format.h: the one interface of every output format (HTML, man, PDF),
 * and what the build engine gives them.
 *
 * A format is a const struct format in the table (formats.c).  The engine
 * never names a format; for each format of the table that --format selects
 * it calls, in this order:
 *
 *   load()    at load time, before anything is written: read and check
 *             what the format needs beyond the content (templates, fonts,
 *             glyph coverage); problems are diagnostics.  Keeps its data
 *             in *data; unload() frees it.  check(), if any, then runs
 *             once per language.
 *   plan()    once per language (and once with LANG_NONE for outputs in no
 *             language): names every output it would write, each with the
 *             digest of everything that output shows, by planner_add().
 *   begin()   before the first output of a language that must be rendered:
 *             per-language state (Markdown already converted, say);
 *             end() frees it.
 *   render()  one output into a sink; returns -1 after a diagnostic.
 *
 * The engine switches the UI language (i18n_use) before plan() and
 * render() of a language; formats never do. */
#ifndef SIPDOC_FORMAT_H
#define SIPDOC_FORMAT_H

#include <stddef.h>

#include "util/buf.h"
#include "util/digest.h"

struct project;
struct planner;

/* One output: a file under the output folder. */
struct output {
	char		 path[112];	/* "html/ru/486.html" */
	int		 kind;		/* the format's own: which page */
	size_t		 lang;		/* index in project->langs, LANG_NONE */
	size_t		 a, b;		/* the format's own: entry indexes */
	struct digest	 in;		/* digest of its inputs */
};

/* Where render() writes: a buffer that the engine may move to the output's
 * temporary file as it grows (sink_spill()), so that a large output, such
 * as the sitemap of a big site, never has to fit in memory at once. */
struct sink {
	struct buf	 b;
	void		(*spill)(struct sink *);
	void		*engine;
	/* A file of the format's own beside the outputs, for the next build
	 * (a cache, OUT/.sipdoc-NAME, never published), written as it goes:
	 * side_open() gives a descriptor, or -1 (then there is none);
	 * side_close() puts it into place when OK, else drops it.  A build
	 * that fails takes its files back.  NULL where there is no folder
	 * (sipdoc check). */
	int		(*side_open)(struct sink *, const char *name);
	void		(*side_close)(struct sink *, int fd, const char *name,
			    int ok);
};

/* Call between items of a large output; moves what was written so far out
 * of memory when it is large. */
void	sink_spill(struct sink *);

struct format {
	const char	*name;		/* as in --format */
	int	(*load)(struct project *, void **data);
	void	(*unload)(void *data);
	void	(*plan)(const struct project *, void *data, size_t lang,
		    struct planner *);
	void	*(*begin)(const struct project *, void *data, size_t lang);
	int	(*render)(const struct project *, void *data, void *state,
		    const struct output *, struct sink *);
	/* SINK: for the format's own files beside the outputs. */
	void	(*end)(void *state, struct sink *);
	/* Optional, at load time in each language (and LANG_NONE): render
	 * what build would, into nothing, so that check reports what build
	 * would fail on (a template naming an unknown value). */
	int	(*check)(const struct project *, void *data, size_t lang);
};

/* Called by plan(): the engine decides whether OUT must be rendered and
 * does so (through the format's render()) before returning. */
void	planner_add(struct planner *, const struct output *);

/* The format table, in the order the engine builds them. */
extern const struct format *const formats[];
extern const size_t nformats;

/* The formats named by LIST ("html,man"; NULL: all) into OUT (at least
 * nformats long); returns how many, or -1 after a diagnostic. */
int	formats_select(const char *list, const struct format **out);

#endif

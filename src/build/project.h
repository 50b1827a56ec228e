/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* project.h: everything one command works on, loaded and checked by the
 * one loader: the content, its languages with their catalogs, the
 * translation state of every entry and pair note in every language, the
 * build date, the data each output format loaded for itself (templates,
 * fonts), and the digests of all of it (inputs.c) that decide what a
 * build renders.  project_load() reports every problem through diag();
 * project_free() releases everything, also after a failed load. */
#ifndef SIPDOC_PROJECT_H
#define SIPDOC_PROJECT_H

#include <stddef.h>

#include "l10n/catalog.h"
#include "model/model.h"
#include "util/digest.h"

struct format;
struct lang;
struct options;

/* No language: an output that is not in one language (style.css). */
#define LANG_NONE ((size_t)-1)

/* What a command needs loaded beyond the content. */
enum {
	NEED_CATALOGS = 1,	/* the content catalogs of the languages */
	NEED_STRICT = 2,	/* a broken translation is an error (check) */
	NEED_DIGESTS = 4	/* the digests of the inputs (build) */
};

/* The translation state of one entry or pair note in one language. */
struct tstate {
	int		 n[US__MAX];	/* its units by state */
	enum unit_state	 summary;	/* entries: the summary's state */
};

/* Digests of the inputs: every output's digest is made of these. */
struct inputs {
	struct digest	 global;	/* version, options, registry, the
					   languages, every code's identity
					   and the curated pairs */
	struct digest	 date;
	struct digest	*ui;		/* [l]: the UI catalog */
	struct digest	*entry;		/* [e]: the entry's file */
	struct digest	*pair;		/* [p]: the note's file */
	struct digest	*etr;		/* [l * nentries + e]: the file and */
	struct digest	*ptr;		/* [l * npairs + p]: its translation */
	struct digest	*estates;	/* [e]: its translation states in */
	struct digest	*pstates;	/* [p]: every language */
};

struct project {
	const struct options	*o;
	struct content		*c;
	struct lang		*langs;
	size_t			 nlangs;
	const char		*date;	/* SOURCE_DATE_EPOCH or newest content */
	char			 datebuf[16];
	struct tstate		*es;	/* [l * nentries + e] */
	struct tstate		*ps;	/* [l * npairs + p] */
	struct inputs		 in;
	/* Per format of the format table: what its load() kept. */
	void			*fdata[8];
	const struct format	*fmt[8];
	size_t			 nfmt;
};

int	project_load(struct project *, const struct options *, unsigned need,
	    const struct format *const *fmts, size_t nfmts);
void	project_free(struct project *);

const struct tstate *project_estate(const struct project *, size_t l,
	    size_t e);
const struct tstate *project_pstate(const struct project *, size_t l,
	    size_t p);

/* How much of a page is shown translated in language L, in whole percent
 * (100: nothing in English): a code page, a comparison sheet (with its
 * curated note, if any), the index (the summaries). */
int	project_entry_percent(const struct project *, size_t l, size_t e);
int	project_pair_percent(const struct project *, size_t l, size_t a,
	    size_t b);
int	project_index_percent(const struct project *, size_t l);

/* Whether a page that is PERCENT translated in a language lists that
 * language among its hreflang alternates (--hreflang-min): the one rule
 * for HTML heads and the sitemap. */
int	project_alternate(const struct project *, int percent);

/* The curated note of entries A and B (indexes), or -1. */
long	project_note(const struct project *, size_t a, size_t b);

/* The date a pair's sheet last changed: the newest of its two entries and
 * its curated note (ISO dates compare as strings). */
const char *project_pair_date(const struct project *, size_t a, size_t b);

/* The data format F loaded (its templates, fonts), or NULL. */
void	*project_fdata(const struct project *, const struct format *);

/* Digests (inputs.c): computed by project_load() with NEED_DIGESTS. */
void	inputs_compute(struct project *);
void	inputs_free(struct inputs *);
/* Adds entry E as shown in language L (its file and its translation). */
void	inputs_entry(struct hasher *, const struct project *, size_t l,
	    size_t e);
/* Adds the curated note P as shown in language L. */
void	inputs_pair(struct hasher *, const struct project *, size_t l,
	    size_t p);
/* Adds the translation state of entry E (or note P) in every language:
 * what a page's language switcher and hreflang show. */
void	inputs_estates(struct hasher *, const struct project *, size_t e);
void	inputs_pstates(struct hasher *, const struct project *, size_t p);
/* Adds everything the content says in language L (every entry and note). */
void	inputs_all(struct hasher *, const struct project *, size_t l);

#endif

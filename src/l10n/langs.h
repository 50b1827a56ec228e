/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* langs.h: the languages of a build: English, the source, and one per
 * content catalog content/po/LANG.po, optionally narrowed by --lang.
 * langs_load() fills an array the caller frees with langs_free(). */
#ifndef SIPDOC_LANGS_H
#define SIPDOC_LANGS_H

#include <stddef.h>

#include "l10n/catalog.h"

struct lang {
	const char	*code;		/* "ru" */
	const char	*name;		/* its own name: "Русский" */
	struct catalog	*cat;		/* NULL for English */
	int		 allow_fuzzy;
	int		 rtl;		/* written right to left (i18n.h) */
};

/* Whether a text in state ST is shown in English in language L. */
int	unit_english(enum unit_state, const struct lang *);

/* CACHE: the output folder whose catalog caches may be used (catcache.h),
 * or NULL. */
/* The content catalogs of ONLY (NULL: all), read ahead in a thread while
 * the content loads, quietly (catalog_load_quiet()): langs_load() takes
 * them, and reads what the thread could not in its own turn, so that
 * diagnostics come in the same order.  NULL when there is nothing to
 * read or no thread to read it. */
struct langs_ahead *langs_ahead_start(const char *content, const char *only,
	    const char *cache);
void	langs_ahead_free(struct langs_ahead *);
/* AHEAD may be NULL. */
int	langs_load(const char *content, const char *only, int allow_fuzzy,
	    int strict, struct langs_ahead *ahead, struct lang **out,
	    size_t *n);
void	langs_free(struct lang *, size_t n);

/* Checks each translation of CAT against its source's structure; broken
 * ones are reported (as errors when STRICT) and shown in English. */
int	langs_check_catalog(struct lang *, int strict);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* factdiff.h: the key differences of two codes that their facts give
 * (model/facts.h), in the current UI language: one list item for each
 * fact in which they differ, most telling first, each made of whole
 * sentences that name the codes.  Header fields and methods are code
 * spans: the items are inline Markdown. */
#ifndef SIPDOC_FACTDIFF_H
#define SIPDOC_FACTDIFF_H

#include <stddef.h>

struct entry;

/* Appends to *ITEMS (realloc'd, *N items) the differences of A and B;
 * returns how many it added.  Entries without facts add none. */
size_t	 factdiff_items(const struct entry *a, const struct entry *b,
	    char ***items, size_t *n);

/* "`Retry-After`, `Contact` and `Allow`": names as code spans, joined
 * the way the current language lists them (OR: alternatives). */
char	*factdiff_names(char *const *names, size_t n, int or);

#endif

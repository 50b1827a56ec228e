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

/* What the differences of a code with any other use of it, in the current
 * UI language: its own sentences and lists, made once per code and
 * language (format/prepared.h keeps them) rather than once per sheet.
 * All NULL for an entry without facts. */
enum { FD_MUST, FD_OFTEN, FD_METHODS, FD__N };
struct fdcode {
	char	*sender;	/* "486 comes from the UAS, ..." */
	char	*sdp;		/* "486 carries no session description." */
	char	*next[2];	/* its first and second next step, or NULL */
	char	*names[FD__N];	/* the header fields and methods, listed */
};

void	 fdcode_make(struct fdcode *, const struct entry *);
void	 fdcode_free(struct fdcode *);

/* Appends to *ITEMS (realloc'd, *N items) the differences of A and B,
 * with their fdcode_make() FA and FB; returns how many it added.  Entries
 * without facts add none. */
size_t	 factdiff_items(const struct entry *a, const struct fdcode *fa,
	    const struct entry *b, const struct fdcode *fb, char ***items,
	    size_t *n);

/* "`Retry-After`, `Contact` and `Allow`": names as code spans, joined
 * the way the current language lists them (OR: alternatives). */
char	*factdiff_names(char *const *names, size_t n, int or);

#endif

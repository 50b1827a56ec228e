/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* vocab.h: the vocabulary of one language of a search index: each word
 * (folded) that the content uses, with its stem.  The index lists the
 * words whose stem differs, grouped by stem, so that the browser maps a
 * word it is typed to the stem by lookup, with no stemmer of its own.
 * Memory grows with the number of different words, not with the site.
 * vocab_new() makes one (STEMMER NULL: words are their own stems);
 * vocab_free() frees it. */
#ifndef SIPDOC_VOCAB_H
#define SIPDOC_VOCAB_H

#include <stddef.h>

struct sink;
struct stemmer;
struct vocab;

struct vocab *vocab_new(struct stemmer *);
void	 vocab_free(struct vocab *);

/* Adds the word W (N bytes, folded); returns its stem, *SN bytes, valid
 * as long as the vocabulary. */
const char *vocab_add(struct vocab *, const char *w, size_t n, size_t *sn);
/* Adds W with the stem S (SN bytes) that the stemmer gave it before. */
void	 vocab_add_stemmed(struct vocab *, const char *w, size_t n,
	    const char *s, size_t sn);

/* Writes a JSON object {"stem": "word word", ...}, stems in byte order,
 * the words of each in byte order. */
void	 vocab_write(const struct vocab *, struct sink *);

#endif

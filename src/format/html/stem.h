/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* stem.h: the Snowball stemmer of a language (libstemmer), which the
 * search index reduces words with at build time.  stem_open() returns
 * NULL for a language Snowball has no stemmer for (its words are then
 * indexed as they are); stem_close() frees one.  Words are given folded
 * (words.h) and in UTF-8. */
#ifndef SIPDOC_STEM_H
#define SIPDOC_STEM_H

#include <stddef.h>

#include "util/digest.h"

struct stemmer;

/* LANG is a language code ("ru", "pt_BR": the part before '_' or '-'
 * counts). */
struct stemmer *stem_open(const char *lang);
void	 stem_close(struct stemmer *);

/* The stem of the word W (N bytes), valid until the next call on S;
 * *LEN is its length. */
const char *stem_word(struct stemmer *s, const char *w, size_t n,
	    size_t *len);

/* The digest of the stemmers themselves (the library's bytes), for the
 * digest of every output that shows stems. */
struct digest stem_digest(void);

#endif

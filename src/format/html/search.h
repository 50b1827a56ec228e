/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* search.h: the index the site's client-side search reads, one per
 * language: every code with its reason phrase and summary to show, and
 * the words of its code, phrases, summary and use, folded so that a
 * prefix typed in either case (and ё typed as е) matches. */
#ifndef SIPDOC_SEARCH_H
#define SIPDOC_SEARCH_H

#include <stddef.h>

struct buf;

/* The index of a language (html_search_index(), internal.h) is a script
 * that calls sipdocIndex() with one array per code:
 *   [code, class digit, reason, summary, summary shown in English (0/1),
 *    words of the code and its phrases, words of its summary and use]
 * where each word list is a string of folded words separated by spaces. */

/* Appends to OUT the words of the UTF-8 text S, folded, each followed by
 * a space, leaving out words already in OUT.  Word characters are digits,
 * Latin and Cyrillic letters; everything else separates words.  Folding is
 * locale-independent: lower case for ASCII, Latin-1, Latin Extended-A and
 * basic Cyrillic, and ё as е.  The site's script folds queries the same
 * way. */
void	search_words(struct buf *out, const char *s);

#endif

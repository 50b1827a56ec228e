/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* words.h: the words of a text as the search index and the site's script
 * both see them.  The script cannot call C, so the index hands it the two
 * tables below as regular-expression classes (words_classes()), and
 * site.js applies the same rules with them:
 *
 *  1. Fold: every code point in a range of the fold table becomes lower
 *     case (what JavaScript's toLowerCase() gives in those ranges, one
 *     code point for one, so offsets do not move), then ё becomes е.
 *     Nothing depends on the machine's locale.
 *  2. A paragraph is split at backquotes: odd pieces are code spans.
 *  3. A word is a run of word characters (after folding), and words
 *     joined by single hyphens make one compound word ("retry-after").
 *  4. A word is exact, never stemmed, when it is in a code span, holds a
 *     digit or a hyphen, or was written in two or more capital letters
 *     A-Z ("INVITE"); the parts of a compound are words too, each exact
 *     or not by the same rule. */
#ifndef SIPDOC_WORDS_H
#define SIPDOC_WORDS_H

#include <stddef.h>

struct buf;

/* The folded code point CP (rule 1). */
long	words_fold(long cp);

/* Called for each word of a paragraph, in order: the folded word W of N
 * bytes, and whether it is exact (rule 4). */
typedef void (*word_fn)(const char *w, size_t n, int exact, void *arg);

/* The words of the UTF-8 paragraph TEXT (rules 1-4). */
void	words_each(const char *text, word_fn, void *arg);

/* Regular-expression character classes, without brackets, of the word
 * characters (of folded text) and of the code points folded. */
void	words_classes(struct buf *word, struct buf *upper);

#endif

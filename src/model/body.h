/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* body.h: the Markdown body of a content file: parsing with cmark, the
 * section structure (## headings used as keys), and source positions.
 *
 * body_parse() returns a cmark document the caller frees with
 * cmark_node_free().  body_split() moves the blocks of each section into a
 * fresh document node per section (secs[i], owned by the caller). */
#ifndef SIPDOC_BODY_H
#define SIPDOC_BODY_H

#include <stddef.h>
#include <cmark.h>

#include "model/model.h"

/* The one way Markdown is parsed: bodies, fields and translations. */
cmark_node *md_parse(const char *md);
cmark_node *body_parse(const struct body *);

/* Splits DOC into sections named KEYS, in order.  With PATH non-NULL,
 * reports every structural problem; returns -1 if there was one. */
int	 body_split(const char *path, const struct body *, cmark_node *doc,
	    const char *const *keys, size_t nkeys, cmark_node **secs);

/* Checks the body of PATH: parses, splits and frees; fills b->sec_line
 * and b->units. */
int	 body_check(const char *path, struct body *b,
	    const char *const *keys, size_t nkeys);
/* Frees what a body holds (its text and units). */
void	 body_free(struct body *);

/* The literal text of a heading or any inline container. */
char	*body_inline_text(cmark_node *);
/* The text of the inline Markdown MD without its markup: for search
 * indexes and descriptions.  Malloc'd. */
char	*md_plain(const char *md);
/* Whether MD is plain text that Markdown would keep as it is, but for
 * code spans: one line of words with no character that could start
 * markup, an entity or a block, where single backticks pair around
 * a code span with no space at either end.  cmark would give exactly
 * its text runs and code spans, split at the backticks. */
int	 md_is_simple(const char *md);
/* When MD is simple, calls FN for each text run and code span, in order,
 * and returns 1: renderers print such text without parsing it.  Else
 * returns 0 and calls nothing. */
int	 md_simple_each(const char *md,
	    void (*fn)(void *arg, const char *text, int code), void *arg);
/* Whether MD is one paragraph of inline Markdown (a field's value). */
int	 md_is_inline(const char *md);
/* Reports, at LINE:COL of PATH, a node that may not be written: raw HTML,
 * an image, a thematic break, a link whose scheme is refused; returns -1
 * when it did. */
int	 md_check_node(const char *path, int line, int col, cmark_node *);
/* Checks the value of a text field (summary, use) found at LINE:COL: one
 * paragraph of inline Markdown, nothing md_check_node() refuses. */
int	 md_check_field(const char *path, int line, int col, const char *md);

/* The Markdown source of a paragraph or heading as a translation unit:
 * its lines from the node's start column, continuation lines stripped of
 * leading blanks, joined with '\n'. */
char	*body_unit_text(const struct body *, cmark_node *);

/* File line of a node. */
int	 body_line(const struct body *, cmark_node *);

/* Enough room for the sections of any kind of body. */
#define BODY_MAX_SECTIONS 3

extern const char *const entry_section_keys[SEC__MAX];
extern const char *const pair_section_keys[PSEC__MAX];

#endif

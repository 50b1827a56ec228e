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

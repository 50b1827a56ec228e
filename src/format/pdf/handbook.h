/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* handbook.h: the PDF handbook of one language, and the glyph check that
 * runs before any handbook is typeset. */
#ifndef SIPDOC_HANDBOOK_H
#define SIPDOC_HANDBOOK_H

#include <stddef.h>

struct buf;
struct output;
struct prepared;
struct project;
struct roff_links;

/* Typesets the handbook OUT (its sections prepared as roff in PR, with
 * the links LINKS) with the groff fonts of --fontdir into PDF, on the
 * paper of --paper; the document ID is the digest of OUT's inputs.
 * Returns -1 after a diagnostic. */
int	handbook_render(const struct project *, struct prepared *pr,
	    const struct output *out, const struct roff_links *links,
	    struct buf *pdf);

/* Every character of the content and catalogs must have a glyph in the
 * handbook's fonts; each one missing is reported at its first use as
 * FILE:LINE: error: character U+XXXX has no glyph in font NAME. */
int	glyphs_check(const struct project *, const char *fontdir);

#endif

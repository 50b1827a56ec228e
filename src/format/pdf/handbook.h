/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* handbook.h: the PDF handbook of one language, and the glyph check that
 * runs before any handbook is typeset. */
#ifndef SIPDOC_HANDBOOK_H
#define SIPDOC_HANDBOOK_H

#include <stddef.h>

struct buf;
struct prepared;
struct project;

/* Typesets the handbook of language LI (its sections prepared as roff in
 * PR) with the groff fonts of FONTDIR into PDF; -1 after a diagnostic. */
int	handbook_render(const struct project *, struct prepared *pr, size_t li,
	    const char *fontdir, struct buf *pdf);

/* Every character of the content and catalogs must have a glyph in the
 * handbook's fonts; each one missing is reported at its first use as
 * FILE:LINE: error: character U+XXXX has no glyph in font NAME. */
int	glyphs_check(const struct project *, const char *fontdir);

#endif

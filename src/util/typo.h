/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* typo.h: where a line must not break.  The renderers (HTML, roff) ask it
 * of every space of running text, so the content never carries
 * non-breaking spaces itself: "RFC 3261", "RFC 3261 §21.4.24", "§ 8.1",
 * "200 ms", "32 с" stay on one line. */
#ifndef SIPDOC_TYPO_H
#define SIPDOC_TYPO_H

#include <stddef.h>

/* Whether the space at SPACE (in the text that starts at START) joins its
 * neighbours: a reference and its number, a number and its section or
 * unit. */
int	typo_nobreak(const char *start, const char *space);

/* Whether typo_nobreak() may keep the space at SPACE at all: only after
 * "RFC", "§" and a digit.  A renderer asks this first, cheaply, of every
 * space. */
static inline int
typo_may_join(const char *start, const char *space)
{
	char c = space > start ? space[-1] : ' ';

	return c == 'C' || c == '\xa7' || (c >= '0' && c <= '9');
}

#endif

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

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* term.h: a code's page or a comparison sheet formatted for the terminal:
 * the man page of the man format, typeset by groff for a terminal. */
#ifndef SIPDOC_TERM_H
#define SIPDOC_TERM_H

#include <stddef.h>

struct buf;
struct project;

/* The page of entry IDX[0] (n == 1) or the sheet of entries IDX[0] and
 * IDX[1], in language 0 of P, WIDTH columns wide (PLAIN: no bold or
 * underline, for pipes), into OUT; -1 after a diagnostic. */
int	term_page(const struct project *, const size_t *idx, size_t n,
	    int width, int plain, struct buf *out);

#endif

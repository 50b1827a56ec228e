/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* glance.h: the facts of codes as a small table, in the current UI
 * language: a row per fact, a cell per code.  A code page shows its facts
 * (glance_entry()); a comparison sheet opens with both codes side by side,
 * with their class, meaning and definition too (glance_pair()).  Labels
 * are plain text; cells are inline Markdown (header fields and methods
 * are code spans), which each format renders as it renders fields. */
#ifndef SIPDOC_GLANCE_H
#define SIPDOC_GLANCE_H

#include <stddef.h>

struct entry;

#define GLANCE_MAX	12

struct glance {
	size_t	 nrows;
	size_t	 ncols;			/* 1: a code page; 2: a sheet */
	const char *label[GLANCE_MAX];
	char	*cell[GLANCE_MAX][2];
};

/* The facts of E, or no rows when it has none. */
void	 glance_entry(struct glance *, const struct entry *);
/* A and B side by side; SUMMARY_A and SUMMARY_B are their summaries in
 * the page's language, as inline Markdown. */
void	 glance_pair(struct glance *, const struct entry *a,
	    const char *summary_a, const struct entry *b,
	    const char *summary_b);
void	 glance_free(struct glance *);

#endif

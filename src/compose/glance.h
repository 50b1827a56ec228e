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

/* The cells of one code in a comparison table, every row: class,
 * meaning, final or provisional, the seven facts, and where it is
 * defined.  A format converts them once per code and language and lays
 * every table of that code out of them. */
#define GLANCE_COL	11
#define GLANCE_FACT0	3		/* the first fact in a column */
#define GLANCE_NFACTS	7

struct glance {
	size_t	 nrows;
	size_t	 ncols;			/* 1: a code page; 2: a sheet */
	const char *label[GLANCE_MAX];
	char	*cell[GLANCE_MAX][2];
	int	 borrowed;		/* the cells are a column's */
};

/* The facts of E, or no rows when it has none. */
void	 glance_entry(struct glance *, const struct entry *);
/* A and B side by side; SUMMARY_A and SUMMARY_B are their summaries in
 * the page's language, as inline Markdown. */
void	 glance_pair(struct glance *, const struct entry *a,
	    const char *summary_a, const struct entry *b,
	    const char *summary_b);
/* The column of E (SUMMARY: its summary in the page's language, inline
 * Markdown); the caller frees the cells. */
void	 glance_column(char *cell[GLANCE_COL], const struct entry *e,
	    const char *summary);
/* The tables above, laid out of columns made by glance_column() (in
 * Markdown, or converted by a format), which G only borrows. */
void	 glance_entry_col(struct glance *, const struct entry *,
	    char *const *col);
void	 glance_pair_cols(struct glance *, const struct entry *a,
	    char *const *col_a, const struct entry *b, char *const *col_b);
void	 glance_free(struct glance *);

#endif

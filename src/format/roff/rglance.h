/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* rglance.h: the facts table (compose/glance.h) as a tbl(1) table, for
 * man pages and handbooks alike: a row per fact, the label in bold, the
 * cells filled as text blocks.  HEADS names the columns of a sheet (the
 * two codes); a code page's table has none.  The page must be run
 * through tbl: man pages say so on their first line ('\" t), and
 * sipdoc runs groff with -t. */
#ifndef SIPDOC_RGLANCE_H
#define SIPDOC_RGLANCE_H

struct glance;
struct roff;

void	roff_glance(struct roff *, const struct glance *,
	    const char *const heads[2]);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* hbindex.h: the body of the handbook's index of header fields, methods
 * and option tags (model/names.h): under a heading per kind, each name
 * named by an entry, with the codes naming it and their pages, each a
 * link to the code's section. */
#ifndef SIPDOC_HBINDEX_H
#define SIPDOC_HBINDEX_H

struct content;
struct roff;

/* The part of KIND of C's names into R; PAGES[i] is the page of entry i
 * (0 in the first pass).  Returns how many names it listed. */
int	hbindex_part(struct roff *r, const struct content *c, int kind,
	    const int *pages);

#endif

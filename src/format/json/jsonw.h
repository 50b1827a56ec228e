/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* jsonw.h: a small writer of indented JSON into a buffer: objects and
 * arrays nest, members are named, commas and indentation are its own
 * business, and every string goes through the one JSON escaper
 * (util/escape.h).  A zeroed struct jsonw on a buffer is ready; KEY is
 * NULL inside arrays. */
#ifndef SIPDOC_JSONW_H
#define SIPDOC_JSONW_H

#include <stddef.h>

struct buf;

#define JSONW_DEPTH 16

struct jsonw {
	struct buf	*b;
	int		 depth;
	int		 count[JSONW_DEPTH];	/* members so far, per level */
	int		 line[JSONW_DEPTH];	/* that level on one line */
	int		 flat;			/* depth from which one line */
};

void	jw_init(struct jsonw *, struct buf *);
/* Objects and arrays at nesting level FLAT or deeper (the document's
 * own is level 1) are written on one line (0: none is). */
void	jw_flat_from(struct jsonw *, int flat);
void	jw_open(struct jsonw *, const char *key, char brace);
/* The same, written on one line (a list of numbers, say). */
void	jw_open_line(struct jsonw *, const char *key, char brace);
void	jw_close(struct jsonw *, char brace);
void	jw_str(struct jsonw *, const char *key, const char *);
void	jw_int(struct jsonw *, const char *key, long long);
void	jw_bool(struct jsonw *, const char *key, int);
/* Ends the document with a newline. */
void	jw_end(struct jsonw *);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* man.h: man pages as an output format (see format/format.h): sip-NNN(7)
 * per code, sip-AAA-vs-BBB(7) per curated pair, the overview
 * sip-codes(7) and sipdoc(1), in every language (OUT/man/manN for English,
 * OUT/man/LANG/manN for the others).  The page renderers are also what
 * `sipdoc show` and `compare` format for the terminal. */
#ifndef SIPDOC_MAN_H
#define SIPDOC_MAN_H

#include <stddef.h>

#include "format/format.h"

struct buf;
struct prepared;
struct project;

extern const struct format format_man;

/* One language's pages: the project, the language, and its entries with
 * their sections as roff (format/prepared.h). */
struct mctx {
	const struct project	*p;
	struct prepared		*pr;
	size_t			 lang;
};

/* The page of entry EI, or the sheet of entries A and B (indexes; the
 * curated note, if any, included), into B.  pages.c. */
void	man_code_page(const struct mctx *, size_t ei, struct buf *);
void	man_sheet_page(const struct mctx *, size_t a, size_t b, struct buf *);

/* sip-codes(7) and sipdoc(1) (overview.c, tool.c). */
void	man_overview_page(const struct mctx *, struct buf *);
void	man_tool_page(const struct mctx *, struct buf *);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* manutil.h: building blocks of generated man pages, written through the
 * roff writer (format/roff/roff.h). */
#ifndef SIPDOC_MANUTIL_H
#define SIPDOC_MANUTIL_H

struct project;
struct roff;

/* A source comment, .TH with the localized manual name, and NAME with
 * DESC as plain text. */
void	man_header(struct roff *, const struct project *, const char *name,
	    int section, const char *desc, const char *src);
void	man_sh(struct roff *, const char *title);
/* A paragraph of plain text, or of inline Markdown (man_para_md); none is
 * opened right after a heading (*FIRST). */
void	man_para(struct roff *, const char *text, int *first);
void	man_para_md(struct roff *, const char *md, int *first);
/* A tagged paragraph: TAG in bold, then TEXT. */
void	man_tp(struct roff *, const char *tag, const char *text);

#endif

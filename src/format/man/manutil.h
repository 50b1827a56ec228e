/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* manutil.h: building blocks of generated man pages.  All append to B. */
#ifndef SIPDOC_MANUTIL_H
#define SIPDOC_MANUTIL_H

struct buf;
struct project;

/* .TH with the localized manual name, a source comment, and NAME. */
void	man_header(const struct project *, struct buf *, const char *name,
	    int section, const char *desc, const char *src);
void	man_sh(struct buf *, const char *title);
/* A paragraph of plain text; none is opened right after a heading. */
void	man_para(struct buf *, const char *text, int *first);

#endif

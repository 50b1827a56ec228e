/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* init.h: `sipdoc init DIR`, a project of one's own: a copy of the content
 * and the templates sipdoc would read (the current folder's project, or
 * the installed data), with a README that says how to work in it.  The
 * project appears at DIR complete or not at all: it is written in a
 * temporary folder beside DIR and renamed into place.  A DIR that exists
 * and is not an empty folder is left alone. */
#ifndef SIPDOC_INIT_H
#define SIPDOC_INIT_H

struct buf;
struct options;

int	cmd_init(const struct options *, const char *dir);

/* The README of a new project, in the UI language (initreadme.c). */
void	init_readme(struct buf *);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* xalloc.h: allocation that never returns NULL: on exhaustion the program
 * prints a diagnostic and exits.  The caller owns (and frees) every result. */
#ifndef SIPDOC_XALLOC_H
#define SIPDOC_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
void *xreallocarray(void *p, size_t n, size_t size);
char *xstrdup(const char *s);
/* Frees the N strings of V, then V. */
void  strv_free(char **v, size_t n);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif

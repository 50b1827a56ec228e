/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* fmt.h: the formats of sipdoc's messages, filled in without printf.
 * Nearly every sentence sipdoc makes is a translated format with
 * positional placeholders ("%1$d is defined in %2$s"), and glibc takes
 * its slow path for every positional format.  A format whose directives
 * are only %s and %d, all positional or all not, and %%, is filled here
 * with exactly printf's result; any other (or one of more than FMT_DIRS
 * directives) is left to printf. */
#ifndef SIPDOC_FMT_H
#define SIPDOC_FMT_H

#include <stdarg.h>
#include <stddef.h>

#define FMT_MAX	9	/* arguments */
#define FMT_DIRS 16	/* directives, "%%" included */

struct fmt {
	const char	*fmt;
	struct {
		unsigned	 at;		/* where in FMT, after the '%' */
		unsigned char	 len;		/* after the '%' */
		signed char	 arg;		/* -1: "%%" */
	}		 dir[FMT_DIRS];
	int		 ndir;
	const char	*arg[FMT_MAX];	/* each argument, as text */
	size_t		 alen[FMT_MAX];
	char		 num[FMT_MAX][12];
	size_t		 len;		/* of the result */
};

/* Whether FMT is such a format; then its arguments are taken from AP
 * (which is not used otherwise) and F->len is the result's length. */
int	 fmt_prepare(struct fmt *f, const char *fmt, va_list ap);
/* Writes the result: F->len bytes and a NUL. */
void	 fmt_write(const struct fmt *f, char *dst);

/* FMT filled with AP, NUL-terminated, in the room that ALLOC(ARG, SIZE)
 * gives; its length into *LEN when LEN is not NULL.  A format of ours is
 * filled here, any other by vsnprintf.  A format vsnprintf refuses is
 * sipdoc's own mistake: a diagnostic, and exit. */
char	*fmt_alloc(const char *fmt, va_list ap,
	    void *(*alloc)(void *arg, size_t size), void *arg, size_t *len);

/* snprintf(), filled here when FMT is ours and the result fits in SIZE
 * bytes, otherwise by vsnprintf: the same bytes and the same result. */
int	 fmt_snprintf(char *dst, size_t size, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));

#endif

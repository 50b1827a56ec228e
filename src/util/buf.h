/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* buf.h: a growable byte string.  A zeroed struct buf is empty and valid;
 * the owner releases it with buf_free().  s is always NUL-terminated once
 * anything was added. */
#ifndef SIPDOC_BUF_H
#define SIPDOC_BUF_H

#include <stddef.h>
#include <string.h>

struct buf {
	char	*s;
	size_t	 len;
	size_t	 cap;
};

/* Makes room for MORE bytes and the NUL (buf_put() does). */
void	 buf_grow(struct buf *, size_t more);

/* The renderers call these for every piece of every page: inline, with
 * the growing out of line. */
static inline void
buf_put(struct buf *b, const char *p, size_t n)
{
	if (b->len + n + 1 > b->cap)
		buf_grow(b, n);
	if (n > 0)	/* P may be NULL then: memcpy() must not see it */
		memcpy(b->s + b->len, p, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static inline void
buf_puts(struct buf *b, const char *s)
{
	buf_put(b, s, strlen(s));
}

static inline void
buf_putc(struct buf *b, char c)
{
	buf_put(b, &c, 1);
}

void	 buf_printf(struct buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
const char *buf_str(const struct buf *);
char	*buf_detach(struct buf *);
void	 buf_free(struct buf *);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* buf.h: a growable byte string.  A zeroed struct buf is empty and valid;
 * the owner releases it with buf_free().  s is always NUL-terminated once
 * anything was added. */
#ifndef SIPDOC_BUF_H
#define SIPDOC_BUF_H

#include <stddef.h>

struct buf {
	char	*s;
	size_t	 len;
	size_t	 cap;
};

void	 buf_put(struct buf *, const char *, size_t);
void	 buf_puts(struct buf *, const char *);
void	 buf_putc(struct buf *, char);
void	 buf_printf(struct buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
const char *buf_str(const struct buf *);
char	*buf_detach(struct buf *);
void	 buf_free(struct buf *);

#endif

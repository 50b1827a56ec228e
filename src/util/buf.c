/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* buf.c: growable byte strings for everything the renderers produce. */
#include "system.h"

#include <stdarg.h>

#include "util/buf.h"
#include "util/fmt.h"
#include "util/xalloc.h"

void
buf_grow(struct buf *b, size_t more)
{
	size_t need = b->len + more + 1;

	if (need <= b->cap)
		return;
	if (b->cap == 0)
		b->cap = 64;
	while (b->cap < need)
		b->cap *= 2;
	b->s = xrealloc(b->s, b->cap);
}

/* Room for SIZE bytes at the end of the buffer ARG. */
static void *
buf_room(void *arg, size_t size)
{
	struct buf *b = arg;

	buf_grow(b, size - 1);
	return b->s + b->len;
}

void
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	size_t n;

	va_start(ap, fmt);
	fmt_alloc(fmt, ap, buf_room, b, &n);
	va_end(ap);
	b->len += n;
}

const char *
buf_str(const struct buf *b)
{
	return b->s != NULL ? b->s : "";
}

char *
buf_detach(struct buf *b)
{
	char *s = b->s != NULL ? b->s : xstrdup("");

	b->s = NULL;
	b->len = b->cap = 0;
	return s;
}

void
buf_free(struct buf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* buf.c: growable byte strings for everything the renderers produce. */
#include "system.h"

#include <stdarg.h>

#include "util/buf.h"
#include "util/fmt.h"
#include "util/diag.h"
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

void
buf_printf(struct buf *b, const char *fmt, ...)
{
	struct fmt f;
	va_list ap;
	int n;

	va_start(ap, fmt);
	if (fmt_prepare(&f, fmt, ap)) {
		va_end(ap);
		buf_grow(b, f.len);
		fmt_write(&f, b->s + b->len);
		b->len += f.len;
		return;
	}
	va_end(ap);
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0) {
		/* Only a format sipdoc got wrong comes here. */
		diag_errno(NULL, _("cannot format text"));
		exit(EXIT_FAILURE);
	}
	buf_grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
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

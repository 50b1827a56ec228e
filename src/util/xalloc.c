/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* xalloc.c: the one allocation policy: exit with a message when memory runs
 * out, so no caller has to handle NULL. */
#include "system.h"

#include <stdarg.h>
#include <stdint.h>

#include "util/diag.h"
#include "util/fmt.h"
#include "util/xalloc.h"

static void *
xalloc_check(void *p)
{
	if (p == NULL) {
		diag(DIAG_ERROR, NULL, 0, 0, _("out of memory"));
		exit(EXIT_FAILURE);
	}
	return p;
}

void *
xmalloc(size_t n)
{
	return xalloc_check(malloc(n ? n : 1));
}

void *
xcalloc(size_t n, size_t size)
{
	return xalloc_check(calloc(n ? n : 1, size ? size : 1));
}

void *
xrealloc(void *p, size_t n)
{
	return xalloc_check(realloc(p, n ? n : 1));
}

void *
xreallocarray(void *p, size_t n, size_t size)
{
	if (size != 0 && n > SIZE_MAX / size)
		return xalloc_check(NULL);
	return xrealloc(p, n * size);
}

char *
xstrdup(const char *s)
{
	return xalloc_check(strdup(s));
}

char *
xstrndup(const char *s, size_t n)
{
	return xalloc_check(strndup(s, n));
}

static void *
heap_room(void *arg, size_t size)
{
	(void)arg;
	return xmalloc(size);
}

char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = fmt_alloc(fmt, ap, heap_room, NULL, NULL);
	va_end(ap);
	return s;
}

void
strv_free(char **v, size_t n)
{
	size_t i;

	for (i = 0; v != NULL && i < n; i++)
		free(v[i]);
	free(v);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* fmt.c: %s, %d and %% filled in without printf (fmt.h). */
#include "system.h"

#include "util/diag.h"
#include "util/fmt.h"

/* The directive at P (after its '%'): its argument's index (from 0) and
 * type into *I and *T, or -1 for "%%"; its length, or 0 when it is not
 * one of ours.  *SEQ counts the arguments of non-positional ones. */
static size_t
directive(const char *p, int *i, char *t, int *seq)
{
	if (*p == '%') {
		*i = -1;
		return 1;
	}
	if (*p == 's' || *p == 'd') {
		*i = (*seq)++;
		*t = *p;
		return 1;
	}
	if (*p >= '1' && *p <= '9' && p[1] == '$' && (p[2] == 's' ||
	    p[2] == 'd')) {
		*i = *p - '1';
		*t = p[2];
		return 3;
	}
	return 0;
}

/* FMT's directives into F->dir, the types of its arguments, "sd...",
 * into TYPES; their count, or -1 when FMT is not ours. */
static int
parse(struct fmt *f, const char *fmt, char types[FMT_MAX])
{
	const char *p;
	int seq = 0, pos = 0, n = 0, i, k;
	size_t len;
	char t = 0;

	memset(types, 0, FMT_MAX);
	f->ndir = 0;
	for (p = fmt; (p = strchr(p, '%')) != NULL; p += 1 + len) {
		if ((len = directive(p + 1, &i, &t, &seq)) == 0 ||
		    f->ndir == FMT_DIRS || p - fmt >= 65535)
			return -1;
		f->dir[f->ndir].at = (unsigned)(p + 1 - fmt);
		f->dir[f->ndir].len = (unsigned char)len;
		f->dir[f->ndir++].arg = (signed char)i;
		if (i < 0)
			continue;
		pos |= len == 3;
		if (i >= FMT_MAX || (types[i] != 0 && types[i] != t))
			return -1;
		types[i] = t;
		n = i + 1 > n ? i + 1 : n;
	}
	if (seq > 0 && pos)
		return -1;	/* positional and not, mixed */
	for (k = 0; k < n; k++)
		if (types[k] == 0)
			return -1;	/* an argument no directive names */
	return n;
}

static size_t
decimal(char *dst, int v)
{
	char tmp[12];
	unsigned int u = v < 0 ? 0U - (unsigned int)v : (unsigned int)v;
	size_t n = 0, k = 0;

	do
		tmp[n++] = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	if (v < 0)
		dst[k++] = '-';
	while (n > 0)
		dst[k++] = tmp[--n];
	dst[k] = '\0';
	return k;
}

int
fmt_prepare(struct fmt *f, const char *fmt, va_list ap)
{
	char types[FMT_MAX];
	int n = parse(f, fmt, types), i;

	if (n < 0)
		return 0;
	f->fmt = fmt;
	for (i = 0; i < n; i++) {
		if (types[i] == 'd') {
			f->alen[i] = decimal(f->num[i], va_arg(ap, int));
			f->arg[i] = f->num[i];
		} else {
			f->arg[i] = va_arg(ap, const char *);
			if (f->arg[i] == NULL)
				f->arg[i] = "(null)";
			f->alen[i] = strlen(f->arg[i]);
		}
	}
	f->len = strlen(fmt);
	for (i = 0; i < f->ndir; i++) {
		f->len -= 1 + f->dir[i].len;
		f->len += f->dir[i].arg < 0 ? 1 : f->alen[f->dir[i].arg];
	}
	return 1;
}

void
fmt_write(const struct fmt *f, char *dst)
{
	const char *p = f->fmt;
	int i, a;

	for (i = 0; i < f->ndir; i++) {
		const char *pct = f->fmt + f->dir[i].at - 1;

		memcpy(dst, p, (size_t)(pct - p));
		dst += pct - p;
		if ((a = f->dir[i].arg) < 0)
			*dst++ = '%';
		else {
			memcpy(dst, f->arg[a], f->alen[a]);
			dst += f->alen[a];
		}
		p = pct + 1 + f->dir[i].len;
	}
	strcpy(dst, p);
}

char *
fmt_alloc(const char *fmt, va_list ap, void *(*alloc)(void *, size_t),
    void *arg, size_t *len)
{
	struct fmt f;
	va_list aq;
	char *s;
	int simple, n;

	va_copy(aq, ap);
	simple = fmt_prepare(&f, fmt, aq);
	va_end(aq);
	if (simple) {
		s = alloc(arg, f.len + 1);
		fmt_write(&f, s);
		n = (int)f.len;
	} else {
		va_copy(aq, ap);
		n = vsnprintf(NULL, 0, fmt, aq);
		va_end(aq);
		if (n < 0) {
			diag_errno(NULL, _("cannot format text"));
			exit(EXIT_FAILURE);
		}
		s = alloc(arg, (size_t)n + 1);
		vsnprintf(s, (size_t)n + 1, fmt, ap);
	}
	if (len != NULL)
		*len = (size_t)n;
	return s;
}

int
fmt_snprintf(char *dst, size_t size, const char *fmt, ...)
{
	struct fmt f;
	va_list ap, aq;
	int n;

	va_start(ap, fmt);
	va_copy(aq, ap);
	if (fmt_prepare(&f, fmt, aq) && f.len < size) {
		fmt_write(&f, dst);
		n = (int)f.len;
	} else
		n = vsnprintf(dst, size, fmt, ap);
	va_end(aq);
	va_end(ap);
	return n;
}

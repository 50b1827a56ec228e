/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* jsonw.c: indented JSON, member by member. */
#include "system.h"

#include "format/json/jsonw.h"
#include "util/buf.h"
#include "util/escape.h"

void
jw_init(struct jsonw *w, struct buf *b)
{
	memset(w, 0, sizeof(*w));
	w->b = b;
}

void
jw_flat_from(struct jsonw *w, int flat)
{
	w->flat = flat;
}

/* Whether the innermost open container is written on one line. */
static int
jw_is_flat(const struct jsonw *w)
{
	return (w->flat > 0 && w->depth >= w->flat) ||
	    (w->depth > 0 && w->line[w->depth - 1]);
}

/* The separator, indentation and name before a member. */
static void
jw_member(struct jsonw *w, const char *key)
{
	int i;

	if (w->depth > 0) {
		if (w->count[w->depth - 1]++ > 0)
			buf_putc(w->b, ',');
		if (jw_is_flat(w))
			buf_puts(w->b, w->count[w->depth - 1] > 1 ? " " : "");
		else {
			buf_putc(w->b, '\n');
			for (i = 0; i < w->depth; i++)
				buf_puts(w->b, "  ");
		}
	}
	if (key != NULL) {
		esc_json_s(w->b, key);
		buf_puts(w->b, ": ");
	}
}

void
jw_open(struct jsonw *w, const char *key, char brace)
{
	int line = jw_is_flat(w);

	jw_member(w, key);
	buf_putc(w->b, brace);
	if (w->depth < JSONW_DEPTH - 1) {
		w->depth++;
		w->count[w->depth - 1] = 0;
		w->line[w->depth - 1] = line;
	}
}

void
jw_open_line(struct jsonw *w, const char *key, char brace)
{
	jw_open(w, key, brace);
	w->line[w->depth - 1] = 1;
}

void
jw_close(struct jsonw *w, char brace)
{
	int flat = jw_is_flat(w), had = w->count[w->depth - 1] > 0, i;

	w->depth--;
	if (had && !flat) {
		buf_putc(w->b, '\n');
		for (i = 0; i < w->depth; i++)
			buf_puts(w->b, "  ");
	}
	buf_putc(w->b, brace);
}

void
jw_str(struct jsonw *w, const char *key, const char *s)
{
	jw_member(w, key);
	if (s == NULL)
		buf_puts(w->b, "null");
	else
		esc_json_s(w->b, s);
}

void
jw_int(struct jsonw *w, const char *key, long long n)
{
	jw_member(w, key);
	buf_printf(w->b, "%lld", n);
}

void
jw_bool(struct jsonw *w, const char *key, int v)
{
	jw_member(w, key);
	buf_puts(w->b, v ? "true" : "false");
}

void
jw_end(struct jsonw *w)
{
	buf_putc(w->b, '\n');
}

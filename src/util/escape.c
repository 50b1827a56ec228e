/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* escape.c: escaping for HTML and roff, and RFC reference links. */
#include "system.h"

#include "util/buf.h"
#include "util/escape.h"
#include "util/xalloc.h"

/* The replacement of a character in HTML text and attributes, or NULL. */
static const char *
esc_html_rep(char c)
{
	switch (c) {
	case '&': return "&amp;";
	case '<': return "&lt;";
	case '>': return "&gt;";
	case '"': return "&quot;";
	case '\'': return "&#39;";
	}
	return NULL;
}

void
esc_html(struct buf *b, const char *s, size_t n)
{
	size_t i, start = 0;
	const char *rep;

	for (i = 0; i < n; i++) {
		if ((rep = esc_html_rep(s[i])) == NULL)
			continue;
		buf_put(b, s + start, i - start);
		buf_puts(b, rep);
		start = i + 1;
	}
	buf_put(b, s + start, n - start);
}

void
esc_html_s(struct buf *b, const char *s)
{
	size_t n;

	/* strcspn() finds the next special character many bytes at a time. */
	for (;;) {
		n = strcspn(s, "&<>\"'");
		buf_put(b, s, n);
		if (s[n] == '\0')
			return;
		buf_puts(b, esc_html_rep(s[n]));
		s += n + 1;
	}
}

int
url_is_safe(const char *u)
{
	size_t i;

	for (i = 0; u[i] != '\0' && u[i] != '/' && u[i] != '?' &&
	    u[i] != '#'; i++)
		if (u[i] == ':')
			return strncmp(u, "https:", 6) == 0 ||
			    strncmp(u, "http:", 5) == 0 ||
			    strncmp(u, "mailto:", 7) == 0;
	return 1;		/* relative */
}

void
esc_roff(struct buf *b, const char *s, int *bol)
{
	for (; *s != '\0'; s++) {
		if (*bol && (*s == '.' || *s == '\''))
			buf_puts(b, "\\&");
		*bol = 0;
		if (*s == '\\')
			buf_puts(b, "\\e");
		else if (*s == '\n') {
			buf_putc(b, '\n');
			*bol = 1;
		} else
			buf_putc(b, *s);
	}
}

/* "RFC 3261 §21.4.24" -> https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24
 * The section is the first dotted number after the RFC number, if any. */
char *
rfc_url(const char *ref)
{
	const char *p = ref + 4, *sec;
	size_t num, len;

	if (strncmp(ref, "RFC ", 4) != 0)
		return NULL;
	for (num = 0; p[num] >= '0' && p[num] <= '9'; num++)
		;
	if (num == 0)
		return NULL;
	sec = strstr(p, "§");
	if (sec == NULL)
		return xasprintf("https://www.rfc-editor.org/rfc/rfc%.*s",
		    (int)num, p);
	sec += strlen("§");
	for (len = 0; (sec[len] >= '0' && sec[len] <= '9') ||
	    (sec[len] == '.' && sec[len + 1] >= '0' && sec[len + 1] <= '9');
	    len++)
		;
	if (len == 0)
		return xasprintf("https://www.rfc-editor.org/rfc/rfc%.*s",
		    (int)num, p);
	return xasprintf("https://www.rfc-editor.org/rfc/rfc%.*s#section-%.*s",
	    (int)num, p, (int)len, sec);
}

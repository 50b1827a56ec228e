/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* escape.c: escaping for HTML, roff and JSON, and RFC reference links. */
#include "system.h"

#include <strings.h>

#include "util/buf.h"
#include "util/escape.h"
#include "util/typo.h"
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
	/* A byte that is not copied as it is: the end, what HTML escapes, and
	   a space that must not break (util/typo.h), which becomes &nbsp;. */
	static const unsigned char stop[256] = {
		['\0'] = 1, ['&'] = 1, ['<'] = 1, ['>'] = 1, ['"'] = 1,
		['\''] = 1, [' '] = 1,
	};
	const char *start = s, *run = s;

	for (;; s++) {
		if (!stop[(unsigned char)*s] ||
		    (*s == ' ' && !typo_may_join(start, s)))
			continue;
		buf_put(b, run, (size_t)(s - run));
		if (*s == '\0')
			return;
		if (*s != ' ')
			buf_puts(b, esc_html_rep(*s));
		else
			buf_puts(b, typo_nobreak(start, s) ? "&nbsp;" : " ");
		run = s + 1;
	}
}

const char *
url_problem(const char *u)
{
	size_t i;

	if (u[0] == '/' && u[1] == '/')
		return N_("a protocol-relative link (//host) leaves the site; "
		    "write https://");
	for (i = 0; u[i] != '\0' && u[i] != '/' && u[i] != '?' &&
	    u[i] != '#'; i++)
		if (u[i] == ':')
			return strncasecmp(u, "https:", 6) == 0 ||
			    strncasecmp(u, "http:", 5) == 0 ||
			    strncasecmp(u, "mailto:", 7) == 0 ? NULL :
			    N_("only http:, https: and mailto: links are "
			    "allowed");
	return NULL;		/* relative */
}

void
esc_json(struct buf *b, const char *s, size_t n)
{
	size_t i, start = 0;

	buf_putc(b, '"');
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		int sep = c == 0xe2 && i + 2 < n &&
		    (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] & 0xfe) == 0xa8;

		if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && !sep)
			continue;
		buf_put(b, s + start, i - start);
		if (sep) {
			buf_printf(b, "\\u%04x", 0x2028 + (s[i + 2] & 1));
			i += 2;
		} else if (c == '"' || c == '\\')
			buf_printf(b, "\\%c", c);
		else if (c == '\n')
			buf_puts(b, "\\n");
		else
			buf_printf(b, "\\u%04x", c);
		start = i + 1;
	}
	buf_put(b, s + start, n - start);
	buf_putc(b, '"');
}

void
esc_json_s(struct buf *b, const char *s)
{
	esc_json(b, s, strlen(s));
}

int
url_is_safe(const char *u)
{
	return url_problem(u) == NULL;
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

char **
rfc_urls(char *const *refs, size_t n)
{
	char **v = xreallocarray(NULL, n ? n : 1, sizeof(*v));
	size_t i;

	for (i = 0; i < n; i++)
		v[i] = rfc_url(refs[i]);
	return v;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* mention.c: where the text of a handbook mentions a code that has a
 * section: "600", or "600 Busy Everywhere" with its reason phrase (one
 * link, never broken across lines).  Numbers inside other numbers, RFC
 * numbers and section numbers ("RFC 3261 §21.4.6", "4.486") are not
 * codes. */
#include "system.h"

#include "format/pdf/pdf.h"
#include "model/model.h"
#include "util/fmt.h"

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int
is_alnum(char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Whether the three digits at P stand as a word of their own. */
static int
mention_word(const char *s, const char *p)
{
	if (!is_digit(p[0]) || !is_digit(p[1]) || !is_digit(p[2]))
		return 0;
	if (is_alnum(p[3]) || p[3] == '-' || ((p[3] == '.' || p[3] == ',') &&
	    is_digit(p[4])))
		return 0;
	if (p == s)
		return 1;
	if (is_alnum(p[-1]) || p[-1] == '.' || p[-1] == '-' ||
	    p[-1] == '_' || p[-1] == '/' || (unsigned char)p[-1] == 0xa7)
		return 0;			/* §486 */
	return !(p - s >= 4 && strncmp(p - 4, "RFC ", 4) == 0);
}

size_t
pdf_mention(const void *ctx, const char *s, const char *p, char *dest,
    size_t n)
{
	const struct content *c = ctx;
	const struct entry *e;
	size_t len = 3, rl;

	if (!mention_word(s, p))
		return 0;
	e = content_entry(c, (p[0] - '0') * 100 + (p[1] - '0') * 10 +
	    (p[2] - '0'));
	if (e == NULL)
		return 0;
	rl = strlen(e->reason);
	if (p[3] == ' ' && strncmp(p + 4, e->reason, rl) == 0 &&
	    !is_alnum(p[4 + rl]))
		len += 1 + rl;
	fmt_snprintf(dest, n, "c%d", e->code);
	return len;
}

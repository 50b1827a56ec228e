/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* typo.c: the spaces that must not break a line, from the words on
 * either side. */
#include "system.h"

#include "util/typo.h"

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Units written after a number, in English and Russian. */
static const char *const units[] = {
	"ms", "s", "min", "h", "KB", "kB", "MB", "GB", "bytes", "%",
	"мс", "с", "мин", "ч", "КБ", "Кбайт", "МБ", "байт", "байта", "байтов",
};

/* Whether the word at P (up to a space, punctuation or the end) is
 * exactly W. */
static int
word_is(const char *p, const char *w)
{
	size_t n = strlen(w);

	return strncmp(p, w, n) == 0 && (p[n] == '\0' || p[n] == ' ' ||
	    p[n] == ',' || p[n] == '.' || p[n] == ';' || p[n] == ':' ||
	    p[n] == ')' || p[n] == '\n');
}

/* Whether the LEN bytes before SP are a whole word W. */
static int
word_before(const char *start, const char *sp, const char *w, size_t len)
{
	const char *p = sp - len;

	return sp - start >= (long)len && strncmp(p, w, len) == 0 &&
	    (p == start || p[-1] == ' ' || p[-1] == '\n' || p[-1] == '(');
}

int
typo_nobreak(const char *start, const char *sp)
{
	const char *after = sp + 1;
	size_t i;

	if (!typo_may_join(start, sp))
		return 0;
	/* Only three kinds of word before a space keep it: "RFC", "§" and
	   a number; most spaces are ruled out by the byte before them. */
	switch (sp[-1]) {
	case 'C':
		return is_digit(*after) && word_before(start, sp, "RFC", 3);
	case '\xa7':
		return word_before(start, sp, "\xc2\xa7", 2);	/* § 8.1 */
	default:
		break;
	}
	if (!is_digit(sp[-1]))
		return 0;
	if (strncmp(after, "\xc2\xa7", 2) == 0)
		return 1;			/* 3261 §21.4 */
	for (i = 0; i < ARRAY_LEN(units); i++)	/* the first byte first */
		if (units[i][0] == *after && word_is(after, units[i]))
			return 1;		/* 200 ms */
	return 0;
}

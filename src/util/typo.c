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

int
typo_nobreak(const char *start, const char *sp)
{
	const char *after = sp + 1, *w;
	size_t i;

	if (sp == start)
		return 0;
	/* The word before the space. */
	for (w = sp; w > start && w[-1] != ' ' && w[-1] != '\n' &&
	    w[-1] != '('; w--)
		;
	if (sp - w == 3 && strncmp(w, "RFC", 3) == 0 && is_digit(*after))
		return 1;			/* RFC 3261 */
	if (sp - w == 2 && strncmp(w, "\xc2\xa7", 2) == 0)
		return 1;			/* § 8.1 */
	if (strncmp(after, "\xc2\xa7", 2) == 0 && is_digit(sp[-1]))
		return 1;			/* 3261 §21.4 */
	if (!is_digit(sp[-1]))
		return 0;
	for (i = 0; i < ARRAY_LEN(units); i++)
		if (word_is(after, units[i]))
			return 1;		/* 200 ms */
	return 0;
}

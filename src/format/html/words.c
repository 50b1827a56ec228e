/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* words.c: folding and word splitting by table, for the search index; the
 * same tables reach the browser as regular-expression classes. */
#include "system.h"

#include <pthread.h>
#include <stdint.h>

#include "format/html/words.h"
#include "util/buf.h"
#include "util/textio.h"

struct range {
	long	lo, hi;
};

/* Word characters, of folded text: digits, letters and marks of the
 * scripts in use, not their punctuation. */
static const struct range word_chars[] = {
	{ '0', '9' }, { 'a', 'z' }, { 0xc0, 0xd6 }, { 0xd8, 0xf6 },
	{ 0xf8, 0x2af }, { 0x300, 0x36f }, { 0x370, 0x37d }, { 0x37f, 0x386 },
	{ 0x388, 0x3ff }, { 0x400, 0x481 }, { 0x483, 0x52f },
	{ 0x531, 0x559 }, { 0x560, 0x588 },
	{ 0x591, 0x5bd }, { 0x5bf, 0x5bf }, { 0x5c1, 0x5c2 }, { 0x5c4, 0x5c5 },
	{ 0x5c7, 0x5c7 }, { 0x5d0, 0x5f2 },
	{ 0x610, 0x61a }, { 0x620, 0x669 }, { 0x66e, 0x6d3 }, { 0x6d5, 0x6ff },
	{ 0x750, 0x77f }, { 0x8a0, 0x8ff },
	{ 0x900, 0x963 }, { 0x966, 0xdff }, { 0xe00, 0xfff },
	{ 0x10a0, 0x10ff }, { 0x1100, 0x11ff }, { 0x1e00, 0x1fff },
	{ 0x3040, 0x30ff }, { 0x3400, 0x4dbf }, { 0x4e00, 0x9fff },
	{ 0xac00, 0xd7af }, { 0xf900, 0xfaff }, { 0xfb1d, 0xfdff },
	{ 0xfe70, 0xfefc },
};

/* Capital letters and their lower case: + DELTA, or, with MODE 1, the
 * odd one of each pair (cp | 1), with MODE 2 the even one after an odd
 * capital (cp + (cp & 1)).  Lower-case letters inside a range stay. */
static const struct fold {
	long	lo, hi;
	int	mode;
	long	delta;
} fold_table[] = {
	{ 'A', 'Z', 0, 0x20 }, { 0xc0, 0xd6, 0, 0x20 }, { 0xd8, 0xde, 0, 0x20 },
	{ 0x100, 0x12f, 1, 0 }, { 0x132, 0x137, 1, 0 }, { 0x139, 0x148, 2, 0 },
	{ 0x14a, 0x177, 1, 0 }, { 0x178, 0x178, 0, 0xff - 0x178 },
	{ 0x179, 0x17e, 2, 0 }, { 0x400, 0x40f, 0, 0x50 },
	{ 0x410, 0x42f, 0, 0x20 },
};

long
words_fold(long cp)
{
	size_t i;

	for (i = 0; i < ARRAY_LEN(fold_table); i++) {
		const struct fold *f = &fold_table[i];

		if (cp < f->lo || cp > f->hi)
			continue;
		cp = f->mode == 1 ? (cp | 1) : f->mode == 2 ?
		    cp + (cp & 1) : cp + f->delta;
		break;
	}
	return cp == 0x451 ? 0x435 : cp;	/* ё is searched as е */
}

static int
words_is_word(long cp)
{
	size_t lo = 0, hi = ARRAY_LEN(word_chars);

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (cp < word_chars[mid].lo)
			hi = mid;
		else if (cp > word_chars[mid].hi)
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

/* The code points of one and two UTF-8 bytes (Latin, Greek, Cyrillic,
 * Hebrew, Arabic: almost every character of the index) by table: their
 * folding and whether they are word characters, from the tables above. */
#define FAST_CP	0x800

static uint16_t fast_fold[FAST_CP];
static unsigned char fast_word[FAST_CP];
static pthread_once_t fast_once = PTHREAD_ONCE_INIT;

static void
fast_init(void)
{
	long cp;

	for (cp = 0; cp < FAST_CP; cp++) {
		fast_fold[cp] = (uint16_t)words_fold(cp);
		fast_word[cp] = (unsigned char)words_is_word(cp);
	}
}

/* The code point at *P, by table when it is short: *P moves past it. */
static long
fast_next(const unsigned char **p)
{
	const unsigned char *s = *p;

	if (s[0] < 0x80) {
		*p += 1;
		return s[0];
	}
	if ((s[0] & 0xe0) == 0xc0 && s[0] >= 0xc2 && (s[1] & 0xc0) == 0x80) {
		*p += 2;
		return (long)(s[0] & 0x1f) << 6 | (s[1] & 0x3f);
	}
	return utf8_next(p);
}

static int
fast_is_word(long cp)
{
	return cp >= 0 && cp < FAST_CP ? fast_word[cp] : words_is_word(cp);
}

static long
fast_fold_cp(long cp)
{
	return cp >= 0 && cp < FAST_CP ? fast_fold[cp] : words_fold(cp);
}

/* Whether the original bytes S..E are two or more capitals A-Z. */
static int
words_caps(const char *s, const char *e)
{
	const char *p;

	for (p = s; p < e; p++)
		if (*p < 'A' || *p > 'Z')
			return 0;
	return e - s >= 2;
}

/* Whether S..E has a digit, or (HYPHEN) a hyphen; with DIGITS 0, only
 * the hyphen counts. */
static int
words_has(const char *s, const char *e, int digits, int hyphen)
{
	for (; s < e; s++)
		if ((digits && *s >= '0' && *s <= '9') || (hyphen && *s == '-'))
			return 1;
	return 0;
}

/* Word W..E of the folded text F, with its original at the same offsets
 * in O (folding keeps every code point's UTF-8 length). */
static void
words_emit(const char *f, const char *o, const char *w, const char *e,
    int code, word_fn fn, void *arg)
{
	const char *ow = o + (w - f), *p, *q;
	int exact = code || words_has(w, e, 1, 1) ||
	    words_caps(ow, o + (e - f));

	fn(w, (size_t)(e - w), exact, arg);
	if (!words_has(w, e, 0, 1))
		return;
	for (p = w; p < e; p = q + 1) {
		q = memchr(p, '-', (size_t)(e - p));
		if (q == NULL)
			q = e;
		fn(p, (size_t)(q - p), code || words_has(p, q, 1, 0) ||
		    words_caps(o + (p - f), o + (q - f)), arg);
	}
}

/* The length of the word characters at P, or 0. */
static size_t
words_run(const char *p)
{
	const unsigned char *u = (const unsigned char *)p;

	while (*u != '\0') {
		const unsigned char *at = u;

		if (!fast_is_word(fast_next(&u))) {
			u = at;
			break;
		}
	}
	return (size_t)((const char *)u - p);
}

/* Folds TEXT into F, byte for byte aligned with it. */
static void
words_fold_text(struct buf *f, const char *text)
{
	const unsigned char *p = (const unsigned char *)text;

	while (*p != '\0') {
		long cp = fast_next(&p);

		if (cp < 0)
			buf_putc(f, ' ');	/* never in checked content */
		else if (cp < 0x80)
			buf_putc(f, (char)fast_fold[cp]);
		else
			utf8_put(f, fast_fold_cp(cp));
	}
	if (f->s == NULL)
		buf_puts(f, "");
}

void
words_each(const char *text, word_fn fn, void *arg)
{
	struct buf f = {0};
	const char *p, *w;
	int code = 0;
	size_t n;

	pthread_once(&fast_once, fast_init);
	words_fold_text(&f, text);
	for (p = f.s; *p != '\0';) {
		if (*p == '`') {
			code = !code;
			p++;
			continue;
		}
		if ((n = words_run(p)) == 0) {
			p++;
			while ((*p & 0xc0) == 0x80)
				p++;
			continue;
		}
		w = p;
		p += n;
		while (*p == '-' && (n = words_run(p + 1)) > 0)
			p += 1 + n;
		words_emit(f.s, text, w, p, code, fn, arg);
	}
	buf_free(&f);
}

static void
words_class(struct buf *b, long lo, long hi)
{
	utf8_put(b, lo);
	if (hi > lo) {
		buf_putc(b, '-');
		utf8_put(b, hi);
	}
}

void
words_classes(struct buf *word, struct buf *upper)
{
	size_t i;

	for (i = 0; i < ARRAY_LEN(word_chars); i++)
		words_class(word, word_chars[i].lo, word_chars[i].hi);
	for (i = 0; i < ARRAY_LEN(fold_table); i++)
		words_class(upper, fold_table[i].lo, fold_table[i].hi);
}

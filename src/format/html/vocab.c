/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* vocab.c: a hash table of words and their stems, written sorted. */
#include "system.h"

#include "format/format.h"
#include "format/html/stem.h"
#include "format/html/vocab.h"
#include "util/buf.h"
#include "util/digest.h"
#include "util/escape.h"
#include "util/xalloc.h"

struct word {
	char	*w;		/* the word, NUL, its stem */
	size_t	 n, sn;
};

struct vocab {
	struct stemmer	*st;
	struct word	*v;		/* in order of arrival */
	size_t		 n, cap;
	size_t		*slots;		/* indexes + 1 */
	size_t		 nslots;
};

struct vocab *
vocab_new(struct stemmer *st)
{
	struct vocab *vo = xcalloc(1, sizeof(*vo));

	vo->st = st;
	vo->nslots = 1024;
	vo->slots = xcalloc(vo->nslots, sizeof(size_t));
	return vo;
}

void
vocab_free(struct vocab *vo)
{
	size_t i;

	if (vo == NULL)
		return;
	for (i = 0; i < vo->n; i++)
		free(vo->v[i].w);
	free(vo->v);
	free(vo->slots);
	free(vo);
}

static void
vocab_grow(struct vocab *vo)
{
	size_t i, k;

	free(vo->slots);
	vo->nslots *= 2;
	vo->slots = xcalloc(vo->nslots, sizeof(size_t));
	for (i = 0; i < vo->n; i++) {
		k = hash_bytes(vo->v[i].w, vo->v[i].n) & (vo->nslots - 1);
		while (vo->slots[k] != 0)
			k = (k + 1) & (vo->nslots - 1);
		vo->slots[k] = i + 1;
	}
}

static const char *word_stem(const struct word *);

/* The slot of W: the word there, or an empty one (*K). */
static struct word *
vocab_find(const struct vocab *vo, const char *w, size_t n, size_t *k)
{
	size_t i;

	for (*k = hash_bytes(w, n) & (vo->nslots - 1); (i = vo->slots[*k]) != 0;
	    *k = (*k + 1) & (vo->nslots - 1))
		if (vo->v[i - 1].n == n && memcmp(vo->v[i - 1].w, w, n) == 0)
			return &vo->v[i - 1];
	return NULL;
}

/* W with its stem S into the empty slot K. */
static const char *
vocab_insert(struct vocab *vo, size_t k, const char *w, size_t n,
    const char *s, size_t sn)
{
	struct word *e;

	if (vo->n == vo->cap) {
		vo->cap = vo->cap == 0 ? 1024 : vo->cap * 2;
		vo->v = xreallocarray(vo->v, vo->cap, sizeof(*vo->v));
	}
	e = &vo->v[vo->n++];
	e->n = n;
	e->sn = sn;
	e->w = xmalloc(n + sn + 2);
	memcpy(e->w, w, n);
	e->w[n] = '\0';
	memcpy(e->w + n + 1, s, sn);
	e->w[n + 1 + sn] = '\0';
	vo->slots[k] = vo->n;
	s = word_stem(e);
	if (vo->n * 2 > vo->nslots)
		vocab_grow(vo);
	return s;
}

const char *
vocab_add(struct vocab *vo, const char *w, size_t n, size_t *sn)
{
	struct word *e;
	const char *s = w;
	size_t k;

	if ((e = vocab_find(vo, w, n, &k)) != NULL) {
		*sn = e->sn;
		return word_stem(e);
	}
	*sn = n;
	if (vo->st != NULL)
		s = stem_word(vo->st, w, n, sn);
	return vocab_insert(vo, k, w, n, s, *sn);
}

void
vocab_add_stemmed(struct vocab *vo, const char *w, size_t n, const char *s,
    size_t sn)
{
	size_t k;

	if (vocab_find(vo, w, n, &k) == NULL)
		vocab_insert(vo, k, w, n, s, sn);
}

static const char *
word_stem(const struct word *e)
{
	return e->w + e->n + 1;
}

static int
word_cmp(const void *a, const void *b)
{
	const struct word *x = *(const struct word *const *)a;
	const struct word *y = *(const struct word *const *)b;
	int c = strcmp(word_stem(x), word_stem(y));

	return c != 0 ? c : strcmp(x->w, y->w);
}

/* Words whose stem is not themselves, sorted by stem and word. */
static const struct word **
vocab_sorted(const struct vocab *vo, size_t *n)
{
	const struct word **v = xcalloc(vo->n + 1, sizeof(*v));
	size_t i;

	*n = 0;
	for (i = 0; i < vo->n; i++)
		if (vo->v[i].n != vo->v[i].sn ||
		    memcmp(vo->v[i].w, word_stem(&vo->v[i]), vo->v[i].n) != 0)
			v[(*n)++] = &vo->v[i];
	qsort(v, *n, sizeof(*v), word_cmp);
	return v;
}

void
vocab_write(const struct vocab *vo, struct sink *sink)
{
	struct buf *b = &sink->b;
	size_t n, i, start;
	const struct word **v = vocab_sorted(vo, &n);
	struct buf words = {0};

	buf_putc(b, '{');
	for (i = 0; i < n; i = start) {
		words.len = 0;
		for (start = i; start < n && strcmp(word_stem(v[start]),
		    word_stem(v[i])) == 0; start++) {
			if (start > i)
				buf_putc(&words, ' ');
			buf_puts(&words, v[start]->w);
		}
		buf_puts(b, i > 0 ? ",\n" : "\n");
		esc_json(b, word_stem(v[i]), v[i]->sn);
		buf_putc(b, ':');
		esc_json(b, words.s, words.len);
		sink_spill(sink);
	}
	buf_puts(b, "}");
	buf_free(&words);
	free(v);
}

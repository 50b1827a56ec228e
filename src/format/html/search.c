/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* search.c: the search index of the site, one small script per language,
 * with every word already folded so the browser only compares prefixes. */
#include "system.h"

#include "build/project.h"
#include "format/html/internal.h"
#include "format/html/search.h"
#include "l10n/langs.h"
#include "util/buf.h"
#include "util/textio.h"

/* Lower case by table, never by locale: the same answer on every
 * machine, and the same as the script's toLowerCase() in these ranges. */
static long
fold(long cp)
{
	if ((cp >= 'A' && cp <= 'Z') ||
	    (cp >= 0xc0 && cp <= 0xde && cp != 0xd7))
		return cp + 0x20;
	if ((cp >= 0x100 && cp <= 0x12f) || (cp >= 0x132 && cp <= 0x137) ||
	    (cp >= 0x14a && cp <= 0x177))
		return cp | 1;
	if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17e))
		return cp + (cp & 1);
	if (cp == 0x178)
		return 0xff;
	if (cp >= 0x400 && cp <= 0x40f)
		cp += 0x50;
	else if (cp >= 0x410 && cp <= 0x42f)
		cp += 0x20;
	return cp == 0x451 ? 0x435 : cp;	/* ё is searched as е */
}

static int
is_word(long cp)
{
	return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
	    (cp >= 0xc0 && cp <= 0x24f && cp != 0xd7 && cp != 0xf7) ||
	    (cp >= 0x400 && cp <= 0x4ff);
}

/* Whether the word W (N bytes) is among the words of B. */
static int
words_have(const struct buf *b, const char *w, size_t n)
{
	const char *s = buf_str(b), *hit;

	for (hit = strstr(s, w); hit != NULL; hit = strstr(hit + 1, w))
		if ((hit == s || hit[-1] == ' ') && hit[n] == ' ')
			return 1;
	return 0;
}

static void
words_add(struct buf *out, struct buf *word)
{
	if (word->len > 0 && !words_have(out, word->s, word->len)) {
		buf_put(out, word->s, word->len);
		buf_putc(out, ' ');
	}
	word->len = 0;
	if (word->s != NULL)
		word->s[0] = '\0';
}

void
search_words(struct buf *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	struct buf word = {0};
	long cp;

	while (*p != '\0') {
		cp = fold(utf8_next(&p));
		if (is_word(cp))
			utf8_put(&word, cp);
		else
			words_add(out, &word);
	}
	words_add(out, &word);
	buf_free(&word);
}

/* A JSON string; '<' is escaped too, so no "</script>" can appear. */
static void
json_str(struct buf *out, const char *s, size_t n)
{
	size_t i;

	buf_putc(out, '"');
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '"' || c == '\\')
			buf_printf(out, "\\%c", c);
		else if (c < 0x20 || c == '<')
			buf_printf(out, "\\u%04x", c);
		else
			buf_putc(out, (char)c);
	}
	buf_putc(out, '"');
}

/* A word list without its last space. */
static void
json_words(struct buf *out, const char *w, size_t n)
{
	json_str(out, w, n > 0 ? n - 1 : 0);
}

static void
search_entry(struct buf *out, const struct entry *e, const struct pentry *pe,
    const struct lang *l)
{
	struct buf w = {0};
	char code[16];
	size_t i, titles;

	snprintf(code, sizeof(code), "%d", e->code);
	search_words(&w, code);
	search_words(&w, e->reason);
	for (i = 0; i < e->nold_phrases; i++)
		search_words(&w, e->old_phrases[i]);
	titles = w.len;
	search_words(&w, pe->summary);
	search_words(&w, pe->use);
	buf_printf(out, "[\"%d\",%d,", e->code, code_class(e->code));
	json_str(out, e->reason, strlen(e->reason));
	buf_putc(out, ',');
	json_str(out, pe->summary, strlen(pe->summary));
	buf_printf(out, ",%d,", unit_english(pe->summary_state, l));
	json_words(out, buf_str(&w), titles);
	buf_putc(out, ',');
	json_words(out, buf_str(&w) + titles, w.len - titles);
	buf_putc(out, ']');
	buf_free(&w);
}

void
html_search_index(const struct hctx *h, struct buf *out)
{
	const struct content *c = h->p->c;
	size_t i;

	buf_printf(out, "/* sipdoc: search index (%s); see src/search.h. */\n"
	    "sipdocIndex([\n", h->p->langs[h->lang].code);
	for (i = 0; i < c->nentries; i++) {
		search_entry(out, c->entries[i], html_entry_text(h, i),
		    &h->p->langs[h->lang]);
		buf_puts(out, i + 1 < c->nentries ? ",\n" : "\n");
	}
	buf_puts(out, "]);\n");
}

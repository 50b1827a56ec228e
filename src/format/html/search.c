/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* search.c: the full-text search index of the site, one script per
 * language (search.h): every code and curated note with its text, and the
 * vocabulary of stems, written one document at a time. */
#include "system.h"

#include "build/options.h"
#include "build/project.h"
#include "format/format.h"
#include "format/html/internal.h"
#include "format/html/search.h"
#include "format/doccache.h"
#include "format/html/stem.h"
#include "format/html/vocab.h"
#include "format/html/words.h"
#include "l10n/langs.h"
#include "l10n/view.h"
#include "model/body.h"
#include "util/buf.h"
#include "util/digest.h"
#include "util/escape.h"
#include "util/fmt.h"
#include "util/xalloc.h"

/* The fields of a document, in the order they rank. */
enum { F_TITLE, F_SUMMARY, F_HEADING, F_BODY, F__MAX };

struct sindex {
	struct vocab	*v;		/* the language's words */
	struct vocab	*v_en;		/* English words in another language */
	struct stemmer	*st, *st_en;
	int		 english;	/* the index is English */
	struct buf	 f[F__MAX];	/* the fields of the document */
	size_t		 nbody;		/* paragraphs in f[F_BODY] */
	size_t		 when[2];	/* those of "When you see it" */
	/* The document's different words with their stems, for the cache
	   (format/doccache.h), and where each line of them begins. */
	struct buf	 words;
	uint32_t	 seen[4096];	/* offset + 1 */
	size_t		 nseen;
	int		 en;		/* the paragraph's are English */
	struct scache	 cache;
};

/* Word W (N bytes) of a paragraph into its vocabulary, and the first time
 * into the document's words. */
static void
sindex_add(struct sindex *si, int en, const char *w, size_t n)
{
	const size_t mask = ARRAY_LEN(si->seen) - 1;
	char lead = en ? '1' : '0';
	size_t sn, k = (hash_bytes(w, n) ^ (size_t)lead) & mask;
	const char *s = vocab_add(en ? si->v_en : si->v, w, n, &sn);
	uint32_t at;

	for (; (at = si->seen[k]) != 0; k = (k + 1) & mask) {
		const char *line = si->words.s + at - 1;

		if (si->words.len - (at - 1) > n + 1 && line[0] == lead &&
		    memcmp(line + 1, w, n) == 0 && line[n + 1] == '\t')
			return;		/* it has it */
	}
	if (si->nseen * 2 < ARRAY_LEN(si->seen) &&
	    si->words.len < UINT32_MAX / 2) {
		si->seen[k] = (uint32_t)si->words.len + 1;
		si->nseen++;
	}
	buf_putc(&si->words, lead);
	buf_put(&si->words, w, n);
	buf_putc(&si->words, '\t');
	buf_put(&si->words, s, sn);
	buf_putc(&si->words, '\n');
}

static void
sindex_word(const char *w, size_t n, int exact, void *arg)
{
	struct sindex *si = arg;

	if (!exact)
		sindex_add(si, si->en, w, n);
}

/* Paragraph TEXT into field F: a string, or a one-string array when it
 * is English shown in another language; its words go into a vocabulary. */
static void
sindex_para(struct sindex *si, int f, const char *text, size_t n,
    int english)
{
	struct buf *b = &si->f[f];
	int en = english && !si->english;
	struct buf t = {0};

	buf_put(&t, text, n);
	si->nbody += f == F_BODY;
	buf_puts(b, b->len > 0 ? "," : "");
	buf_puts(b, en ? "[" : "");
	esc_json(b, t.s, n);
	buf_puts(b, en ? "]" : "");
	si->en = en;
	words_each(t.s, sindex_word, si);
	buf_free(&t);
}

static void
sindex_para_s(struct sindex *si, int f, const char *text, int english)
{
	sindex_para(si, f, text, strlen(text), english);
}

/* Backquotes delimit code spans in the index's text: any other one
 * becomes an apostrophe. */
static void
text_put(struct buf *b, const char *s)
{
	for (; *s != '\0'; s++)
		buf_putc(b, *s == '`' ? '\'' : *s);
}

/* The plain text of a paragraph or heading, code spans in backquotes. */
static void
text_of(struct buf *b, cmark_node *unit)
{
	cmark_iter *it = cmark_iter_new(unit);
	cmark_event_type ev;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);

		if (ev != CMARK_EVENT_ENTER)
			continue;
		switch (cmark_node_get_type(n)) {
		case CMARK_NODE_TEXT:
			text_put(b, cmark_node_get_literal(n));
			break;
		case CMARK_NODE_CODE:
			buf_putc(b, '`');
			text_put(b, cmark_node_get_literal(n));
			buf_putc(b, '`');
			break;
		case CMARK_NODE_SOFTBREAK:
		case CMARK_NODE_LINEBREAK:
			buf_putc(b, ' ');
			break;
		default:
			break;
		}
	}
	cmark_iter_free(it);
}

/* A code block: one paragraph of code, on one line. */
static void
code_block(struct sindex *si, cmark_node *n)
{
	struct buf b = {0};
	size_t i;

	buf_putc(&b, '`');
	text_put(&b, cmark_node_get_literal(n));
	for (i = 0; i < b.len; i++)
		if (b.s[i] == '\n')
			b.s[i] = ' ';
	buf_putc(&b, '`');
	sindex_para(si, F_BODY, b.s, b.len, 1);
	buf_free(&b);
}

/* A front-matter field, inline Markdown, as the index writes a
 * paragraph. */
static void
sindex_md(struct sindex *si, int f, const char *md, int english)
{
	cmark_node *doc = md_parse(md);
	struct buf b = {0};

	text_of(&b, doc);
	sindex_para(si, f, b.s != NULL ? b.s : "", b.len, english);
	buf_free(&b);
	cmark_node_free(doc);
}

/* Every paragraph and heading of the sections of view V; those of
 * section WHEN (or none: -1) are noted. */
static void
sindex_view(struct sindex *si, const struct view *v, int when)
{
	struct buf b = {0};
	size_t i;

	for (i = 0; i < v->nsec; i++) {
		cmark_iter *it = cmark_iter_new(v->sec[i]);
		cmark_event_type ev;

		if ((int)i == when)
			si->when[0] = si->nbody;
		while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
			cmark_node *n = cmark_iter_get_node(it);
			cmark_node_type t = cmark_node_get_type(n);

			if (ev != CMARK_EVENT_ENTER)
				continue;
			if (t == CMARK_NODE_CODE_BLOCK)
				code_block(si, n);
			if (t != CMARK_NODE_PARAGRAPH && t != CMARK_NODE_HEADING)
				continue;
			b.len = 0;
			text_of(&b, n);
			sindex_para(si, t == CMARK_NODE_HEADING ? F_HEADING :
			    F_BODY, b.s != NULL ? b.s : "", b.len,
			    view_english(n));
		}
		cmark_iter_free(it);
		if ((int)i == when)
			si->when[1] = si->nbody;
	}
	buf_free(&b);
}

/* The document's head and its fields, which are emptied. */
static void
sindex_doc(struct sindex *si, struct buf *out, const char *url, int klass,
    const char *num, const char *title)
{
	int f;

	buf_puts(out, "{\"u\":");
	esc_json_s(out, url);
	buf_printf(out, ",\"k\":%d,\"n\":", klass);
	esc_json_s(out, num);
	buf_puts(out, ",\"r\":");
	esc_json_s(out, title);
	if (si->when[1] > si->when[0])
		buf_printf(out, ",\"w\":[%zu,%zu]", si->when[0], si->when[1]);
	buf_puts(out, ",\"f\":[");
	for (f = 0; f < F__MAX; f++) {
		buf_printf(out, "%s[", f > 0 ? "," : "");
		buf_put(out, si->f[f].s, si->f[f].len);
		buf_putc(out, ']');
		si->f[f].len = 0;
	}
	buf_puts(out, "]}");
	si->nbody = si->when[0] = si->when[1] = 0;
}

static void
sindex_entry(struct sindex *si, const struct hctx *h, size_t i,
    struct buf *out)
{
	const struct lang *l = &h->p->langs[h->lang];
	const struct entry *e = h->p->c->entries[i];
	const struct pentry *pe = html_entry_text(h, i);
	char url[24], *title;
	struct view v;
	size_t k;

	title = xasprintf("%d %s", e->code, e->reason);
	sindex_para_s(si, F_TITLE, title, 1);
	free(title);
	for (k = 0; k < e->nold_phrases; k++)
		sindex_para_s(si, F_TITLE, e->old_phrases[k], 1);
	sindex_md(si, F_SUMMARY, pe->summary,
	    unit_english(pe->summary_state, l));
	sindex_md(si, F_SUMMARY, pe->use, unit_english(pe->use_state, l));
	view_open(&v, &e->body, entry_section_keys, SEC__MAX, l->cat,
	    l->allow_fuzzy);
	sindex_view(si, &v, SEC_WHEN);
	view_close(&v);
	fmt_snprintf(url, sizeof(url), "%d.html", e->code);
	sindex_doc(si, out, url, code_class(e->code), e->codestr, e->reason);
}

/* A note: its codes and their reason phrases stand for the sheet's
 * title, which the script makes from a translated format of the page. */
static void
sindex_pair(struct sindex *si, const struct hctx *h, const struct pair *p,
    struct buf *out)
{
	const struct lang *l = &h->p->langs[h->lang];
	char url[32], *title;
	struct view v;

	title = xasprintf("%d %s %d %s", p->code[0], p->entry[0]->reason,
	    p->code[1], p->entry[1]->reason);
	sindex_para_s(si, F_HEADING, title, 1);
	free(title);
	view_open(&v, &p->body, pair_section_keys, PSEC__MAX, l->cat,
	    l->allow_fuzzy);
	sindex_view(si, &v, -1);
	view_close(&v);
	fmt_snprintf(url, sizeof(url), "%d-vs-%d.html", p->code[0], p->code[1]);
	sindex_doc(si, out, url, 0, "", "");
}

/* The digest of everything document I (an entry, or a note when NOTE)
 * shows in the context's language. */
static struct digest
sindex_key(const struct hctx *h, int note, size_t i)
{
	struct hasher hs;

	hasher_init(&hs);
	hasher_str(&hs, note ? "search note" : "search entry");
	hasher_digest(&hs, &h->p->in.global);
	hasher_digest(&hs, &h->d->stemmers);
	hasher_str(&hs, h->p->langs[h->lang].code);
	if (note)
		inputs_pair(&hs, h->p, h->lang, i);
	else
		inputs_entry(&hs, h->p, h->lang, i);
	return hasher_end(&hs);
}

/* Whether a cached document's words are lines "Lword\tstem" (L: 0 or
 * 1), as sindex_cached() writes them. */
static int
sindex_words(const struct scache_doc *d)
{
	const char *w = d->words, *nl, *tab;
	size_t n = d->nwords;

	while (n > 0) {
		nl = memchr(w, '\n', n);
		tab = nl != NULL ? memchr(w, '\t', (size_t)(nl - w)) : NULL;
		if (tab == NULL || tab - w < 2 || (w[0] != '0' && w[0] != '1'))
			return 0;
		n -= (size_t)(nl - w) + 1;
		w = nl + 1;
	}
	return 1;
}

/* Document I into OUT: from the cache when it has it, and into the new
 * cache. */
static void
sindex_cached(struct sindex *si, const struct hctx *h, int note, size_t i,
    struct buf *out)
{
	struct digest key = sindex_key(h, note, i);
	const struct scache_doc *d = scache_find(&si->cache, &key);
	struct scache_doc now;
	size_t start = out->len, k, n;

	if (d != NULL) {
		buf_put(out, d->record, d->nrecord);
		for (k = 0; k < d->nwords; k += n + 1) {
			const char *line = d->words + k, *tab;

			/* sindex_words() saw every line: "Lword\tstem" */
			n = (size_t)((const char *)memchr(line, '\n',
			    d->nwords - k) - line);
			tab = memchr(line, '\t', n);
			vocab_add_stemmed(line[0] == '1' ? si->v_en : si->v,
			    line + 1, (size_t)(tab - line) - 1, tab + 1,
			    n - (size_t)(tab - line) - 1);
		}
		scache_put(&si->cache, &key, d);
		return;
	}
	si->words.len = 0;
	memset(si->seen, 0, sizeof(si->seen));
	si->nseen = 0;
	if (note)
		sindex_pair(si, h, h->p->c->pairs[i], out);
	else
		sindex_entry(si, h, i, out);
	now.record = out->s + start;
	now.nrecord = out->len - start;
	now.words = si->words.s != NULL ? si->words.s : "";
	now.nwords = si->words.len;
	scache_put(&si->cache, &key, &now);
}

/* What the script needs before the documents: the language and the word
 * tables (words.h). */
static void
sindex_head(const struct hctx *h, struct buf *out)
{
	const char *lc = h->p->langs[h->lang].code;
	struct buf word = {0}, upper = {0};

	words_classes(&word, &upper);
	buf_printf(out, "/* sipdoc: search index (%s); see "
	    "src/format/html/search.h. */\nsipdocIndex({\"lang\":", lc);
	esc_json_s(out, lc);
	buf_puts(out, ",\"word\":");
	esc_json(out, word.s, word.len);
	buf_puts(out, ",\"upper\":");
	esc_json(out, upper.s, upper.len);
	buf_puts(out, ",\n\"docs\":[\n");
	buf_free(&word);
	buf_free(&upper);
}

static void
sindex_open(struct sindex *si, const char *lc)
{
	memset(si, 0, sizeof(*si));
	si->english = strcmp(lc, "en") == 0;
	si->st = stem_open(lc);
	si->v = vocab_new(si->st);
	if (si->english)
		si->v_en = si->v;
	else {
		si->st_en = stem_open("en");
		si->v_en = vocab_new(si->st_en);
	}
}

static void
sindex_close(struct sindex *si)
{
	int f;

	if (si->v_en != si->v)
		vocab_free(si->v_en);
	vocab_free(si->v);
	stem_close(si->st);
	stem_close(si->st_en);
	for (f = 0; f < F__MAX; f++)
		buf_free(&si->f[f]);
	buf_free(&si->words);
}

void
html_search_index(const struct hctx *h, struct sink *sink)
{
	const struct content *c = h->p->c;
	struct sindex si;
	char name[64];
	size_t i;
	int first = 1, fd = -1, ok;

	sindex_open(&si, h->p->langs[h->lang].code);
	/* The cache needs the digests of what each document shows, which a
	   build has (project.h, NEED_DIGESTS), and a folder. */
	fmt_snprintf(name, sizeof(name), ".sipdoc-search-%s",
	    h->p->langs[h->lang].code);
	if (h->p->in.entry != NULL && sink->side_open != NULL)
		fd = sink->side_open(sink, name);
	scache_open(&si.cache, fd >= 0 ? h->p->o->out : NULL, name,
	    "sipdoc-search 1", sindex_words, fd);
	sindex_head(h, &sink->b);
	for (i = 0; i < c->nentries; i++, first = 0) {
		buf_puts(&sink->b, first ? "" : ",\n");
		sindex_cached(&si, h, 0, i, &sink->b);
		sink_spill(sink);
	}
	for (i = 0; i < c->npairs; i++) {
		if (c->pairs[i]->entry[0] == NULL ||
		    c->pairs[i]->entry[1] == NULL)
			continue;
		buf_puts(&sink->b, first ? "" : ",\n");
		first = 0;
		sindex_cached(&si, h, 1, i, &sink->b);
		sink_spill(sink);
	}
	buf_puts(&sink->b, "\n],\n\"stems\":");
	vocab_write(si.v, sink);
	if (!si.english) {
		buf_puts(&sink->b, ",\n\"stems_en\":");
		vocab_write(si.v_en, sink);
	}
	buf_puts(&sink->b, "});\n");
	ok = scache_close(&si.cache) == 0;
	if (fd >= 0)
		sink->side_close(sink, fd, name, ok);
	sindex_close(&si);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* prepared.c: converts entries and notes of one language on first use. */
#include "system.h"

#include "build/options.h"
#include "build/project.h"
#include "compose/notice.h"
#include "compose/sheet.h"
#include "format/format.h"
#include "format/prepared.h"
#include "l10n/langs.h"
#include "l10n/view.h"
#include "model/body.h"
#include "util/buf.h"
#include "util/xalloc.h"

#define CACHE_HEAD	"sipdoc-prepared 1"

/* Whether a cached entry's parts are what prepared_save() writes: WORDS
 * a line "STATE LENGTH" per section, RECORD the sections one after the
 * other. */
static int
cache_check(const struct scache_doc *d)
{
	const char *w = d->words, *lim = d->words + d->nwords;
	size_t k, total = 0;

	for (k = 0; k < SEC__MAX; k++) {
		char *end;
		unsigned long v;

		if (lim - w < 4 || w[0] < '0' || w[0] >= '0' + US__MAX ||
		    w[1] != ' ' || w[2] < '0' || w[2] > '9')
			return 0;
		v = strtoul(w + 2, &end, 10);
		if (end >= lim || *end != '\n' || v > d->nrecord - total)
			return 0;
		total += v;
		w = end + 1;
	}
	return w == lim && total == d->nrecord;
}

/* The key of entry E's sections: everything they show. */
static struct digest
cache_key(const struct prepared *pr, size_t e)
{
	struct hasher h;

	hasher_init(&h);
	hasher_str(&h, pr->cache);
	hasher_digest(&h, &pr->p->in.global);
	inputs_entry(&h, pr->p, pr->lang, e);
	return hasher_end(&h);
}

struct prepared *
prepared_new(const struct project *p, size_t lang, md_render_fn render,
    md_inline_fn render_inline, const void *ctx, const char *cache)
{
	struct prepared *pr = xcalloc(1, sizeof(*pr));

	pr->p = p;
	pr->lang = lang;
	pr->render = render;
	pr->render_inline = render_inline;
	pr->ctx = ctx;
	pr->e = xcalloc(p->c->nentries + 1, sizeof(*pr->e));
	pr->n = xcalloc(p->c->npairs + 1, sizeof(*pr->n));
	/* The key needs the digests of a build, and a folder. */
	if (cache != NULL && p->in.entry != NULL && p->o->out != NULL) {
		pr->cache = xasprintf(".sipdoc-prepared-%s-%s", cache,
		    p->langs[lang].code);
		scache_open(&pr->sc, p->o->out, pr->cache, CACHE_HEAD,
		    cache_check, -1);
	}
	return pr;
}

/* Entry E's sections from the cache: 1 when it has them. */
static int
cache_take(struct prepared *pr, size_t e)
{
	struct pentry *pe = &pr->e[e];
	struct digest key;
	const struct scache_doc *d;
	const char *w, *r;
	size_t k;

	if (pr->cache == NULL)
		return 0;
	key = cache_key(pr, e);
	if ((d = scache_find(&pr->sc, &key)) == NULL) {
		pr->fresh++;
		return 0;
	}
	for (k = 0, w = d->words, r = d->record; k < SEC__MAX; k++) {
		char *end;

		pe->sec_state[k] = (enum unit_state)(w[0] - '0');
		pe->sec_len[k] = (size_t)strtoul(w + 2, &end, 10);
		w = end + 1;
		pe->sec[k] = xstrndup(r, pe->sec_len[k]);
		r += pe->sec_len[k];
	}
	return 1;
}

void
prepared_save(struct prepared *pr, struct sink *sink)
{
	struct scache out;
	struct buf words = {0}, rec = {0};
	size_t e, k;
	int fd;

	if (pr->cache == NULL || pr->fresh == 0 || sink == NULL ||
	    sink->side_open == NULL ||
	    (fd = sink->side_open(sink, pr->cache)) < 0)
		return;
	scache_open(&out, NULL, pr->cache, CACHE_HEAD, NULL, fd);
	for (e = 0; e < pr->p->c->nentries; e++) {
		const struct pentry *pe = &pr->e[e];
		struct digest key = cache_key(pr, e);
		const struct scache_doc *old = scache_find(&pr->sc, &key);
		struct scache_doc d;

		if (!pe->ready && old != NULL)
			d = *old;	/* not needed this time, still true */
		else if (!pe->ready)
			continue;
		else {
			words.len = rec.len = 0;
			for (k = 0; k < SEC__MAX; k++) {
				buf_printf(&words, "%d %zu\n",
				    (int)pe->sec_state[k], pe->sec_len[k]);
				buf_put(&rec, pe->sec[k], pe->sec_len[k]);
			}
			d.record = rec.s != NULL ? rec.s : "";
			d.nrecord = rec.len;
			d.words = words.s;
			d.nwords = words.len;
		}
		scache_put(&out, &key, &d);
	}
	sink->side_close(sink, fd, pr->cache, scache_close(&out) == 0);
	buf_free(&words);
	buf_free(&rec);
}

void
prepared_free(struct prepared *pr)
{
	size_t i, k;

	if (pr == NULL)
		return;
	for (i = 0; i < pr->p->c->nentries; i++) {
		for (k = 0; k < SEC__MAX; k++)
			free(pr->e[i].sec[k]);
		free(pr->e[i].summary_out);
		free(pr->e[i].use_out);
		free(pr->e[i].summary_plain);
		free(pr->e[i].use_plain);
		free(pr->e[i].class_sentence);
		free(pr->e[i].status_sentence);
		fdcode_free(&pr->e[i].fd);
		for (k = 0; k < GLANCE_COL; k++)
			free(pr->e[i].glance[k]);
	}
	for (i = 0; i < pr->p->c->npairs; i++)
		for (k = 0; k < PSEC__MAX; k++)
			free(pr->n[i].sec[k]);
	free(pr->e);
	free(pr->n);
	if (pr->cache != NULL)
		scache_close(&pr->sc);
	free(pr->cache);
	free(pr);
}

static void
prepared_sections(struct prepared *pr, char **out, size_t *len,
    enum unit_state *state, const struct body *b, const char *const *keys,
    size_t n)
{
	const struct lang *l = &pr->p->langs[pr->lang];
	struct view v;
	size_t i;

	view_open(&v, b, keys, n, l->cat, l->allow_fuzzy);
	for (i = 0; i < n; i++) {
		struct buf h = {0};

		pr->render(&h, v.sec[i], l, pr->ctx);
		len[i] = h.len;
		out[i] = buf_detach(&h);
		state[i] = view_sec_state(&v, i);
	}
	view_close(&v);
}

static char *
prepared_inline(struct prepared *pr, const char *md)
{
	struct buf b = {0};

	if (pr->render_inline == NULL)
		return NULL;
	pr->render_inline(&b, md, &pr->p->langs[pr->lang], pr->ctx);
	return buf_detach(&b);
}

const struct pentry *
prepared_text(struct prepared *pr, size_t e)
{
	struct pentry *pe = &pr->e[e];
	const struct entry *en = pr->p->c->entries[e];
	const struct lang *l = &pr->p->langs[pr->lang];

	if (!pe->text_ready) {
		pe->text_ready = 1;
		pe->summary = catalog_text(l->cat, en->summary.text,
		    l->allow_fuzzy, &pe->summary_state);
		pe->use = catalog_text(l->cat, en->use.text, l->allow_fuzzy,
		    &pe->use_state);
		pe->summary_out = prepared_inline(pr, pe->summary);
		pe->use_out = prepared_inline(pr, pe->use);
		pe->summary_plain = md_plain(pe->summary);
		pe->use_plain = md_plain(pe->use);
		pe->class_sentence = sheet_class_sentence(en->reg);
		pe->status_sentence = sheet_status_sentence(en);
		fdcode_make(&pe->fd, en);
	}
	return pe;
}

const struct pentry *
prepared_entry(struct prepared *pr, size_t e)
{
	struct pentry *pe = &pr->e[e];

	prepared_text(pr, e);
	if (!pe->ready) {
		pe->ready = 1;
		if (!cache_take(pr, e))
			prepared_sections(pr, pe->sec, pe->sec_len,
			    pe->sec_state, &pr->p->c->entries[e]->body,
			    entry_section_keys, SEC__MAX);
	}
	return pe;
}

char *const *
prepared_glance(struct prepared *pr, size_t e)
{
	struct pentry *pe = &pr->e[e];
	char *md[GLANCE_COL];
	size_t i;

	if (pe->glance_ready)
		return pe->glance;
	pe->glance_ready = 1;
	glance_column(md, pr->p->c->entries[e], prepared_text(pr, e)->summary);
	for (i = 0; i < GLANCE_COL; i++) {
		pe->glance[i] = md[i] == NULL || pr->render_inline == NULL ?
		    md[i] : prepared_inline(pr, md[i]);
		if (pe->glance[i] != md[i])
			free(md[i]);
	}
	return pe->glance;
}

const struct pnote *
prepared_note(struct prepared *pr, size_t n)
{
	struct pnote *pn = &pr->n[n];

	if (!pn->ready) {
		pn->ready = 1;
		prepared_sections(pr, pn->sec, pn->sec_len, pn->sec_state,
		    &pr->p->c->pairs[n]->body, pair_section_keys, PSEC__MAX);
	}
	return pn;
}

/* Part NAME (a msgid) in state ST, into PS: translated only when the
 * notice names it, as every sheet asks this of both its codes. */
static void
notice_part(struct page_state *ps, const char *name, enum unit_state st)
{
	if (st == US_MISSING || st == US_FUZZY)
		page_state_add(ps, _(name), st);
}

void
prepared_notice_entry(struct page_state *ps, const struct pentry *pe,
    int sections)
{
	size_t i;

	for (i = 0; sections && i < SEC__MAX; i++)
		notice_part(ps, entry_section_keys[i], pe->sec_state[i]);
	notice_part(ps, N_("Summary"), pe->summary_state);
	notice_part(ps, N_("Summary"), pe->use_state);
}

void
prepared_notice_note(struct page_state *ps, const struct pnote *pn)
{
	size_t i;

	for (i = 0; i < PSEC__MAX; i++)
		notice_part(ps, pair_section_keys[i], pn->sec_state[i]);
}

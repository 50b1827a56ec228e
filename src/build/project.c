/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* project.c: the one loader of every command, and the questions every
 * renderer asks of it: how much of a page is translated, which pair has
 * a curated note, when a sheet last changed. */
#include "system.h"

#include <stdint.h>

#include "build/options.h"
#include "build/project.h"
#include "format/format.h"
#include "l10n/i18n.h"
#include "l10n/langs.h"
#include "l10n/units.h"
#include "util/diag.h"
#include "util/fmt.h"
#include "util/sourcedate.h"
#include "util/xalloc.h"

/* The newest 'updated' date of the content. */
static const char *
project_newest(const struct content *c)
{
	const char *d = "1970-01-01";
	size_t i;

	for (i = 0; i < c->nentries; i++)
		if (strcmp(c->entries[i]->updated, d) > 0)
			d = c->entries[i]->updated;
	for (i = 0; i < c->npairs; i++)
		if (strcmp(c->pairs[i]->updated, d) > 0)
			d = c->pairs[i]->updated;
	return d;
}

struct state_walk {
	struct project	*p;
};

/* One unit in every language: its state there. */
static void
state_unit(const struct unit_info *u, void *arg)
{
	struct project *p = ((struct state_walk *)arg)->p;
	size_t l;

	for (l = 0; l < p->nlangs; l++) {
		const struct lang *lg = &p->langs[l];
		struct tstate *ts = u->entry != SIZE_MAX ?
		    &p->es[l * p->c->nentries + u->entry] :
		    &p->ps[l * p->c->npairs + u->pair];
		enum unit_state st;

		catalog_text(lg->cat, u->text, lg->allow_fuzzy, &st);
		ts->n[st]++;
		if (u->kind == UNIT_SUMMARY)
			ts->summary = st;
	}
}

static void
project_states(struct project *p)
{
	struct state_walk w = { p };

	p->es = xcalloc(p->nlangs * p->c->nentries + 1, sizeof(*p->es));
	p->ps = xcalloc(p->nlangs * p->c->npairs + 1, sizeof(*p->ps));
	units_foreach(p->c, state_unit, &w);
}

/* A format's check() in every language, each in its own. */
static int
project_check_format(struct project *p, size_t i)
{
	size_t l;
	int rc = p->fmt[i]->check(p, p->fdata[i], LANG_NONE);

	for (l = 0; l < p->nlangs; l++) {
		i18n_use(p->langs[l].code);
		if (p->fmt[i]->check(p, p->fdata[i], l) != 0)
			rc = -1;
	}
	i18n_restore();
	return rc;
}

static int
project_formats(struct project *p, const struct format *const *fmts,
    size_t n)
{
	size_t i;
	int rc = 0;

	for (i = 0; i < n && i < ARRAY_LEN(p->fmt); i++) {
		p->fmt[i] = fmts[i];
		p->nfmt = i + 1;
		if (fmts[i]->load != NULL && fmts[i]->load(p, &p->fdata[i]) != 0)
			rc = -1;
		else if (fmts[i]->check != NULL && project_check_format(p, i) != 0)
			rc = -1;
	}
	return rc;
}

int
project_load(struct project *p, const struct options *o, unsigned need,
    const struct format *const *fmts, size_t nfmts)
{
	int before = diag_errors();	/* sipdoc serve loads again and again */
	struct langs_ahead *ahead = (need & NEED_CATALOGS) ?
	    langs_ahead_start(o->content, o->langs,
	    (need & NEED_DIGESTS) ? o->out : NULL) : NULL;
	int rc;

	memset(p, 0, sizeof(*p));
	p->o = o;
	p->c = content_load(o->content);
	rc = p->c == NULL ? -1 : langs_load(o->content, (need & NEED_CATALOGS) ?
	    o->langs : "en", o->allow_fuzzy, (need & NEED_STRICT) != 0, ahead,
	    &p->langs, &p->nlangs);
	langs_ahead_free(ahead);
	if (rc != 0)
		return -1;
	if (source_date(p->datebuf, sizeof(p->datebuf)) < 0)
		return -1;
	if (p->datebuf[0] == '\0')
		fmt_snprintf(p->datebuf, sizeof(p->datebuf), "%s",
		    project_newest(p->c));
	p->date = p->datebuf;
	project_states(p);
	if (project_formats(p, fmts, nfmts) != 0)
		return -1;
	if (need & NEED_DIGESTS)
		inputs_compute(p);
	return diag_errors() > before ? -1 : 0;
}

void
project_free(struct project *p)
{
	size_t i;

	for (i = 0; i < p->nfmt; i++)
		if (p->fmt[i]->unload != NULL)
			p->fmt[i]->unload(p->fdata[i]);
	inputs_free(&p->in);
	free(p->es);
	free(p->ps);
	langs_free(p->langs, p->nlangs);
	content_free(p->c);
	memset(p, 0, sizeof(*p));
}

void *
project_fdata(const struct project *p, const struct format *f)
{
	size_t i;

	for (i = 0; i < p->nfmt; i++)
		if (p->fmt[i] == f)
			return p->fdata[i];
	return NULL;
}

const struct tstate *
project_estate(const struct project *p, size_t l, size_t e)
{
	return &p->es[l * p->c->nentries + e];
}

const struct tstate *
project_pstate(const struct project *p, size_t l, size_t n)
{
	return &p->ps[l * p->c->npairs + n];
}

/* Units shown translated and all units, added to *shown and *all.  A fuzzy
 * unit counts as translated only when fuzzy translations are shown. */
static void
counts_add(const struct tstate *t, const struct lang *l, int *shown,
    int *all)
{
	*all += t->n[US_SOURCE] + t->n[US_TRANSLATED] + t->n[US_FUZZY] +
	    t->n[US_MISSING];
	*shown += t->n[US_SOURCE] + t->n[US_TRANSLATED] +
	    (l->allow_fuzzy ? t->n[US_FUZZY] : 0);
}

/* Whole percent, rounded down: 100 only when nothing is in English. */
static int
percent(int shown, int all)
{
	return all == 0 ? 100 : (int)((long)shown * 100 / all);
}

int
project_entry_percent(const struct project *p, size_t l, size_t e)
{
	int shown = 0, all = 0;

	counts_add(project_estate(p, l, e), &p->langs[l], &shown, &all);
	return percent(shown, all);
}

long
project_note(const struct project *p, size_t a, size_t b)
{
	const struct entry *ea = p->c->entries[a];
	int other = p->c->entries[b]->code;
	size_t i;

	for (i = 0; i < ea->npairs; i++)
		if (ea->pairs[i]->code[0] == other ||
		    ea->pairs[i]->code[1] == other)
			return (long)ea->pairs[i]->index;
	return -1;
}

int
project_pair_percent(const struct project *p, size_t l, size_t a, size_t b)
{
	long note = project_note(p, a, b);
	int shown = 0, all = 0;

	counts_add(project_estate(p, l, a), &p->langs[l], &shown, &all);
	counts_add(project_estate(p, l, b), &p->langs[l], &shown, &all);
	if (note >= 0)
		counts_add(project_pstate(p, l, (size_t)note), &p->langs[l],
		    &shown, &all);
	return percent(shown, all);
}

int
project_index_percent(const struct project *p, size_t l)
{
	int shown = 0;
	size_t i;

	for (i = 0; i < p->c->nentries; i++)
		shown += !unit_english(project_estate(p, l, i)->summary,
		    &p->langs[l]);
	return percent(shown, (int)p->c->nentries);
}

int
project_alternate(const struct project *p, int pct)
{
	return pct >= p->o->hreflang_min;
}

const char *
project_pair_date(const struct project *p, size_t a, size_t b)
{
	const char *da = p->c->entries[a]->updated;
	const char *db = p->c->entries[b]->updated;
	const char *d = strcmp(da, db) >= 0 ? da : db;
	long note = project_note(p, a, b);

	if (note >= 0 && strcmp(p->c->pairs[note]->updated, d) > 0)
		d = p->c->pairs[note]->updated;
	return d;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* inputs.c: digests of everything an output can show, computed once per
 * build, so that the digest of each output is a handful of hashes put
 * together and a build knows, before rendering anything, what changed.
 *
 * What goes where: the global digest holds what every output may show
 * (sipdoc itself, util/self.h; the options, the registry, the languages
 * and every code's number, reason phrase and status, the list of curated
 * pairs);
 * each entry and note has the digest of its file, and in each language
 * the digest of its translation (every unit's state and shown text). */
#include "system.h"

#include <stdint.h>

#include "build/options.h"
#include "build/project.h"
#include "model/names.h"
#include "l10n/i18n.h"
#include "l10n/langs.h"
#include "l10n/units.h"
#include "util/self.h"
#include "util/textio.h"
#include "util/xalloc.h"

static void
inputs_registry(struct hasher *h, const struct content *c)
{
	size_t i;

	for (i = 0; i < c->nreg; i++) {
		hasher_int(h, c->reg[i].code);
		hasher_str(h, c->reg[i].reason);
		hasher_str(h, c->reg[i].klass);
		hasher_str(h, c->reg[i].reference);
		hasher_int(h, c->reg[i].deprecated);
	}
}

/* The names of the index (which entries name them follows from the
 * entries, which the outputs showing the index hash). */
static void
inputs_names(struct hasher *h, const struct content *c)
{
	size_t i;

	for (i = 0; i < c->nnames; i++) {
		hasher_str(h, c->names[i].name);
		hasher_int(h, c->names[i].kind);
		hasher_str(h, c->names[i].reference);
	}
}

/* Every code's number, reason and status, and the curated pairs: what
 * lists, links and SEE ALSO sections across pages show. */
static void
inputs_identity(struct hasher *h, const struct content *c)
{
	size_t i, k;

	for (i = 0; i < c->nentries; i++) {
		const struct entry *e = c->entries[i];

		hasher_int(h, e->code);
		hasher_str(h, e->reason);
		hasher_int(h, e->deprecated);
		for (k = 0; k < e->nreplaced_by; k++)
			hasher_int(h, e->replaced_by[k]);
	}
	for (i = 0; i < c->npairs; i++) {
		hasher_int(h, c->pairs[i]->code[0]);
		hasher_int(h, c->pairs[i]->code[1]);
		hasher_int(h, c->pairs[i]->entry[0] != NULL &&
		    c->pairs[i]->entry[1] != NULL);
	}
}

static void
inputs_global(struct project *p)
{
	const struct options *o = p->o;
	struct hasher h;
	size_t l;

	hasher_init(&h);
	hasher_digest(&h, self_digest());
	hasher_str(&h, o->base_url);
	hasher_int(&h, o->hreflang_min);
	hasher_int(&h, o->allow_fuzzy);
	inputs_registry(&h, p->c);
	inputs_names(&h, p->c);
	for (l = 0; l < p->nlangs; l++) {
		hasher_str(&h, p->langs[l].code);
		hasher_str(&h, p->langs[l].name);
		hasher_int(&h, p->langs[l].rtl);
	}
	inputs_identity(&h, p->c);
	p->in.global = hasher_end(&h);
	p->in.date = digest_of(p->date, strlen(p->date));
}

static void
inputs_ui(struct project *p)
{
	size_t l, n;

	p->in.ui = xcalloc(p->nlangs, sizeof(*p->in.ui));
	for (l = 0; l < p->nlangs; l++) {
		char *path = i18n_catalog_path(p->langs[l].code);
		char *mo = file_slurp(path, &n);

		p->in.ui[l] = mo != NULL ? digest_of(mo, n) :
		    digest_of("no catalog", 10);
		free(mo);
		free(path);
	}
}

/* The text of each entry and note in each language: one hasher per
 * language and entry or note, fed with the digest of its file, then with
 * each unit's state and the text shown for it. */
struct tr_walk {
	struct project	*p;
	struct hasher	*eh, *ph;
};

static void
tr_unit(const struct unit_info *u, void *arg)
{
	struct tr_walk *w = arg;
	struct project *p = w->p;
	size_t l;

	for (l = 0; l < p->nlangs; l++) {
		const struct lang *lg = &p->langs[l];
		struct hasher *h = u->entry != SIZE_MAX ?
		    &w->eh[l * p->c->nentries + u->entry] :
		    &w->ph[l * p->c->npairs + u->pair];
		enum unit_state st;
		const char *t = catalog_text(lg->cat, u->text, lg->allow_fuzzy,
		    &st);

		hasher_int(h, st);
		hasher_str(h, t);
	}
}

static void
inputs_translations(struct project *p)
{
	size_t ne = p->nlangs * p->c->nentries, np = p->nlangs * p->c->npairs;
	struct tr_walk w = { p, xcalloc(ne + 1, sizeof(struct hasher)),
	    xcalloc(np + 1, sizeof(struct hasher)) };
	size_t i;

	for (i = 0; i < ne; i++) {
		hasher_init(&w.eh[i]);
		hasher_digest(&w.eh[i], &p->in.entry[i % p->c->nentries]);
	}
	for (i = 0; i < np; i++) {
		hasher_init(&w.ph[i]);
		hasher_digest(&w.ph[i], &p->in.pair[i % p->c->npairs]);
	}
	units_foreach(p->c, tr_unit, &w);
	p->in.etr = xcalloc(ne + 1, sizeof(struct digest));
	p->in.ptr = xcalloc(np + 1, sizeof(struct digest));
	for (i = 0; i < ne; i++)
		p->in.etr[i] = hasher_end(&w.eh[i]);
	for (i = 0; i < np; i++)
		p->in.ptr[i] = hasher_end(&w.ph[i]);
	free(w.eh);
	free(w.ph);
}

static void
inputs_state(struct hasher *h, const struct tstate *t)
{
	int k;

	for (k = 0; k < US__MAX; k++)
		hasher_int(h, t->n[k]);
	hasher_int(h, t->summary);
}

void
inputs_compute(struct project *p)
{
	struct hasher h;
	size_t i, l;

	inputs_global(p);
	inputs_ui(p);
	p->in.entry = xcalloc(p->c->nentries + 1, sizeof(struct digest));
	p->in.pair = xcalloc(p->c->npairs + 1, sizeof(struct digest));
	for (i = 0; i < p->c->nentries; i++)
		p->in.entry[i] = p->c->entries[i]->source;
	for (i = 0; i < p->c->npairs; i++)
		p->in.pair[i] = p->c->pairs[i]->source;
	inputs_translations(p);
	p->in.estates = xcalloc(p->c->nentries + 1, sizeof(struct digest));
	p->in.pstates = xcalloc(p->c->npairs + 1, sizeof(struct digest));
	for (i = 0; i < p->c->nentries; i++) {
		hasher_init(&h);
		for (l = 0; l < p->nlangs; l++)
			inputs_state(&h, project_estate(p, l, i));
		p->in.estates[i] = hasher_end(&h);
	}
	for (i = 0; i < p->c->npairs; i++) {
		hasher_init(&h);
		for (l = 0; l < p->nlangs; l++)
			inputs_state(&h, project_pstate(p, l, i));
		p->in.pstates[i] = hasher_end(&h);
	}
}

void
inputs_free(struct inputs *in)
{
	free(in->ui);
	free(in->entry);
	free(in->pair);
	free(in->etr);
	free(in->ptr);
	free(in->estates);
	free(in->pstates);
	memset(in, 0, sizeof(*in));
}

void
inputs_entry(struct hasher *h, const struct project *p, size_t l, size_t e)
{
	hasher_digest(h, &p->in.etr[l * p->c->nentries + e]);
}

void
inputs_pair(struct hasher *h, const struct project *p, size_t l, size_t n)
{
	hasher_digest(h, &p->in.ptr[l * p->c->npairs + n]);
}

/* Every sheet hashes the states of both its codes: made once per entry
 * and note, by inputs_compute(). */
void
inputs_estates(struct hasher *h, const struct project *p, size_t e)
{
	hasher_digest(h, &p->in.estates[e]);
}

void
inputs_pstates(struct hasher *h, const struct project *p, size_t n)
{
	hasher_digest(h, &p->in.pstates[n]);
}

void
inputs_all(struct hasher *h, const struct project *p, size_t l)
{
	size_t i;

	for (i = 0; i < p->c->nentries; i++) {
		inputs_entry(h, p, l, i);
		inputs_estates(h, p, i);
	}
	for (i = 0; i < p->c->npairs; i++) {
		inputs_pair(h, p, l, i);
		inputs_pstates(h, p, i);
	}
}

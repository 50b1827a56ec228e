/* prep.c: prepares entries and pair notes for rendering in one language. */
#include "system.h"

#include "model/body.h"
#include "util/buf.h"
#include "format/html/mdhtml.h"
#include "format/roff/mdroff.h"
#include "build/prep.h"
#include "build/site.h"
#include "l10n/view.h"
#include "util/xalloc.h"

int
unit_english(enum unit_state st, const struct lang *l)
{
	return st == US_MISSING || (st == US_FUZZY && !l->allow_fuzzy);
}

static char *
prep_unit(const struct unit *u, const struct lang *l, enum unit_state *st,
    int *count)
{
	const char *t = catalog_text(l->cat, u->text, l->allow_fuzzy, st);

	count[*st]++;
	return xstrdup(t);
}

static void
prep_sections(struct prepsec *out, const struct body *b,
    const char *const *keys, size_t n, const struct lang *l, int *count)
{
	struct view v;
	size_t i;
	int k;

	view_open(&v, b, keys, n, l->cat, l->allow_fuzzy);
	for (i = 0; i < n; i++) {
		struct buf h = {0}, r = {0};

		mdhtml_render(&h, v.sec[i]);
		mdroff_render(&r, v.sec[i]);
		out[i].html = buf_detach(&h);
		out[i].roff = buf_detach(&r);
		out[i].state = view_sec_state(&v, i);
	}
	for (k = 0; k < US__MAX; k++)
		count[k] += v.count[k];
	view_close(&v);
}

void
prep_entry(struct prep_entry *pe, const struct entry *e, const struct lang *l)
{
	memset(pe, 0, sizeof(*pe));
	pe->e = e;
	pe->summary = prep_unit(&e->summary, l, &pe->summary_state, pe->count);
	pe->use = prep_unit(&e->use, l, &pe->use_state, pe->count);
	prep_sections(pe->sec, &e->body, entry_section_keys, SEC__MAX, l,
	    pe->count);
}

static void
prepsec_free(struct prepsec *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(s[i].html);
		free(s[i].roff);
	}
}

void
prep_entry_free(struct prep_entry *pe)
{
	free(pe->summary);
	free(pe->use);
	prepsec_free(pe->sec, SEC__MAX);
}

void
prep_pair(struct prep_pair *pp, const struct pair *p, const struct lang *l)
{
	memset(pp, 0, sizeof(*pp));
	pp->p = p;
	prep_sections(pp->sec, &p->body, pair_section_keys, PSEC__MAX, l,
	    pp->count);
}

void
prep_pair_free(struct prep_pair *pp)
{
	prepsec_free(pp->sec, PSEC__MAX);
}

void
prep_site(struct site *s)
{
	size_t l, i;

	s->pe = xcalloc(s->nlangs, sizeof(*s->pe));
	s->pp = xcalloc(s->nlangs, sizeof(*s->pp));
	for (l = 0; l < s->nlangs; l++) {
		s->pe[l] = xcalloc(s->c->nentries + 1, sizeof(**s->pe));
		s->pp[l] = xcalloc(s->c->npairs + 1, sizeof(**s->pp));
		for (i = 0; i < s->c->nentries; i++)
			prep_entry(&s->pe[l][i], s->c->entries[i], &s->langs[l]);
		for (i = 0; i < s->c->npairs; i++)
			prep_pair(&s->pp[l][i], s->c->pairs[i], &s->langs[l]);
	}
}

void
prep_site_free(struct site *s)
{
	size_t l, i;

	for (l = 0; s->pe != NULL && l < s->nlangs; l++) {
		for (i = 0; i < s->c->nentries; i++)
			prep_entry_free(&s->pe[l][i]);
		for (i = 0; i < s->c->npairs; i++)
			prep_pair_free(&s->pp[l][i]);
		free(s->pe[l]);
		free(s->pp[l]);
	}
	free(s->pe);
	free(s->pp);
	s->pe = NULL;
	s->pp = NULL;
}

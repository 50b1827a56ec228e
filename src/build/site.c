/* site.c: questions every renderer asks of a build: is this page complete
 * in that language, and is there a curated note for this pair. */
#include "system.h"

#include "build/site.h"

/* Units shown translated and all units, added to *shown and *all.  A fuzzy
 * unit counts as translated only when fuzzy translations are shown. */
static void
counts_add(const int *count, const struct lang *l, int *shown, int *all)
{
	*all += count[US_SOURCE] + count[US_TRANSLATED] + count[US_FUZZY] +
	    count[US_MISSING];
	*shown += count[US_SOURCE] + count[US_TRANSLATED] +
	    (l->allow_fuzzy ? count[US_FUZZY] : 0);
}

/* Whole percent, rounded down: 100 only when nothing is in English. */
static int
percent(int shown, int all)
{
	return all == 0 ? 100 : (int)((long)shown * 100 / all);
}

int
site_entry_percent(const struct site *s, size_t l, size_t e)
{
	int shown = 0, all = 0;

	counts_add(s->pe[l][e].count, &s->langs[l], &shown, &all);
	return percent(shown, all);
}

long
site_pair_note(const struct site *s, size_t a, size_t b)
{
	const struct pair *p = content_pair(s->c, s->c->entries[a]->code,
	    s->c->entries[b]->code);

	return p != NULL ? (long)p->index : -1;
}

int
site_pair_percent(const struct site *s, size_t l, size_t a, size_t b)
{
	long note = site_pair_note(s, a, b);
	int shown = 0, all = 0;

	counts_add(s->pe[l][a].count, &s->langs[l], &shown, &all);
	counts_add(s->pe[l][b].count, &s->langs[l], &shown, &all);
	if (note >= 0)
		counts_add(s->pp[l][note].count, &s->langs[l], &shown, &all);
	return percent(shown, all);
}

int
site_index_percent(const struct site *s, size_t l)
{
	int shown = 0;
	size_t i;

	for (i = 0; i < s->c->nentries; i++)
		shown += !unit_english(s->pe[l][i].summary_state, &s->langs[l]);
	return percent(shown, (int)s->c->nentries);
}

int
site_alternate(const struct site *s, int pct)
{
	return pct >= s->hreflang_min;
}

const char *
site_pair_date(const struct site *s, size_t a, size_t b)
{
	const char *da = s->c->entries[a]->updated;
	const char *db = s->c->entries[b]->updated;
	const char *d = strcmp(da, db) >= 0 ? da : db;
	long note = site_pair_note(s, a, b);

	if (note >= 0 && strcmp(s->c->pairs[note]->updated, d) > 0)
		d = s->c->pairs[note]->updated;
	return d;
}

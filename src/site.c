/* site.c: questions every renderer asks of a build: is this page complete
 * in that language, and is there a curated note for this pair. */
#include "system.h"

#include "site.h"

static int
counts_complete(const int *count, const struct lang *l)
{
	return count[US_MISSING] == 0 &&
	    (count[US_FUZZY] == 0 || l->allow_fuzzy);
}

int
site_entry_complete(const struct site *s, size_t l, size_t e)
{
	return counts_complete(s->pe[l][e].count, &s->langs[l]);
}

long
site_pair_note(const struct site *s, size_t a, size_t b)
{
	const struct pair *p = content_pair(s->c, s->c->entries[a]->code,
	    s->c->entries[b]->code);
	size_t i;

	for (i = 0; p != NULL && i < s->c->npairs; i++)
		if (s->c->pairs[i] == p)
			return (long)i;
	return -1;
}

int
site_pair_complete(const struct site *s, size_t l, size_t a, size_t b)
{
	long note = site_pair_note(s, a, b);

	return site_entry_complete(s, l, a) && site_entry_complete(s, l, b) &&
	    (note < 0 || counts_complete(s->pp[l][note].count, &s->langs[l]));
}

int
site_index_complete(const struct site *s, size_t l)
{
	size_t i;

	for (i = 0; i < s->c->nentries; i++)
		if (unit_english(s->pe[l][i].summary_state, &s->langs[l]))
			return 0;
	return 1;
}

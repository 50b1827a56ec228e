/* prep.h: what every output format needs of one entry or pair note in one
 * language, prepared once per language: translated units, the HTML and the
 * roff of each section, and the state of each section's translation.
 * prep_*() allocate; prep_free_*() release. */
#ifndef SIPDOC_PREP_H
#define SIPDOC_PREP_H

#include "l10n/catalog.h"
#include "model/model.h"

struct lang {
	const char	*code;		/* "ru" */
	const char	*name;		/* its own name: "Русский" */
	struct catalog	*cat;		/* NULL for English */
	int		 allow_fuzzy;
};

struct prepsec {
	char		*html;
	char		*roff;
	enum unit_state	 state;		/* worst state of its units */
};

struct prep_entry {
	const struct entry *e;
	char		*summary;
	enum unit_state	 summary_state;
	char		*use;
	enum unit_state	 use_state;
	struct prepsec	 sec[SEC__MAX];
	int		 count[US__MAX];	/* all units by state */
};

struct prep_pair {
	const struct pair *p;
	struct prepsec	 sec[PSEC__MAX];
	int		 count[US__MAX];
};

void	prep_entry(struct prep_entry *, const struct entry *,
	    const struct lang *);
void	prep_entry_free(struct prep_entry *);
void	prep_pair(struct prep_pair *, const struct pair *, const struct lang *);
void	prep_pair_free(struct prep_pair *);

/* Prepares every entry and pair note of S in each of its languages into
 * s->pe and s->pp; prep_site_free() releases them (safe when never
 * prepared). */
struct site;
void	prep_site(struct site *);
void	prep_site_free(struct site *);

/* Whether a prepared text is shown in English in a translated language. */
int	unit_english(enum unit_state, const struct lang *);

#endif

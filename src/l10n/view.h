/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* view.h: one language's view of a Markdown body: each translation unit
 * (paragraph or heading) replaced by its translation where the catalog has
 * a current one, and marked with its state otherwise.
 *
 * view_open() parses the body afresh; view_close() frees the sections.
 * A node's state is in its cmark user data (enum unit_state). */
#ifndef SIPDOC_VIEW_H
#define SIPDOC_VIEW_H

#include <cmark.h>

#include "l10n/catalog.h"
#include "model/model.h"

struct view {
	cmark_node	*sec[SEC__MAX];
	size_t		 nsec;
	int		 count[US__MAX];	/* units by state */
	int		 sec_count[SEC__MAX][US__MAX];
};

void	 view_open(struct view *, const struct body *,
	    const char *const *keys, size_t nkeys, const struct catalog *,
	    int allow_fuzzy);
void	 view_close(struct view *);

enum unit_state view_state(cmark_node *);
/* Whether a unit of a translated view is shown in English. */
int	 view_english(cmark_node *);

/* The worst state among a section's units: MISSING over FUZZY over the
 * others. */
enum unit_state view_sec_state(const struct view *, size_t sec);

/* Whether a translated text keeps the structure of its source: the same
 * code spans and link targets, one paragraph.  Returns NULL when it does,
 * or a message saying what differs (static storage). */
const char *view_check_unit(const char *source, const char *translation);
/* What view_check_unit() may return besides NULL: these, and only these
 * (message ids, untranslated). */
enum { VERDICT_PARAGRAPH, VERDICT_LINKS, VERDICT_SPANS, VIEW_VERDICTS };
extern const char *const view_verdicts[VIEW_VERDICTS];
/* The same check, always through cmark: what view_check_unit() does for
 * Markdown beyond text and code spans (and what tests compare it to). */
const char *view_check_unit_md(const char *source, const char *translation);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* notice.c: collects untranslated and outdated parts of a page and words
 * the notice about them. */
#include "system.h"

#include "util/buf.h"
#include "compose/notice.h"
#include "util/xalloc.h"

static void
notice_add(const char **v, size_t *n, size_t max, const char *part)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if (strcmp(v[i], part) == 0)
			return;
	if (*n < max)
		v[(*n)++] = part;
}

void
page_state_add(struct page_state *ps, const char *part, enum unit_state st)
{
	if (st == US_MISSING)
		notice_add(ps->missing, &ps->nmissing,
		    ARRAY_LEN(ps->missing), part);
	else if (st == US_FUZZY)
		notice_add(ps->outdated, &ps->noutdated,
		    ARRAY_LEN(ps->outdated), part);
}

/* "Description, How to fix": a list of names, not a sentence. */
static char *
notice_join(const char *const *v, size_t n)
{
	struct buf b = {0};
	size_t i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			/* TRANSLATORS: separator between items of a list. */
			buf_puts(&b, _(", "));
		buf_puts(&b, v[i]);
	}
	return buf_detach(&b);
}

char *
notice_missing(const struct page_state *ps)
{
	char *list, *s;

	if (ps->nmissing == 0)
		return NULL;
	list = notice_join(ps->missing, ps->nmissing);
	/* TRANSLATORS: %s lists parts of the page, e.g. "Description, How
	   to fix". */
	s = xasprintf(_("Part of this page is not translated yet and is shown "
	    "in English: %s."), list);
	free(list);
	return s;
}

char *
notice_outdated(const struct page_state *ps)
{
	char *list, *s;

	if (ps->noutdated == 0)
		return NULL;
	list = notice_join(ps->outdated, ps->noutdated);
	/* TRANSLATORS: %s lists parts of the page. */
	s = xasprintf(_("Part of this page changed in English after it was "
	    "translated: %s."), list);
	free(list);
	return s;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* notice.h: the translation state of the parts of one page, and the
 * sentences that tell the reader which parts are shown in English
 * (untranslated) or changed in English since translation (outdated). */
#ifndef SIPDOC_NOTICE_H
#define SIPDOC_NOTICE_H

#include <stddef.h>

#include "l10n/catalog.h"

struct page_state {
	const char	*missing[8];	/* names of untranslated parts */
	size_t		 nmissing;
	const char	*outdated[8];	/* names of outdated parts */
	size_t		 noutdated;
};

void	 page_state_add(struct page_state *, const char *part,
	    enum unit_state);
/* The notices in the current language, or NULL; the caller frees. */
char	*notice_missing(const struct page_state *);
char	*notice_outdated(const struct page_state *);

#endif

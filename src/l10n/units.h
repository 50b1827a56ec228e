/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* units.h: the translation units of the content, in source order: for each
 * entry its summary, its use sentence and every paragraph and heading of
 * its sections; then every paragraph of each curated pair note.  The
 * catalogs (extract), their statistics (status) and the views all agree on
 * this one definition. */
#ifndef SIPDOC_UNITS_H
#define SIPDOC_UNITS_H

#include <stddef.h>

struct content;

enum unit_kind {
	UNIT_SUMMARY,		/* an entry's summary sentence */
	UNIT_USE,		/* an entry's "when to send it" sentence */
	UNIT_BODY		/* a paragraph or heading of a body */
};

struct unit_info {
	const char	*owner;		/* "486" or "480-486" */
	size_t		 entry;		/* index in content->entries, or */
	size_t		 pair;		/* in content->pairs (SIZE_MAX: not) */
	enum unit_kind	 kind;
	const char	*ref;		/* "content/codes/486.md" */
	int		 line;
	const char	*text;		/* the msgid */
	const char	*comment;	/* "486 Busy Here: Description" */
};

typedef void (*unit_fn)(const struct unit_info *, void *arg);

void	units_foreach(const struct content *, unit_fn, void *arg);

#endif

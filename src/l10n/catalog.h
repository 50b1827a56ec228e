/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* catalog.h: a content catalog (content/po/LANG.po) read with libgettextpo:
 * msgid (one Markdown block of the English source) to translation and
 * state.  catalog_load() returns NULL after a diagnostic when the file
 * cannot be read; the caller frees with catalog_free(). */
#ifndef SIPDOC_CATALOG_H
#define SIPDOC_CATALOG_H

#include <stddef.h>

#include "util/digest.h"

/* The state of one translation unit in one language. */
enum unit_state {
	US_SOURCE,	/* English: the source itself */
	US_TRANSLATED,
	US_FUZZY,	/* translated, but the English changed since */
	US_MISSING,
	US__MAX
};

struct cat_msg {
	char	*msgid;
	char	*msgstr;	/* NULL when untranslated */
	int	 fuzzy;
	int	 line, col;	/* where the msgstr text begins in the PO file */
	int	 broken;	/* failed the structure check: shown in English */
	const char *why;	/* what that check found (a message id) */
};

struct catalog {
	char	*lang;
	char	*path;
	struct digest source;	/* of the PO file's bytes */
	int	 cacheable;	/* read by libgettextpo without a word */
	struct cat_msg *msgs;
	size_t	 nmsgs;
	int	 checked;	/* every why is set (l10n/langs.c, or
				   the cache) */
	size_t	*slots;		/* hash table of msgs indexes + 1 */
	size_t	 nslots;
};

/* Reads the catalog PATH the ordinary way: what libgettextpo says of it
 * becomes diagnostics. */
struct catalog *catalog_load(const char *path, const char *lang);
/* The same without a word, from the cache in the output folder OUT when
 * it is current (catcache.h; OUT may be NULL) or by the fast reading of
 * catalog.c: NULL when that cannot be done quietly, and catalog_load()
 * then reads it.  It may run in a thread of its own (langs.h), beside
 * anything that does not use libgettextpo, between catalog_fast_begin()
 * and catalog_fast_end(), which the engine's thread calls: they set and
 * restore OLD_PO_FILE_INPUT. */
struct catalog *catalog_load_quiet(const char *path, const char *lang,
	    const char *out);
void	 catalog_fast_begin(void);
void	 catalog_fast_end(void);
/* Indexes the messages by msgid (catalog_load() does it). */
void	 catalog_index(struct catalog *);

/* The libgettextpo error handler: problems become diagnostics at the PO
 * file's line (PATH when libgettextpo names no file); fatal ones exit. */
struct po_xerror_handler;
const struct po_xerror_handler *catalog_po_handler(const char *path);
void	 catalog_free(struct catalog *);
struct cat_msg *catalog_find(const struct catalog *, const char *msgid);

/* The text to show for SOURCE in CAT (NULL: English) and its state.  With
 * allow_fuzzy, a fuzzy translation is returned (state stays US_FUZZY). */
const char *catalog_text(const struct catalog *, const char *source,
	    int allow_fuzzy, enum unit_state *state);

#endif

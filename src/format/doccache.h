/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* doccache.h: what a format made of each document (an entry or a note)
 * in a build, kept in the output folder (OUT/.sipdoc-NAME) for the next
 * one, so that after an edit to one entry the others are not converted
 * again: the search index's records and words (format/html/search.c,
 * OUT/.sipdoc-search-LANG) and the HTML of the entries' sections
 * (format/prepared.c, OUT/.sipdoc-prepared-html-LANG).  For each
 * document: the digest of everything it shows, and two parts, RECORD and
 * WORDS, whose meaning is the user's.  Like the catalog cache it is the
 * build's own and never published; one that is missing or damaged (a
 * document whose parts the user's check refuses) is ignored.
 *
 *   HEAD (its first line, the user's: "sipdoc-search 1")
 *   DIGEST RECORD-LENGTH WORDS-LENGTH\n RECORD WORDS */
#ifndef SIPDOC_DOCCACHE_H
#define SIPDOC_DOCCACHE_H

#include <stddef.h>

#include "util/buf.h"
#include "util/digest.h"

struct scache_doc {
	const char	*record, *words;
	size_t		 nrecord, nwords;
};

struct scache {
	char		*data;		/* the previous build's file */
	struct digest	*keys;
	struct scache_doc *docs;
	size_t		 n;
	size_t		*slots;		/* index + 1, open addressing */
	size_t		 nslots;
	int		 fd;		/* the new file, or -1 */
	struct buf	 pending;	/* what is not written to it yet */
	int		 failed;
};

/* Whether a document's parts are what the user writes. */
typedef int (*scache_check_fn)(const struct scache_doc *);

/* The cache NAME in the folder DIR (NULL: none), whose first line is
 * HEAD, each document checked by CHECK; the documents put are written to
 * FD (-1: nowhere), the new file of that name, as they come. */
void	 scache_open(struct scache *, const char *dir, const char *name,
	    const char *head, scache_check_fn check, int fd);
const struct scache_doc *scache_find(const struct scache *,
	    const struct digest *);
void	 scache_put(struct scache *, const struct digest *,
	    const struct scache_doc *);
/* Frees the cache; 0 when the new file is whole, -1 when not. */
int	 scache_close(struct scache *);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* searchcache.h: what the search index (search.h) made of each document,
 * kept by a build in its output folder (OUT/.sipdoc-search-LANG), so that
 * after an edit to one entry the index does not convert and split the
 * text of every other document again.  For each document: the digest of
 * everything it shows, its record in the index, and the words it gave
 * the vocabularies, in order.  Like the catalog cache it is the build's
 * own and never published; one that is missing or damaged is ignored.
 *
 *   sipdoc-search 1
 *   DIGEST RECORD-LENGTH WORDS-LENGTH\n RECORD WORDS
 *
 * (WORDS: a line per different word, "0word<TAB>stem" for the language's
 * vocabulary, "1word<TAB>stem" for the English one.) */
#ifndef SIPDOC_SEARCHCACHE_H
#define SIPDOC_SEARCHCACHE_H

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

/* The cache NAME (scache_name()) in the folder DIR (NULL: none); the
 * documents put are written to FD (-1: nowhere), the new file of that
 * name, as they come. */
void	 scache_open(struct scache *, const char *dir, const char *name,
	    int fd);
const struct scache_doc *scache_find(const struct scache *,
	    const struct digest *);
void	 scache_put(struct scache *, const struct digest *,
	    const struct scache_doc *);
/* Frees the cache; 0 when the new file is whole, -1 when not. */
int	 scache_close(struct scache *);
void	 scache_name(char *name, size_t n, const char *lang);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* catcache.h: what libgettextpo read of a content catalog, kept by a build
 * in its output folder (OUT/.sipdoc-catalog-LANG) with the digest of the
 * PO file's bytes, and the structure check's verdict on each message with
 * the digest of the sipdoc that made it.  Reading a PO file costs a build most of its loading
 * time (libgettextpo converts every character with iconv); a build whose
 * catalog has not changed since the last one takes the messages from
 * here.  `sipdoc check` always reads the PO file itself.  A cache that is
 * missing, stale or damaged is ignored. */
#ifndef SIPDOC_CATCACHE_H
#define SIPDOC_CATCACHE_H

#include "util/buf.h"
#include "util/digest.h"

struct catalog;

/* The catalog of PATH (LANG) from the cache in folder OUT, when it was
 * made from a PO file with digest SRC; else NULL. */
struct catalog *catcache_load(const char *out, const char *path,
	    const char *lang, const struct digest *src);
/* The cache of C, into B. */
void	 catcache_dump(const struct catalog *, struct buf *b);
/* The name of the cache of LANG in the output folder. */
void	 catcache_name(char *name, size_t n, const char *lang);

#endif

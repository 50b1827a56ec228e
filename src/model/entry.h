/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* entry.h: loading code entries.  entry_load() reports every problem it
 * finds through diag() and returns NULL if there was one; the caller frees
 * the entry with entry_free(). */
#ifndef SIPDOC_ENTRY_H
#define SIPDOC_ENTRY_H

struct content;
struct entry;
struct pair;

struct entry *entry_load(const struct content *, const char *path,
	    const char *text);
void	 entry_free(struct entry *);

struct pair *pair_load(const struct content *, const char *path,
	    const char *text);
void	 pair_free(struct pair *);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* prestat.h: reading the previous build's manifest and finding each of its
 * files on disk takes about as long as loading the content, and neither
 * needs the other: a build starts the first in a thread of its own before
 * it loads, and takes the result when it plans.  Nothing is written and
 * nothing is printed by the thread. */
#ifndef SIPDOC_PRESTAT_H
#define SIPDOC_PRESTAT_H

struct manifest;
struct prestat;

/* Starts reading OUT's manifest; never fails (without a thread, the work
 * is done by prestat_finish()). */
struct prestat *prestat_start(const char *out);
/* Waits for it, and moves the manifest, each record with what is on disk
 * now, into *M. */
void	prestat_finish(struct prestat *, struct manifest *m);

#endif

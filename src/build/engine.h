/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* engine.h: the build engine.  After the project is loaded and checked
 * (nothing written yet), for each format of the project and each language
 * it plans every output with the digest of its inputs; an output whose
 * digest, size and modification time match the previous build's manifest
 * is neither rendered nor read.  The others are rendered one at a time
 * and written, through a temporary file and rename(), only when their
 * bytes differ from the file on disk.  Files the previous build wrote and
 * this one does not produce are removed; the manifest is written last.
 *
 * A build killed at any moment leaves each file old or new, and the next
 * build converges; a failed write stops the build with a manifest that is
 * true for what is on disk. */
#ifndef SIPDOC_ENGINE_H
#define SIPDOC_ENGINE_H

#include <stddef.h>

struct prestat;
struct project;

struct engine_stats {
	size_t	 outputs;	/* planned */
	size_t	 rendered;
	size_t	 written;
	size_t	 removed;
};

/* Builds every output of P into the output folder, with the previous
 * manifest that PS read (prestat.h; consumed); -1 after a diagnostic. */
int	engine_build(const struct project *, struct prestat *ps,
	    struct engine_stats *);

#endif

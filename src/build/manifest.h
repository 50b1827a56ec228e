/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* manifest.h: OUT/.sipdoc-manifest, what the builds wrote: for every
 * output file, the digest of its inputs, the digest of its bytes, and its
 * size and modification time when written.
 *
 *   sipdoc-manifest 1
 *   html/ru/486.html<TAB>html/ru<TAB>IN<TAB>OUT<TAB>SIZE<TAB>MTIME
 *
 * (the scope: the format and language that made it, "-" for none; IN and
 * OUT: 32 hex digits; MTIME in nanoseconds).  A missing manifest is an
 * empty one; a damaged one is ignored, so that the build renders
 * everything and compares it with what is on disk.
 *
 * The records of the previous manifest are kept in memory, where the
 * build updates them as it goes; a file it writes that the previous
 * manifest did not know goes to a spool instead (an unlinked temporary
 * file), so that a first build holds none of its records in memory,
 * however many pages it writes.  The manifest is written last, beside
 * the old one and renamed over it, and only when a record changed: a
 * rebuild with nothing to do writes nothing. */
#ifndef SIPDOC_MANIFEST_H
#define SIPDOC_MANIFEST_H

#include <stddef.h>
#include <stdint.h>

#include "build/outdir.h"
#include "util/buf.h"
#include "util/digest.h"

struct mrec {
	struct digest	 in, out;	/* zero: unknown (journal only) */
	struct fstate	 st;		/* when written */
	struct fstate	 disk;		/* found on disk by manifest_stat() */
	int		 disk_known;
	uint32_t	 path;		/* offset in the manifest's arena */
	uint32_t	 scope;		/* likewise: "html/ru" */
	int		 seen;		/* planned by this build */
	int		 dead;		/* removed by this build */
	int		 staged;	/* written in a staged folder */
};

struct manifest {
	char		*arena;
	size_t		 alen, acap;
	struct mrec	*v;
	size_t		 n, cap;
	uint32_t	*slots;		/* index + 1, open addressing */
	size_t		 nslots;
	int		 damaged;	/* the file was there but unreadable */
	int		 dirty;		/* a record changed since it was read */
	/* The spool: lines "S\tRECORD" (S: 1 when staged), in a file once
	   more than a chunk of them came, in memory before that or when
	   the file cannot be written. */
	int		 spool_state;	/* 0: no file yet; 1: spool_fd; -1: none */
	int		 spool_fd;
	struct buf	 spool;		/* what is not in the file */
	long long	 spool_len;	/* bytes in the file */
	int		 staged_dead;	/* the staged records were dropped */
};

/* Reads the manifest of OD; sets m->damaged (and leaves it empty) when it
 * does not parse.  Touches nothing and prints nothing, so that it may run
 * beside the loading of the content (see prestat.h). */
void	 manifest_read(struct manifest *, struct outdir *);
/* Finds, for every record, the file on disk now. */
void	 manifest_stat(struct manifest *, struct outdir *);
/* Applies the records of JOURNAL (outdir_recover()). */
void	 manifest_journal(struct manifest *, const char *journal);
void	 manifest_free(struct manifest *);

struct mrec *manifest_find(struct manifest *, const char *path);
const char *manifest_path(const struct manifest *, const struct mrec *);
const char *manifest_scope(const struct manifest *, const struct mrec *);
/* Records that PATH, made by SCOPE, now holds what IN gave as OUT;
 * returns its record. */
struct mrec *manifest_put(struct manifest *, const char *path, const char *scope,
	    const struct digest *in, const struct digest *out,
	    const struct fstate *);

/* Records that PATH, made by SCOPE, was written by this build (STAGED:
 * in a staged folder) and holds what IN gave as OUT: in memory when the
 * previous manifest knew it, else into the spool. */
void	 manifest_commit(struct manifest *, const char *path,
	    const char *scope, const struct digest *in,
	    const struct digest *out, const struct fstate *, int staged);
/* Calls FN with the path and scope of every staged record (FN returns
 * nonzero to stop, which this returns). */
int	 manifest_each_staged(struct manifest *,
	    int (*fn)(const char *path, const char *scope, void *), void *);
/* Drops every staged record (their folder was not put into place). */
void	 manifest_drop_staged(struct manifest *);

/* One record as a line of the manifest, into B (also the journal's). */
struct buf;
void	 manifest_record(struct buf *, const char *path, const char *scope,
	    const struct digest *in, const struct digest *out,
	    const struct fstate *);

/* Writes every record not dead, when the manifest is dirty; -1 after a
 * diagnostic, unless QUIET (the build failed already: the journal still
 * holds what the manifest would say). */
int	 manifest_write(struct manifest *, struct outdir *, int quiet);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* writer.h: the writing half of a build, in threads of its own, so that
 * the next outputs render while the last ones are written.  Outputs are
 * handed over in order, a few at a time (the queue is short: memory does
 * not grow with the site); for each, the writer takes the digest of its
 * bytes, leaves the file alone when it already holds them, and otherwise
 * writes it as outdir.h describes.  Files written together are journalled
 * together: their paths before they are put into place, their records
 * after.  What it did comes back as results, which the engine applies to
 * the manifest in its own thread.
 *
 * The writer threads call neither diag() nor gettext: their handles of
 * the folder are quiet (outdir_clone()), and writer_finish() reports the
 * failure they kept, in the engine's thread.
 * After a failure the writer writes nothing more; writer_failed() tells
 * the engine to stop. */
#ifndef SIPDOC_WRITER_H
#define SIPDOC_WRITER_H

#include "build/outdir.h"
#include "util/buf.h"
#include "util/digest.h"

struct writer;

struct wjob {
	char		 path[112];
	char		 scope[48];
	struct digest	 in;
	struct digest	 out;		/* of the data */
	int		 hashed;	/* out is made (else the writer makes it) */
	struct fstate	 disk;		/* what is at the path now */
	int		 staged;	/* in a staged folder (outdir.h) */
	struct digest	 known;		/* the digest of it, when the manifest
					   knows it (else zero) */
	struct buf	 data;		/* the rendered output */
};

struct wresult {
	char		 path[112];
	char		 scope[48];
	struct digest	 in, out;
	struct fstate	 st;		/* the file now */
	int		 written;
	int		 staged;
};

typedef void (*wresult_fn)(const struct wresult *, void *arg);

/* Starts writing into the folder of OD (each thread with a handle of its
 * own, outdir_clone()). */
struct writer *writer_start(const struct outdir *od);
/* A job to fill (its buffer emptied), waiting while the queue is full. */
struct wjob *writer_job(struct writer *);
void	 writer_submit(struct writer *, struct wjob *);
/* Gives a job back unused. */
void	 writer_cancel(struct writer *, struct wjob *);
/* Waits until every job handed over is done. */
void	 writer_drain(struct writer *);
/* Calls FN for each result since the last call. */
void	 writer_results(struct writer *, wresult_fn, void *arg);
int	 writer_failed(struct writer *);
/* Waits for the jobs, stops the threads, gives the last results to FN,
 * reports the first failure and frees it all; -1 if a write failed. */
int	 writer_finish(struct writer *, wresult_fn, void *arg);

#endif

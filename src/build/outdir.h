/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* outdir.h: the output folder as the build engine writes it.  A file is
 * put into place only complete, so each output is at every moment either
 * its previous or its new complete version: a new file is written unnamed
 * (O_TMPFILE) in its folder and linked into place; a file that replaces
 * another is named OUT/.sipdoc-tmp and renamed over it, and the file it
 * replaces is kept to be written again (spare.h).  Before a
 * file is put into place, the manifest's record of it is appended to
 * OUT/.sipdoc-journal, so that the manifest and the journal together are
 * at every moment true for what is on disk: after a build killed before
 * it wrote its manifest, or a disk too full for the manifest to be
 * written again.  Folders are opened without following symbolic links;
 * OUT/.sipdoc-lock keeps two builds from writing the same folder at once.
 *
 * Every function that can fail reports through diag() and returns -1. */
#ifndef SIPDOC_OUTDIR_H
#define SIPDOC_OUTDIR_H

#include <stddef.h>

struct outdir;

/* What the engine knows of a file on disk. */
struct fstate {
	long long	 size;		/* -1: no such file */
	long long	 mtime;		/* nanoseconds */
};

/* Opens (creating it if need be) and locks the folder ROOT. */
struct outdir *outdir_open(const char *root);
/* Opens ROOT to read only (no lock, nothing created); NULL, with no
 * diagnostic, when it cannot. */
struct outdir *outdir_open_ro(const char *root);
void	 outdir_close(struct outdir *);
/* The folder's file descriptor, for the manifest. */
int	 outdir_fd(const struct outdir *);
/* ROOT/REL as shown in diagnostics; malloc'd. */
char	*outdir_name(const struct outdir *, const char *rel);

/* Cleans up after an interrupted build: removes the temporary files and
 * the staging folder, and returns the journal's text (NUL-terminated;
 * NULL when there is none). */
char	*outdir_recover(struct outdir *);
/* The build is committed: the journal is no longer needed. */
void	 outdir_journal_done(struct outdir *);

int	 outdir_stat(struct outdir *, const char *rel, struct fstate *);
/* 1 when ROOT/REL holds exactly DATA, 0 when not (or unreadable). */
int	 outdir_same(struct outdir *, const char *rel, const char *data,
	    size_t len);

/* The clone of the engine's own files (engine.c): the last of the
 * temporary names, which writer threads (0, 1, ...) never reach. */
#define OUTDIR_SIDE	7

/* A second handle of the same folder, for writer thread N: its own
 * folders, journal descriptor and temporary file name, no lock, and quiet: it reports nothing
 * itself (diag() and gettext belong to the engine's thread) but keeps its
 * first failure for outdir_report(). */
struct outdir *outdir_clone(const struct outdir *, int n);
/* Reports the failure kept, if any: 1 when there was one. */
int	 outdir_report(struct outdir *);
/* Reports that WHAT (a message id: N_("cannot write")) failed for REL,
 * with errno; a quiet handle keeps the first such failure instead. */
void	 outdir_errno(struct outdir *, const char *rel, const char *what);

/* A new file for REL, written from its start, to be put into place with
 * outdir_place() once complete: a file of REL's folder that this handle
 * replaced and kept (spare.h), or unnamed (O_TMPFILE) in REL's folder,
 * or, where the file system has no unnamed files, ROOT/.sipdoc-tmp (then
 * outdir_serial() is true: one such file at a time).  The folders are
 * created. */
int	 outdir_new_file(struct outdir *, const char *rel);
int	 outdir_serial(const struct outdir *);
/* Puts the complete file FD at REL (replacing what is there) and closes
 * it. */
int	 outdir_place(struct outdir *, int fd, const char *rel);
/* Closes FD, a new file that will not be put into place. */
void	 outdir_discard(struct outdir *, int fd);
/* The new file FD is complete (a file reused is cut at what was written
 * into it): its state. */
int	 outdir_fstate(struct outdir *, int fd, struct fstate *);
/* 1 when ROOT/REL holds the same bytes as the file FD. */
int	 outdir_same_fd(struct outdir *, const char *rel, int fd);
/* Appends TEXT to the journal; a failure is reported as one to write
 * REL. */
int	 outdir_journal(struct outdir *, const char *rel, const char *text,
	    size_t len);

/* A folder at the top of the output (html, man, pdf) that does not exist
 * when a build starts is built whole in OUT/.sipdoc-stage/TOP, its files
 * written directly (no temporary file, no journal: nothing in it is
 * visible), and renamed into place, all at once, when the build
 * succeeds; a failed or killed build leaves no trace of it. */
int	 outdir_top_exists(struct outdir *, const char *top);
/* Creates the staged file REL (OUT/.sipdoc-stage/REL), and closes it. */
int	 outdir_new_direct(struct outdir *, const char *rel);
int	 outdir_close_direct(struct outdir *, int fd, const char *rel);
/* Puts the staged TOP into place; or removes the staging folder. */
int	 outdir_unstage(struct outdir *, const char *top);
void	 outdir_unstage_abort(struct outdir *);

/* Removes REL, and the folders it leaves empty. */
int	 outdir_remove(struct outdir *, const char *rel);

/* Whether REL is a path the engine may write: relative, made of ordinary
 * names (no "." or ".." component, no empty one, no leading dot). */
int	 outdir_path_ok(const char *rel);

#endif

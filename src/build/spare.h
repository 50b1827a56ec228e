/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* spare.h: the files a build replaces, kept to be written again.
 *
 * Putting a new file in place of an old one costs the file system a new
 * inode and new blocks, and freeing the old ones; on ext4 without a
 * journal (and with online discard) that is most of the cost of an edit,
 * and each inode freed makes the next ones slower to find for minutes.
 * So the replaced file is kept under a hidden name in the output's root
 * (TMP-K: ".sipdoc-tmp.0-3") and becomes the next new file of its folder:
 * overwritten from its start and cut at its new length, then renamed
 * into place like any new file.  Where the file system can, the new file
 * and the old one swap names in one step (RENAME_EXCHANGE): the old one
 * takes the new one's hidden name, and the file system neither adds a
 * name nor, as ext4 does for a rename over a file, starts writing the
 * new file's blocks at once.
 *
 * Only a file that nothing else can see is kept: a regular file with no
 * other name (a hard-linked copy, as cp -al and rsync --link-dest make,
 * is left alone), ours, with the mode of the files this build makes, and
 * open nowhere (a write lease, which Linux grants only then): a reader
 * that opened the old version goes on reading it.  A folder's files are
 * reused only in that folder, where they were made.  The names are
 * removed when the handle is freed, or by the next build after a kill. */
#ifndef SIPDOC_SPARE_H
#define SIPDOC_SPARE_H

#include <stddef.h>
#include <sys/types.h>

struct spares;

/* The kept files of the folder ROOT (a descriptor, not owned), named
 * TMP-K. */
struct spares *spares_new(int root, const char *tmp);
/* Removes what is kept, and frees. */
void	 spares_free(struct spares *);
/* Removes what is kept (the folders' keys are about to change). */
void	 spares_release(struct spares *);
/* The mode of this build's new files, from FD, one of them (once). */
void	 spares_learn(struct spares *, int fd);

/* A kept file of the folder DIR (a key) to write a new file into, or -1. */
int	 spares_take(struct spares *, const void *dir);
/* Whether FD is a file taken; then its hidden name into NAME. */
int	 spares_name(struct spares *, int fd, char *name, size_t n);
/* FD is complete: a file taken is cut at its offset.  -1 with errno. */
int	 spares_trim(struct spares *, int fd);
/* FD will not be put into place: when it is a file taken, it is closed
 * and removed, and 1 is returned; else 0, and nothing is done. */
int	 spares_drop(struct spares *, int fd);
/* FD, a file taken, was renamed into place: no longer ours. */
void	 spares_placed(struct spares *, int fd);
/* FD's file swapped names with the file it replaced in DIR, which now
 * has FD's hidden name NAME (FD's own when FD was a file taken, or else
 * a temporary name of the root): that file is kept when nothing else can
 * see it, else removed. */
void	 spares_swapped(struct spares *, int fd, const char *name,
	    const void *dir);

/* Gives the file BASE of DFD, about to be replaced, a hidden name too:
 * a handle for spares_keep(), or -1 (nothing there, or it cannot be
 * linked). */
int	 spares_hold(struct spares *, int dfd, const char *base);
/* The file held by H was replaced in DIR (when REPLACED) or not: kept
 * when nothing else can see it, else its hidden name is removed. */
void	 spares_keep(struct spares *, int h, const void *dir, int replaced);

#endif

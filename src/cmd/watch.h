/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* watch.h: what sipdoc serve watches with inotify: folders and every folder
 * below them (new ones too).  A change is a file written and closed,
 * moved in or out, or removed; names that start with a dot or end in '~'
 * (editors' swap and backup files) are not changes.  watch_new() reports
 * through diag() and returns NULL; watch_free() releases it. */
#ifndef SIPDOC_WATCH_H
#define SIPDOC_WATCH_H

#include <stddef.h>

struct watch;

struct watch *watch_new(void);
void	 watch_free(struct watch *);
/* Watches DIR and its folders; -1 after a diagnostic. */
int	 watch_add(struct watch *, const char *dir);
/* The descriptor to poll for events. */
int	 watch_fd(const struct watch *);
/* Reads the events that are there: 1 when one is a change, else 0. */
int	 watch_read(struct watch *);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* atomic.h: writing one file outside the build's output folder (the
 * content template written by extract): a regular file is written beside
 * it, then renamed over it, and only when its contents change. */
#ifndef SIPDOC_ATOMIC_H
#define SIPDOC_ATOMIC_H

#include <stddef.h>

/* 1 written, 0 already the same, -1 error (reported). */
int	file_update(const char *path, const char *data, size_t len);

/* Writes DATA to what PATH is: standard output for "-", a device or a
 * FIFO written to, a symbolic link's target, a regular file (or none)
 * replaced atomically with file_update().  1 written, 0 already the
 * same, -1 error (reported). */
int	file_deliver(const char *path, const char *data, size_t len);

#endif

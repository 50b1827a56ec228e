/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* show.h: the show and compare commands: one code, or two side by side,
 * for the terminal in the reader's language. */
#ifndef SIPDOC_SHOW_H
#define SIPDOC_SHOW_H

#include <stddef.h>

struct options;

/* Prints the page of CODES[0] (n == 1) or the sheet of two codes. */
int	cmd_show(const struct options *, const int *codes, size_t n);

#endif

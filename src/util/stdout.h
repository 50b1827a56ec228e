/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* stdout.h: close standard output at exit and report write errors (such
 * as a full disk) instead of losing them. */
#ifndef SIPDOC_STDOUT_H
#define SIPDOC_STDOUT_H

void	close_stdout(void);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* build.h: the build and check commands.  Both load and check everything
 * the selected formats need; build then hands the project to the engine
 * and says what it did. */
#ifndef SIPDOC_CMD_BUILD_H
#define SIPDOC_CMD_BUILD_H

struct options;

int	cmd_build(const struct options *);
int	cmd_check(const struct options *);

#endif

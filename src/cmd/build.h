/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* build.h: the build and check commands.  Both load and check everything
 * the selected formats need; build then hands the project to the engine
 * and says what it did. */
#ifndef SIPDOC_CMD_BUILD_H
#define SIPDOC_CMD_BUILD_H

struct engine_stats;
struct options;

int	cmd_build(const struct options *);
/* The same, saying what the build did (sipdoc serve). */
int	cmd_build_stats(const struct options *, struct engine_stats *);
int	cmd_check(const struct options *);

#endif

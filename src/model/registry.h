/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* registry.h: loading the IANA registry table into struct content. */
#ifndef SIPDOC_REGISTRY_H
#define SIPDOC_REGISTRY_H

struct content;

int	registry_load(struct content *, const char *path);
void	registry_free(struct content *);

#endif

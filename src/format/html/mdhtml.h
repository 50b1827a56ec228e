/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* mdhtml.h: HTML for the Markdown of one section of a view.  Units shown in
 * English in a translated page carry lang="en" and a class telling why
 * (untranslated or outdated). */
#ifndef SIPDOC_MDHTML_H
#define SIPDOC_MDHTML_H

#include <cmark.h>

struct buf;

void	mdhtml_render(struct buf *, cmark_node *doc);

#endif

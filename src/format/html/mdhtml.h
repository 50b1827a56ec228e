/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* mdhtml.h: HTML for the Markdown of one section of a view.  Units shown in
 * English in a translated page carry lang="en" and a class telling why
 * (untranslated or outdated).  In a language written right to left they
 * are set left to right (dir="ltr"), and so are code spans and RFC
 * references, which would otherwise be reordered. */
#ifndef SIPDOC_MDHTML_H
#define SIPDOC_MDHTML_H

#include <cmark.h>

struct buf;
struct lang;

/* CTX is not used (prepared.h's md_render_fn). */
void	mdhtml_render(struct buf *, cmark_node *doc, const struct lang *,
	    const void *ctx);
/* One inline Markdown text (a front-matter field), as HTML without a
 * paragraph around it: what mdhtml_inline_doc() makes of it parsed, or,
 * when it is simple (md_is_simple()), the same without cmark. */
void	mdhtml_inline_md(struct buf *, const char *md, const struct lang *,
	    const void *ctx);
void	mdhtml_inline_doc(struct buf *, cmark_node *doc, const struct lang *);

#endif

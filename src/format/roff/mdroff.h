/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* mdroff.h: man(7) markup for the Markdown of one section of a view,
 * written over the cmark iterator (cmark_render_man's output fails
 * mandoc -T lint).  Units shown in English are counted, not marked inline:
 * the page says which sections are untranslated in its NOTES. */
#ifndef SIPDOC_MDROFF_H
#define SIPDOC_MDROFF_H

#include <cmark.h>

struct buf;

/* Renders DOC; FIRST is set when the section heading was just written
 * (no paragraph macro is needed then). */
void	mdroff_render(struct buf *, cmark_node *doc);
/* Text for roff: escapes, and breaks nothing. */
void	mdroff_text(struct buf *, const char *);

#endif

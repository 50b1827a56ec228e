/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* template.h: a small Mustache-like template language for HTML pages.
 *
 *   {{name}}            the value, HTML-escaped
 *   {{{name}}}          the value as is (for HTML the program made)
 *   {{_("Text")}}       the UI string "Text" in the page's language, escaped
 *                       (xgettext extracts it: templates are in POTFILES.in)
 *   {{_q("Text")}}      the same in double quotes, for attribute values:
 *                       title={{_q("Text")}}.  Quotes around a {{_()}} tag
 *                       would hide it from xgettext's C scanner.
 *   {{#name}}..{{/name}} for each item of a list, or once if a value is set
 *   {{^name}}..{{/name}} once if the list is empty or the value unset
 *   {{! comment }}      nothing; a comment alone on its line leaves no
 *                       line in the output (templates' licence headers)
 *
 * A plain {{name}} that is not set is an error; a section over an unset
 * name is simply empty; sections nest at most 32 deep.  template_load() reports syntax errors at
 * FILE:LINE:COL and returns NULL; tpl_free() releases a template.
 * A tctx owns copies of everything put in it, in blocks of its own
 * (template.c); tctx_free() of the root frees the tree at once. */
#ifndef SIPDOC_TEMPLATE_H
#define SIPDOC_TEMPLATE_H

#include "util/digest.h"

struct buf;
struct tpl;
struct tctx;

struct tpl *template_load(const char *path);
void	 tpl_free(struct tpl *);
/* The digest of the template's source. */
struct digest tpl_digest(const struct tpl *);

/* Renders T with CTX into OUT; returns -1 after a diagnostic. */
int	 tpl_render(const struct tpl *, const struct tctx *, struct buf *out);

struct tctx *tctx_new(void);
/* Frees a tree: C is its root (tctx_new()), never an item. */
void	 tctx_free(struct tctx *);
void	 tctx_set(struct tctx *, const char *name, const char *value);
/* VALUE is not copied: it must outlive the context (sections of entries,
 * static strings). */
void	 tctx_set_ref(struct tctx *, const char *name, const char *value);
/* The same, with VALUE's length (strlen()), which a value shown on many
 * pages keeps. */
void	 tctx_set_refn(struct tctx *, const char *name, const char *value,
	    size_t len);
/* VALUE (malloc'd) becomes the context's, which frees it. */
void	 tctx_take(struct tctx *, const char *name, char *value);
void	 tctx_setf(struct tctx *, const char *name, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
/* Appends an item to the list NAME and returns it (owned by the parent). */
struct tctx *tctx_add(struct tctx *, const char *name);
/* Makes NAME an empty list if it is not set. */
void	 tctx_list(struct tctx *, const char *name);

#endif

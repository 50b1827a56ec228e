/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* prepared.h: the entries and curated notes of one language as a format
 * shows them: the content catalog merged in (l10n/view.c) and each
 * section converted by the format's own Markdown renderer, once per build
 * and language, when an output first needs it.  A format's begin() makes
 * one with its renderer; end() frees it. */
#ifndef SIPDOC_PREPARED_H
#define SIPDOC_PREPARED_H

#include <stddef.h>
#include <cmark.h>

#include "compose/factdiff.h"
#include "compose/glance.h"
#include "format/doccache.h"
#include "l10n/catalog.h"
#include "model/model.h"

struct buf;
struct lang;
struct project;
struct sink;

/* Converts the Markdown of one section (a cmark document) of language L
 * into B; CTX is the format's own (the handbook's links), as given to
 * prepared_new(). */
typedef void (*md_render_fn)(struct buf *b, cmark_node *doc,
    const struct lang *l, const void *ctx);
/* Converts one inline Markdown text (a front-matter field) of language L
 * into B. */
typedef void (*md_inline_fn)(struct buf *b, const char *markdown,
    const struct lang *l, const void *ctx);

struct pentry {
	int		 text_ready;		/* summary and use */
	int		 ready;			/* the sections too */
	char		*sec[SEC__MAX];		/* converted */
	size_t		 sec_len[SEC__MAX];
	enum unit_state	 sec_state[SEC__MAX];	/* worst of its units */
	const char	*summary, *use;		/* the text shown, Markdown */
	char		*summary_out, *use_out;	/* converted */
	char		*summary_plain, *use_plain;	/* no markup */
	enum unit_state	 summary_state, use_state;
	char		*class_sentence;	/* compose/sheet.h, */
	char		*status_sentence;	/* or NULL */
	struct fdcode	 fd;			/* compose/factdiff.h */
	int		 glance_ready;
	char		*glance[GLANCE_COL];	/* its table cells, converted */
};

struct pnote {
	int		 ready;
	char		*sec[PSEC__MAX];
	size_t		 sec_len[PSEC__MAX];
	enum unit_state	 sec_state[PSEC__MAX];
};

struct prepared {
	const struct project	*p;
	size_t			 lang;
	md_render_fn		 render;
	md_inline_fn		 render_inline;
	const void		*ctx;	/* for render and render_inline */
	struct pentry		*e;	/* [nentries] */
	struct pnote		*n;	/* [npairs] */
	char			*cache;	/* its file's name, or NULL */
	struct scache		 sc;	/* the previous build's sections */
	int			 fresh;	/* entries converted, not found */
};

/* CACHE, when not NULL, names the format ("html"): then the sections of
 * the entries are kept from one build to the next in the output folder
 * (OUT/.sipdoc-prepared-CACHE-LANG, format/doccache.h), keyed by the
 * digest of everything they show. */
struct prepared *prepared_new(const struct project *, size_t lang,
	    md_render_fn, md_inline_fn, const void *ctx, const char *cache);
/* Writes the cache for the next build through SINK (NULL: none), when
 * this build converted sections it did not have. */
void	 prepared_save(struct prepared *, struct sink *);
void	 prepared_free(struct prepared *);
/* Entry E with its sections converted; prepared_text() only its summary
 * and use sentences, and its class and status sentences. */
const struct pentry *prepared_entry(struct prepared *, size_t e);
const struct pentry *prepared_text(struct prepared *, size_t e);
const struct pnote *prepared_note(struct prepared *, size_t n);
/* The cells of entry E in the tables at a glance (compose/glance.h),
 * converted by the inline renderer (Markdown when there is none). */
char *const *prepared_glance(struct prepared *, size_t e);

/* What of an entry (its sections when SECTIONS, and its summary and use
 * sentences, the part "Summary") or of a note is not shown translated:
 * the one rule for every format's notices. */
struct page_state;
void	 prepared_notice_entry(struct page_state *, const struct pentry *,
	    int sections);
void	 prepared_notice_note(struct page_state *, const struct pnote *);

#endif

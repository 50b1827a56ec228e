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

#include "l10n/catalog.h"
#include "model/model.h"

struct buf;
struct project;

/* Converts the Markdown of one section (a cmark document) into B. */
typedef void (*md_render_fn)(struct buf *b, cmark_node *doc);

struct pentry {
	int		 text_ready;		/* summary and use */
	int		 ready;			/* the sections too */
	char		*sec[SEC__MAX];		/* converted */
	enum unit_state	 sec_state[SEC__MAX];	/* worst of its units */
	const char	*summary, *use;		/* the text shown */
	enum unit_state	 summary_state, use_state;
};

struct pnote {
	int		 ready;
	char		*sec[PSEC__MAX];
	enum unit_state	 sec_state[PSEC__MAX];
};

struct prepared {
	const struct project	*p;
	size_t			 lang;
	md_render_fn		 render;
	struct pentry		*e;	/* [nentries] */
	struct pnote		*n;	/* [npairs] */
};

struct prepared *prepared_new(const struct project *, size_t lang,
	    md_render_fn);
void	 prepared_free(struct prepared *);
/* Entry E with its sections converted; prepared_text() only looks up its
 * summary and use sentences. */
const struct pentry *prepared_entry(struct prepared *, size_t e);
const struct pentry *prepared_text(struct prepared *, size_t e);
const struct pnote *prepared_note(struct prepared *, size_t n);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* internal.h: what the files of the HTML format share.  load() keeps the
 * templates and the assets (struct html_data); begin() makes the state of
 * one language (format/prepared.h with the HTML renderer), in which each
 * entry and curated note is converted to HTML once, when a page first
 * needs it; every page renderer takes a struct hctx and writes its page
 * into a buffer. */
#ifndef SIPDOC_HTML_INTERNAL_H
#define SIPDOC_HTML_INTERNAL_H

#include <stddef.h>

#include "compose/notice.h"
#include "format/prepared.h"
#include "l10n/catalog.h"
#include "model/model.h"
#include "util/digest.h"

struct buf;
struct project;
struct tctx;
struct tpl;

enum tpl_id {
	TPL_PAGE, TPL_INDEX, TPL_CODE, TPL_PAIR, TPL_ROOT, TPL_PICKER,
	TPL_NOTFOUND, TPL_NAMES, TPL__MAX
};

/* Files copied to the site as they are. */
enum asset_id { ASSET_CSS, ASSET_JS, ASSET_ICON, ASSET__MAX };

struct asset {
	const char	*name;		/* "style.css" */
	char		*data;
	size_t		 len;
	struct digest	 digest;
};

struct html_data {
	struct tpl	*tpl[TPL__MAX];
	struct digest	 tdig[TPL__MAX];
	struct asset	 asset[ASSET__MAX];
	struct digest	 stemmers;	/* what the search index uses */
};

struct hctx {
	const struct project	*p;
	const struct html_data	*d;
	struct prepared		*pr;	/* NULL for outputs in no language */
	size_t			 lang;
};

/* Entry E and note N of the context's language as HTML (prepared.h). */
#define html_entry(h, e)	prepared_entry((h)->pr, (e))
#define html_entry_text(h, e)	prepared_text((h)->pr, (e))
#define html_note(h, n)		prepared_note((h)->pr, (n))

/* How much of a page is translated in language L, in percent. */
typedef int (*page_percent_fn)(const struct project *, size_t l,
	    const void *arg);

struct page {
	const char	*file;		/* "486.html" */
	const char	*title;
	const char	*description;
	page_percent_fn	 percent;
	const void	*arg;
	int		 x_default;	/* the root is its x-default */
	struct page_state state;
};

/* Lays CTX's page, rendered with MAIN, out with the layout template into
 * OUT. */
int	 html_page(const struct hctx *, const struct page *, struct tctx *ctx,
	    enum tpl_id main, struct buf *out);

/* Values several pages show (values.c). */
void	 html_code_ref(struct tctx *, const struct entry *);
void	 html_pair_href(struct tctx *, const char *name, int x, int y);
void	 html_unit(struct tctx *, const char *name, const char *text,
	    enum unit_state, size_t lang, const struct project *);
void	 html_entry_values(const struct hctx *, struct tctx *, size_t e,
	    struct page_state *);
int	 html_picker(const struct hctx *, long sel, struct tctx *);
struct glance;
void	 html_glance(struct tctx *, const struct glance *);

/* References, each once per page: SEEN holds those listed so far. */
struct refs_seen {
	const char	**v;
	size_t		  n;
};
void	 html_refs(struct tctx *, char *const *refs, char *const *urls,
	    size_t n, struct refs_seen *);

/* The pages (codepage.c, sheetpage.c, indexpage.c, namespage.c, root.c,
 * sitemap.c,
 * search.h). */
int	 html_code_page(const struct hctx *, size_t e, struct buf *);
int	 html_sheet_page(const struct hctx *, size_t a, size_t b,
	    struct buf *);
int	 html_index_page(const struct hctx *, struct buf *);
int	 html_names_page(const struct hctx *, struct buf *);
int	 html_root_page(const struct hctx *, struct buf *);
int	 html_notfound_page(const struct hctx *, struct buf *);
void	 html_robots(const struct hctx *, struct buf *);
struct sink;
void	 html_sitemap(const struct hctx *, struct sink *);

#endif

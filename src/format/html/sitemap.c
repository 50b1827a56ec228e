/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* sitemap.c: sitemap.xml, listing every page of every language with its
 * date and the same hreflang alternates as its HTML head.  Written into
 * the sink URL by URL, so that a large site's sitemap is not held in
 * memory at once. */
#include "system.h"

#include "build/options.h"
#include "build/project.h"
#include "format/format.h"
#include "format/html/internal.h"
#include "l10n/langs.h"
#include "util/buf.h"
#include "util/escape.h"
#include "util/fmt.h"
#include "util/xalloc.h"

/* One page in every language: FILE in each language folder (NULL: the
 * root page), PCT[l] how much of it is translated in language l; and
 * what every URL starts with, escaped once per sitemap, not per URL. */
struct smpage {
	const char	*file;
	const char	*date;
	int		*pct;
	int		 x_default;	/* the root is its x-default */
	struct buf	 root;		/* the base URL */
	struct buf	*href;		/* [l]: base URL, language, "/" */
	struct buf	*alt;		/* [l]: <xhtml:link ... href=" */
};

static void
sitemap_href(struct buf *b, const struct smpage *pg, size_t l,
    const char *file)
{
	if (file == NULL) {
		buf_put(b, pg->root.s, pg->root.len);
		return;
	}
	buf_put(b, pg->href[l].s, pg->href[l].len);
	esc_html_s(b, file);
}

static void
sitemap_alternates(struct buf *b, const struct project *s,
    const struct smpage *pg)
{
	size_t l;

	for (l = 0; l < s->nlangs; l++) {
		if (!project_alternate(s, pg->pct[l]))
			continue;
		buf_put(b, pg->alt[l].s, pg->alt[l].len);
		esc_html_s(b, pg->file != NULL ? pg->file : "index.html");
		buf_puts(b, "\"/>\n");
	}
	if (pg->x_default) {
		buf_puts(b, "<xhtml:link rel=\"alternate\" "
		    "hreflang=\"x-default\" href=\"");
		sitemap_href(b, pg, 0, NULL);
		buf_puts(b, "\"/>\n");
	}
}

static void
sitemap_url(struct buf *b, const struct project *s, size_t l,
    const struct smpage *pg)
{
	buf_puts(b, "<url>\n<loc>");
	sitemap_href(b, pg, l, pg->file);
	buf_puts(b, "</loc>\n<lastmod>");
	buf_puts(b, pg->date);
	buf_puts(b, "</lastmod>\n");
	sitemap_alternates(b, s, pg);
	buf_puts(b, "</url>\n");
}

static void
sitemap_prefixes(struct smpage *pg, const struct project *s)
{
	size_t l;

	esc_html_s(&pg->root, s->o->base_url);
	pg->href = xcalloc(s->nlangs, sizeof(*pg->href));
	pg->alt = xcalloc(s->nlangs, sizeof(*pg->alt));
	for (l = 0; l < s->nlangs; l++) {
		buf_put(&pg->href[l], pg->root.s, pg->root.len);
		esc_html_s(&pg->href[l], s->langs[l].code);
		buf_putc(&pg->href[l], '/');
		buf_printf(&pg->alt[l], "<xhtml:link rel=\"alternate\" "
		    "hreflang=\"%s\" href=\"", s->langs[l].code);
		buf_put(&pg->alt[l], pg->href[l].s, pg->href[l].len);
	}
}

static void
sitemap_prefixes_free(struct smpage *pg, const struct project *s)
{
	size_t l;

	for (l = 0; l < s->nlangs; l++) {
		buf_free(&pg->href[l]);
		buf_free(&pg->alt[l]);
	}
	free(pg->href);
	free(pg->alt);
	buf_free(&pg->root);
}

/* The page in every language; the root page once. */
static void
sitemap_page(struct sink *out, const struct project *s,
    const struct smpage *pg)
{
	size_t l;

	if (pg->file == NULL) {
		sitemap_url(&out->b, s, 0, pg);
		return;
	}
	for (l = 0; l < s->nlangs; l++)
		sitemap_url(&out->b, s, l, pg);
	sink_spill(out);
}

static void
sitemap_indexes(struct sink *b, const struct project *s, struct smpage *pg)
{
	size_t l;

	for (l = 0; l < s->nlangs; l++)
		pg->pct[l] = project_index_percent(s, l);
	pg->date = s->date;
	pg->x_default = 1;
	pg->file = NULL;
	sitemap_page(b, s, pg);
	pg->file = "index.html";
	sitemap_page(b, s, pg);
	pg->x_default = 0;
	pg->file = "index-of-headers.html";
	sitemap_page(b, s, pg);
}

static void
sitemap_entries(struct sink *b, const struct project *s, struct smpage *pg)
{
	char file[32];
	size_t l, i;

	for (i = 0; i < s->c->nentries; i++) {
		for (l = 0; l < s->nlangs; l++)
			pg->pct[l] = project_entry_percent(s, l, i);
		fmt_snprintf(file, sizeof(file), "%d.html",
		    s->c->entries[i]->code);
		pg->file = file;
		pg->date = s->c->entries[i]->updated;
		sitemap_page(b, s, pg);
	}
}

static void
sitemap_pairs(struct sink *b, const struct project *s, struct smpage *pg)
{
	char file[48];
	size_t l, i, k;

	for (i = 0; i < s->c->nentries; i++)
		for (k = i + 1; k < s->c->nentries; k++) {
			for (l = 0; l < s->nlangs; l++)
				pg->pct[l] = project_pair_percent(s, l, i, k);
			fmt_snprintf(file, sizeof(file), "%d-vs-%d.html",
			    s->c->entries[i]->code, s->c->entries[k]->code);
			pg->file = file;
			pg->date = project_pair_date(s, i, k);
			sitemap_page(b, s, pg);
		}
}

void
html_sitemap(const struct hctx *h, struct sink *out)
{
	const struct project *s = h->p;
	struct smpage pg = {0};

	pg.pct = xcalloc(s->nlangs, sizeof(*pg.pct));
	sitemap_prefixes(&pg, s);
	buf_puts(&out->b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"\n"
	    "        xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
	sitemap_indexes(out, s, &pg);
	sitemap_entries(out, s, &pg);
	sitemap_pairs(out, s, &pg);
	buf_puts(&out->b, "</urlset>\n");
	sitemap_prefixes_free(&pg, s);
	free(pg.pct);
}

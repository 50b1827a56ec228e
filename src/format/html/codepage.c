/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* codepage.c: the page of one code: its entry, the codes it is confused
 * with or related to, the compare picker, every sheet of this code, and
 * the previous and next code. */
#include "system.h"

#include "build/project.h"
#include "compose/glance.h"
#include "format/html/internal.h"
#include "format/html/template.h"
#include "util/xalloc.h"

static int
entry_page_percent(const struct project *p, size_t l, const void *arg)
{
	return project_entry_percent(p, l, *(const size_t *)arg);
}

/* Curated pairs and related codes, each related one with its sheet. */
static void
code_links(const struct content *c, size_t ei, struct tctx *ctx)
{
	const struct entry *e = c->entries[ei];
	size_t i;

	for (i = 0; i < e->npairs; i++) {
		const struct pair *p = e->pairs[i];
		int other = p->code[0] == e->code ? p->code[1] : p->code[0];
		const struct entry *o = content_entry(c, other);
		struct tctx *it;

		if (o == NULL)
			continue;
		it = tctx_add(ctx, "curated");
		tctx_set(ctx, "has_curated", "1");
		html_pair_href(it, "href", p->code[0], p->code[1]);
		html_code_ref(it, o);
	}
	for (i = 0; i < e->nrelated; i++) {
		const struct entry *o = content_entry(c, e->related[i]);
		struct tctx *it;

		if (o == NULL || o == e)
			continue;
		it = tctx_add(ctx, "related");
		tctx_set(ctx, "has_related", "1");
		tctx_setf(it, "href", "%d.html", o->code);
		html_pair_href(it, "pair", e->code, o->code);
		/* TRANSLATORS: a link to the comparison sheet of two codes. */
		tctx_setf(it, "pair_label", _("Compare %1$d with %2$d"),
		    e->code, o->code);
		html_code_ref(it, o);
	}
}

/* Previous and next code, and the sheet with every other code (the
 * picker's plain-link form, for browsers without scripts). */
static void
code_nav(const struct project *p, size_t ei, struct tctx *ctx)
{
	const struct content *c = p->c;
	size_t i;

	if (ei > 0)
		html_code_ref(tctx_add(ctx, "prev"), c->entries[ei - 1]);
	if (ei + 1 < c->nentries)
		html_code_ref(tctx_add(ctx, "next"), c->entries[ei + 1]);
	for (i = 0; i < c->nentries; i++) {
		struct tctx *it;

		if (i == ei)
			continue;
		it = tctx_add(ctx, "others");
		html_pair_href(it, "href", c->entries[ei]->code,
		    c->entries[i]->code);
		html_code_ref(it, c->entries[i]);
		if (project_note(p, ei, i) >= 0)
			tctx_set(it, "is_curated", "1");
	}
}

int
html_code_page(const struct hctx *h, size_t ei, struct buf *out)
{
	const struct entry *e = h->p->c->entries[ei];
	struct tctx *ctx = tctx_new();
	struct refs_seen seen = {0};
	struct page pg = {0};
	struct glance g;
	char *file = xasprintf("%d.html", e->code);
	char *title = xasprintf("SIP %d %s", e->code, e->reason);
	int rc;

	pg.file = file;
	pg.title = title;
	pg.description = html_entry(h, ei)->summary_plain;
	pg.percent = entry_page_percent;
	pg.arg = &ei;
	html_entry_values(h, ctx, ei, &pg.state);
	glance_entry_col(&g, e, prepared_glance(h->pr, ei));
	html_glance(ctx, &g);
	html_refs(ctx, e->refs, e->ref_urls, e->nrefs, &seen);
	free(seen.v);
	code_links(h->p->c, ei, ctx);
	code_nav(h->p, ei, ctx);
	rc = html_picker(h, (long)ei, ctx);
	if (rc == 0)
		rc = html_page(h, &pg, ctx, TPL_CODE, out);
	tctx_free(ctx);
	free(file);
	free(title);
	return rc;
}

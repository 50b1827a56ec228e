/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* namespage.c: a language's index of header fields, methods and option
 * tags (LANG/index-of-headers.html): for each name of
 * content/sip-names.tsv that an entry names, the codes that name it, as
 * the handbook's index has them. */
#include "system.h"

#include <strings.h>

#include "build/project.h"
#include "format/html/internal.h"
#include "format/html/template.h"
#include "model/names.h"
#include "util/xalloc.h"

/* The page shows UI strings and names only: it is translated whole. */
static int
names_page_percent(const struct project *p, size_t l, const void *arg)
{
	(void)p;
	(void)l;
	(void)arg;
	return 100;
}

static int
names_cmp(const void *a, const void *b)
{
	const struct sip_name *const *x = a, *const *y = b;
	int d = strcasecmp((*x)->name, (*y)->name);

	return d != 0 ? d : strcmp((*x)->name, (*y)->name);
}

/* The names of KIND that some entry names, sorted, into the list "names"
 * of KCTX. */
static void
names_kind(const struct content *c, int kind, struct tctx *kctx)
{
	const struct sip_name **v = xcalloc(c->nnames + 1, sizeof(*v));
	size_t i, k, n = 0;

	for (i = 0; i < c->nnames; i++)
		if ((int)c->names[i].kind == kind && c->names[i].nentries > 0)
			v[n++] = &c->names[i];
	qsort(v, n, sizeof(*v), names_cmp);
	for (i = 0; i < n; i++) {
		struct tctx *it = tctx_add(kctx, "names");

		tctx_set(it, "name", v[i]->name);
		tctx_set(it, "reference", v[i]->reference);
		for (k = 0; k < v[i]->nentries; k++)
			html_code_ref(tctx_add(it, "codes"),
			    c->entries[v[i]->entries[k]]);
	}
	free(v);
}

int
html_names_page(const struct hctx *h, struct buf *out)
{
	static const char *const ids[NK__MAX] = {
		"headers", "methods", "option-tags"
	};
	struct tctx *ctx = tctx_new();
	struct page pg = {0};
	int kind, rc;

	pg.file = "index-of-headers.html";
	pg.title = _("Index of header fields, methods and option tags");
	pg.description = _("Which SIP response codes name each header "
	    "field, method and option tag, such as Retry-After, INVITE or "
	    "100rel.");
	pg.percent = names_page_percent;
	for (kind = 0; kind < NK__MAX; kind++) {
		struct tctx *k = tctx_add(ctx, "kinds");

		tctx_set(k, "id", ids[kind]);
		tctx_set(k, "label", name_kind_label((enum name_kind)kind));
		names_kind(h->p->c, kind, k);
	}
	rc = html_page(h, &pg, ctx, TPL_NAMES, out);
	tctx_free(ctx);
	return rc;
}

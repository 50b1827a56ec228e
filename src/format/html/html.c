/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* html.c: the static site as a format: the templates and assets it loads,
 * the outputs it plans in each language (an index, a page per code, a
 * comparison sheet per pair, the search index) and outside the languages
 * (the root page, 404, sitemap, robots.txt, the assets), and the digest of
 * what each of them shows. */
#include "system.h"

#include "build/options.h"
#include "build/project.h"
#include "format/html/html.h"
#include "format/html/internal.h"
#include "model/names.h"
#include "format/html/mdhtml.h"
#include "format/html/search.h"
#include "format/html/stem.h"
#include "format/html/template.h"
#include "l10n/langs.h"
#include "util/buf.h"
#include "util/fmt.h"
#include "util/textio.h"
#include "util/xalloc.h"

enum html_kind {
	HK_ASSET, HK_ROOT, HK_NOTFOUND, HK_SITEMAP, HK_ROBOTS,
	HK_INDEX, HK_CODE, HK_SHEET, HK_SEARCH, HK_NAMES
};

static const char *const tpl_files[TPL__MAX] = {
	[TPL_PAGE] = "page.html",
	[TPL_INDEX] = "index.html",
	[TPL_CODE] = "code.html",
	[TPL_PAIR] = "pair.html",
	[TPL_ROOT] = "root.html",
	[TPL_PICKER] = "picker.html",
	[TPL_NOTFOUND] = "404.html",
	[TPL_NAMES] = "names.html",
};

static const char *const asset_files[ASSET__MAX] = {
	[ASSET_CSS] = "style.css",
	[ASSET_JS] = "site.js",
	[ASSET_ICON] = "icon.svg",
};

static void
html_unload(void *data)
{
	struct html_data *d = data;
	int i;

	if (d == NULL)
		return;
	for (i = 0; i < TPL__MAX; i++)
		tpl_free(d->tpl[i]);
	for (i = 0; i < ASSET__MAX; i++)
		free(d->asset[i].data);
	free(d);
}

static int
html_load(struct project *p, void **data)
{
	struct html_data *d = xcalloc(1, sizeof(*d));
	struct textfile tf;
	int i, rc = 0;

	*data = d;
	for (i = 0; i < TPL__MAX; i++) {
		char *path = xasprintf("%s/%s", p->o->templates, tpl_files[i]);

		d->tpl[i] = file_inside(path, p->o->templates) != 0 ? NULL :
		    template_load(path);
		if (d->tpl[i] == NULL)
			rc = -1;
		else
			d->tdig[i] = tpl_digest(d->tpl[i]);
		free(path);
	}
	for (i = 0; i < ASSET__MAX; i++) {
		char *path = xasprintf("%s/%s", p->o->templates,
		    asset_files[i]);

		d->asset[i].name = asset_files[i];
		if (file_inside(path, p->o->templates) != 0 ||
		    textfile_read(&tf, path) != 0)
			rc = -1;
		else {
			d->asset[i].data = xmalloc(tf.size + 1);
			memcpy(d->asset[i].data, tf.data, tf.size + 1);
			d->asset[i].len = tf.size;
			d->asset[i].digest = digest_of(tf.data, tf.size);
			textfile_free(&tf);
		}
		free(path);
	}
	d->stemmers = stem_digest();
	return rc;
}

/* The start of every output's digest: its kind and what every page of
 * the site shows. */
static void
dg_start(struct hasher *h, const struct project *p, int kind)
{
	hasher_init(h);
	hasher_str(h, "html");
	hasher_int(h, kind);
	hasher_digest(h, &p->in.global);
}

static void
dg_templates(struct hasher *h, const struct html_data *d, enum tpl_id a,
    enum tpl_id b)
{
	hasher_digest(h, &d->tdig[TPL_PAGE]);
	hasher_digest(h, &d->tdig[a]);
	hasher_digest(h, &d->tdig[b]);
}

/* What the index of header fields shows beyond the registry and the UI:
 * which entries name each name (not their text: an edit that names the
 * same ones leaves the page as it is). */
static void
dg_names(struct hasher *h, const struct project *p)
{
	size_t i, k;

	for (i = 0; i < p->c->nnames; i++) {
		hasher_int(h, (long long)p->c->names[i].nentries);
		for (k = 0; k < p->c->names[i].nentries; k++)
			hasher_int(h, p->c->entries[
			    p->c->names[i].entries[k]]->code);
	}
}

/* Adds OUT, its digest finished from H. */
static void
html_add(struct planner *pl, struct output *out, struct hasher *h)
{
	out->in = hasher_end(h);
	planner_add(pl, out);
}

static void
plan_neutral(const struct project *p, const struct html_data *d,
    struct planner *pl)
{
	struct output out = { .lang = LANG_NONE };
	struct hasher h;
	size_t i, l;

	for (i = 0; i < ASSET__MAX; i++) {
		dg_start(&h, p, HK_ASSET);
		hasher_digest(&h, &d->asset[i].digest);
		fmt_snprintf(out.path, sizeof(out.path), "html/%s",
		    d->asset[i].name);
		out.kind = HK_ASSET;
		out.a = i;
		html_add(pl, &out, &h);
	}
	dg_start(&h, p, HK_ROOT);
	hasher_digest(&h, &d->tdig[TPL_ROOT]);
	for (l = 0; l < p->nlangs; l++)
		hasher_digest(&h, &p->in.ui[l]);
	for (i = 0; i < p->c->nentries; i++)
		inputs_estates(&h, p, i);
	fmt_snprintf(out.path, sizeof(out.path), "html/index.html");
	out.kind = HK_ROOT;
	html_add(pl, &out, &h);
	dg_start(&h, p, HK_NOTFOUND);
	hasher_digest(&h, &d->tdig[TPL_NOTFOUND]);
	for (l = 0; l < p->nlangs; l++)
		hasher_digest(&h, &p->in.ui[l]);
	fmt_snprintf(out.path, sizeof(out.path), "html/404.html");
	out.kind = HK_NOTFOUND;
	html_add(pl, &out, &h);
	dg_start(&h, p, HK_SITEMAP);
	hasher_digest(&h, &p->in.date);
	inputs_all(&h, p, 0);
	fmt_snprintf(out.path, sizeof(out.path), "html/sitemap.xml");
	out.kind = HK_SITEMAP;
	html_add(pl, &out, &h);
	dg_start(&h, p, HK_ROBOTS);
	fmt_snprintf(out.path, sizeof(out.path), "html/robots.txt");
	out.kind = HK_ROBOTS;
	html_add(pl, &out, &h);
}

/* What every page of KIND in language L shows besides its entries: the
 * start of each one's digest, hashed once per language (a language has
 * thousands of sheets). */
static void
dg_page(struct hasher *h, const struct project *p, const struct html_data *d,
    size_t l, int kind, enum tpl_id a, enum tpl_id b)
{
	dg_start(h, p, kind);
	hasher_digest(h, &p->in.ui[l]);
	dg_templates(h, d, a, b);
}

static void
plan_sheet(const struct project *p, const struct hasher *start, size_t l,
    size_t a, size_t b, struct planner *pl)
{
	struct output out = { .lang = l, .kind = HK_SHEET, .a = a, .b = b };
	long note = project_note(p, a, b);
	struct hasher h = *start;

	inputs_entry(&h, p, l, a);
	inputs_entry(&h, p, l, b);
	inputs_estates(&h, p, a);
	inputs_estates(&h, p, b);
	if (note >= 0) {
		inputs_pair(&h, p, l, (size_t)note);
		inputs_pstates(&h, p, (size_t)note);
	}
	fmt_snprintf(out.path, sizeof(out.path), "html/%s/%d-vs-%d.html",
	    p->langs[l].code, p->c->entries[a]->code, p->c->entries[b]->code);
	html_add(pl, &out, &h);
}

static void
plan_language(const struct project *p, const struct html_data *d, size_t l,
    struct planner *pl)
{
	struct output out = { .lang = l };
	const char *lc = p->langs[l].code;
	struct hasher h, start;
	size_t a, b;

	dg_page(&h, p, d, l, HK_INDEX, TPL_INDEX, TPL_PICKER);
	inputs_all(&h, p, l);
	fmt_snprintf(out.path, sizeof(out.path), "html/%s/index.html", lc);
	out.kind = HK_INDEX;
	html_add(pl, &out, &h);
	dg_page(&h, p, d, l, HK_NAMES, TPL_NAMES, TPL_NAMES);
	dg_names(&h, p);
	fmt_snprintf(out.path, sizeof(out.path), "html/%s/index-of-headers.html",
	    lc);
	out.kind = HK_NAMES;
	html_add(pl, &out, &h);
	dg_page(&start, p, d, l, HK_CODE, TPL_CODE, TPL_PICKER);
	for (a = 0; a < p->c->nentries; a++) {
		h = start;
		inputs_entry(&h, p, l, a);
		inputs_estates(&h, p, a);
		fmt_snprintf(out.path, sizeof(out.path), "html/%s/%d.html", lc,
		    p->c->entries[a]->code);
		out.kind = HK_CODE;
		out.a = a;
		html_add(pl, &out, &h);
	}
	dg_page(&start, p, d, l, HK_SHEET, TPL_PAIR, TPL_PAIR);
	for (a = 0; a < p->c->nentries; a++)
		for (b = a + 1; b < p->c->nentries; b++)
			plan_sheet(p, &start, l, a, b, pl);
	dg_start(&h, p, HK_SEARCH);
	hasher_digest(&h, &d->stemmers);
	inputs_all(&h, p, l);
	fmt_snprintf(out.path, sizeof(out.path), "html/%s/search-index.js", lc);
	out.kind = HK_SEARCH;
	html_add(pl, &out, &h);
}

static void
html_plan(const struct project *p, void *data, size_t l, struct planner *pl)
{
	if (l == LANG_NONE)
		plan_neutral(p, data, pl);
	else
		plan_language(p, data, l, pl);
}

static void *
html_begin(const struct project *p, void *data, size_t l)
{
	(void)data;
	return l == LANG_NONE ? NULL : prepared_new(p, l, mdhtml_render,
	    mdhtml_inline_md, NULL, "html");
}

static void
html_end(void *state, struct sink *sink)
{
	if (state != NULL)
		prepared_save(state, sink);
	prepared_free(state);
}

static int
html_render(const struct project *p, void *data, void *state,
    const struct output *out, struct sink *sink)
{
	struct hctx h = { p, data, state, out->lang };
	const struct html_data *d = data;
	struct buf *b = &sink->b;

	switch (out->kind) {
	case HK_ASSET:
		buf_put(b, d->asset[out->a].data, d->asset[out->a].len);
		return 0;
	case HK_ROOT:
		return html_root_page(&h, b);
	case HK_NOTFOUND:
		return html_notfound_page(&h, b);
	case HK_SITEMAP:
		html_sitemap(&h, sink);
		return 0;
	case HK_ROBOTS:
		html_robots(&h, b);
		return 0;
	case HK_INDEX:
		return html_index_page(&h, b);
	case HK_NAMES:
		return html_names_page(&h, b);
	case HK_CODE:
		return html_code_page(&h, out->a, b);
	case HK_SHEET:
		return html_sheet_page(&h, out->a, out->b, b);
	case HK_SEARCH:
		html_search_index(&h, sink);
		return 0;
	}
	return -1;
}

/* One output of each kind that a template lays out, rendered into
 * nothing: a template naming a value that is not there fails here, at
 * load, rather than in build.  The search index and the sitemap use no
 * template and cannot fail, so they are left out (the index alone would
 * cost check half its time). */
static int
html_check(const struct project *p, void *data, size_t l)
{
	struct output out = { .lang = l };
	struct sink sink = { {0}, NULL, NULL, NULL, NULL };
	void *state = html_begin(p, data, l);
	static const int neutral[] = { HK_ROOT, HK_NOTFOUND };
	static const int kinds[] = { HK_INDEX, HK_CODE, HK_SHEET, HK_NAMES };
	size_t i, n = l == LANG_NONE ? ARRAY_LEN(neutral) : ARRAY_LEN(kinds);
	int rc = 0;

	for (i = 0; i < n && p->c->nentries > 1; i++) {
		out.kind = l == LANG_NONE ? neutral[i] : kinds[i];
		out.a = 0;
		out.b = 1;
		if (out.kind == HK_SHEET && p->c->npairs > 0 &&
		    p->c->pairs[0]->entry[1] != NULL) {
			out.a = p->c->pairs[0]->entry[0]->index;
			out.b = p->c->pairs[0]->entry[1]->index;
		}
		sink.b.len = 0;
		if (html_render(p, data, state, &out, &sink) != 0)
			rc = -1;
	}
	buf_free(&sink.b);
	html_end(state, NULL);
	return rc;
}

const struct format format_html = {
	"html", html_load, html_unload, html_plan, html_begin, html_render,
	html_end, html_check,
};

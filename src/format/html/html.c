/* html.c: the static site: per language an index, a page per code, a
 * comparison sheet per pair of codes and the search index, from the
 * templates; then the pages outside the languages and the sitemap. */
#include "system.h"

#include "model/body.h"
#include "util/buf.h"
#include "util/escape.h"
#include "format/html/htmlpage.h"
#include "l10n/i18n.h"
#include "build/outset.h"
#include "format/html/search.h"
#include "compose/sheet.h"
#include "build/site.h"
#include "format/html/sitemap.h"
#include "format/html/template.h"
#include "util/xalloc.h"

static const char *const sec_vars[SEC__MAX] = { "description", "when", "fix" };
static const char *const psec_vars[PSEC__MAX] = { "why", "apart" };

/* The references of a page, each once: SEEN holds those listed so far. */
struct refs_seen {
	const char	**v;
	size_t		  n;
};

/* Whether REF was seen before; it is seen from now on. */
static int
refs_seen_add(struct refs_seen *seen, const char *ref)
{
	size_t k;

	for (k = 0; k < seen->n; k++)
		if (strcmp(seen->v[k], ref) == 0)
			return 1;
	seen->v = xreallocarray(seen->v, seen->n + 1, sizeof(char *));
	seen->v[seen->n++] = ref;
	return 0;
}

static void
html_refs(struct tctx *ctx, char *const *refs, size_t n,
    struct refs_seen *seen)
{
	size_t i;

	for (i = 0; i < n; i++) {
		char *url;
		struct tctx *it;

		if (refs_seen_add(seen, refs[i]))
			continue;
		url = rfc_url(refs[i]);
		it = tctx_add(ctx, "refs");
		tctx_set(it, "text", refs[i]);
		tctx_set(it, "url", url != NULL ? url : "");
		free(url);
	}
}

/* The sheet of codes X and Y, lower code first. */
static void
html_pair_href(struct tctx *ctx, const char *name, int x, int y)
{
	tctx_setf(ctx, name, "%d-vs-%d.html", x < y ? x : y, x < y ? y : x);
}

/* A link to another code: its number, reason phrase and class. */
static void
html_code_ref(struct tctx *it, const struct entry *o)
{
	tctx_setf(it, "code", "%d", o->code);
	tctx_set(it, "reason", o->reason);
	tctx_setf(it, "class", "c%d", code_class(o->code));
}

/* A one-sentence unit NAME: its text, NAME_en when it is shown in English,
 * and NAME_class when it is not a current translation. */
static void
html_unit(struct tctx *ctx, const char *name, const char *text,
    enum unit_state st, const struct lang *l)
{
	char key[32];

	tctx_set(ctx, name, text);
	snprintf(key, sizeof(key), "%s_en", name);
	if (unit_english(st, l))
		tctx_set(ctx, key, "1");
	snprintf(key, sizeof(key), "%s_class", name);
	if (st == US_MISSING)
		tctx_set(ctx, key, "untranslated");
	else if (st == US_FUZZY)
		tctx_set(ctx, key, "outdated");
}

/* The values of one entry, in CTX (a page or a list item). */
static void
html_entry_values(struct tctx *ctx, const struct prep_entry *pe,
    const struct lang *l, struct page_state *ps)
{
	const struct entry *e = pe->e;
	char *t;
	size_t i;

	html_code_ref(ctx, e);
	tctx_set(ctx, "class_label", class_label(e->code));
	t = sheet_class_sentence(e->reg);
	tctx_set(ctx, "class_sentence", t);
	free(t);
	t = sheet_status_sentence(e);
	if (t != NULL)
		tctx_set(ctx, "deprecated", t);
	free(t);
	for (i = 0; i < e->nold_phrases; i++) {
		tctx_set(tctx_add(ctx, "old"), "phrase", e->old_phrases[i]);
		tctx_set(ctx, "has_old", "1");
	}
	html_unit(ctx, "summary", pe->summary, pe->summary_state, l);
	html_unit(ctx, "use", pe->use, pe->use_state, l);
	for (i = 0; i < SEC__MAX; i++) {
		tctx_set(ctx, sec_vars[i], pe->sec[i].html);
		page_state_add(ps, _(entry_section_keys[i]), pe->sec[i].state);
	}
	page_state_add(ps, _("Summary"), pe->summary_state);
	page_state_add(ps, _("Summary"), pe->use_state);
}

/* The compare picker: two lists of every code, A preselected when it is
 * a code page's own code (SEL, or -1 on the index). */
static int
html_picker(const struct site *s, long sel, struct tctx *ctx)
{
	const struct content *c = s->c;
	struct tctx *pk = tctx_new();
	struct buf b = {0};
	size_t i;
	int rc;

	for (i = 0; i < c->nentries; i++) {
		struct tctx *it = tctx_add(pk, "options");

		html_code_ref(it, c->entries[i]);
		if ((long)i == sel)
			tctx_set(it, "selected", "1");
	}
	rc = tpl_render(s->tpl[TPL_PICKER], pk, &b);
	if (rc == 0)
		tctx_set(ctx, "picker", buf_str(&b));
	buf_free(&b);
	tctx_free(pk);
	return rc;
}

static int
entry_page_percent(const struct site *s, size_t l, const void *arg)
{
	return site_entry_percent(s, l, *(const size_t *)arg);
}

/* Curated pairs and related codes, each related one with its sheet. */
static void
html_code_links(const struct site *s, size_t ei, struct tctx *ctx)
{
	const struct entry *e = s->c->entries[ei];
	size_t i;

	for (i = 0; i < e->npairs; i++) {
		const struct pair *p = e->pairs[i];
		int other = p->code[0] == e->code ? p->code[1] : p->code[0];
		const struct entry *o = content_entry(s->c, other);
		struct tctx *it;

		if (o == NULL)
			continue;
		it = tctx_add(ctx, "curated");
		tctx_set(ctx, "has_curated", "1");
		html_pair_href(it, "href", p->code[0], p->code[1]);
		html_code_ref(it, o);
	}
	for (i = 0; i < e->nrelated; i++) {
		const struct entry *o = content_entry(s->c, e->related[i]);
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
html_code_nav(const struct site *s, size_t ei, struct tctx *ctx)
{
	const struct content *c = s->c;
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
		if (site_pair_note(s, ei, i) >= 0)
			tctx_set(it, "is_curated", "1");
	}
}

static int
html_code_page(const struct site *s, size_t li, size_t ei)
{
	const struct prep_entry *pe = &s->pe[li][ei];
	struct tctx *ctx = tctx_new();
	struct refs_seen seen = {0};
	struct page p = {0};
	char *file = xasprintf("%d.html", pe->e->code);
	char *title = xasprintf("SIP %d %s", pe->e->code, pe->e->reason);
	int rc;

	p.lang = li;
	p.file = file;
	p.title = title;
	p.description = pe->summary;
	p.percent = entry_page_percent;
	p.arg = &ei;
	html_entry_values(ctx, pe, &s->langs[li], &p.state);
	html_refs(ctx, pe->e->refs, pe->e->nrefs, &seen);
	free(seen.v);
	html_code_links(s, ei, ctx);
	html_code_nav(s, ei, ctx);
	rc = html_picker(s, (long)ei, ctx);
	if (rc == 0)
		rc = htmlpage_emit(s, &p, ctx, s->tpl[TPL_CODE]);
	tctx_free(ctx);
	free(file);
	free(title);
	return rc;
}

struct pair_arg {
	size_t	a, b;
};

static int
pair_page_percent(const struct site *s, size_t l, const void *arg)
{
	const struct pair_arg *pa = arg;

	return site_pair_percent(s, l, pa->a, pa->b);
}

static void
html_pair_values(const struct site *s, size_t li, const struct pair_arg *pa,
    const struct sheet *sh, struct tctx *ctx, struct page_state *ps)
{
	long note = site_pair_note(s, pa->a, pa->b);
	const struct entry *ea = s->pe[li][pa->a].e, *eb = s->pe[li][pa->b].e;
	struct refs_seen seen = {0};
	size_t i;

	html_entry_values(tctx_add(ctx, "codes"), &s->pe[li][pa->a],
	    &s->langs[li], ps);
	html_entry_values(tctx_add(ctx, "codes"), &s->pe[li][pa->b],
	    &s->langs[li], ps);
	tctx_set(ctx, "title", sh->title);
	for (i = 0; i < sh->ndiffs; i++)
		tctx_set(tctx_add(ctx, "diffs"), "text", sh->diffs[i]);
	if (note >= 0) {
		const struct prep_pair *pp = &s->pp[li][note];

		tctx_set(ctx, "curated", "1");
		for (i = 0; i < PSEC__MAX; i++) {
			tctx_set(ctx, psec_vars[i], pp->sec[i].html);
			page_state_add(ps, _(pair_section_keys[i]),
			    pp->sec[i].state);
		}
		html_refs(ctx, pp->p->refs, pp->p->nrefs, &seen);
	}
	html_refs(ctx, ea->refs, ea->nrefs, &seen);
	html_refs(ctx, eb->refs, eb->nrefs, &seen);
	free(seen.v);
	tctx_setf(ctx, "crumb", "%d ↔ %d", ea->code, eb->code);
}

static int
html_pair_page(const struct site *s, size_t li, size_t a, size_t b)
{
	struct pair_arg pa = { a, b };
	struct tctx *ctx = tctx_new();
	struct page p = {0};
	struct sheet sh;
	char *file, *desc;
	int rc;

	sheet_make(&sh, s->pe[li][a].e, s->pe[li][b].e);
	file = xasprintf("%d-vs-%d.html", s->pe[li][a].e->code,
	    s->pe[li][b].e->code);
	/* TRANSLATORS: the description of a comparison sheet for search
	   engines; %1$s is its title. */
	desc = xasprintf(_("%1$s: what each response means, when you see "
	    "it, how to fix it and how to tell them apart."), sh.title);
	p.lang = li;
	p.file = file;
	p.title = sh.title;
	p.description = desc;
	p.percent = pair_page_percent;
	p.arg = &pa;
	tctx_set(ctx, "file", file);
	html_pair_values(s, li, &pa, &sh, ctx, &p.state);
	rc = htmlpage_emit(s, &p, ctx, s->tpl[TPL_PAIR]);
	tctx_free(ctx);
	sheet_free(&sh);
	free(file);
	free(desc);
	return rc;
}

static int
index_page_percent(const struct site *s, size_t l, const void *arg)
{
	(void)arg;
	return site_index_percent(s, l);
}

/* Every code by class, with its summary. */
static void
html_index_classes(const struct site *s, size_t li, struct tctx *ctx,
    struct page_state *ps)
{
	struct tctx *cls = NULL;
	int last = 0;
	size_t i;

	for (i = 0; i < s->c->nentries; i++) {
		const struct prep_entry *pe = &s->pe[li][i];
		struct tctx *it;

		if (code_class(pe->e->code) != last) {
			last = code_class(pe->e->code);
			cls = tctx_add(ctx, "classes");
			tctx_set(cls, "label", class_label(pe->e->code));
			tctx_setf(cls, "class", "c%d", last);
		}
		it = tctx_add(cls, "entries");
		html_code_ref(it, pe->e);
		if (pe->e->deprecated)
			tctx_set(it, "is_deprecated", "1");
		html_unit(it, "summary", pe->summary, pe->summary_state,
		    &s->langs[li]);
		page_state_add(ps, _("Summary"), pe->summary_state);
	}
}

static void
html_index_values(const struct site *s, size_t li, struct tctx *ctx,
    struct page_state *ps)
{
	size_t i;

	html_index_classes(s, li, ctx, ps);
	for (i = 0; i < s->c->npairs; i++) {
		const struct pair *p = s->c->pairs[i];
		struct tctx *it;

		if (p->entry[0] == NULL || p->entry[1] == NULL)
			continue;
		it = tctx_add(ctx, "curated");
		html_pair_href(it, "href", p->code[0], p->code[1]);
		tctx_setf(it, "a", "%d", p->code[0]);
		tctx_setf(it, "b", "%d", p->code[1]);
		tctx_set(it, "reason_a", p->entry[0]->reason);
		tctx_set(it, "reason_b", p->entry[1]->reason);
	}
	/* TRANSLATORS: the number of codes this site describes. */
	tctx_setf(ctx, "count", i18n_plural("This reference describes %lu "
	    "registered SIP response code.", "This reference describes %lu "
	    "registered SIP response codes.", s->c->nentries),
	    (unsigned long)s->c->nentries);
}

static int
html_index_page(const struct site *s, size_t li)
{
	struct tctx *ctx = tctx_new();
	struct page p = {0};
	int rc;

	p.lang = li;
	p.file = "index.html";
	p.title = _("SIP response codes");
	p.description = _("Every registered SIP response code: what it "
	    "means, when you see it and how to fix it, with comparison "
	    "sheets for every pair.");
	p.percent = index_page_percent;
	p.x_default = 1;
	html_index_values(s, li, ctx, &p.state);
	rc = html_picker(s, -1, ctx);
	if (rc == 0)
		rc = htmlpage_emit(s, &p, ctx, s->tpl[TPL_INDEX]);
	tctx_free(ctx);
	return rc;
}

static void
html_search(const struct site *s, size_t li)
{
	struct buf b = {0};
	char *rel = xasprintf("html/%s/search-index.js", s->langs[li].code);

	search_index(s, li, &b);
	outset_add(s->out, rel, &b);
	free(rel);
}

static int
html_language(const struct site *s, size_t li)
{
	size_t a, b;

	i18n_use(s->langs[li].code);
	if (html_index_page(s, li) != 0)
		return -1;
	for (a = 0; a < s->c->nentries; a++)
		if (html_code_page(s, li, a) != 0)
			return -1;
	for (a = 0; a < s->c->nentries; a++)
		for (b = a + 1; b < s->c->nentries; b++)
			if (html_pair_page(s, li, a, b) != 0)
				return -1;
	html_search(s, li);
	return 0;
}

int
html_render(const struct site *s)
{
	size_t li;
	int rc = html_assets(s);

	if (rc == 0)
		rc = html_root(s);
	if (rc == 0)
		rc = html_notfound(s);
	for (li = 0; li < s->nlangs && rc == 0; li++)
		rc = html_language(s, li);
	if (rc == 0)
		sitemap_render(s);
	i18n_restore();
	return rc;
}

/* html.c: the static site: per language an index, a page per code and a
 * comparison sheet per pair of codes, from the templates. */
#include "system.h"

#include "body.h"
#include "buf.h"
#include "escape.h"
#include "htmlpage.h"
#include "i18n.h"
#include "outset.h"
#include "sheet.h"
#include "site.h"
#include "template.h"
#include "textio.h"
#include "xalloc.h"

static const char *const sec_vars[SEC__MAX] = { "description", "when", "fix" };
static const char *const psec_vars[PSEC__MAX] = { "why", "apart" };

static void
html_refs(struct tctx *ctx, char *const *refs, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		char *url = rfc_url(refs[i]);
		struct tctx *it = tctx_add(ctx, "refs");

		tctx_set(it, "text", refs[i]);
		tctx_set(it, "url", url != NULL ? url : "");
		free(url);
	}
}

/* The values of one entry, in CTX (a page or a list item). */
static void
html_entry_values(struct tctx *ctx, const struct prep_entry *pe,
    const struct lang *l, struct page_state *ps)
{
	const struct entry *e = pe->e;
	char *t;
	int i;

	tctx_setf(ctx, "code", "%d", e->code);
	tctx_set(ctx, "reason", e->reason);
	tctx_setf(ctx, "class", "c%d", code_class(e->code));
	tctx_set(ctx, "class_label", class_label(e->code));
	t = sheet_class_sentence(e->reg);
	tctx_set(ctx, "class_sentence", t);
	free(t);
	t = sheet_status_sentence(e);
	if (t != NULL)
		tctx_set(ctx, "deprecated", t);
	free(t);
	tctx_set(ctx, "summary", pe->summary);
	if (unit_english(pe->summary_state, l))
		tctx_set(ctx, "summary_en", "1");
	tctx_set(ctx, "use", pe->use);
	if (unit_english(pe->use_state, l))
		tctx_set(ctx, "use_en", "1");
	for (i = 0; i < SEC__MAX; i++) {
		tctx_set(ctx, sec_vars[i], pe->sec[i].html);
		page_state_add(ps, _(entry_section_keys[i]), pe->sec[i].state);
	}
	page_state_add(ps, _("Summary"), pe->summary_state);
	page_state_add(ps, _("Summary"), pe->use_state);
}

static int
entry_page_percent(const struct site *s, size_t l, const void *arg)
{
	return site_entry_percent(s, l, *(const size_t *)arg);
}

static void
html_code_links(const struct site *s, size_t li, size_t ei, struct tctx *ctx)
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
		tctx_setf(it, "href", "%d-vs-%d.html", p->code[0], p->code[1]);
		tctx_setf(it, "code", "%d", other);
		tctx_set(it, "reason", o->reason);
	}
	for (i = 0; i < e->nrelated; i++) {
		const struct entry *o = content_entry(s->c, e->related[i]);
		struct tctx *it;

		if (o == NULL)
			continue;
		it = tctx_add(ctx, "related");
		tctx_set(ctx, "has_related", "1");
		tctx_setf(it, "href", "%d.html", o->code);
		tctx_setf(it, "code", "%d", o->code);
		tctx_set(it, "reason", o->reason);
	}
	(void)li;
}

static int
html_code_page(const struct site *s, size_t li, size_t ei)
{
	const struct prep_entry *pe = &s->pe[li][ei];
	struct tctx *ctx = tctx_new();
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
	html_refs(ctx, pe->e->refs, pe->e->nrefs);
	html_code_links(s, li, ei, ctx);
	rc = htmlpage_emit(s, &p, ctx, TPL_CODE);
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
    struct tctx *ctx, struct page_state *ps)
{
	long note = site_pair_note(s, pa->a, pa->b);
	struct sheet sh;
	size_t i;

	html_entry_values(tctx_add(ctx, "codes"), &s->pe[li][pa->a],
	    &s->langs[li], ps);
	html_entry_values(tctx_add(ctx, "codes"), &s->pe[li][pa->b],
	    &s->langs[li], ps);
	sheet_make(&sh, s->pe[li][pa->a].e, s->pe[li][pa->b].e);
	tctx_set(ctx, "title", sh.title);
	for (i = 0; i < sh.ndiffs; i++)
		tctx_set(tctx_add(ctx, "diffs"), "text", sh.diffs[i]);
	sheet_free(&sh);
	if (note >= 0) {
		const struct prep_pair *pp = &s->pp[li][note];

		tctx_set(ctx, "curated", "1");
		for (i = 0; i < PSEC__MAX; i++) {
			tctx_set(ctx, psec_vars[i], pp->sec[i].html);
			page_state_add(ps, _(pair_section_keys[i]),
			    pp->sec[i].state);
		}
		html_refs(ctx, pp->p->refs, pp->p->nrefs);
	}
	html_refs(ctx, s->pe[li][pa->a].e->refs, s->pe[li][pa->a].e->nrefs);
	html_refs(ctx, s->pe[li][pa->b].e->refs, s->pe[li][pa->b].e->nrefs);
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
	html_pair_values(s, li, &pa, ctx, &p.state);
	rc = htmlpage_emit(s, &p, ctx, TPL_PAIR);
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

static void
html_index_values(const struct site *s, size_t li, struct tctx *ctx,
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
		tctx_setf(it, "code", "%d", pe->e->code);
		tctx_set(it, "reason", pe->e->reason);
		tctx_set(it, "summary", pe->summary);
		if (unit_english(pe->summary_state, &s->langs[li]))
			tctx_set(it, "summary_en", "1");
		page_state_add(ps, _("Summary"), pe->summary_state);
	}
	for (i = 0; i < s->c->npairs; i++) {
		const struct pair *p = s->c->pairs[i];
		struct tctx *it;

		if (p->entry[0] == NULL || p->entry[1] == NULL)
			continue;
		it = tctx_add(ctx, "curated");
		tctx_setf(it, "href", "%d-vs-%d.html", p->code[0], p->code[1]);
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
	html_index_values(s, li, ctx, &p.state);
	rc = htmlpage_emit(s, &p, ctx, TPL_INDEX);
	tctx_free(ctx);
	return rc;
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
	return 0;
}

/* OUT/html/index.html: every language, each in itself. */
static int
html_root(const struct site *s)
{
	struct tctx *ctx = tctx_new();
	struct buf b = {0};
	size_t li;
	int rc;

	for (li = 0; li < s->nlangs; li++) {
		struct tctx *it = tctx_add(ctx, "languages");

		i18n_use(s->langs[li].code);
		tctx_set(it, "code", s->langs[li].code);
		tctx_set(it, "name", s->langs[li].name);
		tctx_set(it, "title", _("SIP response codes"));
		tctx_setf(it, "href", "%s%s/index.html", s->base_url,
		    s->langs[li].code);
		if (li == 0)
			tctx_set(it, "first", "1");
	}
	tctx_set(ctx, "lang", s->langs[0].code);
	tctx_setf(ctx, "default", "%s", s->base_url);
	rc = tpl_render(s->tpl[TPL_ROOT], ctx, &b);
	if (rc == 0)
		outset_add(s->out, "html/index.html", &b);
	buf_free(&b);
	tctx_free(ctx);
	return rc;
}

/* The style sheet is copied as it is. */
static int
html_style(const struct site *s)
{
	char *path = xasprintf("%s/style.css", s->templates);
	struct textfile tf;
	struct buf b = {0};

	if (textfile_read(&tf, path) != 0) {
		free(path);
		return -1;
	}
	buf_put(&b, tf.data, tf.size);
	outset_add(s->out, "html/style.css", &b);
	textfile_free(&tf);
	free(path);
	return 0;
}

int
html_render(const struct site *s)
{
	size_t li;
	int rc = html_style(s) != 0 ? -1 : html_root(s);

	for (li = 0; li < s->nlangs && rc == 0; li++)
		rc = html_language(s, li);
	i18n_restore();
	return rc;
}

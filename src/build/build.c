/* build.c: the build and check commands.  Everything is loaded and checked
 * before anything is rendered, and everything is rendered before anything
 * is written, so bad input never touches the previous output. */
#include "system.h"

#include <errno.h>

#include "build/build.h"
#include "util/diag.h"
#include "l10n/langs.h"
#include "build/outset.h"
#include "format/pdf/pdf.h"
#include "build/prep.h"
#include "build/site.h"
#include "util/sourcedate.h"
#include "format/html/template.h"
#include "util/xalloc.h"

static const char *const tpl_files[TPL__MAX] = {
	[TPL_PAGE] = "page.html",
	[TPL_INDEX] = "index.html",
	[TPL_CODE] = "code.html",
	[TPL_PAIR] = "pair.html",
	[TPL_ROOT] = "root.html",
	[TPL_PICKER] = "picker.html",
	[TPL_NOTFOUND] = "404.html",
};

static int
build_templates(struct site *s, const char *dir)
{
	int i, rc = 0;

	for (i = 0; i < TPL__MAX; i++) {
		char *path = xasprintf("%s/%s", dir, tpl_files[i]);

		s->tpl[i] = template_load(path);
		if (s->tpl[i] == NULL)
			rc = -1;
		free(path);
	}
	return rc;
}

static void
build_free(struct site *s)
{
	int t;

	prep_site_free(s);
	for (t = 0; t < TPL__MAX; t++)
		tpl_free(s->tpl[t]);
	langs_free(s->langs, s->nlangs);
	outset_free(s->out);
	content_free((struct content *)s->c);
}

/* The newest 'updated' date of the content. */
static const char *
build_newest(const struct content *c)
{
	const char *d = "1970-01-01";
	size_t i;

	for (i = 0; i < c->nentries; i++)
		if (strcmp(c->entries[i]->updated, d) > 0)
			d = c->entries[i]->updated;
	for (i = 0; i < c->npairs; i++)
		if (strcmp(c->pairs[i]->updated, d) > 0)
			d = c->pairs[i]->updated;
	return d;
}

static int
build_render(struct site *s, const struct build_opts *o)
{
	if ((o->formats & FMT_HTML) && html_render(s) != 0)
		return -1;
	if ((o->formats & FMT_MAN) && man_render(s) != 0)
		return -1;
	if ((o->formats & FMT_PDF) && pdf_render(s) != 0)
		return -1;
	return 0;
}

static int
build_load(struct site *s, const struct build_opts *o, char *date, size_t n)
{
	s->c = content_load(o->content);
	if (s->c == NULL)
		return -1;
	if (langs_load(o->content, o->langs, o->allow_fuzzy, o->check_only,
	    &s->langs, &s->nlangs) != 0)
		return -1;
	if ((o->formats & FMT_HTML || o->check_only) &&
	    build_templates(s, o->templates) != 0)
		return -1;
	if (source_date(date, n) < 0)
		return -1;
	if (date[0] == '\0')
		snprintf(date, n, "%s", build_newest(s->c));
	s->date = date;
	s->base_url = o->base_url;
	s->templates = o->templates;
	s->hreflang_min = o->hreflang_min;
	s->fontdir = o->fontdir;
	return 0;
}

int
build_run(const struct build_opts *o)
{
	struct site s;
	char date[16];
	size_t written, unchanged;
	int rc;

	memset(&s, 0, sizeof(s));
	rc = build_load(&s, o, date, sizeof(date));
	if (rc == 0 && !o->check_only) {
		s.out = outset_new(o->out);
		prep_site(&s);
		rc = build_render(&s, o);
		if (rc == 0)
			rc = outset_commit(s.out, &written, &unchanged);
		if (rc == 0 && !o->quiet)
			fprintf(stderr, _("sipdoc: %zu files written, %zu "
			    "unchanged\n"), written, unchanged);
	}
	build_free(&s);
	return rc != 0 || diag_errors() > 0 ? -1 : 0;
}

/* term.c: `sipdoc show 486` and `sipdoc compare 480 486`: the man page of
 * a code or of a pair (curated note included when there is one), prepared
 * in one language and formatted by groff for the terminal. */
#include "system.h"

#include <unistd.h>

#include "build/build.h"
#include "util/buf.h"
#include "util/diag.h"
#include "format/roff/groff.h"
#include "l10n/i18n.h"
#include "l10n/langs.h"
#include "build/prep.h"
#include "build/site.h"
#include "format/term/term.h"
#include "util/xalloc.h"

/* The reader's language: --lang, else the first of LANGUAGE, LC_ALL,
 * LC_MESSAGES and LANG that has a content catalog, else English. */
static char *
term_lang(const struct build_opts *o)
{
	static const char *const vars[] = {
		"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"
	};
	size_t i;

	if (o->langs != NULL)
		return xstrdup(o->langs);
	for (i = 0; i < ARRAY_LEN(vars); i++) {
		const char *v = getenv(vars[i]);
		char *path, *code;

		if (v == NULL || strlen(v) < 2 || strncmp(v, "C", 1) == 0 ||
		    strncmp(v, "POSIX", 5) == 0)
			continue;
		code = xstrndup(v, strcspn(v, "_.:@"));
		path = xasprintf("%s/po/%s.po", o->content, code);
		if (access(path, R_OK) == 0) {
			free(path);
			return code;
		}
		free(path);
		free(code);
	}
	return xstrdup("en");
}

static long
term_entry(const struct content *c, int code)
{
	size_t i;

	for (i = 0; i < c->nentries; i++)
		if (c->entries[i]->code == code)
			return (long)i;
	diag(DIAG_ERROR, NULL, 0, 0, _("no entry for code %d"), code);
	return -1;
}

static void
term_page(struct site *s, const long *idx, size_t n, struct buf *roff)
{
	prep_site(s);
	i18n_use(s->langs[0].code);
	if (n == 1)
		man_code(s, 0, (size_t)idx[0], roff);
	else {
		long note = site_pair_note(s, (size_t)idx[0], (size_t)idx[1]);
		size_t a = (size_t)(idx[0] < idx[1] ? idx[0] : idx[1]);
		size_t b = (size_t)(idx[0] < idx[1] ? idx[1] : idx[0]);

		man_sheet(s, 0, a, b, note >= 0 ? &s->pp[0][note] : NULL, roff);
	}
	i18n_restore();
}

static void
term_free(struct site *s)
{
	prep_site_free(s);
	langs_free(s->langs, s->nlangs);
	content_free((struct content *)s->c);
}

int
term_run(const struct build_opts *o, const int *codes, size_t n)
{
	struct site s;
	struct buf roff = {0}, out = {0};
	char *lang = term_lang(o);
	const char *cols = getenv("COLUMNS");
	long idx[2] = { 0, 0 };
	size_t i;
	int rc = -1, width = cols != NULL && atoi(cols) >= 40 ? atoi(cols) : 80;

	memset(&s, 0, sizeof(s));
	s.c = content_load(o->content);
	if (s.c == NULL || langs_load(o->content, lang, 0, 0, &s.langs,
	    &s.nlangs) != 0)
		goto done;
	for (i = 0; i < n; i++)
		if ((idx[i] = term_entry(s.c, codes[i])) < 0)
			goto done;
	if (n == 2 && idx[0] == idx[1]) {
		diag(DIAG_ERROR, NULL, 0, 0, _("compare needs two different "
		    "codes"));
		goto done;
	}
	s.date = s.c->entries[idx[0]]->updated;
	if (n == 2 && strcmp(s.c->entries[idx[1]]->updated, s.date) > 0)
		s.date = s.c->entries[idx[1]]->updated;
	term_page(&s, idx, n, &roff);
	rc = groff_text(buf_str(&roff), width, !isatty(STDOUT_FILENO), &out);
	if (rc == 0)
		fwrite(out.s, 1, out.len, stdout);
done:
	buf_free(&roff);
	buf_free(&out);
	free(lang);
	term_free(&s);
	return rc;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* show.c: `sipdoc show 486` and `sipdoc compare 480 486`. */
#include "system.h"

#include <unistd.h>

#include "build/options.h"
#include "build/project.h"
#include "cmd/show.h"
#include "format/term/term.h"
#include "l10n/i18n.h"
#include "l10n/langs.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/fmt.h"
#include "util/xalloc.h"

/* The reader's language: --lang, else the first of LANGUAGE, LC_ALL,
 * LC_MESSAGES and LANG that has a content catalog, else English. */
static char *
show_lang(const struct options *o)
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
show_entry(const struct content *c, int code)
{
	const struct entry *e = content_entry(c, code);

	if (e == NULL)
		diag(DIAG_ERROR, NULL, 0, 0, _("no entry for code %d"), code);
	return e != NULL ? (long)e->index : -1;
}

/* The page's date: that of the newer of its entries. */
static void
show_date(struct project *p, const size_t *idx, size_t n)
{
	const char *d = p->c->entries[idx[0]]->updated;

	if (n == 2 && strcmp(p->c->entries[idx[1]]->updated, d) > 0)
		d = p->c->entries[idx[1]]->updated;
	fmt_snprintf(p->datebuf, sizeof(p->datebuf), "%s", d);
}

int
cmd_show(const struct options *o, const int *codes, size_t n)
{
	struct options lo = *o;
	struct project p;
	struct buf out = {0};
	const char *cols = getenv("COLUMNS");
	size_t idx[2] = { 0, 0 }, i;
	long k;
	int rc = -1, width = cols != NULL && atoi(cols) >= 40 ? atoi(cols) : 80;
	char *lang = show_lang(o);

	lo.langs = lang;
	if (project_load(&p, &lo, NEED_CATALOGS, NULL, 0) != 0)
		goto done;
	for (i = 0; i < n; i++) {
		if ((k = show_entry(p.c, codes[i])) < 0)
			goto done;
		idx[i] = (size_t)k;
	}
	if (n == 2 && idx[0] == idx[1]) {
		diag(DIAG_ERROR, NULL, 0, 0, _("compare needs two different "
		    "codes"));
		goto done;
	}
	show_date(&p, idx, n);
	i18n_use(p.langs[0].code);
	rc = term_page(&p, idx, n, width, !isatty(STDOUT_FILENO), &out);
	i18n_restore();
	if (rc == 0)
		fwrite(out.s, 1, out.len, stdout);
done:
	buf_free(&out);
	project_free(&p);
	free(lang);
	return rc;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* glyphs.c: checks, before typesetting, that the handbook's fonts have a
 * glyph for every character of the sources.  groff itself answers: a
 * probe document names each character in each font, and its "can't find
 * special character" warnings are mapped back to the character's first
 * use in the content. */
#include "system.h"

#include "util/buf.h"
#include "util/diag.h"
#include "format/roff/groff.h"
#include "format/pdf/handbook.h"
#include "build/project.h"
#include "l10n/langs.h"
#include "util/textio.h"
#include "util/xalloc.h"

/* The fonts the handbook uses, by groff name and PostScript name. */
static const char *const fonts[][2] = {
	{ "UR", "NimbusSans-Regular" },
	{ "UB", "NimbusSans-Bold" },
	{ "UI", "NimbusSans-Italic" },
	{ "UCR", "NimbusMonoPS-Regular" },
};

/* First use of a character. */
struct use {
	unsigned long	 cp;
	const char	*file;
	int		 line;
};

struct uses {
	struct use	*v;
	size_t		 n;
};

static void
uses_add(struct uses *u, unsigned long cp, const char *file, int line)
{
	size_t i;

	for (i = 0; i < u->n; i++)
		if (u->v[i].cp == cp)
			return;
	u->v = xreallocarray(u->v, u->n + 1, sizeof(*u->v));
	u->v[u->n].cp = cp;
	u->v[u->n].file = file;
	u->v[u->n++].line = line;
}

/* Records the non-ASCII characters of a file (read as valid UTF-8). */
static void
uses_scan(struct uses *u, const char *file)
{
	size_t n;
	char *data = file_slurp(file, &n);
	const unsigned char *p;
	int line = 1;
	long cp;

	if (data == NULL) {
		diag_errno(file, _("cannot read"));
		return;
	}
	text_normalize(data, n);
	for (p = (const unsigned char *)data; *p != '\0'; ) {
		cp = utf8_next(&p);
		if (cp == '\n')
			line++;
		else if (cp >= 0x80)
			uses_add(u, (unsigned long)cp, file, line);
	}
	free(data);
}

static void
uses_collect(const struct project *s, struct uses *u)
{
	size_t i;

	for (i = 0; i < s->c->nentries; i++)
		uses_scan(u, s->c->entries[i]->path);
	for (i = 0; i < s->c->npairs; i++)
		uses_scan(u, s->c->pairs[i]->path);
	/* Not the languages that get no handbook (groff.h). */
	for (i = 0; i < s->nlangs; i++)
		if (s->langs[i].cat != NULL && groff_sets(&s->langs[i]))
			uses_scan(u, s->langs[i].cat->path);
}

/* The probe's line L (from 2) names character (L-2) / #fonts in font
 * (L-2) % #fonts; groff reports "FILE:L: warning: can't find ...". */
static void
glyphs_report(const struct uses *u, const char *err)
{
	static const char what[] = ": warning: can't find special character";
	const char *p, *num;
	size_t nf = ARRAY_LEN(fonts), k;
	long line;

	for (p = strstr(err, what); p != NULL; p = strstr(p + 1, what)) {
		for (num = p; num > err && num[-1] >= '0' && num[-1] <= '9';
		    num--)
			;
		line = strtol(num, NULL, 10);
		if (line < 2)
			continue;
		k = (size_t)line - 2;
		if (k / nf < u->n)
			diag(DIAG_ERROR, u->v[k / nf].file, u->v[k / nf].line,
			    0, _("character U+%04lX has no glyph in font %s"),
			    u->v[k / nf].cp, fonts[k % nf][1]);
	}
}

int
glyphs_check(const struct project *s, const char *fontdir)
{
	struct uses u = { NULL, 0 };
	struct buf src = {0}, out = {0}, err = {0};
	size_t i, f;
	int rc;

	uses_collect(s, &u);
	buf_puts(&src, ".warn 1\n");	/* 1: missing characters */
	for (i = 0; i < u.n; i++)
		for (f = 0; f < ARRAY_LEN(fonts); f++)
			buf_printf(&src, "\\f[%s]\\[u%04lX]\n", fonts[f][0],
			    u.v[i].cp);
	rc = groff_run(fontdir, src.s, "0", "-z", "a4", &out, &err);
	if (rc == 0) {
		int before = diag_errors();

		glyphs_report(&u, buf_str(&err));
		rc = diag_errors() > before ? -1 : 0;
	}
	buf_free(&src);
	buf_free(&out);
	buf_free(&err);
	free(u.v);
	return rc;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* mdcase.c: renders one Markdown case of tests/md/ the way a page does,
 * for the per-construct goldens (tests/markdown.sh).
 *
 *	mdcase html|man|pdf FILE
 *
 * FILE.md is a section body; FILE.field is a front-matter field (one
 * sentence of inline Markdown).  Both are checked first, as the loader
 * checks them: what it refuses is printed as its diagnostics. */
#include "system.h"

#include "format/html/mdhtml.h"
#include "format/roff/roff.h"
#include "l10n/langs.h"
#include "model/body.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/textio.h"

/* English, left to right: the renderers' language. */
static const struct lang english = { "en", "English", NULL, 0, 0 };

static int
checked(const char *path, const char *md, int field)
{
	cmark_node *doc, *n;
	cmark_iter *it;
	cmark_event_type ev;
	int rc = 0;

	if (field)
		return md_check_field(path, 1, 1, md);
	doc = md_parse(md);
	it = cmark_iter_new(doc);
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		n = cmark_iter_get_node(it);
		if (ev == CMARK_EVENT_ENTER && md_check_node(path,
		    cmark_node_get_start_line(n),
		    cmark_node_get_start_column(n), n) != 0)
			rc = -1;
	}
	cmark_iter_free(it);
	cmark_node_free(doc);
	return rc;
}

int
main(int argc, char **argv)
{
	struct textfile tf;
	struct buf b = {0};
	const char *fmt, *path, *dot;
	int field;

	if (argc != 3) {
		fputs("usage: mdcase html|man|pdf FILE\n", stderr);
		return 2;
	}
	fmt = argv[1], path = argv[2];
	dot = strrchr(path, '.');
	field = dot != NULL && strcmp(dot, ".field") == 0;
	if (textfile_read(&tf, path) != 0)
		return 1;
	if (field && tf.size > 0 && tf.data[tf.size - 1] == '\n')
		tf.data[--tf.size] = '\0';
	if (checked(path, tf.data, field) != 0) {
		textfile_free(&tf);
		return 1;
	}
	if (field && strcmp(fmt, "html") == 0)
		mdhtml_inline_md(&b, tf.data, &english, NULL);
	else if (field && strcmp(fmt, "man") == 0)
		roff_inline_man(&b, tf.data, &english, NULL);
	else if (field && strcmp(fmt, "pdf") == 0)
		roff_inline_pdf(&b, tf.data, &english, NULL);
	else {
		cmark_node *doc = md_parse(tf.data);

		if (strcmp(fmt, "html") == 0)
			mdhtml_render(&b, doc, &english, NULL);
		else if (strcmp(fmt, "man") == 0)
			roff_md_man(&b, doc, &english, NULL);
		else if (strcmp(fmt, "pdf") == 0)
			roff_md_pdf(&b, doc, &english, NULL);
		cmark_node_free(doc);
	}
	if (b.len > 0)
		fwrite(b.s, 1, b.len, stdout);
	if (field)
		putchar('\n');
	buf_free(&b);
	textfile_free(&tf);
	return fflush(stdout) != 0 ? 1 : 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* pdf.c: the handbooks as a format.  load() checks the fonts and that they
 * have a glyph for every character of the content, and takes the digest
 * of the fonts and of groff's version: an upgraded font or groff typesets
 * the handbooks again, an unchanged handbook is not typeset at all. */
#include "system.h"

#include <unistd.h>

#include "build/options.h"
#include "build/project.h"
#include "format/pdf/handbook.h"
#include "format/pdf/pdf.h"
#include "format/prepared.h"
#include "format/roff/groff.h"
#include "format/roff/roff.h"
#include "l10n/langs.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/fmt.h"
#include "util/textio.h"
#include "util/xalloc.h"

struct pdf_data {
	struct digest	 tools;		/* the fonts and groff */
	struct roff_links links;	/* mentions of codes */
};

/* The fonts' files: the download map, every font description it names
 * the font of, and the font files it points at. */
static int
pdf_fonts(const char *fontdir, struct hasher *h)
{
	char *path = xasprintf("%s/devpdf/download", fontdir);
	struct textfile tf;
	size_t i, n;
	int rc = textfile_read(&tf, path);

	free(path);
	if (rc != 0)
		return -1;
	hasher_put(h, tf.data, tf.size);
	textfile_lines(&tf);
	for (i = 0; i < tf.nlines; i++) {
		char *tab = strrchr(tf.lines[i], '\t');
		char *data = tab != NULL ? file_slurp(tab + 1, &n) : NULL;

		if (data != NULL)
			hasher_put(h, data, n);
		free(data);
	}
	textfile_free(&tf);
	return 0;
}

/* The hyphenation of each language, where make converted patterns. */
static void
pdf_hyphens(const struct project *p, const char *fontdir, struct hasher *h)
{
	static const char *const files[] = { "sipdoc-hyph.%s.tmac",
	    "hyphen.%s" };
	size_t l, i, n;

	for (l = 0; l < p->nlangs; l++)
		for (i = 0; i < ARRAY_LEN(files); i++) {
			char *name = xasprintf(files[i], p->langs[l].code);
			char *path = xasprintf("%s/tmac/%s", fontdir, name);
			char *data = access(path, R_OK) == 0 ?
			    file_slurp(path, &n) : NULL;

			hasher_str(h, name);
			if (data != NULL)
				hasher_put(h, data, n);
			free(data);
			free(path);
			free(name);
		}
}

static int
pdf_load(struct project *p, void **data)
{
	struct pdf_data *d = xcalloc(1, sizeof(*d));
	const char *fontdir = p->o->fontdir;
	char *path = xasprintf("%s/devpdf/download", fontdir);
	struct buf version = {0};
	struct hasher h;
	int rc = 0;

	*data = d;
	d->links.mention = pdf_mention;
	d->links.ctx = p->c;
	groff_warn_unset(p, &format_pdf);
	/* The generated fonts must be there: groff would silently fall back
	   to its own, which have no Cyrillic. */
	if (access(path, R_OK) != 0) {
		diag_errno(path, _("cannot read the handbook fonts (see "
		    "--fontdir)"));
		rc = -1;
	}
	free(path);
	hasher_init(&h);
	if (rc == 0 && (pdf_fonts(fontdir, &h) != 0 ||
	    glyphs_check(p, fontdir) != 0 || groff_version(&version) != 0))
		rc = -1;
	hasher_put(&h, buf_str(&version), version.len);
	pdf_hyphens(p, fontdir, &h);
	d->tools = hasher_end(&h);
	buf_free(&version);
	return rc;
}

static void
pdf_unload(void *data)
{
	free(data);
}

static void
pdf_plan(const struct project *p, void *data, size_t l, struct planner *pl)
{
	const struct pdf_data *d = data;
	struct output out = { .lang = l };
	struct hasher h;

	if (l == LANG_NONE || !groff_sets(&p->langs[l]))
		return;
	hasher_init(&h);
	hasher_str(&h, "pdf");
	hasher_digest(&h, &p->in.global);
	hasher_digest(&h, &p->in.date);
	hasher_digest(&h, &p->in.ui[l]);
	hasher_digest(&h, &d->tools);
	hasher_str(&h, p->o->paper != NULL ? p->o->paper : "a4");
	inputs_all(&h, p, l);
	out.in = hasher_end(&h);
	fmt_snprintf(out.path, sizeof(out.path), "pdf/sip-codes.%s.pdf",
	    p->langs[l].code);
	planner_add(pl, &out);
}

static void *
pdf_begin(const struct project *p, void *data, size_t l)
{
	const struct pdf_data *d = data;

	return prepared_new(p, l, roff_md_pdf, roff_inline_pdf, &d->links,
	    NULL);
}

static void
pdf_end(void *state, struct sink *sink)
{
	(void)sink;
	prepared_free(state);
}

static int
pdf_render(const struct project *p, void *data, void *state,
    const struct output *out, struct sink *sink)
{
	const struct pdf_data *d = data;

	return handbook_render(p, state, out, &d->links, &sink->b);
}

const struct format format_pdf = {
	"pdf", pdf_load, pdf_unload, pdf_plan, pdf_begin, pdf_render,
	pdf_end, NULL,
};

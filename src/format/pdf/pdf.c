/* pdf.c: the PDF handbook of each language (OUT/pdf/sip-codes.LANG.pdf):
 * a title page, a table of contents, every code by class and the curated
 * comparison sheets, typeset by groff -ms with the URW fonts.
 *
 * groff runs twice: the first pass reports the page of every heading
 * (.tm), the second prints the contents with those pages.  The contents
 * have the same number of lines in both passes, so the pages agree. */
#include "system.h"

#include <time.h>
#include <unistd.h>

#include "model/body.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/escape.h"
#include "format/roff/groff.h"
#include "l10n/i18n.h"
#include "format/roff/mdroff.h"
#include "build/outset.h"
#include "format/pdf/pdf.h"
#include "compose/sheet.h"
#include "util/textio.h"
#include "build/site.h"
#include "util/xalloc.h"

/* One heading of the handbook: its bookmark and its page. */
struct mark {
	char	*name;		/* destination: "c486" */
	char	*title;
	int	 level;
	int	 page;
};

struct handbook {
	const struct site *s;
	size_t		 li;
	struct buf	 b;
	char		 digest[40];	/* of the source, kept in the PDF */
	struct mark	*marks;
	size_t		 nmarks;
};

/* TITLE as a PDF text string: UTF-16BE with a byte order mark, every byte
 * as an octal escape (doubled backslash: troff reads it once). */
static void
pdf_utf16(struct buf *b, const char *title)
{
	const unsigned char *p = (const unsigned char *)title;
	long cp;

	buf_puts(b, "\\\\376\\\\377");
	while (*p != '\0') {
		if ((cp = utf8_next(&p)) < 0)
			continue;
		if (cp >= 0x10000) {
			cp -= 0x10000;
			buf_printf(b, "\\\\%03lo\\\\%03lo", 0xd8 | (cp >> 18),
			    (cp >> 10) & 0xff);
			cp = 0xdc00 | (cp & 0x3ff);
		}
		buf_printf(b, "\\\\%03lo\\\\%03lo", cp >> 8, cp & 0xff);
	}
}

/* A heading's bookmark, destination and page report. */
static void
pdf_mark(struct handbook *h, const char *name, const char *title, int level)
{
	struct mark *m;

	buf_puts(&h->b, ".pdf:href.sety\n");
	buf_printf(&h->b, ".pdfmark /Dest /%s /View [/FitH \\n[PDFPAGE.Y] u] "
	    "/DEST\n.nop \\!x X ps:exec [/Dest /%s /Title (", name, name);
	pdf_utf16(&h->b, title);
	buf_printf(&h->b, ") /Level %d /OUT pdfmark\n.rr PDFPAGE.Y\n", level);
	buf_printf(&h->b, ".tm sipdoc-page %s \\n%%\n", name);
	h->marks = xreallocarray(h->marks, h->nmarks + 1, sizeof(*h->marks));
	m = &h->marks[h->nmarks++];
	m->name = xstrdup(name);
	m->title = xstrdup(title);
	m->level = level;
	m->page = 0;
}

static void
pdf_heading(struct handbook *h, int level, const char *text)
{
	static const char *const size[] = { "", "18", "14", "11" };

	buf_printf(&h->b, ".ne 6\n.SH %d\n\\s[%s]", level, size[level]);
	mdroff_text(&h->b, text);
	buf_puts(&h->b, "\\s0\n");
}

static void
pdf_para(struct handbook *h, const char *text)
{
	buf_puts(&h->b, ".LP\n");
	mdroff_text(&h->b, text);
	buf_putc(&h->b, '\n');
}

/* The note under a section shown (partly) in English. */
static void
pdf_section_note(struct handbook *h, enum unit_state st)
{
	const char *note = NULL;

	if (st == US_MISSING)
		note = _("This section is not translated yet and is shown in "
		    "English.");
	else if (st == US_FUZZY)
		note = _("This section changed in English after it was "
		    "translated.");
	if (note == NULL)
		return;
	buf_puts(&h->b, ".LP\n\\fI");
	mdroff_text(&h->b, note);
	buf_puts(&h->b, "\\fR\n");
}

static void
pdf_section(struct handbook *h, const char *title, const struct prepsec *sec)
{
	pdf_heading(h, 3, title);
	pdf_section_note(h, sec->state);
	buf_puts(&h->b, ".LP\n");
	buf_puts(&h->b, sec->roff);
}

static void
pdf_refs(struct handbook *h, char *const *refs, size_t n)
{
	size_t i;

	pdf_heading(h, 3, _("Learn more"));
	buf_puts(&h->b, ".LP\n");
	for (i = 0; i < n; i++) {
		char *url = rfc_url(refs[i]);

		buf_puts(&h->b, i > 0 ? ".br\n" : "");
		mdroff_text(&h->b, refs[i]);
		if (url != NULL)
			buf_printf(&h->b, " \\(en \\f[UCR]%s\\fR", url);
		buf_putc(&h->b, '\n');
		free(url);
	}
}

static void
pdf_lead(struct handbook *h, const struct prep_entry *pe)
{
	char *t[3];
	size_t i, n = sheet_lead(pe->e, pe->summary, t);

	for (i = 0; i < n; i++) {
		pdf_para(h, t[i]);
		free(t[i]);
	}
}

static void
pdf_entry(struct handbook *h, const struct prep_entry *pe)
{
	const struct entry *e = pe->e;
	char *title = xasprintf("%d %s", e->code, e->reason);
	char *name = xasprintf("c%d", e->code);
	int i;

	pdf_heading(h, 2, title);
	pdf_mark(h, name, title, 2);
	pdf_lead(h, pe);
	for (i = 0; i < SEC__MAX; i++)
		pdf_section(h, _(entry_section_keys[i]), &pe->sec[i]);
	pdf_refs(h, e->refs, e->nrefs);
	free(title);
	free(name);
}

static void
pdf_codes(struct handbook *h)
{
	const struct site *s = h->s;
	int last = 0;
	size_t i;

	for (i = 0; i < s->c->nentries; i++) {
		const struct prep_entry *pe = &s->pe[h->li][i];
		int cls = code_class(pe->e->code);

		if (cls != last) {
			char name[8];

			snprintf(name, sizeof(name), "k%d", cls);
			buf_puts(&h->b, ".bp\n");
			pdf_heading(h, 1, class_label(pe->e->code));
			pdf_mark(h, name, class_label(pe->e->code), 1);
			last = cls;
		}
		pdf_entry(h, pe);
	}
}

static void
pdf_pair_lists(struct handbook *h, const struct sheet *sh,
    const struct prep_entry *pa, const struct prep_entry *pb)
{
	const struct prep_entry *both[2] = { pa, pb };
	size_t i;

	pdf_heading(h, 3, _("Key differences"));
	for (i = 0; i < sh->ndiffs; i++) {
		buf_printf(&h->b, ".IP %zu. 3\n", i + 1);
		mdroff_text(&h->b, sh->diffs[i]);
		buf_putc(&h->b, '\n');
	}
	pdf_heading(h, 3, _("When to use which"));
	for (i = 0; i < 2; i++) {
		buf_printf(&h->b, ".LP\n\\fB%d %s:\\fR ", both[i]->e->code,
		    both[i]->e->reason);
		mdroff_text(&h->b, both[i]->use);
		buf_putc(&h->b, '\n');
	}
}

static void
pdf_pairs(struct handbook *h)
{
	const struct site *s = h->s;
	size_t i, k;

	buf_puts(&h->b, ".bp\n");
	pdf_heading(h, 1, _("Commonly confused pairs"));
	pdf_mark(h, "pairs", _("Commonly confused pairs"), 1);
	for (i = 0; i < s->c->npairs; i++) {
		const struct prep_pair *pp = &s->pp[h->li][i];
		const struct pair *p = pp->p;
		const struct prep_entry *pa, *pb;
		struct sheet sh;
		char name[24];

		if (p->entry[0] == NULL || p->entry[1] == NULL)
			continue;
		pa = &s->pe[h->li][p->entry[0]->index];
		pb = &s->pe[h->li][p->entry[1]->index];
		sheet_make(&sh, pa->e, pb->e);
		snprintf(name, sizeof(name), "p%d-%d", p->code[0], p->code[1]);
		pdf_heading(h, 2, sh.title);
		pdf_mark(h, name, sh.title, 2);
		pdf_lead(h, pa);
		pdf_lead(h, pb);
		for (k = 0; k < PSEC__MAX; k++)
			pdf_section(h, _(pair_section_keys[k]), &pp->sec[k]);
		pdf_pair_lists(h, &sh, pa, pb);
		sheet_free(&sh);
		pdf_refs(h, p->refs, p->nrefs);
	}
}

/* The contents, one line per mark; pages are 0 in the first pass. */
static void
pdf_toc(struct handbook *h, struct buf *b)
{
	size_t i;

	buf_puts(b, ".SH 1\n\\s[18]");
	mdroff_text(b, _("Contents"));
	buf_puts(b, "\\s0\n.LP\n.nf\n.ta \\n[.l]uR\n.tc .\n");
	for (i = 0; i < h->nmarks; i++) {
		const struct mark *m = &h->marks[i];

		buf_puts(b, m->level == 1 ? "\\fB" : "\\h'1.5m'");
		mdroff_text(b, m->title);
		buf_printf(b, "%s\t%d\n", m->level == 1 ? "\\fR" : "",
		    m->page);
	}
	buf_puts(b, ".fi\n.tc\n.bp\n");
}

static void
pdf_title_page(struct handbook *h, struct buf *b)
{
	const struct lang *l = &h->s->langs[h->li];

	buf_printf(b, ".ds FAM U\n.fam U\n.nr PS 10\n.nr VS 13\n"
	    ".nr HM 0.8i\n.nr FM 0.8i\n.ds CH\n.ds CF \\(en \\\\n%% \\(en\n"
	    ".hy %d\n.LP\n.sp 2.5i\n.ce 2\n\\s[26]\\fB", strcmp(l->code, "en")
	    == 0 ? 4 : 0);
	mdroff_text(b, _("SIP response codes"));
	buf_puts(b, "\\fR\\s0\n.sp 0.5\n\\s[13]");
	mdroff_text(b, _("A handbook of every registered code, with the "
	    "pairs engineers confuse"));
	buf_printf(b, "\\s0\n.sp 3i\n.ce 2\nsipdoc %s\n%s\n", PACKAGE_VERSION,
	    h->s->date);
	buf_puts(b, ".nop \\!x X ps:exec [/Title (");
	pdf_utf16(b, _("SIP response codes"));
	buf_puts(b, ") /Creator (sipdoc)");
	if (h->digest[0] != '\0')
		buf_printf(b, " /Keywords (%s)", h->digest);
	buf_printf(b, " /DOCINFO pdfmark\n"
	    ".nop \\!x X ps:exec [/Lang (%s) /PageMode /UseOutlines /DOCVIEW "
	    "pdfmark\n.bp\n", l->code);
}

/* Reads the page of each mark from the first pass's .tm lines. */
static void
pdf_pages(struct handbook *h, const char *err)
{
	const char *p = err;
	char name[64];
	int page;
	size_t i;

	while ((p = strstr(p, "sipdoc-page ")) != NULL) {
		if (sscanf(p, "sipdoc-page %63s %d", name, &page) == 2)
			for (i = 0; i < h->nmarks; i++)
				if (strcmp(h->marks[i].name, name) == 0)
					h->marks[i].page = page;
		p += 12;
	}
}

static void
pdf_compose(struct handbook *h, struct buf *src)
{
	buf_free(src);
	pdf_title_page(h, src);
	pdf_toc(h, src);
	buf_put(src, h->b.s, h->b.len);
}

static void
pdf_free(struct handbook *h)
{
	size_t i;

	for (i = 0; i < h->nmarks; i++) {
		free(h->marks[i].name);
		free(h->marks[i].title);
	}
	free(h->marks);
	buf_free(&h->b);
}

/* The digest of a handbook's first-pass source: when the PDF on disk
 * carries the same one, typesetting would give the same bytes. */
static void
pdf_digest(struct handbook *h, const struct buf *src, const char *epoch)
{
	unsigned long long d = 14695981039346656037ULL;
	const char *parts[3] = { src->s, epoch, PACKAGE_VERSION };
	const unsigned char *p;
	size_t i;

	for (i = 0; i < ARRAY_LEN(parts); i++)
		for (p = (const unsigned char *)parts[i]; *p != '\0'; p++)
			d = (d ^ *p) * 1099511628211ULL;
	snprintf(h->digest, sizeof(h->digest), "sipdoc-source %016llx", d);
}

/* The PDF on disk, if its digest is H's. */
static int
pdf_reuse(struct handbook *h, const char *rel, struct buf *pdf)
{
	size_t n;
	char *old = outset_existing(h->s->out, rel, &n);
	int same = old != NULL &&
	    memmem(old, n, h->digest, strlen(h->digest)) != NULL;

	if (same)
		buf_put(pdf, old, n);
	free(old);
	return same;
}

/* Two passes: pages of the headings, then the contents with them. */
static int
pdf_typeset(struct handbook *h, const char *epoch, struct buf *src,
    struct buf *pdf)
{
	struct buf err = {0};
	int rc;

	pdf_compose(h, src);
	rc = groff_run(h->s->fontdir, src->s, epoch, "-z", pdf, &err);
	if (rc == 0) {
		pdf_pages(h, buf_str(&err));
		pdf_compose(h, src);
		buf_free(pdf);
		buf_free(&err);
		rc = groff_run(h->s->fontdir, src->s, epoch, NULL, pdf, &err);
	}
	buf_free(&err);
	return rc;
}

static int
pdf_language(const struct site *s, size_t li, const char *epoch)
{
	struct handbook h = { s, li, {0}, "", NULL, 0 };
	struct buf src = {0}, pdf = {0};
	char *rel = xasprintf("pdf/sip-codes.%s.pdf", s->langs[li].code);
	int rc = 0;

	i18n_use(s->langs[li].code);
	pdf_codes(&h);
	pdf_pairs(&h);
	pdf_compose(&h, &src);
	pdf_digest(&h, &src, epoch);
	if (!pdf_reuse(&h, rel, &pdf))
		rc = pdf_typeset(&h, epoch, &src, &pdf);
	if (rc == 0)
		outset_add(s->out, rel, &pdf);
	free(rel);
	buf_free(&src);
	buf_free(&pdf);
	pdf_free(&h);
	return rc;
}

/* SOURCE_DATE_EPOCH as given, or midnight UTC of the content's date. */
static char *
pdf_epoch(const char *date)
{
	const char *env = getenv("SOURCE_DATE_EPOCH");
	struct tm tm;

	if (env != NULL && *env != '\0')
		return xstrdup(env);
	memset(&tm, 0, sizeof(tm));
	if (sscanf(date, "%d-%d-%d", &tm.tm_year, &tm.tm_mon,
	    &tm.tm_mday) != 3)
		return xstrdup("0");
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	return xasprintf("%lld", (long long)timegm(&tm));
}

/* The generated fonts must be there: groff would silently fall back to
 * its own, which have no Cyrillic. */
static int
pdf_fonts_ok(const char *fontdir)
{
	char *path = xasprintf("%s/devpdf/download", fontdir);
	int rc = access(path, R_OK);

	if (rc != 0)
		diag_errno(path, _("cannot read the handbook fonts (see "
		    "--fontdir)"));
	free(path);
	return rc;
}

int
pdf_render(const struct site *s)
{
	char *epoch = pdf_epoch(s->date);
	size_t li;
	int rc = 0;

	if (pdf_fonts_ok(s->fontdir) != 0 || glyphs_check(s) != 0)
		rc = -1;
	for (li = 0; li < s->nlangs && rc == 0; li++)
		rc = pdf_language(s, li, epoch);
	i18n_restore();
	free(epoch);
	return rc;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* handbook.c: the PDF handbook of one language (OUT/pdf/sip-codes.LANG.pdf):
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
#include "format/roff/roff.h"
#include "format/pdf/pdf.h"
#include "format/pdf/handbook.h"
#include "compose/glance.h"
#include "compose/sheet.h"
#include "format/roff/rglance.h"
#include "util/fmt.h"
#include "util/textio.h"
#include "build/options.h"
#include "build/project.h"
#include "format/prepared.h"
#include "l10n/langs.h"
#include "format/pdf/hbindex.h"
#include "model/names.h"
#include "util/xalloc.h"

/* One heading of the handbook: its bookmark and its page. */
struct mark {
	char	*name;		/* destination: "c486" */
	char	*title;
	int	 level;
	int	 page;
};

struct handbook {
	const struct project *p;
	struct prepared	*pr;		/* the sections as roff */
	size_t		 li;
	const char	*fontdir;
	const struct roff_links *links;
	const struct output *out;
	struct buf	 b;
	struct roff	 r;		/* the writer, on b */
	struct mark	*marks;
	size_t		 nmarks;
	size_t		 index_at;	/* where the index starts in b */
	size_t		 index_marks;	/* the marks before it */
};

static const char *
pdf_paper(const struct handbook *h)
{
	return h->p->o->paper != NULL ? h->p->o->paper : "a4";
}

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

	roff_nl(&h->r);
	buf_puts(&h->b, ".pdf:href.sety\n");
	buf_printf(&h->b, ".pdfmark /Dest /%s /View [/FitH \\n[PDFPAGE.Y] u] "
	    "/DEST\n.nop \\!x X ps:exec [/Dest /%s /Title (", name, name);
	pdf_utf16(&h->b, title);
	buf_printf(&h->b, ") /Level %d /OUT pdfmark\n.rr PDFPAGE.Y\n", level);
	buf_printf(&h->b, ".tm sipdoc-page %s \\n%%\n", name);
	h->r.bol = 1;
	h->marks = xreallocarray(h->marks, h->nmarks + 1, sizeof(*h->marks));
	m = &h->marks[h->nmarks++];
	m->name = xstrdup(name);
	m->title = xstrdup(title);
	m->level = level;
	m->page = 0;
}

/* A heading of LEVEL, at SIZE points, in roff R. */
static void
pdf_title(struct roff *r, int level, const char *text)
{
	static const char *const size[] = { "", "18", "14", "11" };
	char line[32];

	/* Keep the heading with two lines of its text.  The break first:
	   .ne with the previous paragraph's last line still pending would
	   take that line to the next page and leave the heading here. */
	roff_line(r, ".br");
	roff_line(r, ".ne 6");
	fmt_snprintf(line, sizeof(line), ".SH %d", level);
	roff_line(r, line);
	buf_printf(r->b, "\\s[%s]", size[level]);
	r->bol = 0;
	roff_text(r, text);
	buf_puts(r->b, "\\s0");
	roff_nl(r);
}

/* Headings link nowhere: a code's title is the target of its links. */
static void
pdf_heading(struct handbook *h, int level, const char *text)
{
	h->r.links = NULL;
	pdf_title(&h->r, level, text);
	h->r.links = h->links;
}

/* The running head NAME ("LH", "RH"): TEXT at the top of every page
 * from the next one. */
static void
pdf_running(struct handbook *h, const char *name, const char *text)
{
	roff_nl(&h->r);
	buf_printf(&h->b, ".ds %s \"", name);
	h->r.bol = 0;
	h->r.links = NULL;
	roff_text(&h->r, text);
	h->r.links = h->links;
	roff_nl(&h->r);
}

/* A link to DEST around TEXT, which may carry mentions of its own. */
static void
pdf_link(struct handbook *h, const char *dest, int web, const char *text)
{
	roff_link_begin(&h->r, dest, web);
	roff_text(&h->r, text);
	roff_link_end(&h->r);
}

static void
pdf_para(struct handbook *h, const char *text)
{
	roff_line(&h->r, ".LP");
	roff_text(&h->r, text);
	roff_nl(&h->r);
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
	roff_line(&h->r, ".LP");
	roff_font_push(&h->r, RF_ITALIC);
	roff_text(&h->r, note);
	roff_font_pop(&h->r);
	roff_nl(&h->r);
}

static void
pdf_section(struct handbook *h, const char *title, const char *roff,
    enum unit_state state)
{
	pdf_heading(h, 3, title);
	pdf_section_note(h, state);
	roff_line(&h->r, ".LP");
	buf_puts(&h->b, roff);
	h->r.bol = 1;
}

static void
pdf_refs(struct handbook *h, char *const *refs, char *const *urls,
    size_t n)
{
	size_t i;

	pdf_heading(h, 3, _("Learn more"));
	roff_line(&h->r, ".LP");
	for (i = 0; i < n; i++) {
		const char *url = urls[i];

		if (i > 0)
			roff_line(&h->r, ".br");
		if (url == NULL)
			roff_text(&h->r, refs[i]);
		else {
			pdf_link(h, url, 1, refs[i]);
			buf_puts(&h->b, " \\(en \\%");
			roff_font_push(&h->r, RF_CODE);
			pdf_link(h, url, 1, url);
			roff_font_pop(&h->r);
		}
		roff_nl(&h->r);
	}
}

static void
pdf_lead(struct handbook *h, size_t ei)
{
	const struct pentry *pe = prepared_text(h->pr, ei);

	pdf_para(h, pe->class_sentence);
	if (pe->status_sentence != NULL)
		pdf_para(h, pe->status_sentence);
	roff_line(&h->r, ".LP");
	roff_md_inline(&h->r, pe->summary);
	roff_nl(&h->r);
}

/* The facts of one code (B < 0), or of codes A and B side by side. */
static void
pdf_glance(struct handbook *h, size_t a, long b)
{
	const struct entry *ea = h->p->c->entries[a];
	struct glance g;
	char *heads[2] = { NULL, NULL };
	int i;

	if (b < 0)
		glance_entry(&g, ea);
	else {
		const struct entry *eb = h->p->c->entries[b];

		glance_pair(&g, ea, prepared_text(h->pr, a)->summary, eb,
		    prepared_text(h->pr, (size_t)b)->summary);
		heads[0] = xasprintf("%d %s", ea->code, ea->reason);
		heads[1] = xasprintf("%d %s", eb->code, eb->reason);
	}
	roff_line(&h->r, ".sp .5v");
	roff_glance(&h->r, &g, b < 0 ? NULL : (const char *const *)heads);
	glance_free(&g);
	for (i = 0; i < 2; i++)
		free(heads[i]);
}

/* One code of a list, linked to its section: "480 Temporarily
 * Unavailable". */
static void
pdf_code_item(struct handbook *h, const struct entry *o)
{
	char *text = xasprintf("%d %s", o->code, o->reason);

	roff_line(&h->r, ".ne 2");
	roff_line(&h->r, ".IP \\(bu 2");
	roff_text(&h->r, text);
	free(text);
}

/* The other code of a curated pair of E, and a link to its sheet. */
static void
pdf_pair_item(struct handbook *h, const struct entry *e, const struct pair *p)
{
	int other = p->code[0] == e->code ? p->code[1] : p->code[0];
	const struct entry *o = content_entry(h->p->c, other);
	char *label, dest[24];

	if (o == NULL)
		return;
	pdf_code_item(h, o);
	fmt_snprintf(dest, sizeof(dest), "p%d-%d", p->code[0], p->code[1]);
	label = xasprintf(_("Compare %1$d with %2$d"), e->code, o->code);
	buf_puts(&h->b, " \\(em ");
	h->r.links = NULL;
	pdf_link(h, dest, 0, label);
	h->r.links = h->links;
	roff_nl(&h->r);
	free(label);
}

/* "Often confused with" (the curated pairs, each with its sheet) and
 * "Related codes", as on the code's page of the site. */
static void
pdf_entry_links(struct handbook *h, const struct entry *e)
{
	const struct content *c = h->p->c;
	size_t i, n = 0;

	if (e->npairs > 0)
		pdf_heading(h, 3, _("Often confused with"));
	for (i = 0; i < e->npairs; i++)
		pdf_pair_item(h, e, e->pairs[i]);
	for (i = 0; i < e->nrelated; i++) {
		const struct entry *o = content_entry(c, e->related[i]);

		if (o == NULL || o == e)
			continue;
		if (n++ == 0)
			pdf_heading(h, 3, _("Related codes"));
		pdf_code_item(h, o);
		roff_nl(&h->r);
	}
}

/* The bookmarks under a code: its comparison sheets. */
static void
pdf_entry_sheets(struct handbook *h, const struct entry *e)
{
	size_t i;

	for (i = 0; i < e->npairs; i++) {
		const struct pair *p = e->pairs[i];
		int other = p->code[0] == e->code ? p->code[1] : p->code[0];
		char *label;

		if (p->entry[0] == NULL || p->entry[1] == NULL)
			continue;
		label = xasprintf(_("Compare %1$d with %2$d"), e->code, other);
		buf_printf(&h->b, ".nop \\!x X ps:exec [/Dest /p%d-%d /Title (",
		    p->code[0], p->code[1]);
		pdf_utf16(&h->b, label);
		buf_puts(&h->b, ") /Level 3 /OUT pdfmark\n");
		free(label);
	}
}

static void
pdf_entry(struct handbook *h, size_t ei)
{
	const struct entry *e = h->p->c->entries[ei];
	const struct pentry *pe = prepared_entry(h->pr, ei);
	char *title = xasprintf("%d %s", e->code, e->reason);
	char *name = xasprintf("c%d", e->code);
	int i;

	pdf_running(h, "RH", title);
	pdf_heading(h, 2, title);
	pdf_mark(h, name, title, 2);
	pdf_entry_sheets(h, e);
	pdf_lead(h, ei);
	pdf_glance(h, ei, -1);
	for (i = 0; i < SEC__MAX; i++)
		pdf_section(h, _(entry_section_keys[i]), pe->sec[i],
		    pe->sec_state[i]);
	pdf_entry_links(h, e);
	pdf_refs(h, e->refs, e->ref_urls, e->nrefs);
	free(title);
	free(name);
}

static void
pdf_codes(struct handbook *h)
{
	const struct content *c = h->p->c;
	int last = 0;
	size_t i;

	for (i = 0; i < c->nentries; i++) {
		int cls = code_class(c->entries[i]->code);

		if (cls != last) {
			char name[8];

			fmt_snprintf(name, sizeof(name), "k%d", cls);
			roff_line(&h->r, ".bp");
			pdf_running(h, "LH", class_label(c->entries[i]->code));
			pdf_heading(h, 1, class_label(c->entries[i]->code));
			pdf_mark(h, name, class_label(c->entries[i]->code), 1);
			last = cls;
		}
		pdf_entry(h, i);
	}
}

static void
pdf_pair_lists(struct handbook *h, const struct sheet *sh, size_t a,
    size_t b)
{
	const size_t both[2] = { a, b };
	size_t i;

	pdf_heading(h, 3, _("Key differences"));
	for (i = 0; i < sh->ndiffs; i++) {
		char tag[32];

		fmt_snprintf(tag, sizeof(tag), ".IP %zu. 3", i + 1);
		roff_line(&h->r, tag);
		roff_md_inline(&h->r, sh->diffs[i]);
		roff_nl(&h->r);
	}
	pdf_heading(h, 3, _("When to use which"));
	for (i = 0; i < 2; i++) {
		const struct entry *e = h->p->c->entries[both[i]];

		roff_line(&h->r, ".LP");
		roff_font_push(&h->r, RF_BOLD);
		roff_text(&h->r, e->codestr);
		roff_text(&h->r, " ");
		roff_text(&h->r, e->reason);
		roff_text(&h->r, ":");
		roff_font_pop(&h->r);
		roff_text(&h->r, " ");
		roff_md_inline(&h->r, prepared_text(h->pr, both[i])->use);
		roff_nl(&h->r);
	}
}

/* The index of header fields, methods and option tags, with the pages
 * of the first pass. */
static void
pdf_index(struct handbook *h)
{
	const struct content *c = h->p->c;
	int *pages = xcalloc(c->nentries + 1, sizeof(*pages));
	const char *title = _("Index of header fields, methods and option "
	    "tags");
	size_t i, k;
	int kind;

	if (c->nnames == 0) {
		free(pages);
		return;
	}
	/* The first pass has no pages yet: numbers of a likely width, so
	   that the index keeps its length in the second. */
	for (i = 0; i < c->nentries; i++)
		pages[i] = 100;
	for (i = 0; i < c->nentries; i++)
		for (k = 0; k < h->nmarks; k++)
			if (h->marks[k].level == 2 && h->marks[k].name[0] ==
			    'c' && atoi(h->marks[k].name + 1) ==
			    c->entries[i]->code)
				if (h->marks[k].page > 0)
					pages[i] = h->marks[k].page;
	roff_line(&h->r, ".bp");
	pdf_running(h, "LH", title);
	pdf_running(h, "RH", "");
	pdf_heading(h, 1, title);
	pdf_mark(h, "index", title, 1);
	for (kind = 0; kind < NK__MAX; kind++) {
		char name[16];

		fmt_snprintf(name, sizeof(name), "index-%d", kind);
		pdf_heading(h, 2, name_kind_label((enum name_kind)kind));
		pdf_mark(h, name, name_kind_label((enum name_kind)kind), 2);
		hbindex_part(&h->r, c, kind, pages);
	}
	free(pages);
}

static void
pdf_pairs(struct handbook *h)
{
	const struct content *c = h->p->c;
	size_t i, k;

	roff_line(&h->r, ".bp");
	pdf_running(h, "LH", _("Commonly confused pairs"));
	pdf_running(h, "RH", "");
	pdf_heading(h, 1, _("Commonly confused pairs"));
	pdf_mark(h, "pairs", _("Commonly confused pairs"), 1);
	for (i = 0; i < c->npairs; i++) {
		const struct pair *p = c->pairs[i];
		const struct pnote *pn;
		size_t a, b;
		struct sheet sh;
		char name[24];

		if (p->entry[0] == NULL || p->entry[1] == NULL)
			continue;
		a = p->entry[0]->index;
		b = p->entry[1]->index;
		pn = prepared_note(h->pr, i);
		sheet_make(&sh, p->entry[0], &prepared_text(h->pr, a)->fd,
		    p->entry[1], &prepared_text(h->pr, b)->fd);
		fmt_snprintf(name, sizeof(name), "p%d-%d", p->code[0],
		    p->code[1]);
		pdf_running(h, "RH", sh.title);
		pdf_heading(h, 2, sh.title);
		pdf_mark(h, name, sh.title, 2);
		pdf_lead(h, a);
		pdf_lead(h, b);
		pdf_glance(h, a, (long)b);
		for (k = 0; k < PSEC__MAX; k++)
			pdf_section(h, _(pair_section_keys[k]), pn->sec[k],
			    pn->sec_state[k]);
		pdf_pair_lists(h, &sh, a, b);
		sheet_free(&sh);
		pdf_refs(h, p->refs, p->ref_urls, p->nrefs);
	}
}

/* The contents, one line per mark; pages are 0 in the first pass. */
static void
pdf_toc(struct handbook *h, struct buf *b)
{
	struct roff r;
	size_t i;

	roff_init(&r, b, &roff_pdf);
	r.links = h->links;
	buf_puts(b, ".SH 1\n\\s[18]");
	r.bol = 0;
	roff_text(&r, _("Contents"));
	buf_puts(b, "\\s0\n.LP\n.nf\n.ta \\n[.l]uR\n.tc .\n");
	r.bol = 1;
	for (i = 0; i < h->nmarks; i++) {
		const struct mark *m = &h->marks[i];

		if (m->level == 1)
			roff_font_push(&r, RF_BOLD);
		else
			buf_puts(b, "\\h'1.5m'");
		r.bol = 0;
		roff_link_begin(&r, m->name, 0);
		roff_text(&r, m->title);
		if (m->level == 1)
			roff_font_pop(&r);
		buf_printf(b, "\t%d", m->page);
		roff_link_end(&r);
		buf_putc(b, '\n');
		r.bol = 1;
	}
	buf_puts(b, ".fi\n.tc\n.bp\n");
}

/* Hyphenation: English with groff's own patterns, a language whose
 * patterns make converted (font/tmac/sipdoc-hyph.LANG.tmac, see
 * Makefile.am) with those, any other none.  Ragged-right: justified
 * lines came out with gaps of six spaces and more before what must not
 * break (an RFC section, a long URI), which groff, breaking one line at
 * a time, cannot avoid; left-aligned, every gap is one space. */
static void
pdf_hyphenation(const struct handbook *h, struct buf *b)
{
	const char *code = h->p->langs[h->li].code;
	char *path = xasprintf("%s/tmac/sipdoc-hyph.%s.tmac", h->fontdir,
	    code);

	if (strcmp(code, "en") == 0)
		buf_puts(b, ".hy 4\n");
	else if (access(path, R_OK) == 0)
		buf_printf(b, ".mso sipdoc-hyph.%s.tmac\n.hy 4\n", code);
	else
		buf_puts(b, ".hy 0\n");
	buf_puts(b, ".ad l\n");
	free(path);
}

/* The document's title, subject and keywords, in its language. */
static void
pdf_docinfo(struct buf *b)
{
	buf_puts(b, ".nop \\!x X ps:exec [/Title (");
	pdf_utf16(b, _("SIP response codes"));
	buf_puts(b, ") /Subject (");
	pdf_utf16(b, _("A handbook of every registered code, with the "
	    "pairs engineers confuse"));
	buf_puts(b, ") /Keywords (");
	/* TRANSLATORS: the keywords of the PDF handbook, comma-separated. */
	pdf_utf16(b, _("SIP, response codes, status codes, RFC 3261, "
	    "VoIP"));
	buf_puts(b, ") /Creator (sipdoc)");
}

static void
pdf_title_page(struct handbook *h, struct buf *b)
{
	const struct lang *l = &h->p->langs[h->li];

	struct roff r;

	roff_init(&r, b, &roff_pdf);
	buf_printf(b, ".ds FAM U\n.fam U\n.nr PS 10\n.nr VS 13\n"
	    ".nr HM 0.8i\n.nr FM 0.8i\n.nr HORPHANS 2\n.nr PORPHANS 2\n.ds CH\n.ds CF \\(en \\\\n%% \\(en\n"
	    ".pl %s\n", strcmp(pdf_paper(h), "letter") == 0 ? "11i" :
	    "29.7c");
	pdf_hyphenation(h, b);
	buf_puts(b, ".LP\n.sp 2.5i\n.ce 2\n\\s[26]");
	r.bol = 0;
	roff_font_push(&r, RF_BOLD);
	roff_text(&r, _("SIP response codes"));
	roff_font_pop(&r);
	buf_puts(b, "\\s0\n.sp 0.5\n\\s[13]");
	roff_text(&r, _("A handbook of every registered code, with the "
	    "pairs engineers confuse"));
	buf_puts(b, "\\s0\n.sp 3i\n.ce 2\n");
	r.bol = 1;
	roff_text(&r, "sipdoc " PACKAGE_VERSION "\n");
	roff_text(&r, h->p->date);
	roff_nl(&r);
	pdf_docinfo(b);
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

/* The document ID, which gropdf does not write: the digest of what the
 * handbook shows, the same in every build of the same input.  It goes
 * into the trailer, after the cross-reference table: no offset moves. */
static void
pdf_id(struct buf *pdf, const struct digest *in)
{
	static const char key[] = "trailer\n<<\n";
	char hex[33], *id, *at = NULL, *p = pdf->s;
	size_t off, n;

	/* The PDF holds binary streams: memmem(), not strstr(). */
	while (p != NULL && (p = memmem(p, pdf->len - (size_t)(p - pdf->s),
	    key, sizeof(key) - 1)) != NULL)
		at = p++;
	if (at == NULL)
		return;
	off = (size_t)(at - pdf->s) + sizeof(key) - 1;
	digest_hex(in, hex);
	id = xasprintf("/ID [<%s> <%s>]\n", hex, hex);
	n = strlen(id);
	buf_put(pdf, id, n);	/* room, then move the tail up */
	memmove(pdf->s + off + n, pdf->s + off, pdf->len - n - off);
	memcpy(pdf->s + off, id, n);
	free(id);
}

/* The index again, with the pages of the first pass: it replaces the
 * end of the body and its marks. */
static void
pdf_index_again(struct handbook *h)
{
	while (h->nmarks > h->index_marks) {
		h->nmarks--;
		free(h->marks[h->nmarks].name);
		free(h->marks[h->nmarks].title);
	}
	h->b.len = h->index_at;
	h->r.bol = 1;
	h->r.font_start = h->r.font_end = 0;
	pdf_index(h);
}

/* Two passes: pages of the headings, then the contents with them. */
static int
pdf_typeset(struct handbook *h, const char *epoch, struct buf *src,
    struct buf *pdf)
{
	struct buf err = {0};
	int rc;

	pdf_compose(h, src);
	rc = groff_run(h->fontdir, src->s, epoch, "-z", pdf_paper(h), pdf,
	    &err);
	if (rc == 0) {
		pdf_pages(h, buf_str(&err));
		pdf_index_again(h);
		pdf_pages(h, buf_str(&err));
		pdf_compose(h, src);
		buf_free(pdf);
		buf_free(&err);
		rc = groff_run(h->fontdir, src->s, epoch, NULL, pdf_paper(h),
		    pdf, &err);
	}
	if (rc == 0)
		pdf_id(pdf, &h->out->in);
	buf_free(&err);
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

int
handbook_render(const struct project *p, struct prepared *pr,
    const struct output *out, const struct roff_links *links,
    struct buf *pdf)
{
	struct handbook h;
	char *epoch = pdf_epoch(p->date);
	struct buf src = {0};
	int rc;

	memset(&h, 0, sizeof(h));
	h.p = p;
	h.pr = pr;
	h.li = out->lang;
	h.fontdir = p->o->fontdir;
	h.links = links;
	h.out = out;
	roff_init(&h.r, &h.b, &roff_pdf);
	h.r.links = links;
	pdf_codes(&h);
	pdf_pairs(&h);
	h.index_at = h.b.len;
	h.index_marks = h.nmarks;
	pdf_index(&h);
	rc = pdf_typeset(&h, epoch, &src, pdf);
	buf_free(&src);
	pdf_free(&h);
	free(epoch);
	return rc;
}

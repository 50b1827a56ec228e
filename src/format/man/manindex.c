/* manindex.c: sip-codes(7), a table of every code by class, and sipdoc(1),
 * both written from the UI catalogs so they are translated too. */
#include "system.h"

#include "util/buf.h"
#include "format/man/manindex.h"
#include "format/man/manutil.h"
#include "format/roff/mdroff.h"
#include "build/outset.h"
#include "compose/sheet.h"
#include "build/site.h"
#include "util/xalloc.h"

/* "man/man7" for English, "man/LANG/man7" for the others. */
static void
man_stage(const struct site *s, size_t li, int section, const char *name,
    struct buf *b)
{
	const char *lang = s->langs[li].code;
	char *rel = strcmp(lang, "en") == 0 ?
	    xasprintf("man/man%d/%s.%d", section, name, section) :
	    xasprintf("man/%s/man%d/%s.%d", lang, section, name, section);

	outset_add(s->out, rel, b);
	free(rel);
}

/* One tbl table of the codes of class CLS. */
static void
man_class_table(const struct site *s, size_t li, int cls, struct buf *b)
{
	size_t i;

	buf_puts(b, ".SS \"");
	mdroff_text(b, class_label(cls * 100));
	buf_puts(b, "\"\n.ad l\n.TS\ntab(@);\nl lx.\n");
	for (i = 0; i < s->c->nentries; i++) {
		const struct prep_entry *pe = &s->pe[li][i];

		if (code_class(pe->e->code) != cls)
			continue;
		buf_printf(b, "\\fBsip-%d\\fR(7)@T{\n\\fB", pe->e->code);
		mdroff_text(b, pe->e->reason);
		buf_puts(b, "\\fR \\(em ");
		mdroff_text(b, pe->summary);
		buf_puts(b, "\nT}\n");
	}
	buf_puts(b, ".TE\n.ad\n");
}

void
man_overview(const struct site *s, size_t li)
{
	struct buf b = {0};
	size_t i;
	int cls, first = 1;

	man_header(s, &b, "sip-codes", 7, _("overview of SIP response codes"),
	    "content/registry.tsv");
	man_sh(&b, _("DESCRIPTION"));
	man_para(&b, _("This manual describes every response code in the "
	    "IANA registry of SIP response codes. Each code has a page of its "
	    "own, sip-NNN(7), with what it means, when you see it and how to "
	    "fix it; pairs of codes that are often confused have a comparison "
	    "page, sip-AAA-vs-BBB(7)."), &first);
	man_para(&b, _("The first digit of a code gives its class: 1xx "
	    "responses are provisional, 2xx to 6xx are final."), &first);
	for (cls = 1; cls <= 6; cls++)
		man_class_table(s, li, cls, &b);
	man_sh(&b, _("COMPARISON PAGES"));
	for (i = 0; i < s->c->npairs; i++) {
		const struct pair *p = s->c->pairs[i];

		if (p->entry[0] == NULL || p->entry[1] == NULL)
			continue;
		buf_printf(&b, "%s.BR sip-%d-vs-%d (7)\n", i > 0 ? ".br\n" : "",
		    p->code[0], p->code[1]);
	}
	man_sh(&b, _("SEE ALSO"));
	buf_puts(&b, ".BR sipdoc (1)\n");
	man_stage(s, li, 7, "sip-codes", &b);
}

/* An option or command: its synopsis in bold (ITEM is roff, written as
 * is: \- keeps option dashes from becoming hyphens), its description. */
static void
man_tp(struct buf *b, const char *item, const char *text)
{
	buf_puts(b, ".TP\n.B ");
	buf_puts(b, item);
	buf_putc(b, '\n');
	mdroff_text(b, text);
	buf_putc(b, '\n');
}

static void
man_tool_options(struct buf *b)
{
	man_sh(b, _("OPTIONS"));
	man_tp(b, "\\-C, \\-\\-content=DIR", _("Read the content from DIR."));
	man_tp(b, "\\-\\-templates=DIR", _("Read the HTML templates and the "
	    "style sheet from DIR."));
	man_tp(b, "\\-o, \\-\\-output=DIR", _("Write the output into DIR "
	    "(default: out)."));
	man_tp(b, "\\-l, \\-\\-lang=LIST", _("Build only the languages of "
	    "the comma-separated LIST; English is the source language."));
	man_tp(b, "\\-f, \\-\\-format=LIST", _("Build only the formats of "
	    "LIST: html, man, pdf."));
	man_tp(b, "\\-\\-allow\\-fuzzy", _("Show translations that are out "
	    "of date, marked as such, instead of the English text."));
	man_tp(b, "\\-\\-hreflang\\-min=PERCENT", _("List a language as an "
	    "hreflang alternate of a page only when at least PERCENT of the "
	    "page is translated (default: 100)."));
	man_tp(b, "\\-\\-base\\-url=URL", _("Address of the site, for "
	    "canonical links and the sitemap."));
	man_tp(b, "\\-\\-fontdir=DIR", _("Read the groff fonts for the PDF "
	    "handbooks from DIR."));
	man_tp(b, "\\-q, \\-\\-quiet", _("Print nothing but diagnostics."));
	man_tp(b, "\\-h, \\-\\-help", _("Print a summary of the options and "
	    "exit."));
	man_tp(b, "\\-V, \\-\\-version", _("Print the version and exit."));
}

void
man_tool(const struct site *s, size_t li)
{
	struct buf b = {0};
	int first = 1;

	man_header(s, &b, "sipdoc", 1, _("render the reference of SIP "
	    "response codes"), "src/manindex.c");
	man_sh(&b, _("SYNOPSIS"));
	buf_puts(&b, ".B sipdoc\n.RI [ OPTION ]...\n.I COMMAND\n");
	man_sh(&b, _("DESCRIPTION"));
	man_para(&b, _("sipdoc reads one Markdown entry per SIP response "
	    "code, merges the translations of its content and UI catalogs, "
	    "and writes a static web site, man pages and PDF handbooks for "
	    "every language."), &first);
	man_para(&b, _("Text that is missing or out of date in a catalog is "
	    "shown in English, and every page says which parts are."), &first);
	man_sh(&b, _("COMMANDS"));
	man_tp(&b, "build", _("Render every language and format and write "
	    "the files whose contents changed."));
	man_tp(&b, "check", _("Validate the content, the catalogs and the "
	    "templates; write nothing."));
	man_tp(&b, "status", _("Print how much of each language is "
	    "translated, fuzzy or missing."));
	man_tp(&b, "show CODE", _("Print the page of one code for the "
	    "terminal, in the language of the environment or of --lang."));
	man_tp(&b, "compare CODE CODE", _("Print the comparison sheet of two "
	    "codes for the terminal, with the curated note when there is "
	    "one."));
	man_tp(&b, "extract", _("Write the template of the content catalogs "
	    "(POT)."));
	man_tool_options(&b);
	man_sh(&b, _("EXIT STATUS"));
	first = 1;
	man_para(&b, _("0 on success, 1 when an error was reported, 2 when "
	    "the command line is wrong."), &first);
	man_sh(&b, _("ENVIRONMENT"));
	man_tp(&b, "SOURCE_DATE_EPOCH", _("The date written into man pages "
	    "and PDF handbooks; without it, the newest date of the content."));
	man_sh(&b, _("SEE ALSO"));
	buf_puts(&b, ".BR sip-codes (7)\n");
	man_stage(s, li, 1, "sipdoc", &b);
}

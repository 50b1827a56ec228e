/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* tool.c: sipdoc(1), the tool's own manual, written from the UI catalog
 * so that it is translated too. */
#include "system.h"

#include "format/man/man.h"
#include "format/man/manutil.h"
#include "format/roff/roff.h"
#include "util/buf.h"

static void
man_tool_options(struct roff *b)
{
	man_sh(b, _("OPTIONS"));
	man_tp(b, "-C, --content=DIR", _("Read the content from DIR."));
	man_tp(b, "--templates=DIR", _("Read the HTML templates and the "
	    "style sheet from DIR."));
	man_tp(b, "-o, --output=DIR", _("Write the output into DIR "
	    "(default: out)."));
	man_tp(b, "-l, --lang=LIST", _("Build only the languages of "
	    "the comma-separated LIST; English is the source language."));
	man_tp(b, "-f, --format=LIST", _("Build only the formats of "
	    "LIST: html, man, pdf, json (every code as data for tools, in "
	    "html/LANG/data/)."));
	man_tp(b, "--allow-fuzzy", _("Show translations that are out "
	    "of date, marked as such, instead of the English text."));
	man_tp(b, "--hreflang-min=PERCENT", _("List a language as an "
	    "hreflang alternate of a page only when at least PERCENT of the "
	    "page is translated (default: 100)."));
	man_tp(b, "--base-url=URL", _("Address of the site, for "
	    "canonical links and the sitemap."));
	man_tp(b, "--fontdir=DIR", _("Read the groff fonts for the PDF "
	    "handbooks from DIR."));
	man_tp(b, "--paper=SIZE", _("Set the PDF handbooks on A4 paper "
	    "(a4, the default) or US Letter (letter)."));
	man_tp(b, "-p, --port=PORT", _("The port on 127.0.0.1 that "
	    "serve listens on (default: 8080; 0: any free port)."));
	man_tp(b, "-q, --quiet", _("Print nothing but diagnostics."));
	man_tp(b, "-h, --help", _("Print a summary of the options and "
	    "exit."));
	man_tp(b, "-V, --version", _("Print the version and exit."));
}

void
man_tool_page(const struct mctx *m, struct buf *buf)
{
	struct roff r, *b = &r;
	int first = 1;

	roff_init(&r, buf, &roff_man);
	man_header(b, m->p, "sipdoc", 1, _("render the reference of SIP "
	    "response codes"), "src/format/man/tool.c");
	man_sh(b, _("SYNOPSIS"));
	roff_req(b, "B", "sipdoc", NULL);
	roff_req(b, "RI", "[", "OPTION", "]...", NULL);
	roff_req(b, "I", "COMMAND", NULL);
	man_sh(b, _("DESCRIPTION"));
	man_para(b, _("sipdoc reads one Markdown entry per SIP response "
	    "code, merges the translations of its content and UI catalogs, "
	    "and writes a static web site, man pages and PDF handbooks for "
	    "every language."), &first);
	man_para(b, _("Text that is missing or out of date in a catalog is "
	    "shown in English, and every page says which parts are."), &first);
	man_para(b, _("Without --content, a command run in a folder that "
	    "holds content/ reads that content, and the templates/ beside it "
	    "when there are any; elsewhere it reads the installed content and "
	    "templates. A project of your own starts with sipdoc init."),
	    &first);
	man_sh(b, _("COMMANDS"));
	man_tp(b, "build", _("Render every language and format and write "
	    "the files whose contents changed."));
	man_tp(b, "check", _("Validate the content, the catalogs and the "
	    "templates; write nothing."));
	man_tp(b, "status", _("Print how much of each language is "
	    "translated, fuzzy or missing."));
	man_tp(b, "show CODE", _("Print the page of one code for the "
	    "terminal, in the language of the environment or of --lang."));
	man_tp(b, "compare CODE CODE", _("Print the comparison sheet of two "
	    "codes for the terminal, with the curated note when there is "
	    "one."));
	man_tp(b, "extract", _("Write the template of the content catalogs "
	    "(POT)."));
	man_tp(b, "init DIR", _("Write a project of your own into DIR, which "
	    "must be new or empty: a copy of the content and the templates, "
	    "with a README that says how to work in it."));
	man_tp(b, "serve", _("Build the site, serve it on 127.0.0.1 (see "
	    "--port), and build it again whenever a file of the content, its "
	    "catalogs or the templates changes; the pages open in a browser "
	    "then reload. Only the html format is built unless --format says "
	    "otherwise. Ctrl-C stops it."));
	man_tool_options(b);
	man_sh(b, _("EXIT STATUS"));
	first = 1;
	man_para(b, _("0 on success, 1 when an error was reported, 2 when "
	    "the command line is wrong."), &first);
	man_sh(b, _("ENVIRONMENT"));
	man_tp(b, "SOURCE_DATE_EPOCH", _("The date written into man pages "
	    "and PDF handbooks; without it, the newest date of the content."));
	man_sh(b, _("SEE ALSO"));
	roff_req(b, "BR", "sip-codes", "(7)", NULL);
}

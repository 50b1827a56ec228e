/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* initreadme.c: the README.md of a project that `sipdoc init` writes, in
 * the UI language: what the folder is, how to work in it, the licence. */
#include "system.h"

#include "cmd/init.h"
#include "util/buf.h"

/* Each paragraph is a message of its own, so that a change to one leaves
 * the others' translations alone. */
void
init_readme(struct buf *b)
{
	/* TRANSLATORS: the README of a new project (Markdown), from here to
	   the licence.  Keep the commands, file names and addresses. */
	buf_printf(b, "# %s\n\n", _("A sipdoc project"));
	buf_printf(b, "%s\n\n", _("This folder is a project of your own: a "
	    "copy of the content and the templates of sipdoc, to change as you "
	    "like. Run sipdoc in this folder: in a folder that holds content/, "
	    "sipdoc reads content/ and templates/ from it instead of the "
	    "installed ones."));
	buf_printf(b, "## %s\n\n", _("Commands"));
	buf_printf(b, "%s\n", _("    sipdoc check    validate the content, "
	    "the catalogs and the templates\n"
	    "    sipdoc serve    preview the site at http://127.0.0.1:8080/; "
	    "each saved change\n"
	    "                    is built at once and the open page reloads\n"
	    "    sipdoc build    write the site, the man pages and the PDF "
	    "handbooks into out/\n"
	    "    sipdoc status   how much of each language is translated\n"));
	buf_printf(b, "## %s\n\n", _("What is here"));
	buf_printf(b, "%s\n\n", _("- content/registry.tsv: the IANA registry "
	    "of SIP response codes.\n"
	    "- content/codes/NNN.md: the entry of one code, its front matter "
	    "and its sections.\n"
	    "- content/pairs/AAA-BBB.md: the note on two codes that are often "
	    "confused.\n"
	    "- content/po/LANG.po: the translation of the content into one "
	    "language;\n"
	    "  content/po/sipdoc-content.pot is their template.\n"
	    "- templates/: the HTML templates of the pages, the style sheet and "
	    "the script\n"
	    "  of the site."));
	/* TRANSLATORS: %s is the folder of sipdoc's documentation. */
	buf_printf(b, _("The guide to writing and translating entries is "
	    "AUTHORING.md, in %s.\n\n"), DOCDIR);
	buf_printf(b, "%s\n\n", _("After you change an English entry, bring "
	    "the catalogs up to date:"));
	buf_puts(b, "    sipdoc extract\n"
	    "    msgmerge --update --previous content/po/ru.po "
	    "content/po/sipdoc-content.pot\n\n");
	buf_printf(b, "## %s\n\n", _("Licence"));
	buf_printf(b, "%s\n", _("The content and the templates copied here "
	    "are free software, under the GNU General Public License, version "
	    "3 or (at your option) any later version (GPL-3.0-or-later), as "
	    "sipdoc is: you may change them and pass them on under the same "
	    "licence. The text of the licence is at "
	    "https://www.gnu.org/licenses/gpl-3.0.html (on Debian, "
	    "/usr/share/common-licenses/GPL-3)."));
}

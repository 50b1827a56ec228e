/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* overview.c: sip-codes(7), the overview: a table of every code by class
 * with its summary, and the comparison pages. */
#include "system.h"

#include "build/project.h"
#include "compose/sheet.h"
#include "format/man/man.h"
#include "format/man/manutil.h"
#include "format/prepared.h"
#include "format/roff/mdroff.h"
#include "util/buf.h"

/* One tbl table of the codes of class CLS. */
static void
man_class_table(const struct mctx *m, int cls, struct buf *b)
{
	const struct content *c = m->p->c;
	size_t i;

	buf_puts(b, ".SS \"");
	mdroff_text(b, class_label(cls * 100));
	/* .ne: a table whose first text block would start on the last
	   lines of a page makes tbl warn that the block will not fit on
	   one page; such a table starts on the next page instead. */
	buf_puts(b, "\"\n.ad l\n.ne 8\n.TS\ntab(@);\nl lx.\n");
	for (i = 0; i < c->nentries; i++) {
		const struct entry *e = c->entries[i];
		const struct pentry *pe;

		if (code_class(e->code) != cls)
			continue;
		pe = prepared_text(m->pr, i);
		buf_printf(b, "\\fBsip-%d\\fR(7)@T{\n\\fB", e->code);
		mdroff_text(b, e->reason);
		buf_puts(b, "\\fR \\(em ");
		mdroff_text(b, pe->summary);
		buf_puts(b, "\nT}\n");
	}
	buf_puts(b, ".TE\n.ad\n");
}

void
man_overview_page(const struct mctx *m, struct buf *b)
{
	const struct content *c = m->p->c;
	size_t i;
	int cls, first = 1;

	man_header(m->p, b, "sip-codes", 7, _("overview of SIP response codes"),
	    "content/registry.tsv");
	man_sh(b, _("DESCRIPTION"));
	man_para(b, _("This manual describes every response code in the "
	    "IANA registry of SIP response codes. Each code has a page of its "
	    "own, sip-NNN(7), with what it means, when you see it and how to "
	    "fix it; pairs of codes that are often confused have a comparison "
	    "page, sip-AAA-vs-BBB(7)."), &first);
	man_para(b, _("The first digit of a code gives its class: 1xx "
	    "responses are provisional, 2xx to 6xx are final."), &first);
	for (cls = 1; cls <= 6; cls++)
		man_class_table(m, cls, b);
	man_sh(b, _("COMPARISON PAGES"));
	for (i = 0; i < c->npairs; i++) {
		const struct pair *p = c->pairs[i];

		if (p->entry[0] == NULL || p->entry[1] == NULL)
			continue;
		buf_printf(b, "%s.BR sip-%d-vs-%d (7)\n", i > 0 ? ".br\n" : "",
		    p->code[0], p->code[1]);
	}
	man_sh(b, _("SEE ALSO"));
	buf_puts(b, ".BR sipdoc (1)\n");
}


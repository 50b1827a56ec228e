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
#include "format/roff/roff.h"
#include "util/buf.h"
#include "util/fmt.h"

/* One tbl table of the codes of class CLS. */
static void
man_class_table(const struct mctx *m, int cls, struct roff *r)
{
	const struct content *c = m->p->c;
	char page[24];
	size_t i;

	roff_req(r, "SS", class_label(cls * 100), NULL);
	roff_line(r, ".ad l");
	/* .ne: a table whose first text block would start on the last
	   lines of a page makes tbl warn that the block will not fit on
	   one page; such a table starts on the next page instead. */
	roff_line(r, ".ne 8");
	roff_line(r, ".TS\ntab(@);\nl lx.");
	for (i = 0; i < c->nentries; i++) {
		const struct entry *e = c->entries[i];

		if (code_class(e->code) != cls)
			continue;
		fmt_snprintf(page, sizeof(page), "sip-%d", e->code);
		roff_font_push(r, RF_BOLD);
		roff_text(r, page);
		roff_font_pop(r);
		roff_text(r, "(7)");
		buf_puts(r->b, "@T{\n");
		r->bol = 1;
		roff_font_push(r, RF_BOLD);
		roff_text(r, e->reason);
		roff_font_pop(r);
		buf_puts(r->b, " \\(em ");
		roff_md_inline(r, prepared_text(m->pr, i)->summary);
		roff_line(r, "T}");
	}
	roff_line(r, ".TE");
	roff_line(r, ".ad");
}

void
man_overview_page(const struct mctx *m, struct buf *b)
{
	const struct content *c = m->p->c;
	struct roff r;
	char page[32];
	size_t i;
	int cls, first = 1, any = 0;

	roff_init(&r, b, &roff_man);
	man_header(&r, m->p, "sip-codes", 7, _("overview of SIP response "
	    "codes"), "content/registry.tsv");
	man_sh(&r, _("DESCRIPTION"));
	man_para(&r, _("This manual describes every response code in the "
	    "IANA registry of SIP response codes. Each code has a page of its "
	    "own, sip-NNN(7), with what it means, when you see it and how to "
	    "fix it; pairs of codes that are often confused have a comparison "
	    "page, sip-AAA-vs-BBB(7)."), &first);
	man_para(&r, _("The first digit of a code gives its class: 1xx "
	    "responses are provisional, 2xx to 6xx are final."), &first);
	for (cls = 1; cls <= 6; cls++)
		man_class_table(m, cls, &r);
	man_sh(&r, _("COMPARISON PAGES"));
	for (i = 0; i < c->npairs; i++) {
		const struct pair *p = c->pairs[i];

		if (p->entry[0] == NULL || p->entry[1] == NULL)
			continue;
		if (any)
			roff_line(&r, ".br");
		any = 1;
		fmt_snprintf(page, sizeof(page), "sip-%d-vs-%d", p->code[0],
		    p->code[1]);
		roff_req(&r, "BR", page, "(7)", NULL);
	}
	man_sh(&r, _("SEE ALSO"));
	roff_req(&r, "BR", "sipdoc", "(1)", NULL);
}

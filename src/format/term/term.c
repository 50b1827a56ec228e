/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* term.c: `sipdoc show 486` and `sipdoc compare 480 486` print the man page
 * of a code or of a pair (curated note included when there is one),
 * formatted by groff for the terminal. */
#include "system.h"

#include "build/project.h"
#include "format/man/man.h"
#include "format/prepared.h"
#include "format/roff/groff.h"
#include "format/roff/roff.h"
#include "format/term/term.h"
#include "util/buf.h"

int
term_page(const struct project *p, const size_t *idx, size_t n, int width,
    int plain, struct buf *out)
{
	struct mctx m = { p, prepared_new(p, 0, roff_md_man,
	    roff_inline_man, NULL, NULL), 0 };
	struct buf roff = {0};
	int rc;

	if (n == 1)
		man_code_page(&m, idx[0], &roff);
	else
		man_sheet_page(&m, idx[0] < idx[1] ? idx[0] : idx[1],
		    idx[0] < idx[1] ? idx[1] : idx[0], &roff);
	rc = groff_text(buf_str(&roff), width, plain, out);
	buf_free(&roff);
	prepared_free(m.pr);
	return rc;
}

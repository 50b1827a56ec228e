/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* groff.h: running groff to typeset a handbook or a terminal page.
 * groff_run() feeds SRC to groff -Tpdf with the generated fonts, returns
 * the PDF in *pdf and what groff printed on standard error (its .tm lines)
 * in *err; the caller frees both buffers.  Both functions return -1 after
 * a diagnostic on failure. */
#ifndef SIPDOC_GROFF_H
#define SIPDOC_GROFF_H

struct buf;

int	groff_run(const char *fontdir, const char *src, const char *epoch,
	    const char *extra_arg, struct buf *pdf, struct buf *err);

/* Formats the man page SRC for a terminal WIDTH columns wide into OUT;
 * PLAIN drops bold and underline (for pipes). */
int	groff_text(const char *src, int width, int plain, struct buf *out);

/* What groff -v -Tpdf says of the versions of groff, troff and gropdf. */
int	groff_version(struct buf *out);

#endif

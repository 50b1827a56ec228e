/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* groff.h: running groff to typeset a handbook or a terminal page.
 * groff_run() feeds SRC to groff -Tpdf with the generated fonts, returns
 * the PDF in *pdf and what groff printed on standard error (its .tm lines)
 * in *err; the caller frees both buffers.  Both functions return -1 after
 * a diagnostic on failure. */
#ifndef SIPDOC_GROFF_H
#define SIPDOC_GROFF_H

#include <stddef.h>

struct buf;
struct format;
struct lang;
struct project;

/* Whether groff can set text of language L: groff has no right-to-left
 * typesetting, so the man pages and handbook of a language written right
 * to left (as its UI catalog says, l10n/i18n.h) are not made at all rather
 * than garbled. */
int	groff_sets(const struct lang *);

/* At load time, one warning for each language of P that groff cannot
 * set, given by the first format of the build that uses groff (SELF is
 * the format calling). */
void	groff_warn_unset(const struct project *, const struct format *self);

/* The warning's text for language L, for `sipdoc status` too (static). */
const char *groff_unset_text(const struct lang *, char *buf, size_t n);

/* PAPER ("a4", "letter") is the paper size gropdf writes. */
int	groff_run(const char *fontdir, const char *src, const char *epoch,
	    const char *extra_arg, const char *paper, struct buf *pdf,
	    struct buf *err);

/* Formats the man page SRC for a terminal WIDTH columns wide into OUT;
 * PLAIN drops bold and underline (for pipes). */
int	groff_text(const char *src, int width, int plain, struct buf *out);

/* What groff -v -Tpdf says of the versions of groff, troff and gropdf. */
int	groff_version(struct buf *out);

#endif

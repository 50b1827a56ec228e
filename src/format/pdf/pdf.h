/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* pdf.h: the PDF handbooks as an output format (see format/format.h): one
 * handbook per language, typeset by groff with the URW fonts. */
#ifndef SIPDOC_PDF_H
#define SIPDOC_PDF_H

#include "format/format.h"

#include <stddef.h>

extern const struct format format_pdf;

/* The roff_links mention() of the handbooks (format/roff/roff.h); CTX is
 * the content (struct content). */
size_t	pdf_mention(const void *ctx, const char *s, const char *p,
	    char *dest, size_t n);

#endif

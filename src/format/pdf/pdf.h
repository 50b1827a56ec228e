/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* pdf.h: the PDF handbooks as an output format (see format/format.h): one
 * handbook per language, typeset by groff with the URW fonts. */
#ifndef SIPDOC_PDF_H
#define SIPDOC_PDF_H

#include "format/format.h"

extern const struct format format_pdf;

#endif

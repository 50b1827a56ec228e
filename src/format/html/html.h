/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* html.h: the static site, as an output format (see format/format.h). */
#ifndef SIPDOC_HTML_H
#define SIPDOC_HTML_H

#include "format/format.h"

extern const struct format format_html;

#endif

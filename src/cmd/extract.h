/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* extract.h: the content template (POT): one message per translation unit
 * of the English content, with #: references and #. comments naming the
 * code and section.  The file is rewritten only when it changes. */
#ifndef SIPDOC_EXTRACT_H
#define SIPDOC_EXTRACT_H

struct content;

int	extract_pot(const struct content *, const char *path);

#endif

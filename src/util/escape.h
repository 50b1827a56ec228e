/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* escape.h: escapers per output context, applied where text is written:
 * HTML text and attributes, roff text.  Each appends to a struct buf. */
#ifndef SIPDOC_ESCAPE_H
#define SIPDOC_ESCAPE_H

#include <stddef.h>

struct buf;

void	esc_html(struct buf *, const char *, size_t);
void	esc_html_s(struct buf *, const char *);
/* Whether a link target is safe to write (no javascript: and the like). */
int	url_is_safe(const char *);
/* roff text: backslashes, and '.' or '\'' at the start of an output line. */
void	esc_roff(struct buf *, const char *, int *at_line_start);
/* Appends an RFC link for a reference "RFC 3261 §21.4.24". */
char	*rfc_url(const char *ref);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* escape.h: escapers per output context, applied where text is written:
 * HTML text and attributes, JSON strings (roff has its writer,
 * format/roff/roff.h).  Each appends to a struct buf. */
#ifndef SIPDOC_ESCAPE_H
#define SIPDOC_ESCAPE_H

#include <stddef.h>

struct buf;

void	esc_html(struct buf *, const char *, size_t);
void	esc_html_s(struct buf *, const char *);
/* A JSON string, quotes included, of the UTF-8 text S (N bytes): the one
 * JSON escaper.  '<' and U+2028, U+2029 are escaped too, so the string
 * is also safe inside a script. */
void	esc_json(struct buf *, const char *, size_t);
void	esc_json_s(struct buf *, const char *);

/* Why a link target may not be written (javascript:, data:, vbscript:
 * in any spelling, //host), as a message id; NULL when it may. */
const char *url_problem(const char *);
int	url_is_safe(const char *);
/* The address of a reference "RFC 3261 §21.4.24"; NULL when it names no
 * RFC. */
char	*rfc_url(const char *ref);
/* The addresses of N references (rfc_url() of each), made once when the
 * content loads; free with strv_free(). */
char	**rfc_urls(char *const *refs, size_t n);

#endif

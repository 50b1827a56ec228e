/* escape.h: escapers per output context, applied where text is written:
 * HTML text and attributes (roff has its writer, format/roff/roff.h).  Each appends to a struct buf. */
#ifndef SIPDOC_ESCAPE_H
#define SIPDOC_ESCAPE_H

#include <stddef.h>

struct buf;

void	esc_html(struct buf *, const char *, size_t);
void	esc_html_s(struct buf *, const char *);
/* Why a link target may not be written (javascript:, data:, vbscript:
 * in any spelling, //host), as a message id; NULL when it may. */
const char *url_problem(const char *);
int	url_is_safe(const char *);
/* Appends an RFC link for a reference "RFC 3261 §21.4.24". */
char	*rfc_url(const char *ref);

#endif

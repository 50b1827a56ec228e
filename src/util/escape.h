/* escape.h: escapers per output context, applied where text is written:
 * HTML text and attributes (roff has its writer, format/roff/roff.h).  Each appends to a struct buf. */
#ifndef SIPDOC_ESCAPE_H
#define SIPDOC_ESCAPE_H

#include <stddef.h>

struct buf;

void	esc_html(struct buf *, const char *, size_t);
void	esc_html_s(struct buf *, const char *);
/* Whether a link target is safe to write (no javascript: and the like). */
int	url_is_safe(const char *);
/* Appends an RFC link for a reference "RFC 3261 §21.4.24". */
char	*rfc_url(const char *ref);

#endif

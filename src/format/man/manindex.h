/* manindex.h: the man pages that are not about one code: sip-codes(7), the
 * overview, and sipdoc(1), the tool's own manual, in language LI. */
#ifndef SIPDOC_MANINDEX_H
#define SIPDOC_MANINDEX_H

#include <stddef.h>

struct site;

void	man_overview(const struct site *, size_t li);
void	man_tool(const struct site *, size_t li);

#endif

/* term.h: the show and compare commands: one code, or two side by side,
 * formatted for the terminal in the reader's language. */
#ifndef SIPDOC_TERM_H
#define SIPDOC_TERM_H

#include <stddef.h>

struct build_opts;

/* Prints the page of CODES[0] (n == 1) or the sheet of two codes. */
int	term_run(const struct build_opts *, const int *codes, size_t n);

#endif

/* groff.h: running groff to typeset a handbook.  groff_run() feeds SRC to
 * groff -Tpdf with the generated fonts, returns the PDF in *pdf and what
 * groff printed on standard error (its .tm lines) in *err; the caller
 * frees both buffers.  It returns -1 after a diagnostic on failure. */
#ifndef SIPDOC_GROFF_H
#define SIPDOC_GROFF_H

struct buf;

int	groff_run(const char *fontdir, const char *src, const char *epoch,
	    const char *extra_arg, struct buf *pdf, struct buf *err);

#endif

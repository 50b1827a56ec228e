/* pdf.h: PDF handbooks, and the glyph check that runs before them. */
#ifndef SIPDOC_PDF_H
#define SIPDOC_PDF_H

struct site;

/* Typesets OUT/pdf/sip-codes.LANG.pdf for every language of S. */
int	pdf_render(const struct site *);

/* Every character of the content and catalogs must have a glyph in the
 * handbook's fonts; each one missing is reported at its first use as
 * FILE:LINE: error: character U+XXXX has no glyph in font NAME. */
int	glyphs_check(const struct site *);

#endif

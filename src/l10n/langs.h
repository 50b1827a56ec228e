/* langs.h: the languages of a build: English, the source, and one per
 * content catalog content/po/LANG.po, optionally narrowed by --lang.
 * langs_load() fills an array the caller frees with langs_free(). */
#ifndef SIPDOC_LANGS_H
#define SIPDOC_LANGS_H

#include <stddef.h>

struct lang;

int	langs_load(const char *content, const char *only, int allow_fuzzy,
	    int strict, struct lang **out, size_t *n);
void	langs_free(struct lang *, size_t n);

/* Checks each translation of CAT against its source's structure; broken
 * ones are reported (as errors when STRICT) and shown in English. */
int	langs_check_catalog(struct lang *, int strict);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* stem.c: libstemmer, the Snowball stemmers, behind a small interface. */
#include "system.h"

#include <dlfcn.h>
#include <libstemmer.h>

#include "format/html/stem.h"
#include "util/fmt.h"
#include "util/textio.h"

struct stemmer *
stem_open(const char *lang)
{
	char code[16];

	fmt_snprintf(code, sizeof(code), "%.*s", (int)strcspn(lang, "_-@."),
	    lang);
	return (struct stemmer *)sb_stemmer_new(code, "UTF_8");
}

void
stem_close(struct stemmer *s)
{
	if (s != NULL)
		sb_stemmer_delete((struct sb_stemmer *)s);
}

const char *
stem_word(struct stemmer *s, const char *w, size_t n, size_t *len)
{
	struct sb_stemmer *sb = (struct sb_stemmer *)s;
	const sb_symbol *r = sb_stemmer_stem(sb, (const sb_symbol *)w,
	    (int)n);

	if (r == NULL) {		/* out of memory in libstemmer */
		*len = n;
		return w;
	}
	*len = (size_t)sb_stemmer_length(sb);
	return (const char *)r;
}

/* The file the stemmers were loaded from (the shared library, or sipdoc
 * itself when linked statically, whose bytes the digest of sipdoc holds
 * already). */
struct digest
stem_digest(void)
{
	struct digest d = digest_of("no stemmer library", 18);
	Dl_info info;
	size_t n;
	char *data;

	if (dladdr((void *)sb_stemmer_new, &info) == 0 ||
	    info.dli_fname == NULL)
		return d;
	data = file_slurp(info.dli_fname, &n);
	if (data != NULL)
		d = digest_of(data, n);
	free(data);
	return d;
}

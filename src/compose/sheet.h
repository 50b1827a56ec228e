/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* sheet.h: the generated text of pages, in the current UI language: class
 * labels, the lead of a code page and of a comparison sheet, and the key
 * differences of a pair.  Every sentence is one translatable string with
 * positional placeholders.  The caller frees results with free() or
 * sheet_free(). */
#ifndef SIPDOC_SHEET_H
#define SIPDOC_SHEET_H

#include <stddef.h>

struct entry;
struct fdcode;
struct reg_code;

struct sheet {
	char	*title;
	char	**diffs;	/* key differences, one item each */
	size_t	 ndiffs;
};

/* "4xx Client Failure" in the current language. */
const char *class_label(int code);
/* The class sentence of a code: "486 Busy Here is a client failure
 * response (4xx): ..." */
char	*sheet_class_sentence(const struct reg_code *);
/* "202 Accepted is deprecated: send 200 OK instead." or NULL. */
char	*sheet_status_sentence(const struct entry *);

/* The comparison of two entries, A < B, with the parts of each that
 * fdcode_make() made (compose/factdiff.h). */
void	 sheet_make(struct sheet *, const struct entry *a,
	    const struct fdcode *fa, const struct entry *b,
	    const struct fdcode *fb);
void	 sheet_free(struct sheet *);

#endif

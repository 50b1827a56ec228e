/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* names.h: content/sip-names.tsv, the SIP header fields, methods and
 * option tags a reader looks up (RFC 3261 §20 and the IANA registries),
 * and which entries name each one in a code span (`Retry-After`,
 * `Require: 100rel`): the index of the handbooks and of the site. */
#ifndef SIPDOC_NAMES_H
#define SIPDOC_NAMES_H

#include <stddef.h>

struct content;

enum name_kind { NK_HEADER, NK_METHOD, NK_OPTION_TAG, NK__MAX };

struct sip_name {
	char		*name;		/* "Retry-After" */
	enum name_kind	 kind;
	char		*reference;	/* "RFC 3261" */
	size_t		*entries;	/* indexes in content->entries, sorted */
	size_t		 nentries;
};

/* Loads PATH into C (no file: no names) and finds where the entries
 * name them; -1 after a diagnostic.  content_free() frees them. */
int	names_load(struct content *c, const char *path);
void	names_free(struct content *c);

/* The heading of the index's part of KIND, in the UI language. */
const char *name_kind_label(enum name_kind);

#endif

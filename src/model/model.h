/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* model.h: the content model: the IANA registry, code entries and curated
 * pair notes, as loaded and validated.  Everything here is owned by the
 * struct content that holds it and freed by content_free(). */
#ifndef SIPDOC_MODEL_H
#define SIPDOC_MODEL_H

#include <stddef.h>

#include "model/facts.h"
#include "util/digest.h"

/* One row of content/registry.tsv. */
struct reg_code {
	int	 code;
	char	*reason;
	char	*klass;		/* "4xx Client Failure" */
	char	*reference;	/* "RFC 3261 §21.4.24" */
	char	*rfc;		/* defining RFC: "RFC 3261" */
	int	 deprecated;
};

/* A translatable text of an entry: its source and where it starts. */
struct unit {
	char	*text;
	int	 line;
	int	 col;
};

/* The three sections every code entry has, in this order. */
enum section_id {
	SEC_DESCRIPTION,
	SEC_WHEN,
	SEC_FIX,
	SEC__MAX
};

/* The two sections of a curated pair note. */
enum pair_section_id {
	PSEC_WHY,
	PSEC_APART,
	PSEC__MAX
};

/* A translation unit of a body: a paragraph or heading, its Markdown
 * source as a catalog's msgid (body_unit_text()), its file line and its
 * section. */
struct body_unit {
	char	*text;
	int	 line;
	int	 sec;
};

/* A Markdown body: its text, where it starts in the file, the line of
 * each section heading, its units in source order, and the text of its
 * code spans (what the index of header fields looks for). */
struct body {
	char	*text;
	int	 first_line;	/* file line of the body's first line */
	int	 sec_line[SEC__MAX];
	struct body_unit *units;
	size_t	 nunits;
	char	**spans;	/* in source order */
	size_t	 nspans;
};

struct entry {
	char	*path;		/* as given: "../x/content/codes/486.md" */
	char	*ref;		/* as shown in output: "content/codes/486.md" */
	struct digest source;	/* of the file's bytes */
	int	 code;
	char	 codestr[8];	/* "486", for templates */
	char	 classstr[4];	/* "c4": the class, for templates */
	int	 code_line;	/* where the code field's value is */
	int	 code_col;
	const struct reg_code *reg;
	char	*reason;
	int	 deprecated;
	int	*replaced_by;
	size_t	 nreplaced_by;
	const struct reg_code *replacement;	/* replaced_by[0] */
	char	**refs;
	char	**ref_urls;	/* rfc_urls() of refs */
	size_t	 nrefs;
	int	*related;
	size_t	 nrelated;
	char	**old_phrases;
	size_t	 nold_phrases;
	struct unit summary;
	struct unit use;
	char	*updated;	/* YYYY-MM-DD */
	struct facts facts;	/* facts.present: the entry gives them */
	struct body body;
	struct pair **pairs;	/* curated pairs naming this code */
	size_t	 npairs;
	size_t	 index;		/* in content->entries and prepared arrays */
};

struct pair {
	char	*path;
	char	*ref;
	struct digest source;	/* of the file's bytes */
	int	 code[2];	/* code[0] < code[1] */
	struct entry *entry[2];	/* NULL when that code has no entry */
	char	**refs;
	char	**ref_urls;	/* rfc_urls() of refs */
	size_t	 nrefs;
	char	*updated;
	struct body body;
	size_t	 index;		/* in content->pairs and prepared arrays */
};

struct content {
	char	*dir;
	struct reg_code *reg;
	size_t	 nreg;
	struct entry **entries;	/* sorted by code */
	size_t	 nentries;
	struct pair **pairs;	/* sorted by codes */
	size_t	 npairs;
	struct entry *bycode[600];	/* [code - 100] */
	struct sip_name *names;	/* sip-names.tsv, in its order (names.h) */
	size_t	 nnames;
};

/* Loads and validates DIR (registry.tsv, codes/, pairs/).  Problems are
 * reported through diag(); returns NULL when any error was found. */
struct content *content_load(const char *dir);
void	 content_free(struct content *);

const struct reg_code *registry_find(const struct content *, int code);
struct entry *content_entry(const struct content *, int code);
struct pair *content_pair(const struct content *, int a, int b);

/* The class digit and its name: "4xx Client Failure" -> 4. */
int	 code_class(int code);

#endif

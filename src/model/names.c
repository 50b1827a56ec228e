/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* names.c: loads content/sip-names.tsv and indexes the code spans of the
 * entries' English bodies by the names it lists. */
#include "system.h"

#include <unistd.h>

#include "model/model.h"
#include "model/names.h"
#include "util/diag.h"
#include "util/textio.h"
#include "util/xalloc.h"

static const char *const kind_keys[NK__MAX] = {
	"header", "method", "option-tag"
};

const char *
name_kind_label(enum name_kind k)
{
	static const char *const label[NK__MAX] = {
		N_("Header fields"), N_("Methods"), N_("Option tags")
	};

	return _(label[k]);
}

static int
names_row(struct sip_name *n, char *line, const char *path, int lineno)
{
	char *kind = strchr(line, '\t'), *ref;
	int k;

	ref = kind != NULL ? strchr(kind + 1, '\t') : NULL;
	if (ref == NULL) {
		diag(DIAG_ERROR, path, lineno, 0,
		    _("expected %d tab-separated columns"), 3);
		return -1;
	}
	*kind++ = '\0';
	*ref++ = '\0';
	for (k = 0; k < NK__MAX && strcmp(kind, kind_keys[k]) != 0; k++)
		;
	if (k == NK__MAX || *line == '\0') {
		diag(DIAG_ERROR, path, lineno, 0, _("malformed name row"));
		return -1;
	}
	n->name = xstrdup(line);
	n->kind = (enum name_kind)k;
	n->reference = xstrdup(ref);
	return 0;
}

/* The name a code span gives: all of it, or what stands before ':' in
 * "Require: 100rel". */
static struct sip_name *
names_find(struct content *c, const char *span)
{
	size_t i, n = strcspn(span, ":");

	for (i = 0; i < c->nnames; i++)
		if (strlen(c->names[i].name) == n &&
		    strncmp(c->names[i].name, span, n) == 0)
			return &c->names[i];
	return NULL;
}

static void
names_add(struct sip_name *n, size_t entry)
{
	if (n->nentries > 0 && n->entries[n->nentries - 1] == entry)
		return;
	n->entries = xreallocarray(n->entries, n->nentries + 1,
	    sizeof(*n->entries));
	n->entries[n->nentries++] = entry;
}

/* Every code span of entry EI's body. */
static void
names_scan(struct content *c, size_t ei)
{
	const struct body *b = &c->entries[ei]->body;
	struct sip_name *n;
	size_t i;

	for (i = 0; i < b->nspans; i++)
		if ((n = names_find(c, b->spans[i])) != NULL)
			names_add(n, ei);
}

int
names_load(struct content *c, const char *path)
{
	struct textfile tf;
	size_t i;
	int rc = 0;

	if (access(path, F_OK) != 0)
		return 0;
	if (file_inside(path, c->dir) != 0 || textfile_read(&tf, path) != 0)
		return -1;
	textfile_lines(&tf);
	c->names = xcalloc(tf.nlines, sizeof(*c->names));
	for (i = 1; i < tf.nlines; i++) {	/* line 1 names the columns */
		if (tf.lines[i][0] == '\0')
			continue;
		if (names_row(&c->names[c->nnames], tf.lines[i], path,
		    (int)i + 1) != 0)
			rc = -1;
		else
			c->nnames++;
	}
	textfile_free(&tf);
	for (i = 0; rc == 0 && i < c->nentries; i++)
		names_scan(c, i);
	return rc;
}

void
names_free(struct content *c)
{
	size_t i;

	for (i = 0; i < c->nnames; i++) {
		free(c->names[i].name);
		free(c->names[i].reference);
		free(c->names[i].entries);
	}
	free(c->names);
}

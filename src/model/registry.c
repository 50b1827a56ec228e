/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* registry.c: loads content/registry.tsv, the IANA table of SIP response
 * codes that every entry is checked against. */
#include "system.h"

#include "util/diag.h"
#include "model/model.h"
#include "model/registry.h"
#include "util/textio.h"
#include "util/xalloc.h"

enum { COL_CODE, COL_REASON, COL_CLASS, COL_REF, COL_STATUS, COL_NOTES, NCOL };

/* "RFC 3261 §21.4.24" -> "RFC 3261". */
static char *
registry_rfc(const char *ref)
{
	size_t n = 4;

	if (strncmp(ref, "RFC ", 4) != 0)
		return NULL;
	while (ref[n] >= '0' && ref[n] <= '9')
		n++;
	return n > 4 ? xstrndup(ref, n) : NULL;
}

static int
registry_row(struct reg_code *r, char *line, const char *path, int lineno)
{
	char *col[NCOL];
	char *p = line;
	int i;

	for (i = 0; i < NCOL; i++) {
		col[i] = p;
		p = strchr(p, '\t');
		if (p == NULL && i < NCOL - 1) {
			diag(DIAG_ERROR, path, lineno, 0,
			    _("expected %d tab-separated columns"), NCOL);
			return -1;
		}
		if (p != NULL)
			*p++ = '\0';
	}
	r->code = atoi(col[COL_CODE]);
	r->reason = xstrdup(col[COL_REASON]);
	r->klass = xstrdup(col[COL_CLASS]);
	r->reference = xstrdup(col[COL_REF]);
	r->rfc = registry_rfc(col[COL_REF]);
	r->deprecated = strcmp(col[COL_STATUS], "deprecated") == 0;
	if (r->code < 100 || r->code > 699 || r->rfc == NULL) {
		diag(DIAG_ERROR, path, lineno, 0, _("malformed registry row"));
		return -1;
	}
	return 0;
}

int
registry_load(struct content *c, const char *path)
{
	struct textfile tf;
	size_t i;
	int rc = 0;

	if (textfile_read(&tf, path) != 0)
		return -1;
	textfile_lines(&tf);
	c->reg = xcalloc(tf.nlines, sizeof(*c->reg));
	for (i = 1; i < tf.nlines; i++) {	/* line 1 names the columns */
		if (tf.lines[i][0] == '\0')
			continue;
		if (registry_row(&c->reg[c->nreg], tf.lines[i], path,
		    (int)i + 1) != 0)
			rc = -1;
		else
			c->nreg++;
	}
	textfile_free(&tf);
	return rc;
}

void
registry_free(struct content *c)
{
	size_t i;

	for (i = 0; i < c->nreg; i++) {
		free(c->reg[i].reason);
		free(c->reg[i].klass);
		free(c->reg[i].reference);
		free(c->reg[i].rfc);
	}
	free(c->reg);
}

const struct reg_code *
registry_find(const struct content *c, int code)
{
	size_t i;

	for (i = 0; i < c->nreg; i++)
		if (c->reg[i].code == code)
			return &c->reg[i];
	return NULL;
}

int
code_class(int code)
{
	return code / 100;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* frontmatter.c: splits a content file at its --- fences, parses the front
 * matter with libyaml and gives typed, position-aware access to fields. */
#include "system.h"

#include <stdarg.h>

#include "util/buf.h"
#include "util/diag.h"
#include "model/frontmatter.h"
#include "util/xalloc.h"

int
fm_line(const struct fm *fm, const yaml_node_t *n)
{
	return fm->line0 + (int)n->start_mark.line;
}

int
fm_col(const struct fm *fm, const yaml_node_t *n)
{
	(void)fm;
	return (int)n->start_mark.column + 1;
}

void
fm_error(struct fm *fm, yaml_node_t *n, const char *fmt, ...)
{
	struct buf b = {0};
	va_list ap;
	int len;

	va_start(ap, fmt);
	len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (len >= 0) {
		char *s = xmalloc((size_t)len + 1);

		va_start(ap, fmt);
		vsnprintf(s, (size_t)len + 1, fmt, ap);
		va_end(ap);
		buf_puts(&b, s);
		free(s);
	}
	diag(DIAG_ERROR, fm->path, fm_line(fm, n), fm_col(fm, n), "%s",
	    buf_str(&b));
	buf_free(&b);
}

/* Finds the closing fence; returns the offset of the body, or 0. */
static size_t
fm_split(const char *text, int *nlines)
{
	const char *p = text + 4;
	int line = 2;

	while (*p != '\0') {
		if (strncmp(p, "---", 3) == 0 && (p[3] == '\n' || p[3] == '\0')) {
			*nlines = line;
			return (size_t)(p - text) + (p[3] == '\n' ? 4 : 3);
		}
		p = strchr(p, '\n');
		if (p == NULL)
			break;
		p++;
		line++;
	}
	return 0;
}

static int
fm_parse(struct fm *fm, const char *yaml, size_t len)
{
	yaml_parser_t parser;
	int ok;

	yaml_parser_initialize(&parser);
	yaml_parser_set_input_string(&parser, (const unsigned char *)yaml, len);
	ok = yaml_parser_load(&parser, &fm->doc);
	if (!ok) {
		diag(DIAG_ERROR, fm->path,
		    fm->line0 + (int)parser.problem_mark.line,
		    (int)parser.problem_mark.column + 1,
		    _("malformed front matter: %s"), parser.problem);
	}
	yaml_parser_delete(&parser);
	fm->have_doc = ok;
	return ok ? 0 : -1;
}

static struct fm_field *
fm_field_find(struct fm_field *fields, size_t n, const char *name)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(fields[i].name, name) == 0)
			return &fields[i];
	return NULL;
}

static int
fm_fields(struct fm *fm, struct fm_field *fields, size_t nfields)
{
	yaml_node_t *root = yaml_document_get_root_node(&fm->doc);
	yaml_node_pair_t *p;
	int rc = 0;

	if (root == NULL || root->type != YAML_MAPPING_NODE) {
		diag(DIAG_ERROR, fm->path, fm->line0, 1,
		    _("front matter must be a mapping of fields"));
		return -1;
	}
	for (p = root->data.mapping.pairs.start;
	    p < root->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(&fm->doc, p->key);
		struct fm_field *f;

		if (k->type != YAML_SCALAR_NODE) {
			fm_error(fm, k, _("field names must be plain words"));
			rc = -1;
			continue;
		}
		f = fm_field_find(fields, nfields,
		    (const char *)k->data.scalar.value);
		if (f == NULL) {
			fm_error(fm, k, _("unknown field '%s'"),
			    (const char *)k->data.scalar.value);
			rc = -1;
		} else if (f->value != NULL) {
			fm_error(fm, k, _("field '%s' given twice"), f->name);
			rc = -1;
		} else {
			f->value = yaml_document_get_node(&fm->doc, p->value);
			f->line = fm_line(fm, k);
		}
	}
	return rc;
}

static int
fm_required(struct fm *fm, struct fm_field *fields, size_t nfields)
{
	size_t i;
	int rc = 0;

	for (i = 0; i < nfields; i++) {
		if (fields[i].required && fields[i].value == NULL) {
			diag(DIAG_ERROR, fm->path, fm->line0 - 1, 1,
			    _("missing field '%s'"), fields[i].name);
			rc = -1;
		}
	}
	return rc;
}

int
fm_open(struct fm *fm, const char *path, const char *text,
    struct fm_field *fields, size_t nfields)
{
	size_t body;
	int fence_line = 0;

	memset(fm, 0, sizeof(*fm));
	fm->path = path;
	fm->line0 = 2;
	if (strncmp(text, "---\n", 4) != 0) {
		diag(DIAG_ERROR, path, 1, 1,
		    _("expected front matter starting with '---'"));
		return -1;
	}
	body = fm_split(text, &fence_line);
	if (body == 0) {
		diag(DIAG_ERROR, path, 1, 1,
		    _("front matter has no closing '---'"));
		return -1;
	}
	fm->body = text + body;
	fm->body_line = fence_line + 1;
	if (fm_parse(fm, text + 4, body - 4 - 4 + (text[body - 1] != '\n')) != 0)
		return -1;
	if (fm_fields(fm, fields, nfields) != 0)
		return -1;
	return fm_required(fm, fields, nfields);
}

void
fm_close(struct fm *fm)
{
	if (fm->have_doc)
		yaml_document_delete(&fm->doc);
	fm->have_doc = 0;
}

int
fm_string(struct fm *fm, yaml_node_t *n, char **out)
{
	if (n->type != YAML_SCALAR_NODE || n->data.scalar.length == 0) {
		fm_error(fm, n, _("expected a non-empty text"));
		return -1;
	}
	*out = xstrndup((const char *)n->data.scalar.value,
	    n->data.scalar.length);
	return 0;
}

int
fm_int(struct fm *fm, yaml_node_t *n, int lo, int hi, int *out)
{
	const char *s = (const char *)n->data.scalar.value;
	long v = 0;
	size_t i;

	if (n->type != YAML_SCALAR_NODE || n->data.scalar.length == 0 ||
	    n->data.scalar.length > 6)
		goto bad;
	for (i = 0; i < n->data.scalar.length; i++) {
		if (s[i] < '0' || s[i] > '9')
			goto bad;
		v = v * 10 + (s[i] - '0');
	}
	if (v < lo || v > hi)
		goto bad;
	*out = (int)v;
	return 0;
bad:
	fm_error(fm, n, _("expected a number from %d to %d"), lo, hi);
	return -1;
}

static int
fm_seq(struct fm *fm, yaml_node_t *n)
{
	if (n->type != YAML_SEQUENCE_NODE) {
		fm_error(fm, n, _("expected a list"));
		return -1;
	}
	return 0;
}

int
fm_int_list(struct fm *fm, yaml_node_t *n, int lo, int hi, int **out,
    size_t *count)
{
	yaml_node_item_t *it;
	int rc = 0;

	*out = NULL;
	*count = 0;
	if (fm_seq(fm, n) != 0)
		return -1;
	*out = xcalloc((size_t)(n->data.sequence.items.top -
	    n->data.sequence.items.start) + 1, sizeof(int));
	for (it = n->data.sequence.items.start;
	    it < n->data.sequence.items.top; it++) {
		yaml_node_t *v = yaml_document_get_node(&fm->doc, *it);

		if (fm_int(fm, v, lo, hi, &(*out)[*count]) != 0)
			rc = -1;
		else
			(*count)++;
	}
	return rc;
}

int
fm_string_list(struct fm *fm, yaml_node_t *n, char ***out, size_t *count)
{
	yaml_node_item_t *it;
	int rc = 0;

	*out = NULL;
	*count = 0;
	if (fm_seq(fm, n) != 0)
		return -1;
	*out = xcalloc((size_t)(n->data.sequence.items.top -
	    n->data.sequence.items.start) + 1, sizeof(char *));
	for (it = n->data.sequence.items.start;
	    it < n->data.sequence.items.top; it++) {
		yaml_node_t *v = yaml_document_get_node(&fm->doc, *it);

		if (fm_string(fm, v, &(*out)[*count]) != 0)
			rc = -1;
		else
			(*count)++;
	}
	return rc;
}

static int
fm_digits(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

int
fm_date(struct fm *fm, yaml_node_t *n, char **out)
{
	const char *s = (const char *)n->data.scalar.value;
	int month, day;

	if (n->type != YAML_SCALAR_NODE || n->data.scalar.length != 10 ||
	    !fm_digits(s, 4) || s[4] != '-' || !fm_digits(s + 5, 2) ||
	    s[7] != '-' || !fm_digits(s + 8, 2))
		goto bad;
	month = (s[5] - '0') * 10 + (s[6] - '0');
	day = (s[8] - '0') * 10 + (s[9] - '0');
	if (month < 1 || month > 12 || day < 1 || day > 31)
		goto bad;
	*out = xstrndup(s, 10);
	return 0;
bad:
	fm_error(fm, n, _("expected a date YYYY-MM-DD"));
	return -1;
}

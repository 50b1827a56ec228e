/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* body.c: parses Markdown bodies with cmark and checks their sections. */
#include "system.h"

#include "model/body.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/escape.h"
#include "util/xalloc.h"

/* Section keys are the English headings; their translations are in po/. */
const char *const entry_section_keys[SEC__MAX] = {
	N_("Description"), N_("When you see it"), N_("How to fix"),
};
const char *const pair_section_keys[PSEC__MAX] = {
	N_("Why they get confused"), N_("How to tell them apart"),
};

cmark_node *
md_parse(const char *md)
{
	return cmark_parse_document(md, strlen(md), CMARK_OPT_DEFAULT);
}

int
md_is_simple(const char *md)
{
	size_t n = strlen(md), d;
	const char *p, *end;

	if (n == 0 || md[n - 1] == ' ' || strchr(" -+=#>|~", md[0]) != NULL ||
	    strcspn(md, "*_[]<>&\\!\n\r\t") != n || strstr(md, "  ") != NULL)
		return 0;
	d = strspn(md, "0123456789");
	if (d > 0 && (md[d] == '.' || md[d] == ')'))
		return 0;
	for (p = md; (p = strchr(p, '`')) != NULL; p = end + 1) {
		end = strchr(p + 1, '`');
		if (end == NULL || end == p + 1 || p[1] == ' ' ||
		    end[-1] == ' ' || end[1] == '`')
			return 0;
	}
	return 1;
}

int
md_simple_each(const char *md, void (*fn)(void *, const char *, int),
    void *arg)
{
	char *s, *p, *tick;
	int code = 0;

	if (!md_is_simple(md))
		return 0;
	s = p = xstrdup(md);
	for (;; p = tick + 1, code = !code) {
		if ((tick = strchr(p, '`')) != NULL)
			*tick = '\0';
		if (*p != '\0')
			fn(arg, p, code);
		if (tick == NULL)
			break;
	}
	free(s);
	return 1;
}

cmark_node *
body_parse(const struct body *b)
{
	return md_parse(b->text);
}

int
body_line(const struct body *b, cmark_node *n)
{
	return b->first_line + cmark_node_get_start_line(n) - 1;
}

char *
body_inline_text(cmark_node *n)
{
	cmark_iter *it = cmark_iter_new(n);
	cmark_event_type ev;
	struct buf out = {0};

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *c = cmark_iter_get_node(it);
		const char *lit;

		if (ev != CMARK_EVENT_ENTER)
			continue;
		switch (cmark_node_get_type(c)) {
		case CMARK_NODE_TEXT:
		case CMARK_NODE_CODE:
			lit = cmark_node_get_literal(c);
			buf_puts(&out, lit != NULL ? lit : "");
			break;
		case CMARK_NODE_SOFTBREAK:
		case CMARK_NODE_LINEBREAK:
			buf_putc(&out, ' ');
			break;
		default:
			break;
		}
	}
	cmark_iter_free(it);
	return buf_detach(&out);
}

char *
md_plain(const char *md)
{
	cmark_node *doc;
	char *s, *p;

	if (md_is_simple(md)) {		/* the text without its backticks */
		s = p = xstrdup(md);
		for (; *md != '\0'; md++)
			if (*md != '`')
				*p++ = *md;
		*p = '\0';
		return s;
	}
	doc = md_parse(md);
	s = body_inline_text(doc);
	cmark_node_free(doc);
	return s;
}

int
md_is_inline(const char *md)
{
	cmark_node *doc = md_parse(md);
	cmark_node *p = cmark_node_first_child(doc);
	int ok = p != NULL && cmark_node_get_type(p) == CMARK_NODE_PARAGRAPH &&
	    cmark_node_next(p) == NULL;

	cmark_node_free(doc);
	return ok;
}

/* Line LINE (1-based) of the body text, as a pointer and a length. */
static const char *
body_text_line(const struct body *b, int line, size_t *len)
{
	const char *p = b->text;
	const char *e;

	while (--line > 0 && p != NULL) {
		p = strchr(p, '\n');
		if (p != NULL)
			p++;
	}
	if (p == NULL)
		p = "";
	e = strchr(p, '\n');
	*len = e != NULL ? (size_t)(e - p) : strlen(p);
	return p;
}

static void
body_put_trimmed(struct buf *out, const char *p, size_t len, int lead)
{
	if (lead)
		while (len > 0 && (*p == ' ' || *p == '\t'))
			p++, len--;
	while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == '\t' ||
	    p[len - 1] == '\r'))
		len--;
	buf_put(out, p, len);
}

char *
body_unit_text(const struct body *b, cmark_node *n)
{
	int first = cmark_node_get_start_line(n);
	int last = cmark_node_get_end_line(n);
	int col = cmark_node_get_start_column(n);
	struct buf out = {0};
	size_t len;
	const char *p;
	int line;

	for (line = first; line <= last; line++) {
		p = body_text_line(b, line, &len);
		if (line == first) {
			size_t skip = col > 0 ? (size_t)col - 1 : 0;

			if (skip > len)
				skip = len;
			p += skip, len -= skip;
			if (cmark_node_get_type(n) == CMARK_NODE_HEADING)
				while (len > 0 && *p == '#')
					p++, len--;
		} else
			buf_putc(&out, '\n');
		body_put_trimmed(&out, p, len, 1);
	}
	return buf_detach(&out);
}

int
md_check_node(const char *path, int line, int col, cmark_node *n)
{
	const char *why = NULL;

	switch (cmark_node_get_type(n)) {
	case CMARK_NODE_HTML_BLOCK:
	case CMARK_NODE_HTML_INLINE:
		why = N_("raw HTML is not allowed");
		break;
	case CMARK_NODE_IMAGE:
		why = N_("images are not allowed");
		break;
	case CMARK_NODE_THEMATIC_BREAK:
		why = N_("a thematic break is not allowed: a section ends "
		    "at the next heading");
		break;
	case CMARK_NODE_LINK:
		why = url_problem(cmark_node_get_url(n));
		break;
	default:
		return 0;
	}
	if (why == NULL)
		return 0;
	diag(DIAG_ERROR, path, line, col, "%s", _(why));
	return -1;
}

int
md_check_field(const char *path, int line, int col, const char *md)
{
	cmark_node *doc = md_parse(md);
	cmark_iter *it;
	cmark_event_type ev;
	int rc = 0;

	if (!md_is_inline(md)) {
		diag(DIAG_ERROR, path, line, col, _("expected one sentence of "
		    "inline Markdown (no blank line, list or heading)"));
		rc = -1;
	}
	it = cmark_iter_new(doc);
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		int c = cmark_node_get_start_column(n);

		if (ev == CMARK_EVENT_ENTER && md_check_node(path, line,
		    c > 0 ? col + c - 1 : col, n) != 0)
			rc = -1;
	}
	cmark_iter_free(it);
	cmark_node_free(doc);
	return rc;
}

/* Reports raw HTML, images, refused links and headings below level 2
 * inside a section. */
static int
body_check_blocks(const char *path, const struct body *b, cmark_node *sec)
{
	cmark_iter *it = cmark_iter_new(sec);
	cmark_event_type ev;
	int rc = 0;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		cmark_node_type t = cmark_node_get_type(n);

		if (ev != CMARK_EVENT_ENTER)
			continue;
		if (md_check_node(path, body_line(b, n),
		    cmark_node_get_start_column(n), n) != 0)
			rc = -1;
		else if (t == CMARK_NODE_HEADING) {
			diag(DIAG_ERROR, path, body_line(b, n),
			    cmark_node_get_start_column(n),
			    _("only '## ' section headings are allowed"));
			rc = -1;
		}
	}
	cmark_iter_free(it);
	return rc;
}

static int
body_key(const char *text, const char *const *keys, size_t nkeys)
{
	size_t i;

	for (i = 0; i < nkeys; i++)
		if (strcmp(text, keys[i]) == 0)
			return (int)i;
	return -1;
}

/* Blocks under a bad heading belong to no section and are not reported. */
#define SECTION_SKIP (-2)

/* Handles one top-level heading; returns its section or SECTION_SKIP. */
static int
body_heading(const char *path, const struct body *b, cmark_node *h,
    const char *const *keys, size_t nkeys, cmark_node **secs, int last,
    int *rc)
{
	char *text = body_inline_text(h);
	int k = body_key(text, keys, nkeys);
	int line = body_line(b, h), col = cmark_node_get_start_column(h);

	if (cmark_node_get_heading_level(h) != 2) {
		if (path != NULL)
			diag(DIAG_ERROR, path, line, col,
			    _("only '## ' section headings are allowed"));
		*rc = -1;
	} else if (k < 0) {
		if (path != NULL)
			diag(DIAG_ERROR, path, line, col,
			    _("unknown section '%s'"), text);
		*rc = -1;
	} else if (secs[k] != NULL) {
		if (path != NULL)
			diag(DIAG_ERROR, path, line, col,
			    _("section '%s' given twice"), text);
		*rc = -1;
	} else if (k < last) {
		if (path != NULL)
			diag(DIAG_ERROR, path, line, col,
			    _("section '%s' must come before '%s'"), text,
			    keys[last]);
		*rc = -1;
	} else {
		secs[k] = cmark_node_new(CMARK_NODE_DOCUMENT);
		free(text);
		return k;
	}
	free(text);
	return SECTION_SKIP;
}

int
body_split(const char *path, const struct body *b, cmark_node *doc,
    const char *const *keys, size_t nkeys, cmark_node **secs)
{
	cmark_node *n, *next;
	int cur = -1, last = -1, rc = 0;
	size_t i;

	for (i = 0; i < nkeys; i++)
		secs[i] = NULL;
	for (n = cmark_node_first_child(doc); n != NULL; n = next) {
		next = cmark_node_next(n);
		if (cmark_node_get_type(n) == CMARK_NODE_HEADING) {
			cur = body_heading(path, b, n, keys, nkeys, secs, last,
			    &rc);
			if (cur >= 0)
				last = cur;
			continue;
		}
		if (cur == SECTION_SKIP)
			continue;
		if (cur < 0) {
			if (path != NULL)
				diag(DIAG_ERROR, path, body_line(b, n),
				    cmark_node_get_start_column(n),
				    _("text outside a section"));
			rc = -1;
			continue;
		}
		cmark_node_append_child(secs[cur], n);
	}
	for (i = 0; i < nkeys; i++) {
		if (secs[i] != NULL)
			continue;
		if (path != NULL)
			diag(DIAG_ERROR, path, b->first_line, 1,
			    _("missing section '%s'"), keys[i]);
		rc = -1;
	}
	return rc;
}

/* Keeps the units of section SEC: every paragraph and heading. */
static void
body_units(struct body *b, cmark_node *sec, int k)
{
	cmark_iter *it = cmark_iter_new(sec);
	cmark_event_type ev;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		cmark_node_type t = cmark_node_get_type(n);
		struct body_unit *u;

		if (ev != CMARK_EVENT_ENTER || (t != CMARK_NODE_PARAGRAPH &&
		    t != CMARK_NODE_HEADING))
			continue;
		b->units = xreallocarray(b->units, b->nunits + 1,
		    sizeof(*b->units));
		u = &b->units[b->nunits++];
		u->text = body_unit_text(b, n);
		u->line = body_line(b, n);
		u->sec = k;
	}
	cmark_iter_free(it);
}

void
body_free(struct body *b)
{
	size_t i;

	for (i = 0; i < b->nunits; i++)
		free(b->units[i].text);
	free(b->units);
	for (i = 0; i < b->nspans; i++)
		free(b->spans[i]);
	free(b->spans);
	free(b->text);
	memset(b, 0, sizeof(*b));
}

/* The text of every code span of DOC into B->spans. */
static void
body_spans(struct body *b, cmark_node *doc)
{
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;
	size_t cap = 0;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *node = cmark_iter_get_node(it);

		if (ev != CMARK_EVENT_ENTER ||
		    cmark_node_get_type(node) != CMARK_NODE_CODE)
			continue;
		if (b->nspans == cap)
			b->spans = xreallocarray(b->spans, cap = cap ?
			    cap * 2 : 16, sizeof(*b->spans));
		b->spans[b->nspans++] = xstrdup(cmark_node_get_literal(node));
	}
	cmark_iter_free(it);
}

int
body_check(const char *path, struct body *b, const char *const *keys,
    size_t nkeys)
{
	cmark_node *doc = body_parse(b);
	cmark_node *secs[BODY_MAX_SECTIONS];
	cmark_node *n;
	size_t i;
	int rc;

	body_spans(b, doc);
	for (n = cmark_node_first_child(doc); n != NULL; n = cmark_node_next(n))
		if (cmark_node_get_type(n) == CMARK_NODE_HEADING) {
			char *text = body_inline_text(n);
			int k = body_key(text, keys, nkeys);

			if (k >= 0 && b->sec_line[k] == 0)
				b->sec_line[k] = body_line(b, n);
			free(text);
		}
	rc = body_split(path, b, doc, keys, nkeys, secs);
	for (i = 0; i < nkeys; i++) {
		if (secs[i] == NULL)
			continue;
		if (body_check_blocks(path, b, secs[i]) != 0)
			rc = -1;
		body_units(b, secs[i], (int)i);
		cmark_node_free(secs[i]);
	}
	cmark_node_free(doc);
	return rc;
}

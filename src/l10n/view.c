/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* view.c: merges a content catalog into a parsed body, unit by unit. */
#include "system.h"

#include <stdint.h>

#include "model/body.h"
#include "util/buf.h"
#include "l10n/view.h"
#include "util/xalloc.h"

/* A unit's user data: its state, plus VIEW_ENGLISH when the English
 * source is what is shown. */
#define VIEW_ENGLISH 0x100

enum unit_state
view_state(cmark_node *n)
{
	return (enum unit_state)((intptr_t)cmark_node_get_user_data(n) & 0xff);
}

int
view_english(cmark_node *n)
{
	intptr_t d = (intptr_t)cmark_node_get_user_data(n);

	return (d & VIEW_ENGLISH) != 0 && (d & 0xff) != US_SOURCE;
}

static void
view_set_state(cmark_node *n, enum unit_state s, int english)
{
	cmark_node_set_user_data(n,
	    (void *)(intptr_t)(s | (english ? VIEW_ENGLISH : 0)));
}

/* The first block of TEXT parsed alone, detached; NULL if TEXT is not a
 * single paragraph. */
static cmark_node *
view_parse_paragraph(const char *text)
{
	cmark_node *doc = md_parse(text);
	cmark_node *p = cmark_node_first_child(doc);

	if (p == NULL || cmark_node_get_type(p) != CMARK_NODE_PARAGRAPH ||
	    cmark_node_next(p) != NULL) {
		cmark_node_free(doc);
		return NULL;
	}
	cmark_node_unlink(p);
	cmark_node_free(doc);
	return p;
}

/* Replaces the inline children of N by those of the paragraph FROM. */
static void
view_replace_inlines(cmark_node *n, cmark_node *from)
{
	cmark_node *c;

	while ((c = cmark_node_first_child(n)) != NULL)
		cmark_node_free(c);
	while ((c = cmark_node_first_child(from)) != NULL)
		cmark_node_append_child(n, c);
	cmark_node_free(from);
}

static enum unit_state
view_unit(const struct body *b, cmark_node *n, const struct catalog *cat,
    int allow_fuzzy)
{
	char *src = body_unit_text(b, n);
	enum unit_state st;
	const char *text = catalog_text(cat, src, allow_fuzzy, &st);
	cmark_node *p = NULL;

	if (text != src) {
		p = view_parse_paragraph(text);
		if (p != NULL)
			view_replace_inlines(n, p);
		else
			st = US_MISSING;
	}
	free(src);
	view_set_state(n, st, p == NULL);
	return st;
}

/* The units of a section, collected first: replacing their children
 * while the iterator walks them would leave it on freed nodes. */
static cmark_node **
view_units(cmark_node *sec, size_t *n)
{
	cmark_iter *it = cmark_iter_new(sec);
	cmark_event_type ev;
	cmark_node **v = NULL;

	*n = 0;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *node = cmark_iter_get_node(it);
		cmark_node_type t = cmark_node_get_type(node);

		if (ev != CMARK_EVENT_ENTER || (t != CMARK_NODE_PARAGRAPH &&
		    t != CMARK_NODE_HEADING))
			continue;
		v = xreallocarray(v, *n + 1, sizeof(*v));
		v[(*n)++] = node;
	}
	cmark_iter_free(it);
	return v;
}

static void
view_section(struct view *v, size_t i, const struct body *b,
    const struct catalog *cat, int allow_fuzzy)
{
	size_t n, k;
	cmark_node **units = view_units(v->sec[i], &n);

	for (k = 0; k < n; k++) {
		enum unit_state st = view_unit(b, units[k], cat, allow_fuzzy);

		v->count[st]++;
		v->sec_count[i][st]++;
	}
	free(units);
}

void
view_open(struct view *v, const struct body *b, const char *const *keys,
    size_t nkeys, const struct catalog *cat, int allow_fuzzy)
{
	cmark_node *doc = body_parse(b);
	size_t i;

	memset(v, 0, sizeof(*v));
	v->nsec = nkeys;
	body_split(NULL, b, doc, keys, nkeys, v->sec);
	cmark_node_free(doc);
	for (i = 0; i < nkeys; i++)
		if (v->sec[i] != NULL)
			view_section(v, i, b, cat, allow_fuzzy);
}

void
view_close(struct view *v)
{
	size_t i;

	for (i = 0; i < v->nsec; i++)
		cmark_node_free(v->sec[i]);
	memset(v, 0, sizeof(*v));
}

enum unit_state
view_sec_state(const struct view *v, size_t sec)
{
	if (v->sec_count[sec][US_MISSING] > 0)
		return US_MISSING;
	if (v->sec_count[sec][US_FUZZY] > 0)
		return US_FUZZY;
	return v->sec_count[sec][US_TRANSLATED] > 0 ? US_TRANSLATED :
	    US_SOURCE;
}

static int
view_strcmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Joins V sorted: word order differs between languages, so the spans and
 * targets are compared as sets with their counts. */
static char *
view_sorted(char **v, size_t n)
{
	struct buf out = {0};
	size_t i;

	if (n > 0)	/* qsort(NULL, 0, ...) is undefined */
		qsort(v, n, sizeof(char *), view_strcmp);
	for (i = 0; i < n; i++) {
		buf_puts(&out, v[i]);
		buf_putc(&out, '\n');
		free(v[i]);
	}
	free(v);
	return buf_detach(&out);
}

/* The code spans and link targets of a paragraph. */
static char *
view_signature(cmark_node *p, int *nlinks)
{
	cmark_iter *it = cmark_iter_new(p);
	cmark_event_type ev;
	char **v = NULL;
	size_t cnt = 0;

	*nlinks = 0;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);

		if (ev != CMARK_EVENT_ENTER)
			continue;
		if (cmark_node_get_type(n) == CMARK_NODE_CODE) {
			v = xreallocarray(v, cnt + 1, sizeof(char *));
			v[cnt++] = xasprintf("`%s`", cmark_node_get_literal(n));
		} else if (cmark_node_get_type(n) == CMARK_NODE_LINK) {
			v = xreallocarray(v, cnt + 1, sizeof(char *));
			v[cnt++] = xasprintf("<%s>", cmark_node_get_url(n));
			(*nlinks)++;
		}
	}
	cmark_iter_free(it);
	return view_sorted(v, cnt);
}

/* Every verdict of view_check_unit(), in an order that caches keep. */
const char *const view_verdicts[VIEW_VERDICTS] = {
	[VERDICT_PARAGRAPH] = N_("the translation is not a single paragraph"),
	[VERDICT_LINKS] = N_("the translation has a different number of "
	    "links"),
	[VERDICT_SPANS] = N_("the translation changes a code span or link "
	    "target"),
};

/* The code spans of simple Markdown (md_is_simple()), as
 * view_signature() lists them: simple text has no links. */
struct spans {
	char	**v;
	size_t	  n;
};

static void
view_span(void *arg, const char *text, int code)
{
	struct spans *sp = arg;

	if (!code)
		return;
	sp->v = xreallocarray(sp->v, sp->n + 1, sizeof(char *));
	sp->v[sp->n++] = xasprintf("`%s`", text);
}

static char *
view_simple_signature(const char *md)
{
	struct spans sp = { NULL, 0 };

	md_simple_each(md, view_span, &sp);
	return view_sorted(sp.v, sp.n);
}

const char *
view_check_unit(const char *source, const char *translation)
{
	const char *why = NULL;
	char *ss, *ts;

	if (!md_is_simple(source) || !md_is_simple(translation))
		return view_check_unit_md(source, translation);
	/* Both one paragraph of text and code spans, without links. */
	ss = view_simple_signature(source);
	ts = view_simple_signature(translation);
	if (strcmp(ss, ts) != 0)
		why = view_verdicts[VERDICT_SPANS];
	free(ss);
	free(ts);
	return why;
}

const char *
view_check_unit_md(const char *source, const char *translation)
{
	cmark_node *s = view_parse_paragraph(source);
	cmark_node *t = view_parse_paragraph(translation);
	const char *why = NULL;
	char *ss, *ts;
	int sl, tl;

	if (t == NULL) {
		why = view_verdicts[VERDICT_PARAGRAPH];
		goto done;
	}
	if (s == NULL)
		goto done;
	ss = view_signature(s, &sl);
	ts = view_signature(t, &tl);
	if (sl != tl)
		why = view_verdicts[VERDICT_LINKS];
	else if (strcmp(ss, ts) != 0)
		why = view_verdicts[VERDICT_SPANS];
	free(ss);
	free(ts);
done:
	if (s != NULL)
		cmark_node_free(s);
	if (t != NULL)
		cmark_node_free(t);
	return why;
}

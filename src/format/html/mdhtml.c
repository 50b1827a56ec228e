/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* mdhtml.c: renders a section's cmark tree as HTML, walking the iterator
 * with one case per node type. */
#include "system.h"

#include "util/buf.h"
#include "l10n/catalog.h"
#include "util/escape.h"
#include "format/html/mdhtml.h"
#include "l10n/langs.h"
#include "l10n/view.h"
#include "model/body.h"

/* The attributes marking a unit that is not shown translated; English in
 * a page written right to left is set left to right. */
static const char *
mdhtml_mark(cmark_node *unit, int rtl)
{
	int en = view_english(unit);

	if (view_state(unit) == US_FUZZY && en)
		return rtl ? " lang=\"en\" dir=\"ltr\" class=\"outdated\"" :
		    " lang=\"en\" class=\"outdated\"";
	if (view_state(unit) == US_FUZZY)
		return " class=\"outdated\"";
	if (en)
		return rtl ? " lang=\"en\" dir=\"ltr\" class=\"untranslated\"" :
		    " lang=\"en\" class=\"untranslated\"";
	return "";
}

/* Whether the link N is an RFC reference ("RFC 3261 §8.1", "§8.1"). */
static int
mdhtml_is_ref(cmark_node *n)
{
	cmark_node *t = cmark_node_first_child(n);
	const char *s = t != NULL && cmark_node_get_type(t) ==
	    CMARK_NODE_TEXT ? cmark_node_get_literal(t) : "";

	return strncmp(s, "RFC ", 4) == 0 || strncmp(s, "§", 2) == 0;
}

/* The unit inside a tight list item is its only paragraph. */
static int
mdhtml_tight(cmark_node *item)
{
	cmark_node *list = cmark_node_parent(item);

	return list != NULL && cmark_node_get_list_tight(list);
}

static void
mdhtml_block(struct buf *b, cmark_node *n, cmark_event_type ev, int rtl)
{
	int enter = ev == CMARK_EVENT_ENTER;
	cmark_node *par;

	switch (cmark_node_get_type(n)) {
	case CMARK_NODE_PARAGRAPH:
		par = cmark_node_parent(n);
		if (par != NULL && cmark_node_get_type(par) ==
		    CMARK_NODE_ITEM && mdhtml_tight(par))
			break;
		if (enter)
			buf_printf(b, "<p%s>", mdhtml_mark(n, rtl));
		else
			buf_puts(b, "</p>\n");
		break;
	case CMARK_NODE_ITEM:
		if (enter) {
			cmark_node *p = cmark_node_first_child(n);

			buf_printf(b, "<li%s>", p != NULL && mdhtml_tight(n) ?
			    mdhtml_mark(p, rtl) : "");
		} else
			buf_puts(b, "</li>\n");
		break;
	case CMARK_NODE_LIST:
		if (cmark_node_get_list_type(n) == CMARK_ORDERED_LIST)
			buf_puts(b, enter ? "<ol>\n" : "</ol>\n");
		else
			buf_puts(b, enter ? "<ul>\n" : "</ul>\n");
		break;
	case CMARK_NODE_BLOCK_QUOTE:
		buf_puts(b, enter ? "<blockquote>\n" : "</blockquote>\n");
		break;
	case CMARK_NODE_CODE_BLOCK:
		buf_puts(b, rtl ? "<pre dir=\"ltr\"><code>" : "<pre><code>");
		esc_html_s(b, cmark_node_get_literal(n));
		buf_puts(b, "</code></pre>\n");
		break;
	default:
		break;
	}
}

static void
mdhtml_code(struct buf *b, const char *literal, int rtl)
{
	buf_puts(b, rtl ? "<code dir=\"ltr\">" : "<code>");
	esc_html_s(b, literal);
	buf_puts(b, "</code>");
}

static void
mdhtml_inline(struct buf *b, cmark_node *n, cmark_event_type ev, int rtl)
{
	int enter = ev == CMARK_EVENT_ENTER;
	const char *url;

	switch (cmark_node_get_type(n)) {
	case CMARK_NODE_TEXT:
		esc_html_s(b, cmark_node_get_literal(n));
		break;
	case CMARK_NODE_CODE:
		mdhtml_code(b, cmark_node_get_literal(n), rtl);
		break;
	case CMARK_NODE_SOFTBREAK:
		buf_putc(b, '\n');
		break;
	case CMARK_NODE_LINEBREAK:
		buf_puts(b, "<br>\n");
		break;
	case CMARK_NODE_EMPH:
		buf_puts(b, enter ? "<em>" : "</em>");
		break;
	case CMARK_NODE_STRONG:
		buf_puts(b, enter ? "<strong>" : "</strong>");
		break;
	case CMARK_NODE_LINK:
		url = cmark_node_get_url(n);
		if (!enter)
			buf_puts(b, "</a>");
		else if (url_is_safe(url)) {
			buf_puts(b, "<a href=\"");
			esc_html_s(b, url);
			buf_puts(b, rtl && mdhtml_is_ref(n) ? "\" dir=\"ltr\">" :
			    "\">");
		} else
			buf_puts(b, "<a>");
		break;
	default:
		break;
	}
}

struct simple {
	struct buf	*b;
	int		 rtl;
};

static void
mdhtml_simple(void *arg, const char *text, int code)
{
	const struct simple *sm = arg;

	if (code)
		mdhtml_code(sm->b, text, sm->rtl);
	else
		esc_html_s(sm->b, text);
}

void
mdhtml_inline_md(struct buf *b, const char *md, const struct lang *l,
    const void *ctx)
{
	struct simple sm = { b, l->rtl };
	cmark_node *doc;

	(void)ctx;
	if (md_simple_each(md, mdhtml_simple, &sm))
		return;		/* what cmark would give, without it */
	doc = md_parse(md);
	mdhtml_inline_doc(b, doc, l);
	cmark_node_free(doc);
}

void
mdhtml_inline_doc(struct buf *b, cmark_node *doc, const struct lang *l)
{
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);

		if (cmark_node_get_type(n) == CMARK_NODE_SOFTBREAK)
			buf_putc(b, ' ');
		else if (cmark_node_get_type(n) >= CMARK_NODE_FIRST_INLINE)
			mdhtml_inline(b, n, ev, l->rtl);
	}
	cmark_iter_free(it);
}

void
mdhtml_render(struct buf *b, cmark_node *doc, const struct lang *l,
    const void *ctx)
{
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;

	(void)ctx;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);

		if (cmark_node_get_type(n) == CMARK_NODE_DOCUMENT)
			continue;
		if (cmark_node_get_type(n) >= CMARK_NODE_FIRST_INLINE)
			mdhtml_inline(b, n, ev, l->rtl);
		else
			mdhtml_block(b, n, ev, l->rtl);
	}
	cmark_iter_free(it);
}

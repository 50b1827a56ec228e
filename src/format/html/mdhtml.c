/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* mdhtml.c: renders a section's cmark tree as HTML, walking the iterator
 * with one case per node type. */
#include "system.h"

#include "util/buf.h"
#include "l10n/catalog.h"
#include "util/escape.h"
#include "format/html/mdhtml.h"
#include "l10n/view.h"

/* The attributes marking a unit that is not shown translated. */
static const char *
mdhtml_mark(cmark_node *unit)
{
	if (view_state(unit) == US_FUZZY)
		return view_english(unit) ?
		    " lang=\"en\" class=\"outdated\"" : " class=\"outdated\"";
	return view_english(unit) ? " lang=\"en\" class=\"untranslated\"" : "";
}

/* The unit inside a tight list item is its only paragraph. */
static int
mdhtml_tight(cmark_node *item)
{
	cmark_node *list = cmark_node_parent(item);

	return list != NULL && cmark_node_get_list_tight(list);
}

static void
mdhtml_block(struct buf *b, cmark_node *n, cmark_event_type ev)
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
			buf_printf(b, "<p%s>", mdhtml_mark(n));
		else
			buf_puts(b, "</p>\n");
		break;
	case CMARK_NODE_ITEM:
		if (enter) {
			cmark_node *p = cmark_node_first_child(n);

			buf_printf(b, "<li%s>", p != NULL && mdhtml_tight(n) ?
			    mdhtml_mark(p) : "");
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
		buf_puts(b, "<pre><code>");
		esc_html_s(b, cmark_node_get_literal(n));
		buf_puts(b, "</code></pre>\n");
		break;
	case CMARK_NODE_THEMATIC_BREAK:
		buf_puts(b, "<hr>\n");
		break;
	default:
		break;
	}
}

static void
mdhtml_inline(struct buf *b, cmark_node *n, cmark_event_type ev)
{
	int enter = ev == CMARK_EVENT_ENTER;
	const char *url;

	switch (cmark_node_get_type(n)) {
	case CMARK_NODE_TEXT:
		esc_html_s(b, cmark_node_get_literal(n));
		break;
	case CMARK_NODE_CODE:
		buf_puts(b, "<code>");
		esc_html_s(b, cmark_node_get_literal(n));
		buf_puts(b, "</code>");
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
			buf_puts(b, "\">");
		} else
			buf_puts(b, "<a>");
		break;
	default:
		break;
	}
}

void
mdhtml_render(struct buf *b, cmark_node *doc)
{
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);

		if (cmark_node_get_type(n) == CMARK_NODE_DOCUMENT)
			continue;
		if (cmark_node_get_type(n) >= CMARK_NODE_FIRST_INLINE)
			mdhtml_inline(b, n, ev);
		else
			mdhtml_block(b, n, ev);
	}
	cmark_iter_free(it);
}

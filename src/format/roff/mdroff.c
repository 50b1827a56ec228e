/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* mdroff.c: renders a section's cmark tree as man(7) markup. */
#include "system.h"

#include "util/buf.h"
#include "util/escape.h"
#include "format/roff/mdroff.h"

struct roff {
	struct buf	*b;
	int		 bol;		/* at the start of an output line */
	int		 first;		/* nothing written in the section yet */
	int		 item;		/* the next paragraph opens a list item */
};

static void
roff_newline(struct roff *r)
{
	if (!r->bol)
		buf_putc(r->b, '\n');
	r->bol = 1;
}

static void
roff_macro(struct roff *r, const char *m)
{
	roff_newline(r);
	buf_puts(r->b, m);
	buf_putc(r->b, '\n');
}

void
mdroff_text(struct buf *b, const char *s)
{
	int bol = 1;

	esc_roff(b, s, &bol);
}

static void
roff_text(struct roff *r, const char *s)
{
	if (s != NULL)
		esc_roff(r->b, s, &r->bol);
}

/* Opens a paragraph: none right after the heading or a list item tag. */
static void
roff_paragraph(struct roff *r)
{
	if (r->item)
		r->item = 0;
	else if (!r->first)
		roff_macro(r, ".PP");
	r->first = 0;
}

static void
roff_item(struct roff *r, cmark_node *item)
{
	cmark_node *list = cmark_node_parent(item);
	char tag[32];

	if (cmark_node_get_list_type(list) == CMARK_ORDERED_LIST) {
		int n = cmark_node_get_list_start(list);
		cmark_node *p;

		for (p = cmark_node_first_child(list); p != item;
		    p = cmark_node_next(p))
			n++;
		snprintf(tag, sizeof(tag), ".IP %d. 4", n);
	} else
		snprintf(tag, sizeof(tag), ".IP \\(bu 2");
	roff_macro(r, tag);
	r->item = 1;
	r->first = 0;
}

static void
roff_block(struct roff *r, cmark_node *n, int enter)
{
	switch (cmark_node_get_type(n)) {
	case CMARK_NODE_PARAGRAPH:
		if (enter)
			roff_paragraph(r);
		else
			roff_newline(r);
		break;
	case CMARK_NODE_ITEM:
		if (enter)
			roff_item(r, n);
		break;
	case CMARK_NODE_LIST:
		if (!enter)
			r->item = 0;
		break;
	case CMARK_NODE_CODE_BLOCK:
		roff_paragraph(r);
		roff_macro(r, ".EX");
		roff_text(r, cmark_node_get_literal(n));
		roff_macro(r, ".EE");
		break;
	default:
		break;
	}
}

static void
roff_inline(struct roff *r, cmark_node *n, int enter)
{
	switch (cmark_node_get_type(n)) {
	case CMARK_NODE_TEXT:
		roff_text(r, cmark_node_get_literal(n));
		break;
	case CMARK_NODE_CODE:
		buf_puts(r->b, "\\fB");
		r->bol = 0;
		roff_text(r, cmark_node_get_literal(n));
		buf_puts(r->b, "\\fR");
		break;
	case CMARK_NODE_SOFTBREAK:
		roff_newline(r);
		break;
	case CMARK_NODE_LINEBREAK:
		roff_macro(r, ".br");
		break;
	case CMARK_NODE_EMPH:
		buf_puts(r->b, enter ? "\\fI" : "\\fR");
		r->bol = 0;
		break;
	case CMARK_NODE_STRONG:
		buf_puts(r->b, enter ? "\\fB" : "\\fR");
		r->bol = 0;
		break;
	default:	/* links: their text only; SEE ALSO has the targets */
		break;
	}
}

void
mdroff_render(struct buf *b, cmark_node *doc)
{
	struct roff r = { b, 1, 1, 0 };
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		int enter = ev == CMARK_EVENT_ENTER;

		if (cmark_node_get_type(n) == CMARK_NODE_DOCUMENT)
			continue;
		if (cmark_node_get_type(n) >= CMARK_NODE_FIRST_INLINE)
			roff_inline(&r, n, enter);
		else
			roff_block(&r, n, enter);
	}
	roff_newline(&r);
	cmark_iter_free(it);
}

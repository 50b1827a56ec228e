/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* roff.c: the roff writer: one escaping point for text, request
 * arguments and comments, a font stack, and the walk of a cmark tree
 * (one case per node type). */
#include "system.h"

#include <stdarg.h>

#include "format/roff/roff.h"
#include "util/buf.h"
#include "util/fmt.h"
#include "util/typo.h"
#include "model/body.h"

const struct roff_style roff_man = { "B", "B", { ".EX", ".EE" }, 0,
	"\\-" };
const struct roff_style roff_pdf = { "UCR", "UCB",
	{ ".nf\n.ft UCR", ".ft\n.fi" }, 1, "-" };

/* Inside a code span of a medium that breaks code (code_breaks). */
static int
roff_in_code(const struct roff *r)
{
	return r->style->code_breaks && r->nfonts > 0 &&
	    (r->fonts[r->nfonts - 1] & RF_CODE) != 0;
}

void
roff_init(struct roff *r, struct buf *b, const struct roff_style *style)
{
	memset(r, 0, sizeof(*r));
	r->b = b;
	r->style = style;
	r->bol = b->len == 0 || b->s[b->len - 1] == '\n';
	r->first = 1;
}

/* One character of S at P, escaped; ARG: inside a quoted argument. */
static void
roff_char(struct roff *r, const char *s, const char *p, int arg)
{
	if (r->bol && (*p == '.' || *p == '\''))
		buf_puts(r->b, "\\&");
	r->bol = 0;
	switch (*p) {
	case '\\':
		buf_puts(r->b, "\\e");
		break;
	case '-':	/* a request's arguments (dates, titles) keep theirs */
		buf_puts(r->b, arg ? "-" : r->style->hyphen);
		break;
	case '"':
		buf_puts(r->b, arg ? "\\(dq" : "\"");
		break;
	case ' ':
		buf_puts(r->b, r->in_link || typo_nobreak(s, p) ? "\\~" :
		    roff_in_code(r) ? " \\%" : " ");
		break;
	case '@': case ';': case '/': case '=': case '&':
		buf_putc(r->b, *p);
		if (roff_in_code(r) && !r->in_link && p[1] != '\0')
			buf_puts(r->b, "\\:");
		break;
	case '\n':
		if (arg)
			buf_putc(r->b, ' ');
		else {
			buf_putc(r->b, '\n');
			r->bol = 1;
		}
		break;
	default:
		buf_putc(r->b, *p);
	}
}

/* A mention of a code at P in S, outside code spans and links, written
 * as a link; returns its length, or 0. */
static size_t
roff_mention(struct roff *r, const char *s, const char *p)
{
	char dest[32];
	size_t n, i;

	if (r->links == NULL || r->in_link || (r->nfonts > 0 &&
	    (r->fonts[r->nfonts - 1] & RF_CODE)) ||
	    (n = r->links->mention(r->links->ctx, s, p, dest,
	    sizeof(dest))) == 0)
		return 0;
	roff_link_begin(r, dest, 0);
	for (i = 0; i < n; i++)
		roff_char(r, p, p + i, 0);
	roff_link_end(r);
	return n;
}

void
roff_text(struct roff *r, const char *s)
{
	const char *p;
	size_t n;

	for (p = s; p != NULL && *p != '\0'; p++)
		if ((n = roff_mention(r, s, p)) > 0)
			p += n - 1;
		else
			roff_char(r, s, p, 0);
}

/* A URL inside a PDF string inside \X'...': what troff or the string
 * would read is percent-encoded. */
static void
roff_url(struct roff *r, const char *u)
{
	const unsigned char *p;

	for (p = (const unsigned char *)u; *p != '\0'; p++)
		if (*p <= ' ' || *p >= 0x7f || strchr("\\'()%<>[]{}", *p))
			buf_printf(r->b, "%%%02X", *p);
		else
			buf_putc(r->b, (char)*p);
}

/* gropdf takes the hot spot's top, bottom (from the baseline, up) and
 * margin in device units (1/1000 pt at unitwidth 1000): a line of
 * 10-point text. */
void
roff_link_begin(struct roff *r, const char *dest, int web)
{
	if (r->links == NULL)
		return;
	buf_puts(r->b, "\\X'pdf: markstart 8000 -2500 500 /Subtype /Link ");
	if (web) {
		buf_puts(r->b, "/Action << /Subtype /URI /URI (");
		roff_url(r, dest);
		buf_puts(r->b, ") >>");
	} else {
		buf_puts(r->b, "/Dest /");
		roff_url(r, dest);
	}
	buf_puts(r->b, " /Border [0 0 0]'");
	r->bol = 0;
	r->in_link = 1;
}

void
roff_link_end(struct roff *r)
{
	if (r->links == NULL)
		return;
	buf_puts(r->b, "\\X'pdf: markend'");
	r->bol = 0;
	r->in_link = 0;
}

void
roff_nl(struct roff *r)
{
	if (!r->bol)
		buf_putc(r->b, '\n');
	r->bol = 1;
}

void
roff_line(struct roff *r, const char *line)
{
	roff_nl(r);
	buf_puts(r->b, line);
	buf_putc(r->b, '\n');
}

void
roff_req(struct roff *r, const char *name, ...)
{
	const char *arg, *p;
	va_list ap;

	roff_nl(r);
	buf_printf(r->b, ".%s", name);
	va_start(ap, name);
	while ((arg = va_arg(ap, const char *)) != NULL) {
		buf_puts(r->b, " \"");
		r->bol = 0;
		for (p = arg; *p != '\0'; p++)
			roff_char(r, arg, p, 1);
		buf_putc(r->b, '"');
	}
	va_end(ap);
	buf_putc(r->b, '\n');
	r->bol = 1;
}

void
roff_comment(struct roff *r, const char *text)
{
	const char *p;

	roff_nl(r);
	buf_puts(r->b, ".\\\" ");
	for (p = text; *p != '\0'; p++) {
		if (*p == '\n' || *p == '\r')
			buf_putc(r->b, ' ');
		else if (*p == '\\')
			buf_puts(r->b, "\\e");
		else
			buf_putc(r->b, *p);
	}
	buf_putc(r->b, '\n');
}

/* The font of a set of styles, in this medium. */
static const char *
roff_font_name(const struct roff *r, unsigned f)
{
	if (f & RF_CODE)
		return (f & RF_BOLD) ? r->style->code_bold : r->style->code;
	if ((f & RF_BOLD) && (f & RF_ITALIC))
		return "BI";
	if (f & RF_BOLD)
		return "B";
	return (f & RF_ITALIC) ? "I" : "R";
}

static unsigned
roff_font_top(const struct roff *r)
{
	return r->nfonts > 0 ? r->fonts[r->nfonts - 1] : 0;
}

/* Switches to the font of the set F.  A switch written right after the
 * previous one replaces it: "\f[I]\f[R]" at the end of nested spans is
 * just "\f[R]". */
static void
roff_font_emit(struct roff *r, unsigned f)
{
	if (r->font_end == r->b->len && r->font_end > 0)
		r->b->len = r->font_start;
	r->font_start = r->b->len;
	buf_printf(r->b, "\\f[%s]", roff_font_name(r, f));
	r->font_end = r->b->len;
	r->bol = 0;
}

void
roff_font_push(struct roff *r, unsigned f)
{
	unsigned now = roff_font_top(r) | f;

	if (r->nfonts < sizeof(r->fonts))
		r->fonts[r->nfonts] = (unsigned char)now;
	r->nfonts++;
	roff_font_emit(r, now);
}

void
roff_font_pop(struct roff *r)
{
	if (r->nfonts == 0)
		return;
	r->nfonts--;
	roff_font_emit(r, roff_font_top(r));
}

/* The indent of a list item's text: its tag's width. */
static int
roff_item_indent(cmark_node *item)
{
	return cmark_node_get_list_type(cmark_node_parent(item)) ==
	    CMARK_ORDERED_LIST ? 4 : 2;
}

static int
roff_is(cmark_node *n, cmark_node_type type)
{
	return n != NULL && cmark_node_get_type(n) == type;
}

/* Opens a block of text N: nothing right after the heading or a list
 * item's tag; a later block of an item stays at the item's indent. */
static void
roff_block_open(struct roff *r, cmark_node *n)
{
	cmark_node *par = cmark_node_parent(n);
	char line[32];

	if (r->item)
		r->item = 0;
	else if (roff_is(par, CMARK_NODE_ITEM)) {
		fmt_snprintf(line, sizeof(line), ".IP \"\" %d",
		    roff_item_indent(par));
		roff_line(r, line);
	} else if (!r->first)
		roff_line(r, ".PP");
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
		fmt_snprintf(tag, sizeof(tag), ".IP %d. %d", n,
		    roff_item_indent(item));
	} else
		fmt_snprintf(tag, sizeof(tag), ".IP \\(bu %d",
		    roff_item_indent(item));
	roff_line(r, tag);
	r->item = 1;
	r->first = 0;
}

/* A list inside an item, and a block quote, are indented: .RS/.RE. */
static void
roff_block(struct roff *r, cmark_node *n, int enter)
{
	switch (cmark_node_get_type(n)) {
	case CMARK_NODE_PARAGRAPH:
		if (enter)
			roff_block_open(r, n);
		else
			roff_nl(r);
		break;
	case CMARK_NODE_ITEM:
		if (enter)
			roff_item(r, n);
		break;
	case CMARK_NODE_LIST:
		if (roff_is(cmark_node_parent(n), CMARK_NODE_ITEM))
			roff_line(r, enter ? ".RS" : ".RE");
		if (!enter)
			r->item = 0;
		break;
	case CMARK_NODE_BLOCK_QUOTE:	/* its paragraphs open with .PP */
		roff_line(r, enter ? ".RS" : ".RE");
		break;
	case CMARK_NODE_CODE_BLOCK:
		roff_block_open(r, n);
		roff_line(r, r->style->example[0]);
		roff_text(r, cmark_node_get_literal(n));
		roff_line(r, r->style->example[1]);
		break;
	default:
		break;
	}
}

/* After a link's text, its target where paper needs it: an absolute
 * link, unless it is an RFC (the page lists its sources) or its text is
 * the address.  A relative link is a page of the site: its text says. */
static void
roff_link_target(struct roff *r, cmark_node *link)
{
	const char *url = cmark_node_get_url(link), *shown = url;
	char *text;

	if (strncmp(url, "mailto:", 7) == 0)
		shown = url + 7;
	else if (strncmp(url, "https://", 8) != 0 &&
	    strncmp(url, "http://", 7) != 0)
		return;
	if (strncmp(url, "https://www.rfc-editor.org/rfc/", 31) == 0)
		return;
	text = body_inline_text(link);
	if (strcmp(text, url) != 0 && strcmp(text, shown) != 0) {
		buf_puts(r->b, " \\(la\\%");
		r->bol = 0;
		roff_link_begin(r, url, 1);
		roff_text(r, shown);
		roff_link_end(r);
		buf_puts(r->b, "\\(ra");
	}
	free(text);
}

/* A link to the web is a link in a handbook too. */
static void
roff_link_enter(struct roff *r, cmark_node *link)
{
	const char *url = cmark_node_get_url(link);

	if (strncmp(url, "https://", 8) == 0 || strncmp(url, "http://", 7) == 0)
		roff_link_begin(r, url, 1);
}

static void
roff_code(struct roff *r, const char *literal)
{
	roff_font_push(r, RF_CODE);
	if (roff_in_code(r))
		buf_puts(r->b, "\\%");
	roff_text(r, literal);
	roff_font_pop(r);
}

/* INLINE_ONLY: a field on one line, where a soft break is a space. */
static void
roff_inline(struct roff *r, cmark_node *n, int enter, int inline_only)
{
	switch (cmark_node_get_type(n)) {
	case CMARK_NODE_TEXT:
		roff_text(r, cmark_node_get_literal(n));
		break;
	case CMARK_NODE_CODE:
		roff_code(r, cmark_node_get_literal(n));
		break;
	case CMARK_NODE_SOFTBREAK:
		if (inline_only)
			roff_text(r, " ");
		else
			roff_nl(r);
		break;
	case CMARK_NODE_LINEBREAK:
		if (inline_only)
			roff_text(r, " ");
		else
			roff_line(r, ".br");
		break;
	case CMARK_NODE_EMPH:
	case CMARK_NODE_STRONG:
		if (enter)
			roff_font_push(r, cmark_node_get_type(n) ==
			    CMARK_NODE_EMPH ? RF_ITALIC : RF_BOLD);
		else
			roff_font_pop(r);
		break;
	case CMARK_NODE_LINK:
		if (enter)
			roff_link_enter(r, n);
		else {
			roff_link_end(r);
			roff_link_target(r, n);
		}
		break;
	default:
		break;
	}
}

static void
roff_walk(struct roff *r, cmark_node *doc, int inline_only)
{
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		int enter = ev == CMARK_EVENT_ENTER;

		if (cmark_node_get_type(n) >= CMARK_NODE_FIRST_INLINE)
			roff_inline(r, n, enter, inline_only);
		else if (!inline_only &&
		    cmark_node_get_type(n) != CMARK_NODE_DOCUMENT)
			roff_block(r, n, enter);
	}
	cmark_iter_free(it);
}

void
roff_md(struct roff *r, cmark_node *doc)
{
	roff_walk(r, doc, 0);
	roff_nl(r);
}

static void
roff_simple(void *arg, const char *text, int code)
{
	struct roff *r = arg;

	if (code)
		roff_code(r, text);
	else
		roff_text(r, text);
}

void
roff_md_inline(struct roff *r, const char *md)
{
	cmark_node *doc;

	if (md_simple_each(md, roff_simple, r))
		return;		/* what cmark would give, without it */
	doc = md_parse(md);
	roff_md_inline_doc(r, doc);
	cmark_node_free(doc);
}

void
roff_md_inline_doc(struct roff *r, cmark_node *doc)
{
	roff_walk(r, doc, 1);
}

void
roff_md_man(struct buf *b, cmark_node *doc, const struct lang *l,
    const void *ctx)
{
	struct roff r;

	(void)l;
	(void)ctx;
	roff_init(&r, b, &roff_man);
	roff_md(&r, doc);
}

void
roff_md_pdf(struct buf *b, cmark_node *doc, const struct lang *l,
    const void *ctx)
{
	struct roff r;

	(void)l;
	roff_init(&r, b, &roff_pdf);
	r.links = ctx;
	roff_md(&r, doc);
}

void
roff_inline_man(struct buf *b, const char *md, const struct lang *l,
    const void *ctx)
{
	struct roff r;

	(void)l;
	(void)ctx;
	roff_init(&r, b, &roff_man);
	r.bol = 1;	/* the fragment may start a line: \& where needed */
	roff_md_inline(&r, md);
}

void
roff_inline_pdf(struct buf *b, const char *md, const struct lang *l,
    const void *ctx)
{
	struct roff r;

	(void)l;
	roff_init(&r, b, &roff_pdf);
	r.links = ctx;
	r.bol = 1;
	roff_md_inline(&r, md);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* roff.h: the one roff writer of sipdoc, shared by the man pages, the PDF
 * handbooks and the terminal.  Text reaches roff only through it: it
 * escapes running text (a backslash, a '.' or '\'' that would start a
 * request, '-' as \- so that it stays the ASCII character one types,
 * spaces that must not break as \~), request arguments (quoted, '"' as
 * \(dq, no newline; '-' as is: dates, titles) and comments; and it keeps
 * a stack of fonts, so that nested emphasis, strong and code restore the
 * font around them.  Requests that sipdoc composes itself (".PP", ".IP
 * \(bu 2") go through roff_line(). */
#ifndef SIPDOC_ROFF_H
#define SIPDOC_ROFF_H

#include <stddef.h>
#include <cmark.h>

struct buf;
struct lang;

enum roff_font {
	RF_ITALIC = 1,
	RF_BOLD = 2,
	RF_CODE = 4
};

/* How a medium shows code: a font name (man pages: "B", literal text in
 * bold; handbooks: "UCR", the URW monospace), and the requests around a
 * code block (man: .EX/.EE; ms has none: no fill in the monospace). */
struct roff_style {
	const char	*code;
	const char	*code_bold;
	const char	*example[2];
	/* Code is never hyphenated (\%), but may break after the '@', ';',
	 * '/', '=' and '&' of a long URI (\:), where a line would otherwise
	 * be stretched: the handbooks, which are justified. */
	int		 code_breaks;
	/* '-' in running text: man "\\-", the character one types on a
	 * terminal; gropdf "-", the hyphen, which is the '-' a reader copies
	 * from the PDF (its "\\-" is the minus sign U+2212). */
	const char	*hyphen;
};

extern const struct roff_style roff_man;
extern const struct roff_style roff_pdf;

/* The links of a handbook (gropdf): a mention of a code in running text
 * becomes a link to its section.  mention() says whether the text S has
 * one at P: its length (0: none), and its destination ("c600") in DEST,
 * N bytes. */
struct roff_links {
	size_t	(*mention)(const void *ctx, const char *s, const char *p,
		    char *dest, size_t n);
	const void *ctx;
};

struct roff {
	struct buf		*b;
	const struct roff_style	*style;
	const struct roff_links	*links;	/* NULL: no links (man pages) */
	int			 in_link;	/* its spaces do not break */
	int			 bol;	/* at the start of an output line */
	unsigned char		 fonts[16];	/* the stack: enum roff_font sets */
	size_t			 nfonts;
	size_t			 font_start, font_end;	/* the last \f[] */
	/* Markdown blocks (roff_md()): */
	int			 first;	/* nothing written in the section yet */
	int			 item;	/* the next paragraph opens a list item */
};

void	roff_init(struct roff *, struct buf *, const struct roff_style *);

/* Running text; a newline in it starts a new output line. */
void	roff_text(struct roff *, const char *);
/* Ends the output line, if one is open. */
void	roff_nl(struct roff *);
/* A request line sipdoc composes from fixed parts: ".PP", ".IP 2. 4". */
void	roff_line(struct roff *, const char *line);
/* A request with arguments, each quoted and escaped: roff_req(r, "SH",
 * "HOW TO FIX", NULL) writes .SH "HOW TO FIX". */
void	roff_req(struct roff *, const char *name, ...);
/* A comment line: .\" TEXT (a newline in TEXT becomes a space). */
void	roff_comment(struct roff *, const char *text);
/* A link around the text written until roff_link_end(): to the named
 * destination DEST ("c486") or, when WEB, to the URL DEST.  Its text is
 * kept on one line (gropdf marks one line of text).  Nothing is written
 * when the writer has no links. */
void	roff_link_begin(struct roff *, const char *dest, int web);
void	roff_link_end(struct roff *);
/* Fonts: the set F is added on top of the current one; pop restores. */
void	roff_font_push(struct roff *, unsigned f);
void	roff_font_pop(struct roff *);

/* The Markdown of one section (a cmark document), in blocks: paragraphs,
 * lists, code blocks; links are their text (a page lists its sources). */
void	roff_md(struct roff *, cmark_node *doc);
/* One inline Markdown text (a front-matter field): its text with fonts,
 * on the current line: what roff_md_inline_doc() makes of it parsed, or,
 * when it is simple (md_is_simple()), the same without cmark. */
void	roff_md_inline(struct roff *, const char *markdown);
void	roff_md_inline_doc(struct roff *, cmark_node *doc);

/* The md_render_fn and md_inline_fn of format/prepared.h for each
 * medium; the language is not used (roff is set left to right only).
 * The handbook's CTX is its struct roff_links, or NULL. */
void	roff_md_man(struct buf *, cmark_node *doc, const struct lang *,
	    const void *ctx);
void	roff_md_pdf(struct buf *, cmark_node *doc, const struct lang *,
	    const void *ctx);
void	roff_inline_man(struct buf *, const char *markdown,
	    const struct lang *, const void *ctx);
void	roff_inline_pdf(struct buf *, const char *markdown,
	    const struct lang *, const void *ctx);

#endif

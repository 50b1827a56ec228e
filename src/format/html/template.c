/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* template.c: compiles templates into a tree of nodes and renders them
 * against a context tree. */
#include "system.h"

#include <stdarg.h>

#include "util/buf.h"
#include "util/fmt.h"
#include "util/digest.h"
#include "util/diag.h"
#include "util/escape.h"
#include "format/html/template.h"
#include "util/textio.h"
#include "l10n/i18n.h"
#include "util/xalloc.h"

enum tnode_kind {
	TN_TEXT, TN_VAR, TN_RAW, TN_TR, TN_TRQ, TN_SECTION, TN_INVERTED
};

struct tnode {
	enum tnode_kind	 kind;
	char		*text;		/* literal, name or msgid */
	size_t		 len;
	int		 sym;		/* of the name (values, sections) */
	int		 line, col;
	char		*tr;		/* translation tags: the escaped */
	unsigned	 tr_gen;	/* translation, for this language */
	struct tnode	*child;		/* sections */
	struct tnode	*next;
};

struct tpl {
	char		*path;
	char		*src;
	struct digest	 digest;	/* of the source */
	struct tnode	*root;
};

#define NOLEN	((size_t)-1)	/* a value's length, not known */

struct tvar {
	int		 sym;		/* the name, interned */
	const char	*str;		/* set for values */
	size_t		 len;		/* its length, or NOLEN */
	struct tctx	**items;	/* lists */
	size_t		 nitems, capitems;
	int		 is_list;
};

/* Where a context tree and everything in it is allocated: blocks that
 * grow, freed together with the tree (a page asks for hundreds of small
 * pieces and drops them all at once), and the strings it was given to
 * free. */
struct tblock {
	struct tblock	*prev;
	size_t		 size, used;
	max_align_t	 data[];
};

struct tarena {
	struct tblock	*b;
	char		**taken;
	size_t		 ntaken, captaken;
};

struct tctx {
	struct tarena	*a;		/* the tree's */
	struct tvar	*v;
	size_t		 n, cap;
	uint64_t	 syms;		/* SYM_BIT of each variable's */
};

/* A context's variables are few and found by a scan; a bit per symbol
 * modulo 64 tells when the scan would find nothing. */
#define SYM_BIT(sym)	(UINT64_C(1) << ((unsigned int)(sym) & 63))

/* Parser state: a cursor over the source with its line and column. */
struct tparse {
	const char	*path;
	const char	*start;
	const char	*p;
	int		 line, col;
	int		 depth;		/* of sections open here */
};

/* Sections nest no deeper than this: templates are small, and the parser,
 * the renderer and tnode_free() recurse once per level. */
#define TPL_MAX_DEPTH 32

/* Names, interned: the renderer compares numbers, not strings.  A hash
 * table of the names seen (templates and renderers use a hundred or so). */
static struct {
	char		**names;
	size_t		 *lens;
	size_t		  n;
	int		  slots[1024];	/* index + 1 */
} syms;

static int
sym_intern(const char *name, size_t len)
{
	size_t h = hash_bytes(name, len) % ARRAY_LEN(syms.slots);
	int i;

	while ((i = syms.slots[h]) != 0) {
		if (syms.lens[i - 1] == len &&
		    memcmp(syms.names[i - 1], name, len) == 0)
			return i - 1;
		h = (h + 1) % ARRAY_LEN(syms.slots);
	}
	if (syms.n * 2 >= ARRAY_LEN(syms.slots)) {
		diag(DIAG_ERROR, NULL, 0, 0, _("too many names in the "
		    "templates (at most %zu)"), ARRAY_LEN(syms.slots) / 2);
		exit(EXIT_FAILURE);
	}
	syms.names = xreallocarray(syms.names, syms.n + 1, sizeof(char *));
	syms.lens = xreallocarray(syms.lens, syms.n + 1, sizeof(size_t));
	syms.names[syms.n] = xstrndup(name, len);
	syms.lens[syms.n] = len;
	syms.slots[h] = (int)++syms.n;
	return (int)syms.n - 1;
}

static void
tp_advance(struct tparse *tp, size_t n)
{
	while (n-- > 0 && *tp->p != '\0') {
		if (*tp->p == '\n')
			tp->line++, tp->col = 1;
		else
			tp->col++;
		tp->p++;
	}
}

static struct tnode *
tnode_new(enum tnode_kind kind, const char *text, size_t len,
    const struct tparse *tp)
{
	struct tnode *n = xcalloc(1, sizeof(*n));

	n->kind = kind;
	n->text = xstrndup(text, len);
	n->len = len;
	if (kind != TN_TEXT && kind != TN_TR && kind != TN_TRQ)
		n->sym = sym_intern(text, len);
	n->line = tp->line;
	n->col = tp->col;
	return n;
}

static void
tnode_free(struct tnode *n)
{
	struct tnode *next;

	for (; n != NULL; n = next) {
		next = n->next;
		tnode_free(n->child);
		free(n->text);
		free(n->tr);
		free(n);
	}
}

/* {{_("msgid")}} or {{_q("msgid")}}: the msgid may not contain '"'. */
static struct tnode *
tp_translation(struct tparse *tp, const char *in, size_t len)
{
	size_t open = strncmp(in, "_q(\"", 4) == 0 ? 4 : 3;

	if (len < open + 2 || strncmp(in + open - 2, "(\"", 2) != 0 ||
	    strncmp(in + len - 2, "\")", 2) != 0 ||
	    memchr(in + open, '"', len - open - 2) != NULL) {
		diag(DIAG_ERROR, tp->path, tp->line, tp->col,
		    _("malformed translation tag; expected {{_(\"Text\")}}"));
		return NULL;
	}
	return tnode_new(open == 4 ? TN_TRQ : TN_TR, in + open,
	    len - open - 2, tp);
}

static int tp_nodes(struct tparse *, struct tnode **, const char *close);

/* Skips a {{! comment }} of LEN bytes inside its braces.  A comment alone
 * on its line (a licence header) takes its newline with it, as in
 * Mustache, so that it leaves no blank line in the page. */
static void
tp_comment(struct tparse *tp, size_t len)
{
	int alone = tp->p == tp->start || tp->p[-1] == '\n';

	tp_advance(tp, len + 4);
	if (alone && *tp->p == '\n')
		tp_advance(tp, 1);
}

/* Parses one {{...}} tag at tp->p into *out; returns 1 at a closing tag
 * for CLOSE, 0 otherwise, -1 on error. */
static int
tp_tag(struct tparse *tp, struct tnode **out, const char *close)
{
	int raw = strncmp(tp->p, "{{{", 3) == 0;
	const char *in = tp->p + (raw ? 3 : 2);
	const char *end = strstr(in, raw ? "}}}" : "}}");
	size_t len;
	struct tnode *n;
	int r;

	if (end == NULL) {
		diag(DIAG_ERROR, tp->path, tp->line, tp->col,
		    _("unclosed tag"));
		return -1;
	}
	len = (size_t)(end - in);
	*out = NULL;
	if (!raw && in[0] == '!') {
		tp_comment(tp, len);
		return 0;
	}
	if (!raw && (in[0] == '#' || in[0] == '^')) {
		if (tp->depth == TPL_MAX_DEPTH) {
			diag(DIAG_ERROR, tp->path, tp->line, tp->col,
			    _("sections nested deeper than %d"),
			    TPL_MAX_DEPTH);
			return -1;
		}
		n = tnode_new(in[0] == '#' ? TN_SECTION : TN_INVERTED,
		    in + 1, len - 1, tp);
		tp_advance(tp, len + 4);
		*out = n;
		tp->depth++;
		r = tp_nodes(tp, &n->child, n->text);
		tp->depth--;
		return r == 1 ? 0 : -1;
	}
	if (!raw && in[0] == '/') {
		if (close == NULL || strlen(close) != len - 1 ||
		    strncmp(in + 1, close, len - 1) != 0) {
			diag(DIAG_ERROR, tp->path, tp->line, tp->col,
			    _("unexpected closing tag '%.*s'"), (int)len - 1,
			    in + 1);
			return -1;
		}
		tp_advance(tp, len + 4);
		return 1;
	}
	if (!raw && in[0] == '_' && tp->p > tp->start && tp->p[-1] == '"') {
		diag(DIAG_ERROR, tp->path, tp->line, tp->col,
		    _("a translation tag in quotes is hidden from xgettext; "
		    "write attr={{_q(\"Text\")}}"));
		return -1;
	}
	n = !raw && in[0] == '_' ? tp_translation(tp, in, len) :
	    tnode_new(raw ? TN_RAW : TN_VAR, in, len, tp);
	if (n == NULL)
		return -1;
	tp_advance(tp, len + (raw ? 6 : 4));
	*out = n;
	return 0;
}

/* Parses nodes up to the end, or up to the closing tag of CLOSE. */
static int
tp_nodes(struct tparse *tp, struct tnode **head, const char *close)
{
	struct tnode **tail = head;
	const char *open;
	int r;

	while (*tp->p != '\0') {
		open = strstr(tp->p, "{{");
		if (open == NULL)
			open = tp->p + strlen(tp->p);
		if (open > tp->p) {
			*tail = tnode_new(TN_TEXT, tp->p,
			    (size_t)(open - tp->p), tp);
			tail = &(*tail)->next;
			tp_advance(tp, (size_t)(open - tp->p));
			continue;
		}
		r = tp_tag(tp, tail, close);
		if (r != 0)
			return r;
		if (*tail != NULL)
			tail = &(*tail)->next;
	}
	if (close != NULL) {
		diag(DIAG_ERROR, tp->path, tp->line, tp->col,
		    _("section '%s' is not closed"), close);
		return -1;
	}
	return 0;
}

struct tpl *
template_load(const char *path)
{
	struct textfile tf;
	struct tparse tp;
	struct tpl *t;

	if (textfile_read(&tf, path) != 0)
		return NULL;
	t = xcalloc(1, sizeof(*t));
	t->path = xstrdup(path);
	t->src = xstrdup(tf.data);
	t->digest = digest_of(tf.data, tf.size);
	textfile_free(&tf);
	tp.path = t->path;
	tp.p = tp.start = t->src;
	tp.line = tp.col = 1;
	tp.depth = 0;
	if (tp_nodes(&tp, &t->root, NULL) != 0) {
		tpl_free(t);
		return NULL;
	}
	return t;
}

struct digest
tpl_digest(const struct tpl *t)
{
	return t->digest;
}

void
tpl_free(struct tpl *t)
{
	if (t == NULL)
		return;
	tnode_free(t->root);
	free(t->path);
	free(t->src);
	free(t);
}

/* Context stack: the innermost context is searched first. */
struct tstack {
	const struct tctx	*ctx;
	const struct tstack	*up;
};

static const struct tvar *
tstack_find(const struct tstack *s, int sym)
{
	size_t i;

	for (; s != NULL; s = s->up) {
		if ((s->ctx->syms & SYM_BIT(sym)) == 0)
			continue;
		for (i = 0; i < s->ctx->n; i++)
			if (s->ctx->v[i].sym == sym)
				return &s->ctx->v[i];
	}
	return NULL;
}

/* The translation of a tag's msgid in the current language, escaped,
 * made once per language. */
static const char *
tnode_tr(struct tnode *n)
{
	if (n->tr == NULL || n->tr_gen != i18n_generation()) {
		struct buf b = {0};

		if (n->kind == TN_TRQ)
			buf_putc(&b, '"');
		esc_html_s(&b, _(n->text));
		if (n->kind == TN_TRQ)
			buf_putc(&b, '"');
		free(n->tr);
		n->tr = buf_detach(&b);
		n->tr_gen = i18n_generation();
	}
	return n->tr;
}

static int tpl_nodes(const struct tpl *, const struct tnode *,
    const struct tstack *, struct buf *);

static int
tpl_section(const struct tpl *t, const struct tnode *n,
    const struct tstack *s, struct buf *out)
{
	const struct tvar *v = tstack_find(s, n->sym);
	int set = v != NULL && (v->is_list ? v->nitems > 0 : 1);
	struct tstack inner;
	size_t i;

	if (n->kind == TN_INVERTED)
		return set ? 0 : tpl_nodes(t, n->child, s, out);
	if (!set)
		return 0;
	if (!v->is_list)
		return tpl_nodes(t, n->child, s, out);
	inner.up = s;
	for (i = 0; i < v->nitems; i++) {
		inner.ctx = v->items[i];
		if (tpl_nodes(t, n->child, &inner, out) != 0)
			return -1;
	}
	return 0;
}

static int
tpl_node(const struct tpl *t, const struct tnode *n, const struct tstack *s,
    struct buf *out)
{
	const struct tvar *v;

	switch (n->kind) {
	case TN_TEXT:
		buf_put(out, n->text, n->len);
		return 0;
	case TN_TR:
	case TN_TRQ:
		buf_puts(out, tnode_tr((struct tnode *)n));
		return 0;
	case TN_SECTION:
	case TN_INVERTED:
		return tpl_section(t, n, s, out);
	case TN_VAR:
	case TN_RAW:
		v = tstack_find(s, n->sym);
		if (v == NULL || v->is_list) {
			diag(DIAG_ERROR, t->path, n->line, n->col,
			    _("'%s' is not a value here"), n->text);
			return -1;
		}
		if (n->kind == TN_RAW)
			buf_put(out, v->str, v->len != NOLEN ? v->len :
			    strlen(v->str));
		else
			esc_html_s(out, v->str);
		return 0;
	}
	return 0;
}

static int
tpl_nodes(const struct tpl *t, const struct tnode *n, const struct tstack *s,
    struct buf *out)
{
	for (; n != NULL; n = n->next)
		if (tpl_node(t, n, s, out) != 0)
			return -1;
	return 0;
}

int
tpl_render(const struct tpl *t, const struct tctx *ctx, struct buf *out)
{
	struct tstack s = { ctx, NULL };

	return tpl_nodes(t, t->root, &s, out);
}

#define TBLOCK	(16 * 1024)

static void *
tarena_alloc(struct tarena *a, size_t n)
{
	struct tblock *b = a->b;
	size_t size;

	n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) *
	    sizeof(max_align_t);
	if (b == NULL || b->size - b->used < n) {
		size = b != NULL ? b->size * 2 : TBLOCK;
		while (size < n)
			size *= 2;
		b = xmalloc(sizeof(*b) + size);
		b->prev = a->b;
		b->size = size;
		b->used = 0;
		a->b = b;
	}
	b->used += n;
	return (char *)b->data + b->used - n;
}

/* An array of N elements of SIZE in place of OLD (of HAD): the old one
 * stays in the arena until the tree goes. */
static void *
tarena_grow(struct tarena *a, void *old, size_t had, size_t n, size_t size)
{
	void *v = tarena_alloc(a, n * size);

	if (had > 0)
		memcpy(v, old, had * size);
	return v;
}

static char *
tarena_strdup(struct tarena *a, const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(tarena_alloc(a, n), s, n);
}

static struct tctx *
tctx_in(struct tarena *a)
{
	struct tctx *c = tarena_alloc(a, sizeof(*c));

	memset(c, 0, sizeof(*c));
	c->a = a;
	return c;
}

struct tctx *
tctx_new(void)
{
	return tctx_in(xcalloc(1, sizeof(struct tarena)));
}

/* C must be a tree's root: its items go with it. */
void
tctx_free(struct tctx *c)
{
	struct tarena *a;
	struct tblock *b;
	size_t i;

	if (c == NULL)
		return;
	a = c->a;
	for (i = 0; i < a->ntaken; i++)
		free(a->taken[i]);
	free(a->taken);
	while ((b = a->b) != NULL) {
		a->b = b->prev;
		free(b);
	}
	free(a);
}

/* The symbol of a renderer's NAME: renderers name values by literals, so
 * the last symbol found at an address is tried first (and compared, since
 * a name may also be in a buffer that holds another name later). */
static int
sym_of(const char *name)
{
	static struct {
		const char	*at;
		int		 sym;
	} seen[256];
	size_t k = ((uintptr_t)name >> 3 ^ (uintptr_t)name >> 11) &
	    (ARRAY_LEN(seen) - 1);

	if (seen[k].at != name || strcmp(syms.names[seen[k].sym], name) != 0) {
		seen[k].at = name;
		seen[k].sym = sym_intern(name, strlen(name));
	}
	return seen[k].sym;
}

static struct tvar *
tctx_var(struct tctx *c, const char *name)
{
	int sym = sym_of(name);
	size_t i;

	if (c->syms & SYM_BIT(sym))
		for (i = 0; i < c->n; i++)
			if (c->v[i].sym == sym)
				return &c->v[i];
	c->syms |= SYM_BIT(sym);
	if (c->n == c->cap) {
		c->v = tarena_grow(c->a, c->v, c->n, c->cap ? c->cap * 2 : 8,
		    sizeof(*c->v));
		c->cap = c->cap ? c->cap * 2 : 8;
	}
	memset(&c->v[c->n], 0, sizeof(c->v[c->n]));
	c->v[c->n].sym = sym;
	return &c->v[c->n++];
}

/* Gives V the value S, of LEN bytes, or NOLEN when not known. */
static void
tvar_put(struct tvar *v, const char *s, size_t len)
{
	v->str = s;
	v->len = len;
}

void
tctx_set(struct tctx *c, const char *name, const char *value)
{
	tvar_put(tctx_var(c, name), tarena_strdup(c->a, value), NOLEN);
}

void
tctx_set_ref(struct tctx *c, const char *name, const char *value)
{
	tvar_put(tctx_var(c, name), value, NOLEN);
}

void
tctx_set_refn(struct tctx *c, const char *name, const char *value,
    size_t len)
{
	tvar_put(tctx_var(c, name), value, len);
}

void
tctx_take(struct tctx *c, const char *name, char *value)
{
	struct tarena *a = c->a;

	if (a->ntaken == a->captaken)
		a->taken = xreallocarray(a->taken, a->captaken = a->captaken ?
		    a->captaken * 2 : 16, sizeof(*a->taken));
	a->taken[a->ntaken++] = value;
	tvar_put(tctx_var(c, name), value, NOLEN);
}

static void *
arena_room(void *arg, size_t size)
{
	return tarena_alloc(arg, size);
}

void
tctx_setf(struct tctx *c, const char *name, const char *fmt, ...)
{
	struct tvar *v = tctx_var(c, name);
	va_list ap;
	size_t n;
	char *s;

	va_start(ap, fmt);
	s = fmt_alloc(fmt, ap, arena_room, c->a, &n);
	va_end(ap);
	tvar_put(v, s, n);
}

struct tctx *
tctx_add(struct tctx *c, const char *name)
{
	struct tvar *v = tctx_var(c, name);

	v->is_list = 1;
	if (v->nitems == v->capitems) {
		v->items = tarena_grow(c->a, v->items, v->nitems, v->capitems ?
		    v->capitems * 2 : 4, sizeof(*v->items));
		v->capitems = v->capitems ? v->capitems * 2 : 4;
	}
	return v->items[v->nitems++] = tctx_in(c->a);
}

void
tctx_list(struct tctx *c, const char *name)
{
	tctx_var(c, name)->is_list = 1;
}

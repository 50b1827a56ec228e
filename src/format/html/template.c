/* template.c: compiles templates into a tree of nodes and renders them
 * against a context tree. */
#include "system.h"

#include <stdarg.h>

#include "util/buf.h"
#include "util/diag.h"
#include "util/escape.h"
#include "format/html/template.h"
#include "util/textio.h"
#include "util/xalloc.h"

enum tnode_kind {
	TN_TEXT, TN_VAR, TN_RAW, TN_TR, TN_TRQ, TN_SECTION, TN_INVERTED
};

struct tnode {
	enum tnode_kind	 kind;
	char		*text;		/* literal, name or msgid */
	size_t		 len;
	int		 line, col;
	struct tnode	*child;		/* sections */
	struct tnode	*next;
};

struct tpl {
	char		*path;
	char		*src;
	struct tnode	*root;
};

struct tvar {
	char		*name;
	char		*str;		/* set for values */
	struct tctx	**items;	/* lists */
	size_t		 nitems;
	int		 is_list;
};

struct tctx {
	struct tvar	*v;
	size_t		 n;
};

/* Parser state: a cursor over the source with its line and column. */
struct tparse {
	const char	*path;
	const char	*start;
	const char	*p;
	int		 line, col;
};

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

	if (end == NULL) {
		diag(DIAG_ERROR, tp->path, tp->line, tp->col,
		    _("unclosed tag"));
		return -1;
	}
	len = (size_t)(end - in);
	*out = NULL;
	if (!raw && (in[0] == '#' || in[0] == '^')) {
		n = tnode_new(in[0] == '#' ? TN_SECTION : TN_INVERTED,
		    in + 1, len - 1, tp);
		tp_advance(tp, len + 4);
		*out = n;
		return tp_nodes(tp, &n->child, n->text) == 1 ? 0 : -1;
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
	textfile_free(&tf);
	tp.path = t->path;
	tp.p = tp.start = t->src;
	tp.line = tp.col = 1;
	if (tp_nodes(&tp, &t->root, NULL) != 0) {
		tpl_free(t);
		return NULL;
	}
	return t;
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
tstack_find(const struct tstack *s, const char *name)
{
	size_t i;

	for (; s != NULL; s = s->up)
		for (i = 0; i < s->ctx->n; i++)
			if (strcmp(s->ctx->v[i].name, name) == 0)
				return &s->ctx->v[i];
	return NULL;
}

static int tpl_nodes(const struct tpl *, const struct tnode *,
    const struct tstack *, struct buf *);

static int
tpl_section(const struct tpl *t, const struct tnode *n,
    const struct tstack *s, struct buf *out)
{
	const struct tvar *v = tstack_find(s, n->text);
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
		esc_html_s(out, _(n->text));
		return 0;
	case TN_TRQ:
		buf_putc(out, '"');
		esc_html_s(out, _(n->text));
		buf_putc(out, '"');
		return 0;
	case TN_SECTION:
	case TN_INVERTED:
		return tpl_section(t, n, s, out);
	case TN_VAR:
	case TN_RAW:
		v = tstack_find(s, n->text);
		if (v == NULL || v->is_list) {
			diag(DIAG_ERROR, t->path, n->line, n->col,
			    _("'%s' is not a value here"), n->text);
			return -1;
		}
		if (n->kind == TN_RAW)
			buf_puts(out, v->str);
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

struct tctx *
tctx_new(void)
{
	return xcalloc(1, sizeof(struct tctx));
}

void
tctx_free(struct tctx *c)
{
	size_t i, k;

	if (c == NULL)
		return;
	for (i = 0; i < c->n; i++) {
		for (k = 0; k < c->v[i].nitems; k++)
			tctx_free(c->v[i].items[k]);
		free(c->v[i].items);
		free(c->v[i].name);
		free(c->v[i].str);
	}
	free(c->v);
	free(c);
}

static struct tvar *
tctx_var(struct tctx *c, const char *name)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (strcmp(c->v[i].name, name) == 0)
			return &c->v[i];
	c->v = xreallocarray(c->v, c->n + 1, sizeof(*c->v));
	memset(&c->v[c->n], 0, sizeof(c->v[c->n]));
	c->v[c->n].name = xstrdup(name);
	return &c->v[c->n++];
}

void
tctx_set(struct tctx *c, const char *name, const char *value)
{
	struct tvar *v = tctx_var(c, name);

	free(v->str);
	v->str = xstrdup(value);
}

void
tctx_setf(struct tctx *c, const char *name, const char *fmt, ...)
{
	struct tvar *v = tctx_var(c, name);
	va_list ap;

	free(v->str);
	va_start(ap, fmt);
	if (vasprintf(&v->str, fmt, ap) < 0)
		v->str = xstrdup("");
	va_end(ap);
}

struct tctx *
tctx_add(struct tctx *c, const char *name)
{
	struct tvar *v = tctx_var(c, name);

	v->is_list = 1;
	v->items = xreallocarray(v->items, v->nitems + 1, sizeof(*v->items));
	return v->items[v->nitems++] = tctx_new();
}

void
tctx_list(struct tctx *c, const char *name)
{
	tctx_var(c, name)->is_list = 1;
}

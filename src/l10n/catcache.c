/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* catcache.c: the cache of a content catalog: a header naming the PO
 * file's digest and sipdoc's own (util/self.h: the structure check's
 * verdicts are sipdoc's), then each message as the line and column of
 * its msgstr, its fuzzy flag, the check's verdict (0 none, K + 1
 * view_verdicts[K], 0xffffffff not checked), msgid and msgstr (lengths
 * first; a msgstr of length 0xffffffff is none). */
#include "system.h"

#include <stdint.h>

#include "l10n/catalog.h"
#include "l10n/catcache.h"
#include "l10n/view.h"
#include "util/fmt.h"
#include "util/self.h"
#include "util/textio.h"
#include "util/xalloc.h"

#define CACHE_HEAD "sipdoc-catalog 3 "
#define NONE 0xffffffffu

void
catcache_name(char *name, size_t n, const char *lang)
{
	fmt_snprintf(name, n, ".sipdoc-catalog-%s", lang);
}

static void
put32(struct buf *b, uint32_t v)
{
	unsigned char c[4] = { (unsigned char)v, (unsigned char)(v >> 8),
	    (unsigned char)(v >> 16), (unsigned char)(v >> 24) };

	buf_put(b, (const char *)c, 4);
}

static void
putstr(struct buf *b, const char *s)
{
	put32(b, s != NULL ? (uint32_t)strlen(s) : NONE);
	if (s != NULL)
		buf_puts(b, s);
}

/* The header: what the cache was made from, and by which sipdoc. */
static void
catcache_head(char head[sizeof(CACHE_HEAD) + 66], const struct digest *src)
{
	char hsrc[33], hself[33];

	digest_hex(src, hsrc);
	digest_hex(self_digest(), hself);
	fmt_snprintf(head, sizeof(CACHE_HEAD) + 66, CACHE_HEAD "%s %s\n", hsrc,
	    hself);
}

static uint32_t
verdict_code(const struct catalog *c, const char *why)
{
	uint32_t k;

	if (!c->checked)
		return NONE;
	for (k = 0; why != NULL && k < VIEW_VERDICTS; k++)
		if (why == view_verdicts[k])
			return k + 1;
	return 0;
}

void
catcache_dump(const struct catalog *c, struct buf *b)
{
	char head[sizeof(CACHE_HEAD) + 66];
	size_t i;

	catcache_head(head, &c->source);
	buf_puts(b, head);
	put32(b, (uint32_t)c->nmsgs);
	for (i = 0; i < c->nmsgs; i++) {
		put32(b, (uint32_t)c->msgs[i].line);
		put32(b, (uint32_t)c->msgs[i].col);
		put32(b, (uint32_t)c->msgs[i].fuzzy);
		put32(b, verdict_code(c, c->msgs[i].why));
		putstr(b, c->msgs[i].msgid);
		putstr(b, c->msgs[i].msgstr);
	}
}

struct reader {
	const unsigned char	*p, *end;
	int			 bad;
};

static uint32_t
get32(struct reader *r)
{
	uint32_t v;

	if (r->end - r->p < 4) {
		r->bad = 1;
		return 0;
	}
	v = (uint32_t)r->p[0] | (uint32_t)r->p[1] << 8 |
	    (uint32_t)r->p[2] << 16 | (uint32_t)r->p[3] << 24;
	r->p += 4;
	return v;
}

static char *
getstr(struct reader *r, int *none)
{
	uint32_t n = get32(r);
	char *s;

	*none = n == NONE;
	if (r->bad || *none)
		return NULL;
	if ((uint32_t)(r->end - r->p) < n || memchr(r->p, '\0', n) != NULL) {
		r->bad = 1;
		return NULL;
	}
	s = xstrndup((const char *)r->p, n);
	r->p += n;
	return s;
}

/* The messages after the header; -1 when they do not parse. */
static int
catcache_msgs(struct catalog *c, struct reader *r)
{
	uint32_t n = get32(r), i, v;
	int none, checked = 1;

	if (r->bad || n > (uint32_t)(r->end - r->p) / 24)
		return -1;
	c->msgs = xcalloc(n + 1, sizeof(*c->msgs));
	for (i = 0; i < n && !r->bad; i++) {
		struct cat_msg *m = &c->msgs[c->nmsgs];

		m->line = (int)get32(r);
		m->col = (int)get32(r);
		m->fuzzy = get32(r) != 0;
		if ((v = get32(r)) == NONE)
			checked = 0;
		else if (v > VIEW_VERDICTS)
			r->bad = 1;
		else
			m->why = v > 0 ? view_verdicts[v - 1] : NULL;
		m->msgid = getstr(r, &none);
		if (r->bad || none) {
			r->bad = 1;
			free(m->msgid);
			break;
		}
		m->msgstr = getstr(r, &none);
		c->nmsgs++;
	}
	c->checked = checked;
	return r->bad || r->p != r->end ? -1 : 0;
}

struct catalog *
catcache_load(const char *out, const char *path, const char *lang,
    const struct digest *src)
{
	char name[64], head[sizeof(CACHE_HEAD) + 66], *file, *data;
	struct catalog *c = NULL;
	struct reader r;
	size_t n;

	catcache_name(name, sizeof(name), lang);
	file = xasprintf("%s/%s", out, name);
	data = file_slurp(file, &n);
	free(file);
	catcache_head(head, src);
	if (data == NULL || n < strlen(head) ||
	    memcmp(data, head, strlen(head)) != 0)
		goto done;
	c = xcalloc(1, sizeof(*c));
	c->lang = xstrdup(lang);
	c->path = xstrdup(path);
	c->source = *src;
	r.p = (const unsigned char *)data + strlen(head);
	r.end = (const unsigned char *)data + n;
	r.bad = 0;
	if (catcache_msgs(c, &r) != 0) {
		catalog_free(c);
		c = NULL;
	} else
		catalog_index(c);
done:
	free(data);
	return c;
}

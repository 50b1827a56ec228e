/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* catcache.c: the cache of a content catalog: a header naming the PO
 * file's digest, then each message as the line and column of its
 * msgstr, its fuzzy flag, msgid and msgstr (lengths first; a msgstr of
 * length 0xffffffff is none). */
#include "system.h"

#include <stdint.h>

#include "l10n/catalog.h"
#include "l10n/catcache.h"
#include "util/fmt.h"
#include "util/textio.h"
#include "util/xalloc.h"

#define CACHE_HEAD "sipdoc-catalog 2 "
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

void
catcache_dump(const struct catalog *c, struct buf *b)
{
	char hex[33];
	size_t i;

	digest_hex(&c->source, hex);
	buf_printf(b, CACHE_HEAD "%s\n", hex);
	put32(b, (uint32_t)c->nmsgs);
	for (i = 0; i < c->nmsgs; i++) {
		put32(b, (uint32_t)c->msgs[i].line);
		put32(b, (uint32_t)c->msgs[i].col);
		put32(b, (uint32_t)c->msgs[i].fuzzy);
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
	uint32_t n = get32(r), i;
	int none;

	if (r->bad || n > (uint32_t)(r->end - r->p) / 20)
		return -1;
	c->msgs = xcalloc(n + 1, sizeof(*c->msgs));
	for (i = 0; i < n && !r->bad; i++) {
		struct cat_msg *m = &c->msgs[c->nmsgs];

		m->line = (int)get32(r);
		m->col = (int)get32(r);
		m->fuzzy = get32(r) != 0;
		m->msgid = getstr(r, &none);
		if (r->bad || none) {
			r->bad = 1;
			free(m->msgid);
			break;
		}
		m->msgstr = getstr(r, &none);
		c->nmsgs++;
	}
	return r->bad || r->p != r->end ? -1 : 0;
}

struct catalog *
catcache_load(const char *out, const char *path, const char *lang,
    const struct digest *src)
{
	char name[64], hex[33], *file, *data;
	struct catalog *c = NULL;
	struct reader r;
	size_t n, head;

	catcache_name(name, sizeof(name), lang);
	file = xasprintf("%s/%s", out, name);
	data = file_slurp(file, &n);
	free(file);
	digest_hex(src, hex);
	head = strlen(CACHE_HEAD) + 33;
	if (data == NULL || n < head || memcmp(data, CACHE_HEAD,
	    strlen(CACHE_HEAD)) != 0 || memcmp(data + strlen(CACHE_HEAD),
	    hex, 32) != 0 || data[head - 1] != '\n')
		goto done;
	c = xcalloc(1, sizeof(*c));
	c->lang = xstrdup(lang);
	c->path = xstrdup(path);
	c->source = *src;
	r.p = (const unsigned char *)data + head;
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

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* doccache.c: a format's documents from one build to the next
 * (doccache.h). */
#include "system.h"

#include "format/doccache.h"
#include "util/textio.h"
#include "util/xalloc.h"

/* A length in decimal at *P, ending in END; -1 when there is none. */
static long long
scache_len(const char **p, const char *lim, char end)
{
	long long v = 0;
	const char *s = *p;

	if (s >= lim || *s < '0' || *s > '9')
		return -1;
	for (; s < lim && *s >= '0' && *s <= '9'; s++) {
		if (v > (1LL << 40))
			return -1;
		v = v * 10 + (*s - '0');
	}
	if (s >= lim || *s != end)
		return -1;
	*p = s + 1;
	return v;
}

/* The records of the file, or none of them when one does not parse. */
static void
scache_parse(struct scache *sc, size_t size, size_t skip,
    scache_check_fn check)
{
	const char *p = sc->data + skip, *lim = sc->data + size;
	size_t cap = 0;

	while (p < lim) {
		struct scache_doc *d;
		struct digest key;
		char hex[33];
		long long nr, nw;

		if (lim - p < 33 || p[32] != ' ')
			goto damaged;
		memcpy(hex, p, 32);
		hex[32] = '\0';
		p += 33;
		if (digest_parse(hex, &key) != 0 ||
		    (nr = scache_len(&p, lim, ' ')) < 0 ||
		    (nw = scache_len(&p, lim, '\n')) < 0 ||
		    lim - p < nr + nw)
			goto damaged;
		if (sc->n == cap) {
			cap = cap ? cap * 2 : 128;
			sc->keys = xreallocarray(sc->keys, cap, sizeof(*sc->keys));
			sc->docs = xreallocarray(sc->docs, cap, sizeof(*sc->docs));
		}
		sc->keys[sc->n] = key;
		d = &sc->docs[sc->n++];
		d->record = p;
		d->nrecord = (size_t)nr;
		d->words = p + nr;
		d->nwords = (size_t)nw;
		if (check != NULL && !check(d))
			goto damaged;
		p += nr + nw;
	}
	return;
damaged:
	sc->n = 0;
}

static size_t
scache_slot(const struct scache *sc, const struct digest *d)
{
	return (size_t)(d->h[0] ^ d->h[1]) & (sc->nslots - 1);
}

void
scache_open(struct scache *sc, const char *dir, const char *name,
    const char *head, scache_check_fn check, int fd)
{
	char *path;
	size_t size = 0, i, h, nhead = strlen(head);

	memset(sc, 0, sizeof(*sc));
	sc->fd = fd;
	buf_puts(&sc->pending, head);
	buf_putc(&sc->pending, '\n');
	if (dir == NULL)
		return;
	path = xasprintf("%s/%s", dir, name);
	sc->data = file_slurp(path, &size);
	free(path);
	if (sc->data == NULL || size <= nhead ||
	    memcmp(sc->data, head, nhead) != 0 || sc->data[nhead] != '\n')
		return;
	scache_parse(sc, size, nhead + 1, check);
	for (sc->nslots = 16; sc->nslots < sc->n * 2; sc->nslots *= 2)
		;
	sc->slots = xcalloc(sc->nslots, sizeof(*sc->slots));
	for (i = 0; i < sc->n; i++) {
		for (h = scache_slot(sc, &sc->keys[i]); sc->slots[h] != 0;
		    h = (h + 1) & (sc->nslots - 1))
			;
		sc->slots[h] = i + 1;
	}
}

const struct scache_doc *
scache_find(const struct scache *sc, const struct digest *d)
{
	size_t h, i;

	if (sc->nslots == 0)
		return NULL;
	for (h = scache_slot(sc, d); (i = sc->slots[h]) != 0;
	    h = (h + 1) & (sc->nslots - 1))
		if (digest_eq(&sc->keys[i - 1], d))
			return &sc->docs[i - 1];
	return NULL;
}

static void
scache_flush(struct scache *sc)
{
	if (sc->fd >= 0 && !sc->failed &&
	    fd_write_all(sc->fd, sc->pending.s, sc->pending.len) != 0)
		sc->failed = 1;
	sc->pending.len = 0;
}

void
scache_put(struct scache *sc, const struct digest *d,
    const struct scache_doc *doc)
{
	char hex[33];

	if (sc->fd < 0)
		return;
	digest_hex(d, hex);
	buf_printf(&sc->pending, "%s %zu %zu\n", hex, doc->nrecord,
	    doc->nwords);
	buf_put(&sc->pending, doc->record, doc->nrecord);
	buf_put(&sc->pending, doc->words, doc->nwords);
	if (sc->pending.len >= 65536)
		scache_flush(sc);
}

int
scache_close(struct scache *sc)
{
	int rc;

	scache_flush(sc);
	rc = sc->fd >= 0 && !sc->failed ? 0 : -1;
	buf_free(&sc->pending);
	free(sc->data);
	free(sc->keys);
	free(sc->docs);
	free(sc->slots);
	memset(sc, 0, sizeof(*sc));
	return rc;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* digest.c: MurmurHash3 x64-128 (Austin Appleby's public-domain design),
 * written as a streaming hasher: blocks of 16 bytes, the rest kept as a
 * tail until more arrives or the digest is taken.  Seeded, see SEED. */
#include "system.h"

#include "util/digest.h"

#define C1 0x87c37b91114253d5ULL
#define C2 0x4cf5ad432745937fULL

static uint64_t
rotl(uint64_t x, int r)
{
	return x << r | x >> (64 - r);
}

static uint64_t
fmix(uint64_t k)
{
	k ^= k >> 33;
	k *= 0xff51afd7ed558ccdULL;
	k ^= k >> 33;
	k *= 0xc4ceb9fe1a85ec53ULL;
	k ^= k >> 33;
	return k;
}

/* Little-endian on every machine, so digests do not depend on it. */
static uint64_t
load64(const unsigned char *p)
{
	uint64_t v;

	memcpy(&v, p, sizeof(v));
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	v = __builtin_bswap64(v);
#endif
	return v;
}

static void
store64(unsigned char *p, uint64_t v)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	v = __builtin_bswap64(v);
#endif
	memcpy(p, &v, sizeof(v));
}

static void
mix1(uint64_t *h, uint64_t k)
{
	k *= C1;
	k = rotl(k, 31);
	k *= C2;
	*h ^= k;
}

static void
mix2(uint64_t *h, uint64_t k)
{
	k *= C2;
	k = rotl(k, 33);
	k *= C1;
	*h ^= k;
}

static void
block(struct hasher *s, const unsigned char *p)
{
	mix1(&s->h1, load64(p));
	s->h1 = rotl(s->h1, 27) + s->h2;
	s->h1 = s->h1 * 5 + 0x52dce729;
	mix2(&s->h2, load64(p + 8));
	s->h2 = rotl(s->h2, 31) + s->h1;
	s->h2 = s->h2 * 5 + 0x38495ab5;
}

/* A seed other than 0, so that no digest, not even that of nothing, is
 * the all-zero "unknown". */
#define SEED 0x73697064u	/* "sipd" */

void
hasher_init(struct hasher *s)
{
	memset(s, 0, sizeof(*s));
	s->h1 = s->h2 = SEED;
}

void
hasher_put(struct hasher *s, const void *data, size_t n)
{
	const unsigned char *p = data;
	size_t take;

	s->len += n;
	if (s->ntail > 0) {
		take = 16 - s->ntail < n ? 16 - s->ntail : n;
		memcpy(s->tail + s->ntail, p, take);
		s->ntail += take;
		p += take;
		n -= take;
		if (s->ntail < 16)
			return;
		block(s, s->tail);
		s->ntail = 0;
	}
	for (; n >= 16; p += 16, n -= 16)
		block(s, p);
	memcpy(s->tail, p, n);
	s->ntail = n;
}

void
hasher_str(struct hasher *s, const char *str)
{
	if (str == NULL) {
		hasher_int(s, -1);
		return;
	}
	hasher_int(s, (long long)strlen(str));
	hasher_put(s, str, strlen(str));
}

void
hasher_int(struct hasher *s, long long v)
{
	unsigned char b[8];

	store64(b, (uint64_t)v);
	hasher_put(s, b, sizeof(b));
}

/* The two halves as two hasher_int() would put them, in one call: the
 * digests of what an output shows are most of what a plan hashes. */
void
hasher_digest(struct hasher *s, const struct digest *d)
{
	unsigned char b[16];

	store64(b, d->h[0]);
	store64(b + 8, d->h[1]);
	if (s->ntail == 0) {
		s->len += sizeof(b);
		block(s, b);
	} else
		hasher_put(s, b, sizeof(b));
}

struct digest
hasher_end(const struct hasher *in)
{
	struct hasher s = *in;
	uint64_t k1 = 0, k2 = 0;
	struct digest d;
	size_t i;

	for (i = s.ntail; i-- > 8; )
		k2 = k2 << 8 | s.tail[i];
	for (i = s.ntail < 8 ? s.ntail : 8; i-- > 0; )
		k1 = k1 << 8 | s.tail[i];
	if (s.ntail > 8)
		mix2(&s.h2, k2);
	if (s.ntail > 0)
		mix1(&s.h1, k1);
	s.h1 ^= s.len;
	s.h2 ^= s.len;
	s.h1 += s.h2;
	s.h2 += s.h1;
	s.h1 = fmix(s.h1);
	s.h2 = fmix(s.h2);
	s.h1 += s.h2;
	s.h2 += s.h1;
	d.h[0] = s.h1;
	d.h[1] = s.h2;
	return d;
}

struct digest
digest_of(const void *data, size_t n)
{
	struct hasher s;

	hasher_init(&s);
	hasher_put(&s, data, n);
	return hasher_end(&s);
}

/* Eight bytes at a time, each step a multiply and a fold of the high
 * half into the low (the tables take the low bits). */
size_t
hash_bytes(const void *data, size_t n)
{
	const unsigned char *p = data;
	uint64_t h = 0x9e3779b97f4a7c15ULL ^ n, k;
	size_t i;

	for (; n >= 8; p += 8, n -= 8) {
		memcpy(&k, p, sizeof(k));
		h = (h ^ k) * 0xff51afd7ed558ccdULL;
		h ^= h >> 32;
	}
	for (k = 0, i = 0; i < n; i++)
		k |= (uint64_t)p[i] << (8 * i);
	h = (h ^ k) * 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 29;
	return (size_t)h;
}

int
digest_eq(const struct digest *a, const struct digest *b)
{
	return a->h[0] == b->h[0] && a->h[1] == b->h[1];
}

void
digest_hex(const struct digest *d, char out[33])
{
	/* each byte's two digits: a manifest has two digests a file */
	static const char hex2[513] =
	    "000102030405060708090a0b0c0d0e0f"
	    "101112131415161718191a1b1c1d1e1f"
	    "202122232425262728292a2b2c2d2e2f"
	    "303132333435363738393a3b3c3d3e3f"
	    "404142434445464748494a4b4c4d4e4f"
	    "505152535455565758595a5b5c5d5e5f"
	    "606162636465666768696a6b6c6d6e6f"
	    "707172737475767778797a7b7c7d7e7f"
	    "808182838485868788898a8b8c8d8e8f"
	    "909192939495969798999a9b9c9d9e9f"
	    "a0a1a2a3a4a5a6a7a8a9aaabacadaeaf"
	    "b0b1b2b3b4b5b6b7b8b9babbbcbdbebf"
	    "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf"
	    "d0d1d2d3d4d5d6d7d8d9dadbdcdddedf"
	    "e0e1e2e3e4e5e6e7e8e9eaebecedeeef"
	    "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff";
	uint64_t v;
	int i, k;

	for (k = 0; k < 2; k++)
		for (v = d->h[k], i = 8; i-- > 0; v >>= 8)
			memcpy(out + k * 16 + 2 * i, hex2 + 2 * (v & 0xff), 2);
	out[32] = '\0';
}

static int
hexval(char c)
{
	/* the value plus one of each lower-case hex digit; 0: not one */
	static const unsigned char v[256] = {
		['0'] = 1, ['1'] = 2, ['2'] = 3, ['3'] = 4, ['4'] = 5,
		['5'] = 6, ['6'] = 7, ['7'] = 8, ['8'] = 9, ['9'] = 10,
		['a'] = 11, ['b'] = 12, ['c'] = 13, ['d'] = 14, ['e'] = 15,
		['f'] = 16,
	};

	return v[(unsigned char)c] - 1;
}

int
digest_parse(const char *s, struct digest *d)
{
	uint64_t h;
	int i, k, v;

	for (k = 0; k < 2; k++) {
		for (h = 0, i = 0; i < 16; i++) {
			if ((v = hexval(*s++)) < 0)
				return -1;
			h = h << 4 | (uint64_t)v;
		}
		d->h[k] = h;
	}
	return 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* digest.h: 128-bit digests of inputs and outputs, for deciding what a
 * build must render and write.  The hash is MurmurHash3 (x64, 128-bit):
 * fast enough to digest every byte a build writes, and strong enough that
 * an edit is never mistaken for the old content.  Not cryptographic: the
 * manifest it fills is a cache, never a security boundary.
 *
 * A zeroed struct digest means "unknown" and equals no real digest in
 * practice. */
#ifndef SIPDOC_DIGEST_H
#define SIPDOC_DIGEST_H

#include <stddef.h>
#include <stdint.h>

struct digest {
	uint64_t	 h[2];
};

struct hasher {
	uint64_t	 h1, h2;
	uint64_t	 len;
	unsigned char	 tail[16];
	size_t		 ntail;
};

void	hasher_init(struct hasher *);
void	hasher_put(struct hasher *, const void *, size_t);
/* A string, with its length first, so that ("ab", "c") and ("a", "bc")
 * differ; NULL is hashed as a distinct value. */
void	hasher_str(struct hasher *, const char *);
void	hasher_int(struct hasher *, long long);
void	hasher_digest(struct hasher *, const struct digest *);
struct digest hasher_end(const struct hasher *);

struct digest digest_of(const void *, size_t);
/* A quick hash of N bytes for the hash tables in memory: never stored,
 * never compared between builds, never an order anything is written in. */
size_t	hash_bytes(const void *, size_t n);
int	digest_eq(const struct digest *, const struct digest *);
/* 32 lower-case hex digits and a NUL. */
void	digest_hex(const struct digest *, char out[33]);
/* Parses 32 hex digits; returns -1 when S is not that. */
int	digest_parse(const char *s, struct digest *);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* manifest.c: the manifest as a hash table by path: read from the file,
 * updated as the build goes, written back when it changed. */
#include "system.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include "build/manifest.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/textio.h"
#include "util/xalloc.h"

#define MANIFEST	".sipdoc-manifest"
#define MANIFEST_TMP	".sipdoc-manifest.tmp"
#define MANIFEST_HEAD	"sipdoc-manifest 1"
/* The spool moves to its file by chunks of this size. */
#define SPOOL_CHUNK	(256 * 1024)

static uint64_t
path_hash(const char *s)
{
	uint64_t h = 14695981039346656037ULL;

	while (*s != '\0')
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	return h;
}

const char *
manifest_path(const struct manifest *m, const struct mrec *r)
{
	return m->arena + r->path;
}

const char *
manifest_scope(const struct manifest *m, const struct mrec *r)
{
	return m->arena + r->scope;
}

static uint32_t
arena_add(struct manifest *m, const char *s)
{
	size_t len = strlen(s);
	uint32_t off;

	if (m->alen + len + 1 > m->acap) {
		while (m->alen + len + 1 > m->acap)
			m->acap = m->acap ? m->acap * 2 : 65536;
		m->arena = xrealloc(m->arena, m->acap);
	}
	off = (uint32_t)m->alen;
	memcpy(m->arena + m->alen, s, len + 1);
	m->alen += len + 1;
	return off;
}

static void
manifest_rehash(struct manifest *m)
{
	size_t i, h;

	free(m->slots);
	m->nslots = 64;
	while (m->nslots < m->n * 2 + 2)
		m->nslots *= 2;
	m->slots = xcalloc(m->nslots, sizeof(*m->slots));
	for (i = 0; i < m->n; i++) {
		h = path_hash(manifest_path(m, &m->v[i])) & (m->nslots - 1);
		while (m->slots[h] != 0)
			h = (h + 1) & (m->nslots - 1);
		m->slots[h] = (uint32_t)i + 1;
	}
}

struct mrec *
manifest_find(struct manifest *m, const char *path)
{
	size_t h;
	uint32_t i;

	if (m->nslots == 0)
		return NULL;
	h = path_hash(path) & (m->nslots - 1);
	while ((i = m->slots[h]) != 0) {
		if (strcmp(manifest_path(m, &m->v[i - 1]), path) == 0)
			return &m->v[i - 1];
		h = (h + 1) & (m->nslots - 1);
	}
	return NULL;
}

/* Appends a record for PATH made by SCOPE and indexes it. */
static struct mrec *
manifest_add(struct manifest *m, const char *path, const char *scope)
{
	struct mrec *r;

	if (m->n == m->cap)
		m->v = xreallocarray(m->v, m->cap = m->cap ? m->cap * 2 : 1024,
		    sizeof(*m->v));
	r = &m->v[m->n++];
	memset(r, 0, sizeof(*r));
	r->path = arena_add(m, path);
	r->scope = arena_add(m, scope);
	if (m->n * 2 + 2 > m->nslots)
		manifest_rehash(m);
	else {
		size_t h = path_hash(path) & (m->nslots - 1);

		while (m->slots[h] != 0)
			h = (h + 1) & (m->nslots - 1);
		m->slots[h] = (uint32_t)m->n;
	}
	return r;
}

/* Splits LINE at tabs into exactly N fields; -1 when it has another
 * number of them. */
static int
split_tabs(char *line, char **f, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		f[i] = line;
		line = strchr(line, '\t');
		if ((line == NULL) != (i == n - 1))
			return -1;
		if (line != NULL)
			*line++ = '\0';
	}
	return 0;
}

/* A scope "html/ru": a format name and a language code or "-". */
static int
scope_ok(const char *s)
{
	size_t n = 0;

	while (s[n] >= 'a' && s[n] <= 'z')
		n++;
	if (n == 0 || s[n] != '/' || s[n + 1] == '\0')
		return 0;
	for (s += n + 1; *s != '\0'; s++)
		if (!((*s | 32) >= 'a' && (*s | 32) <= 'z') &&
		    !(*s >= '0' && *s <= '9') && *s != '_' && *s != '@' &&
		    *s != '-')
			return 0;
	return 1;
}

/* A decimal number, "-" before it or not, that a long long holds. */
static int
parse_ll(const char *s, long long *v)
{
	unsigned long long u = 0, max = LLONG_MAX;
	int neg = *s == '-', n;

	s += neg;
	if (*s == '\0')
		return -1;
	for (n = 0; *s >= '0' && *s <= '9'; s++, n++) {
		if (n >= 18 && (u > (max + (unsigned)neg -
		    (unsigned)(*s - '0')) / 10))
			return -1;	/* 18 digits never overflow */
		u = u * 10 + (unsigned)(*s - '0');
	}
	if (*s != '\0')
		return -1;
	*v = neg ? (long long)(0ULL - u) : (long long)u;
	return 0;
}

/* A record "PATH\tSCOPE\tIN\tOUT\tSIZE\tMTIME" into its fields F (PATH
 * and SCOPE), digests and state; -1 when LINE is not that. */
static int
record_parse(char *line, char **f, struct digest *in, struct digest *out,
    struct fstate *st)
{
	if (split_tabs(line, f, 6) != 0 || !outdir_path_ok(f[0]) ||
	    !scope_ok(f[1]) || strlen(f[2]) != 32 ||
	    digest_parse(f[2], in) != 0 || strlen(f[3]) != 32 ||
	    digest_parse(f[3], out) != 0 || parse_ll(f[4], &st->size) != 0 ||
	    st->size < 0 || parse_ll(f[5], &st->mtime) != 0)
		return -1;
	return 0;
}

static int
manifest_line(struct manifest *m, char *line)
{
	char *f[6];
	struct mrec *r;
	struct digest in, out;
	struct fstate st;

	if (record_parse(line, f, &in, &out, &st) != 0 ||
	    manifest_find(m, f[0]) != NULL)
		return -1;
	r = manifest_add(m, f[0], f[1]);
	r->in = in;
	r->out = out;
	r->st = st;
	return 0;
}

/* Room for N records, in the vector and in the index, before any. */
static void
manifest_reserve(struct manifest *m, size_t n)
{
	m->v = xreallocarray(m->v, m->cap = n + 1, sizeof(*m->v));
	free(m->slots);
	for (m->nslots = 64; m->nslots < n * 2 + 2; m->nslots *= 2)
		;
	m->slots = xcalloc(m->nslots, sizeof(*m->slots));
}

static int
manifest_parse(struct manifest *m, char *text)
{
	char *line = text, *nl;
	size_t n = 0;

	for (nl = text; (nl = strchr(nl, '\n')) != NULL; nl++)
		n++;
	manifest_reserve(m, n);

	nl = strchr(line, '\n');
	if (nl == NULL)
		return -1;
	*nl = '\0';
	if (strcmp(line, MANIFEST_HEAD) != 0)
		return -1;
	for (line = nl + 1; *line != '\0'; line = nl + 1) {
		nl = strchr(line, '\n');
		if (nl == NULL)
			return -1;	/* cut short */
		*nl = '\0';
		if (manifest_line(m, line) != 0)
			return -1;
	}
	return 0;
}

void
manifest_read(struct manifest *m, struct outdir *od)
{
	int fd = od != NULL ? openat(outdir_fd(od), MANIFEST, O_RDONLY |
	    O_NOFOLLOW | O_CLOEXEC) : -1;
	struct buf b = {0};
	struct stat st;
	ssize_t n;

	memset(m, 0, sizeof(*m));
	manifest_rehash(m);
	if (fd < 0)
		return;
	/* Room for the whole file at once (a record is some 120 bytes);
	   read to its end, whatever its size is by then. */
	if (fstat(fd, &st) == 0 && st.st_size > 0)
		buf_grow(&b, (size_t)st.st_size + 1);
	for (;;) {
		if (b.cap - b.len < 2)
			buf_grow(&b, 65536);
		n = read(fd, b.s + b.len, b.cap - b.len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		b.len += (size_t)n;
	}
	b.s[b.len] = '\0';
	close(fd);
	/* A NUL inside cuts the text short, which fails to parse. */
	if (n < 0 || manifest_parse(m, b.s != NULL ? b.s : (char *)"") != 0) {
		manifest_free(m);
		manifest_rehash(m);
		m->damaged = 1;
	}
	buf_free(&b);
}

void
manifest_stat(struct manifest *m, struct outdir *od)
{
	size_t i;

	for (i = 0; od != NULL && i < m->n; i++)
		m->v[i].disk_known = outdir_stat(od,
		    manifest_path(m, &m->v[i]), &m->v[i].disk) == 0;
}

/* The journal: what the previous build wrote after its manifest, newest
 * last.  A line "PATH\tSCOPE" says PATH may have been written (a file the
 * manifest lacks gets a record with unknown digests); a full record
 * replaces the manifest's record of its file.  A build killed while
 * appending leaves the last line cut short. */
void
manifest_journal(struct manifest *m, const char *journal)
{
	const char *p = journal, *nl;
	char *line, *copy, *f[6];
	struct digest in, out;
	struct fstate st;

	for (; p != NULL && *p != '\0'; p = nl + 1) {
		nl = strchr(p, '\n');
		if (nl == NULL)
			break;
		line = xstrndup(p, (size_t)(nl - p));
		copy = xstrdup(line);
		m->dirty = 1;
		if (split_tabs(copy, f, 2) == 0 && outdir_path_ok(f[0]) &&
		    scope_ok(f[1])) {
			if (manifest_find(m, f[0]) == NULL)
				manifest_add(m, f[0], f[1]);
		} else if (record_parse(line, f, &in, &out, &st) == 0) {
			struct mrec *r = manifest_find(m, f[0]);
			int known = r != NULL && r->disk_known;
			struct fstate disk = r != NULL ? r->disk : st;

			r = manifest_put(m, f[0], f[1], &in, &out, &st);
			r->seen = 0;
			r->disk = disk;
			r->disk_known = known;
		}
		free(copy);
		free(line);
	}
}

void
manifest_free(struct manifest *m)
{
	free(m->arena);
	free(m->v);
	free(m->slots);
	if (m->spool_state == 1)
		close(m->spool_fd);
	buf_free(&m->spool);
	memset(m, 0, sizeof(*m));
}

/* An unlinked file for the spool: nothing is left of it however the
 * build ends. */
static int
spool_file(void)
{
	const char *dir = getenv("TMPDIR");
	char *path;
	int fd;

	if (dir == NULL || *dir != '/')
		dir = "/tmp";
#ifdef O_TMPFILE
	fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
	if (fd >= 0)
		return fd;
#endif
	path = xasprintf("%s/sipdoc-spool.XXXXXX", dir);
	fd = mkstemp(path);
	if (fd >= 0)
		unlink(path);
	free(path);
	return fd;
}

/* Moves the spool's memory to its file when it has a chunk; keeps it
 * in memory when the file cannot be made or written. */
static void
spool_flush(struct manifest *m)
{
	if (m->spool.len < SPOOL_CHUNK || m->spool_state < 0)
		return;
	if (m->spool_state == 0) {
		m->spool_fd = spool_file();
		m->spool_state = m->spool_fd >= 0 ? 1 : -1;
		if (m->spool_state < 0)
			return;
	}
	if (fd_write_all(m->spool_fd, m->spool.s, m->spool.len) != 0) {
		m->spool_state = -1;	/* the memory still holds it all */
		close(m->spool_fd);
		return;
	}
	m->spool_len += (long long)m->spool.len;
	m->spool.len = 0;
}

/* Calls FN with every line of the spool (without its newline, which FN
 * may overwrite); stops at FN's nonzero, and returns it. */
static int
spool_each(struct manifest *m, int (*fn)(char *line, void *), void *arg)
{
	struct buf b = {0};
	char chunk[65536];
	long long off = 0;
	size_t start;
	int rc = 0;

	while (m->spool_state == 1 && off < m->spool_len && rc == 0) {
		size_t want = m->spool_len - off < (long long)sizeof(chunk) ?
		    (size_t)(m->spool_len - off) : sizeof(chunk);
		ssize_t n = pread(m->spool_fd, chunk, want, off);
		char *nl;

		if (n <= 0) {
			if (n < 0 && errno == EINTR)
				continue;
			rc = -1;	/* the kernel lost what it took */
			break;
		}
		off += n;
		buf_put(&b, chunk, (size_t)n);
		for (start = 0; rc == 0 &&
		    (nl = memchr(b.s + start, '\n', b.len - start)) != NULL;
		    start = (size_t)(nl - b.s) + 1) {
			*nl = '\0';
			rc = fn(b.s + start, arg);
		}
		memmove(b.s, b.s + start, b.len - start);
		b.len -= start;
	}
	buf_put(&b, m->spool.s, m->spool.len);
	for (start = 0; rc == 0 && start < b.len;) {
		char *nl = memchr(b.s + start, '\n', b.len - start);

		*nl = '\0';
		rc = fn(b.s + start, arg);
		start = (size_t)(nl - b.s) + 1;
	}
	buf_free(&b);
	return rc;
}

void
manifest_commit(struct manifest *m, const char *path, const char *scope,
    const struct digest *in, const struct digest *out,
    const struct fstate *st, int staged)
{
	if (manifest_find(m, path) != NULL) {
		manifest_put(m, path, scope, in, out, st)->staged = staged;
		return;
	}
	buf_puts(&m->spool, staged ? "1\t" : "0\t");
	manifest_record(&m->spool, path, scope, in, out, st);
	m->dirty = 1;
	spool_flush(m);
}

struct staged_arg {
	int	(*fn)(const char *, const char *, void *);
	void	*arg;
};

static int
staged_line(char *line, void *arg)
{
	struct staged_arg *sa = arg;
	char *path = line + 2, *scope, *end;

	if (line[0] != '1')
		return 0;
	scope = strchr(path, '\t');
	*scope++ = '\0';
	end = strchr(scope, '\t');
	*end = '\0';
	return sa->fn(path, scope, sa->arg);
}

int
manifest_each_staged(struct manifest *m,
    int (*fn)(const char *, const char *, void *), void *arg)
{
	struct staged_arg sa = { fn, arg };
	size_t i;
	int rc;

	for (i = 0; i < m->n; i++)
		if (m->v[i].staged && !m->v[i].dead &&
		    (rc = fn(manifest_path(m, &m->v[i]),
		    manifest_scope(m, &m->v[i]), arg)) != 0)
			return rc;
	return m->staged_dead ? 0 : spool_each(m, staged_line, &sa);
}

void
manifest_drop_staged(struct manifest *m)
{
	size_t i;

	for (i = 0; i < m->n; i++)
		if (m->v[i].staged)
			m->v[i].dead = 1;
	m->staged_dead = 1;
	m->dirty = 1;
}

struct mrec *
manifest_put(struct manifest *m, const char *path, const char *scope,
    const struct digest *in, const struct digest *out,
    const struct fstate *st)
{
	struct mrec *r = manifest_find(m, path);

	if (r == NULL)
		r = manifest_add(m, path, scope);
	else if (strcmp(manifest_scope(m, r), scope) != 0)
		r->scope = arena_add(m, scope);
	r->in = *in;
	r->out = *out;
	r->st = *st;
	r->seen = 1;
	r->dead = 0;
	m->dirty = 1;
	return r;
}

/* The decimal digits of V, in BUF (at least 21 bytes). */
static const char *
lltoa(char *buf, long long v)
{
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v :
	    (unsigned long long)v;
	char *p = buf + 21;

	*--p = '\0';
	do
		*--p = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	if (v < 0)
		*--p = '-';
	return p;
}

void
manifest_record(struct buf *b, const char *path, const char *scope,
    const struct digest *in, const struct digest *out,
    const struct fstate *st)
{
	char size[24], mtime[24];
	const char *ns = lltoa(size, st->size > 0 ? st->size : 0);
	const char *nm = lltoa(mtime, st->mtime);
	size_t lp = strlen(path), ls = strlen(scope);
	size_t lsz = strlen(ns), lmt = strlen(nm);
	char *p;

	/* As printf("%s\t%s\t%s\t%s\t%lld\t%lld\n") would, for every file
	   of every build: without printf, into room made once. */
	buf_grow(b, lp + ls + 64 + lsz + lmt + 6);
	p = b->s + b->len;
	memcpy(p, path, lp), p += lp, *p++ = '\t';
	memcpy(p, scope, ls), p += ls, *p++ = '\t';
	digest_hex(in, p), p += 32, *p++ = '\t';
	digest_hex(out, p), p += 32, *p++ = '\t';
	memcpy(p, ns, lsz), p += lsz, *p++ = '\t';
	memcpy(p, nm, lmt), p += lmt, *p++ = '\n';
	*p = '\0';
	b->len = (size_t)(p - b->s);
}

/* R's line into F, made in B (one buffer for every line). */
static void
manifest_line_out(FILE *f, const struct manifest *m, const struct mrec *r,
    struct buf *b)
{
	b->len = 0;
	manifest_record(b, manifest_path(m, r), manifest_scope(m, r), &r->in,
	    &r->out, &r->st);
	fwrite(b->s, 1, b->len, f);
}

struct write_arg {
	FILE	*f;
	int	 staged_dead;
};

static int
spooled_out(char *line, void *arg)
{
	struct write_arg *wa = arg;

	if (line[0] == '1' && wa->staged_dead)
		return 0;
	fputs(line + 2, wa->f);
	putc('\n', wa->f);
	return 0;
}

int
manifest_write(struct manifest *m, struct outdir *od, int quiet)
{
	struct write_arg wa = { NULL, m->staged_dead };
	int dfd = outdir_fd(od), fd, bad;
	struct buf line = {0};
	char *name;
	FILE *f;
	size_t i;

	if (!m->dirty)
		return 0;
	fd = openat(dfd, MANIFEST_TMP, O_WRONLY | O_CREAT | O_TRUNC |
	    O_NOFOLLOW | O_CLOEXEC, 0666);
	f = fd >= 0 ? fdopen(fd, "w") : NULL;
	name = outdir_name(od, MANIFEST);
	bad = f == NULL;
	if (f != NULL) {
		fputs(MANIFEST_HEAD "\n", f);
		for (i = 0; i < m->n; i++)
			if (!m->v[i].dead)
				manifest_line_out(f, m, &m->v[i], &line);
		buf_free(&line);
		wa.f = f;
		bad = spool_each(m, spooled_out, &wa) != 0;
		bad |= ferror(f) != 0;
		bad |= fclose(f) != 0;
	} else if (fd >= 0)
		close(fd);
	if (bad || renameat(dfd, MANIFEST_TMP, dfd, MANIFEST) != 0) {
		if (!quiet)
			diag_errno(name, _("cannot write"));
		unlinkat(dfd, MANIFEST_TMP, 0);
		free(name);
		return -1;
	}
	free(name);
	return 0;
}

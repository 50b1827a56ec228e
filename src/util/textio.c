/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* textio.c: reads source files whole, checks that they are UTF-8 and splits
 * them into lines for position-aware diagnostics. */
#include "system.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/buf.h"
#include "util/diag.h"
#include "util/textio.h"
#include "util/xalloc.h"

char *
file_slurp(const char *path, size_t *sizep)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	char *data = NULL;
	size_t n = 0, cap = 0;
	ssize_t got;

	if (fd < 0)
		return NULL;
	/* A regular file is read into a buffer of its size, in one read
	   mostly; /proc's files say 0 and grow the buffer. */
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
		cap = (size_t)st.st_size + 1;
		data = xmalloc(cap + 1);
	}
	for (;;) {
		if (cap == n) {
			cap = cap ? cap * 2 : 8192;
			data = xrealloc(data, cap + 1);
		}
		got = read(fd, data + n, cap - n);
		if (got == 0)
			break;
		if (got > 0)
			n += (size_t)got;
		else if (errno != EINTR) {
			int e = errno;

			close(fd);
			free(data);
			errno = e;
			return NULL;
		}
	}
	close(fd);
	data[n] = '\0';
	*sizep = n;
	return data;
}

/* Length of the UTF-8 sequence at s (at most n bytes), or 0 if invalid. */
static size_t
utf8_seqlen(const unsigned char *s, size_t n)
{
	size_t len, i;
	unsigned int cp;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		len = 2, cp = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		len = 3, cp = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		len = 4, cp = s[0] & 0x07;
	else
		return 0;
	if (len > n)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
	    cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return len;
}

long
utf8_next(const unsigned char **p)
{
	const unsigned char *s = *p;
	size_t len = utf8_seqlen(s, strnlen((const char *)s, 4));
	long cp;
	size_t i;

	if (len == 0) {
		*p += 1;
		return -1;
	}
	cp = len == 1 ? s[0] : s[0] & (0x7f >> len);
	for (i = 1; i < len; i++)
		cp = cp << 6 | (s[i] & 0x3f);
	*p += len;
	return cp;
}

void
utf8_put(struct buf *b, long cp)
{
	char c[4];
	size_t n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
	size_t i;

	if (n == 1) {
		buf_putc(b, (char)cp);
		return;
	}
	for (i = n - 1; i > 0; i--, cp >>= 6)
		c[i] = (char)(0x80 | (cp & 0x3f));
	c[0] = (char)((0xf00 >> n) | cp);
	buf_put(b, c, n);
}

size_t
utf8_invalid(const char *s, size_t n)
{
	size_t i = 0, len;
	uint64_t w;

	while (i < n) {
		/* ASCII, eight bytes at a time */
		for (; i + 8 <= n; i += 8) {
			memcpy(&w, s + i, sizeof(w));
			if ((w & 0x8080808080808080ULL) != 0)
				break;
		}
		if (i == n)
			break;
		/* two bytes (Cyrillic, Greek, accented Latin): inline */
		if (i + 1 < n && (unsigned char)s[i] >= 0xc2 &&
		    (unsigned char)s[i] <= 0xdf &&
		    ((unsigned char)s[i + 1] & 0xc0) == 0x80) {
			i += 2;
			continue;
		}
		len = utf8_seqlen((const unsigned char *)s + i, n - i);
		if (len == 0)
			return i;
		i += len;
	}
	return (size_t)-1;
}

/* Reports an invalid byte at its line and column (counted in characters,
 * as the GNU standards ask: what precedes it is valid UTF-8). */
static void
textfile_bad_utf8(const char *path, const char *data, size_t off)
{
	int line = 1, col = 1;
	size_t i;

	for (i = 0; i < off; i++) {
		if (data[i] == '\n')
			line++, col = 1;
		else if (((unsigned char)data[i] & 0xc0) != 0x80)
			col++;
	}
	diag(DIAG_ERROR, path, line, col, _("invalid UTF-8 (byte 0x%02x)"),
	    (unsigned char)data[off]);
}

size_t
text_normalize(char *data, size_t size)
{
	size_t i, k;
	char *cr;

	if (size >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
		memmove(data, data + 3, size - 3);
		size -= 3;
	}
	cr = memchr(data, '\r', size);
	for (i = k = cr != NULL ? (size_t)(cr - data) : size; i < size; i++) {
		if (data[i] == '\r' && i + 1 < size && data[i + 1] == '\n')
			continue;
		data[k++] = data[i];
	}
	data[k] = '\0';
	return k;
}

/* Whether PATH is ROOT/REST where no folder or file of REST is a link
 * and no part is "..": inside ROOT wherever ROOT itself leads, known
 * from a stat of each part of REST (the content's two levels), where
 * realpath() reads every folder up from "/" twice. */
static int
plainly_inside(const char *path, const char *root)
{
	size_t n = strlen(root), len;
	const char *c = path + n + 1;	/* a part of REST */
	char *part;
	struct stat st;
	int ok = 1;

	if (n == 0 || strncmp(path, root, n) != 0 || path[n] != '/')
		return 0;
	part = xstrdup(path);
	while (ok && *c != '\0') {
		len = strcspn(c, "/");
		if (len == 2 && c[0] == '.' && c[1] == '.')
			ok = 0;
		else if (len > 0) {
			part[(size_t)(c - path) + len] = '\0';
			ok = lstat(part, &st) == 0 && !S_ISLNK(st.st_mode);
			part[(size_t)(c - path) + len] = path[(size_t)(c -
			    path) + len];
		}
		c += len + (c[len] == '/');
	}
	free(part);
	return ok;
}

int
file_inside(const char *path, const char *root)
{
	char *rp, *rr;
	size_t n;
	int rc = 0;

	if (plainly_inside(path, root))
		return 0;
	rp = realpath(path, NULL);
	rr = realpath(root, NULL);
	n = rr != NULL ? strlen(rr) : 0;
	if (rp != NULL && rr != NULL && (strncmp(rp, rr, n) != 0 ||
	    (rp[n] != '/' && rp[n] != '\0'))) {
		diag(DIAG_ERROR, path, 0, 0, _("is a link to %s, outside %s"),
		    rp, root);
		rc = -1;
	}
	free(rp);
	free(rr);
	return rc;
}

int
textfile_read(struct textfile *tf, const char *path)
{
	size_t off;

	memset(tf, 0, sizeof(*tf));
	tf->data = file_slurp(path, &tf->size);
	if (tf->data == NULL) {
		diag_errno(path, _("cannot read"));
		return -1;
	}
	if (textfile_of(tf, tf->data, tf->size) == 0)
		return 0;
	off = utf8_invalid(tf->data, tf->size);
	textfile_bad_utf8(path, tf->data,
	    off != (size_t)-1 ? off : strlen(tf->data));
	textfile_free(tf);
	return -1;
}

int
textfile_of(struct textfile *tf, char *data, size_t size)
{
	tf->data = data;
	tf->size = text_normalize(data, size);
	tf->copy = NULL;
	tf->lines = NULL;
	tf->nlines = 0;
	if (utf8_invalid(tf->data, tf->size) != (size_t)-1 ||
	    memchr(tf->data, '\0', tf->size) != NULL)
		return -1;
	return 0;
}

void
textfile_lines(struct textfile *tf)
{
	size_t i, n = 1;
	char *p;

	if (tf->lines != NULL)
		return;
	for (p = tf->data; (p = memchr(p, '\n', tf->size -
	    (size_t)(p - tf->data))) != NULL; p++)
		n++;
	tf->copy = xstrdup(tf->data);
	tf->lines = xcalloc(n, sizeof(char *));
	for (p = tf->copy; p != NULL; ) {
		tf->lines[tf->nlines++] = p;
		p = strchr(p, '\n');
		if (p != NULL)
			*p++ = '\0';
	}
	if (tf->nlines > 1 && tf->lines[tf->nlines - 1][0] == '\0')
		tf->nlines--;		/* the final newline ends a line */
	for (i = 0; i < tf->nlines; i++) {
		size_t len = strlen(tf->lines[i]);

		if (len > 0 && tf->lines[i][len - 1] == '\r')
			tf->lines[i][len - 1] = '\0';
	}
}

void
textfile_free(struct textfile *tf)
{
	free(tf->data);
	free(tf->copy);
	free(tf->lines);
	memset(tf, 0, sizeof(*tf));
}

int
fd_write_all(int fd, const char *data, size_t len)
{
	ssize_t w;

	while (len > 0) {
		w = write(fd, data, len);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return -1;
		data += w;
		len -= (size_t)w;
	}
	return 0;
}

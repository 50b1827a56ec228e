/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* httpfile.c: from a request's path to a file under the served folder, one
 * component at a time with openat() and O_NOFOLLOW, so that neither ".."
 * nor a symbolic link leads out of it; the type of a file; the reload
 * script put into pages. */
#include "system.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd/http.h"
#include "util/buf.h"
#include "util/xalloc.h"

/* A component of a request's path: 0 to follow, else the status. */
static int
component_status(const char *c)
{
	if (strcmp(c, ".") == 0 || strcmp(c, "..") == 0)
		return 403;
	if (c[0] == '.' || c[0] == '\0')	/* hidden, or "a//b" */
		return 404;
	return 0;
}

static int
errno_status(void)
{
	return errno == ELOOP || errno == EACCES ? 403 : 404;
}

/* A folder that cannot be opened: O_DIRECTORY says ENOTDIR rather than
 * ELOOP for a symbolic link, which is refused all the same. */
static int
dir_errno_status(int dfd, const char *name)
{
	struct stat st;

	if (errno == ENOTDIR && fstatat(dfd, name, &st,
	    AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode))
		return 403;
	return errno_status();
}

/* Opens NAME in the folder DFD as a regular file; folders are 301. */
static int
open_file(int dfd, const char *name, int *fd)
{
	struct stat st;
	int f = openat(dfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK |
	    O_CLOEXEC);

	if (f < 0)
		return errno_status();
	if (fstat(f, &st) != 0 || !(S_ISREG(st.st_mode) || S_ISDIR(st.st_mode))) {
		close(f);
		return 404;
	}
	if (S_ISDIR(st.st_mode)) {
		close(f);
		return 301;
	}
	*fd = f;
	return 200;
}

/* Walks PATH (a copy of the request's, without its first '/') from the
 * folder DFD, which it closes; an empty last component is the folder's
 * index.html. */
static int
walk(int dfd, char *path, int *fd)
{
	char *c = path, *slash;
	int st = 0, next;

	while (st == 0 && (slash = strchr(c, '/')) != NULL) {
		*slash = '\0';
		if ((st = component_status(c)) == 0) {
			next = openat(dfd, c, O_RDONLY | O_DIRECTORY |
			    O_NOFOLLOW | O_CLOEXEC);
			if (next < 0)
				st = dir_errno_status(dfd, c);
			else {
				close(dfd);
				dfd = next;
			}
		}
		c = slash + 1;
	}
	if (st == 0 && *c == '\0') {
		if ((st = open_file(dfd, "index.html", fd)) == 301)
			st = 404;
	} else if (st == 0 && (st = component_status(c)) == 0)
		st = open_file(dfd, c, fd);
	close(dfd);
	return st;
}

int
http_open(const char *root, const char *url, int *fd, const char **name)
{
	const char *last = strrchr(url, '/');
	char *path;
	int dfd, st;

	*fd = -1;
	*name = "";
	if (url[0] != '/')
		return 404;
	*name = last[1] != '\0' ? last + 1 : "index.html";
	if ((dfd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0)
		return 404;
	path = xstrdup(url + 1);
	st = walk(dfd, path, fd);
	free(path);
	return st;
}

static const struct {
	const char	*ext;
	const char	*type;
} types[] = {
	{ ".html", "text/html; charset=utf-8" },
	{ ".css", "text/css; charset=utf-8" },
	{ ".js", "text/javascript; charset=utf-8" },
	{ ".json", "application/json" },
	{ ".svg", "image/svg+xml" },
	{ ".xml", "application/xml; charset=utf-8" },
	{ ".txt", "text/plain; charset=utf-8" },
	{ ".pdf", "application/pdf" },
	{ ".png", "image/png" },
	{ ".ico", "image/vnd.microsoft.icon" },
};

const char *
http_type(const char *name)
{
	const char *dot = strrchr(name, '.');
	size_t i;

	for (i = 0; dot != NULL && i < ARRAY_LEN(types); i++)
		if (strcmp(dot, types[i].ext) == 0)
			return types[i].type;
	return "application/octet-stream";
}

char *
http_inject(const char *data, size_t len, unsigned long gen, size_t *outlen)
{
	static const char tag[] = "</body>";
	struct buf b = {0};
	size_t at = len;
	const char *p = data;

	while ((p = memmem(p, len - (size_t)(p - data), tag,
	    sizeof(tag) - 1)) != NULL)
		at = (size_t)(p++ - data);
	buf_put(&b, data, at);
	buf_printf(&b, "<script src=\"/.sipdoc-serve/reload.js\" "
	    "data-build=\"%lu\"></script>\n", gen);
	buf_put(&b, data + at, len - at);
	*outlen = b.len;
	return buf_detach(&b);
}

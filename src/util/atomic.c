/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* atomic.c: replaces a file through a temporary file and rename(). */
#include "system.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/atomic.h"
#include "util/diag.h"
#include "util/textio.h"
#include "util/xalloc.h"

/* mkdir -p for the folder that will hold PATH. */
static int
mkdir_parents(const char *path)
{
	char *p = xstrdup(path);
	char *s;
	int rc = 0;

	for (s = strchr(p + 1, '/'); s != NULL; s = strchr(s + 1, '/')) {
		*s = '\0';
		if (mkdir(p, 0777) != 0 && errno != EEXIST) {
			diag_errno(p, _("cannot create folder"));
			rc = -1;
			break;
		}
		*s = '/';
	}
	free(p);
	return rc;
}

static int
file_same(const char *path, const char *data, size_t len)
{
	struct stat st;
	size_t n;
	char *old;
	int same;

	if (stat(path, &st) != 0 || (size_t)st.st_size != len)
		return 0;
	old = file_slurp(path, &n);
	same = old != NULL && n == len && memcmp(old, data, len) == 0;
	free(old);
	return same;
}

static int
write_all(int fd, const char *data, size_t len)
{
	ssize_t w;

	while (len > 0) {
		w = write(fd, data, len);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		data += w;
		len -= (size_t)w;
	}
	return 0;
}

int
file_update(const char *path, const char *data, size_t len)
{
	char *tmp;
	int fd;

	if (file_same(path, data, len))
		return 0;
	if (mkdir_parents(path) != 0)
		return -1;
	tmp = xasprintf("%s.tmp%ld", path, (long)getpid());
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
	if (fd < 0 || write_all(fd, data, len) != 0 || close(fd) != 0) {
		diag_errno(path, _("cannot write"));
		if (fd >= 0)
			unlink(tmp);
		free(tmp);
		return -1;
	}
	if (rename(tmp, path) != 0) {
		diag_errno(path, _("cannot replace"));
		unlink(tmp);
		free(tmp);
		return -1;
	}
	free(tmp);
	return 1;
}


int
file_deliver(const char *path, const char *data, size_t len)
{
	struct stat st;
	char *target = NULL;
	const char *p = path;
	int fd, rc = 0;

	if (strcmp(path, "-") == 0) {
		if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0) {
			diag_errno(_("standard output"), _("cannot write"));
			return -1;
		}
		return 1;
	}
	/* A symbolic link: what it points at. */
	if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode) &&
	    (target = realpath(path, NULL)) != NULL)
		p = target;
	if (stat(p, &st) != 0 || S_ISREG(st.st_mode)) {
		rc = file_update(p, data, len);
		free(target);
		return rc;
	}
	/* A device or a FIFO: written to, never replaced. */
	fd = open(p, O_WRONLY | O_CLOEXEC);
	if (fd < 0 || fd_write_all(fd, data, len) != 0 || close(fd) != 0) {
		diag_errno(path, _("cannot write"));
		rc = -1;
	} else
		rc = 1;
	free(target);
	return rc;
}

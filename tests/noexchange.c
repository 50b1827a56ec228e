/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* noexchange.c: a preload library for tests/spare.sh: renameat2() says
 * EINVAL, as on a file system without RENAME_EXCHANGE, so that the way a
 * build replaces files there is tested too; each call is told by a line
 * in the file NOEXCHANGE_LOG names, so the test knows it was taken. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int
renameat2(int olddirfd, const char *oldpath, int newdirfd,
    const char *newpath, unsigned int flags)
{
	const char *log = getenv("NOEXCHANGE_LOG");
	int fd;

	(void)olddirfd;
	(void)oldpath;
	(void)newdirfd;
	(void)newpath;
	(void)flags;
	if (log != NULL && (fd = open(log, O_WRONLY | O_CREAT | O_APPEND |
	    O_CLOEXEC, 0666)) >= 0) {
		(void)!write(fd, "renameat2\n", 10);
		close(fd);
	}
	errno = EINVAL;
	return -1;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* groff.c: runs groff as a child process through temporary files. */
#include "system.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util/buf.h"
#include "util/diag.h"
#include "format/roff/groff.h"
#include "util/textio.h"
#include "util/xalloc.h"

extern char **environ;

static int
groff_tmpfile(char *path, const char *data)
{
	int fd = mkstemp(path);
	size_t len = data != NULL ? strlen(data) : 0;

	if (fd < 0 || (len > 0 && write(fd, data, len) != (ssize_t)len) ||
	    close(fd) != 0) {
		diag_errno(path, _("cannot write"));
		return -1;
	}
	return 0;
}

static int
groff_slurp(const char *path, struct buf *b)
{
	size_t n;
	char *data = file_slurp(path, &n);

	if (data == NULL) {
		diag_errno(path, _("cannot read"));
		return -1;
	}
	buf_put(b, data, n);
	free(data);
	return 0;
}

/* Spawns groff with stdout and stderr sent to files; returns its status. */
static int
groff_spawn(char *const argv[], const char *out, const char *err)
{
	posix_spawn_file_actions_t fa;
	pid_t pid;
	int status, rc;

	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, out, O_WRONLY | O_TRUNC, 0);
	posix_spawn_file_actions_addopen(&fa, 2, err, O_WRONLY | O_TRUNC, 0);
	rc = posix_spawn(&pid, argv[0], &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (rc != 0) {
		errno = rc;
		diag_errno(argv[0], _("cannot run"));
		return -1;
	}
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* Runs ARGV (the input file last, as "IN") on SRC: output and standard
 * error come back in OUT and ERR. */
static int
groff_exec(char **argv, size_t in_arg, const char *src, struct buf *out,
    struct buf *err)
{
	char in[] = "/tmp/sipdoc-roff-XXXXXX";
	char res[] = "/tmp/sipdoc-out-XXXXXX";
	char log[] = "/tmp/sipdoc-err-XXXXXX";
	int rc = -1, st;

	argv[in_arg] = in;
	if (groff_tmpfile(in, src) == 0 && groff_tmpfile(res, NULL) == 0 &&
	    groff_tmpfile(log, NULL) == 0) {
		st = groff_spawn(argv, res, log);
		if (groff_slurp(res, out) == 0 && groff_slurp(log, err) == 0)
			rc = st == 0 ? 0 : -1;
		if (st != 0)
			diag(DIAG_ERROR, GROFF_PROG, 0, 0,
			    _("typesetting failed: %s"), buf_str(err));
	}
	unlink(in);
	unlink(res);
	unlink(log);
	return rc;
}

int
groff_run(const char *fontdir, const char *src, const char *epoch,
    const char *extra_arg, struct buf *pdf, struct buf *err)
{
	char *fflag = xasprintf("-F%s", fontdir);
	char *argv[] = { (char *)GROFF_PROG, (char *)"-Tpdf", fflag,
	    (char *)"-Kutf8", (char *)"-ms", (char *)"-mpdf", (char *)"-Wchar",
	    (char *)extra_arg, NULL, NULL };
	const char *old = getenv("SOURCE_DATE_EPOCH");
	char *saved = old != NULL ? xstrdup(old) : NULL;
	size_t in_arg = extra_arg != NULL ? 8 : 7;
	int rc;

	/* gropdf takes the document's dates from it, not from the clock. */
	setenv("SOURCE_DATE_EPOCH", epoch, 1);
	rc = groff_exec(argv, in_arg, src, pdf, err);
	if (saved != NULL)
		setenv("SOURCE_DATE_EPOCH", saved, 1);
	else
		unsetenv("SOURCE_DATE_EPOCH");
	free(saved);
	free(fflag);
	return rc;
}

int
groff_text(const char *src, int width, int plain, struct buf *out)
{
	char *ll = xasprintf("-rLL=%dn", width);
	char *argv[] = { (char *)GROFF_PROG, (char *)"-man", (char *)"-Tutf8",
	    (char *)"-Kutf8", (char *)"-rcR=1", ll, (char *)"-P-cbou", NULL,
	    NULL };
	struct buf err = {0};
	int rc;

	if (!plain)
		argv[6] = NULL;
	rc = groff_exec(argv, plain ? 7 : 6, src, out, &err);
	buf_free(&err);
	free(ll);
	return rc;
}

int
groff_version(struct buf *out)
{
	char *argv[] = { (char *)GROFF_PROG, (char *)"-v", (char *)"-Tpdf",
	    NULL, NULL };
	struct buf err = {0};
	int rc = groff_exec(argv, 3, "", out, &err);

	buf_free(&err);
	return rc;
}

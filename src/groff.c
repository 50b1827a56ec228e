/* groff.c: runs groff as a child process through temporary files. */
#include "system.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "buf.h"
#include "diag.h"
#include "groff.h"
#include "textio.h"
#include "xalloc.h"

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

int
groff_run(const char *fontdir, const char *src, const char *epoch,
    const char *extra_arg, struct buf *pdf, struct buf *err)
{
	char in[] = "/tmp/sipdoc-roff-XXXXXX";
	char out[] = "/tmp/sipdoc-pdf-XXXXXX";
	char log[] = "/tmp/sipdoc-err-XXXXXX";
	char *fflag = xasprintf("-F%s", fontdir);
	char *argv[] = { (char *)GROFF_PROG, (char *)"-Tpdf", fflag,
	    (char *)"-Kutf8", (char *)"-ms", (char *)"-mpdf", (char *)"-Wchar",
	    (char *)extra_arg, in, NULL };
	const char *old = getenv("SOURCE_DATE_EPOCH");
	char *saved = old != NULL ? xstrdup(old) : NULL;
	int rc = -1, st;

	if (extra_arg == NULL)
		argv[7] = in, argv[8] = NULL;
	/* gropdf takes the document's dates from it, not from the clock. */
	setenv("SOURCE_DATE_EPOCH", epoch, 1);
	if (groff_tmpfile(in, src) == 0 && groff_tmpfile(out, NULL) == 0 &&
	    groff_tmpfile(log, NULL) == 0) {
		st = groff_spawn(argv, out, log);
		if (groff_slurp(out, pdf) == 0 && groff_slurp(log, err) == 0)
			rc = st == 0 ? 0 : -1;
		if (st != 0)
			diag(DIAG_ERROR, GROFF_PROG, 0, 0,
			    _("typesetting failed: %s"), buf_str(err));
	}
	if (saved != NULL)
		setenv("SOURCE_DATE_EPOCH", saved, 1);
	else
		unsetenv("SOURCE_DATE_EPOCH");
	free(saved);
	unlink(in);
	unlink(out);
	unlink(log);
	free(fflag);
	return rc;
}

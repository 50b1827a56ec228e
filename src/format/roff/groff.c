/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* groff.c: runs groff as a child process.  Its input is an unlinked file
 * under TMPDIR on its standard input, its output and its messages come
 * back through pipes, so no named temporary file exists at any moment.
 * groff runs in a process group of its own: when sipdoc is stopped by
 * SIGINT, SIGTERM or SIGHUP it stops the group first; when sipdoc is
 * killed outright, groff gets SIGKILL (PR_SET_PDEATHSIG) and the rest of
 * its pipeline dies on the broken pipe.  It also says which languages it
 * can set. */
#include "system.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "build/project.h"
#include "format/format.h"
#include "format/roff/groff.h"
#include "l10n/langs.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/fmt.h"
#include "util/xalloc.h"

/* The process group of the groff running now, for the signal handler. */
static volatile sig_atomic_t child_group;

/* The formats that typeset with groff. */
static const char *const groff_formats[] = { "man", "pdf" };

int
groff_sets(const struct lang *l)
{
	return !l->rtl;
}

const char *
groff_unset_text(const struct lang *l, char *buf, size_t n)
{
	/* TRANSLATORS: %1$s is the name of a language, %2$s its code
	   ("עברית (he)"). */
	fmt_snprintf(buf, n, _("%1$s (%2$s) is written right to left, which "
	    "groff cannot typeset: no man pages or handbook are made in it"),
	    l->name, l->code);
	return buf;
}

static int
groff_format(const struct format *f)
{
	size_t i;

	for (i = 0; i < ARRAY_LEN(groff_formats); i++)
		if (strcmp(f->name, groff_formats[i]) == 0)
			return 1;
	return 0;
}

void
groff_warn_unset(const struct project *p, const struct format *self)
{
	char text[512];
	size_t i;

	for (i = 0; i < p->nfmt && p->fmt[i] != self; i++)
		if (groff_format(p->fmt[i]))
			return;		/* that one warned */
	for (i = 0; i < p->nlangs; i++)
		if (!groff_sets(&p->langs[i]))
			diag(DIAG_WARNING, NULL, 0, 0, "%s",
			    groff_unset_text(&p->langs[i], text, sizeof(text)));
}

static const int stop_signals[] = { SIGINT, SIGTERM, SIGHUP };

static void
groff_stop(int sig)
{
	if (child_group > 0)
		kill(-(pid_t)child_group, SIGTERM);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void
groff_signals(void (*handler)(int))
{
	size_t i;

	for (i = 0; i < ARRAY_LEN(stop_signals); i++)
		signal(stop_signals[i], handler);
}

/* SRC in an unlinked file under TMPDIR, positioned at its start; or -1
 * after a diagnostic. */
static int
groff_input(const char *src)
{
	const char *dir = getenv("TMPDIR");
	char *name = xasprintf("%s/sipdoc-XXXXXX", dir != NULL && *dir != '\0' ?
	    dir : "/tmp");
	size_t len = strlen(src), off = 0;
	ssize_t w = 0;
	int fd = mkstemp(name);

	if (fd >= 0) {
		unlink(name);
		while (off < len && (w = write(fd, src + off, len - off)) > 0)
			off += (size_t)w;
		if (off < len || lseek(fd, 0, SEEK_SET) != 0) {
			close(fd);
			fd = -1;
		}
	}
	if (fd < 0)
		diag_errno(name, _("cannot write"));
	free(name);
	return fd;
}

static void
groff_child(char *const argv[], int in, int out, int err, pid_t parent)
{
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	if (getppid() != parent)
		_exit(127);
	setpgid(0, 0);
	if (dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
		_exit(127);
	execv(argv[0], argv);
	_exit(127);
}

/* Reads the child's two pipes to their ends. */
static void
groff_collect(int out, int err, struct buf *bout, struct buf *berr)
{
	struct pollfd p[2] = { { out, POLLIN, 0 }, { err, POLLIN, 0 } };
	struct buf *dst[2] = { bout, berr };
	char chunk[65536];
	ssize_t n;
	int open = 2, i;

	while (open > 0) {
		if (poll(p, 2, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		for (i = 0; i < 2; i++) {
			if (p[i].fd < 0 || p[i].revents == 0)
				continue;
			n = read(p[i].fd, chunk, sizeof(chunk));
			if (n > 0)
				buf_put(dst[i], chunk, (size_t)n);
			else if (n == 0 || errno != EINTR) {
				close(p[i].fd);
				p[i].fd = -1;
				open--;
			}
		}
	}
	for (i = 0; i < 2; i++)
		if (p[i].fd >= 0)
			close(p[i].fd);
}

/* Runs ARGV with SRC on its standard input; its output and standard
 * error come back in OUT and ERR.  Returns its exit status, or -1 after a
 * diagnostic. */
static int
groff_exec(char *const argv[], const char *src, struct buf *out,
    struct buf *err)
{
	int in = groff_input(src), po[2] = { -1, -1 }, pe[2] = { -1, -1 };
	int status = 0, rc = -1;
	pid_t parent = getpid(), pid = -1;

	if (in >= 0 && pipe2(po, O_CLOEXEC) == 0 && pipe2(pe, O_CLOEXEC) == 0) {
		groff_signals(groff_stop);
		pid = fork();
		if (pid == 0)
			groff_child(argv, in, po[1], pe[1], parent);
		if (pid > 0) {
			setpgid(pid, pid);	/* both sides: no race */
			child_group = pid;
		}
	}
	if (pid < 0)
		diag_errno(argv[0], _("cannot run"));
	if (po[1] >= 0)
		close(po[1]);
	if (pe[1] >= 0)
		close(pe[1]);
	if (pid > 0) {
		groff_collect(po[0], pe[0], out, err);
		while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
			;
		rc = WIFEXITED(status) ? WEXITSTATUS(status) : 128 +
		    WTERMSIG(status);
	} else {
		if (po[0] >= 0)
			close(po[0]);
		if (pe[0] >= 0)
			close(pe[0]);
	}
	child_group = 0;
	groff_signals(SIG_DFL);
	if (in >= 0)
		close(in);
	return rc;
}

/* Runs groff with ARGV, SRC on its input: 0, or -1 after a diagnostic
 * that quotes what groff said. */
static int
groff_call(char *const argv[], const char *src, struct buf *out,
    struct buf *err)
{
	int st = groff_exec(argv, src, out, err);

	if (st == 0)
		return 0;
	if (st > 0)
		diag(DIAG_ERROR, GROFF_PROG, 0, 0, _("typesetting failed: %s"),
		    buf_str(err));
	return -1;
}

int
groff_run(const char *fontdir, const char *src, const char *epoch,
    const char *extra_arg, const char *paper, struct buf *pdf,
    struct buf *err)
{
	char *fflag = xasprintf("-F%s", fontdir);
	char *pflag = xasprintf("-P-p%s", paper);
	char *mflag = xasprintf("-M%s/tmac", fontdir);
	char *argv[] = { (char *)GROFF_PROG, (char *)"-Tpdf", fflag, pflag,
	    mflag,
	    (char *)"-Kutf8", (char *)"-t", (char *)"-ms", (char *)"-mpdf", (char *)"-Wchar",
	    (char *)extra_arg, NULL };
	const char *old = getenv("SOURCE_DATE_EPOCH");
	char *saved = old != NULL ? xstrdup(old) : NULL;
	int rc;

	/* gropdf takes the document's dates from it, not from the clock. */
	setenv("SOURCE_DATE_EPOCH", epoch, 1);
	rc = groff_call(argv, src, pdf, err);
	if (saved != NULL)
		setenv("SOURCE_DATE_EPOCH", saved, 1);
	else
		unsetenv("SOURCE_DATE_EPOCH");
	free(saved);
	free(fflag);
	free(pflag);
	free(mflag);
	return rc;
}

int
groff_text(const char *src, int width, int plain, struct buf *out)
{
	char *ll = xasprintf("-rLL=%dn", width);
	char *argv[] = { (char *)GROFF_PROG, (char *)"-t", (char *)"-man",
	    (char *)"-Tutf8", (char *)"-Kutf8", (char *)"-rcR=1", ll,
	    plain ? (char *)"-P-cbou" : NULL, NULL };
	struct buf err = {0};
	int rc = groff_call(argv, src, out, &err);

	buf_free(&err);
	free(ll);
	return rc;
}

int
groff_version(struct buf *out)
{
	char *argv[] = { (char *)GROFF_PROG, (char *)"-v", (char *)"-Tpdf",
	    NULL };
	struct buf err = {0};
	int rc = groff_call(argv, "", out, &err);

	buf_free(&err);
	return rc;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* diag.c: prints diagnostics and remembers the worst severity. */
#include "system.h"

#include <errno.h>
#include <stdarg.h>

#include "util/diag.h"

static enum diag_level worst = DIAG_OK;
static int nerrors, ntotal;

void
diag(enum diag_level level, const char *file, int line, int col,
    const char *fmt, ...)
{
	va_list ap;

	fputs("sipdoc: ", stderr);
	if (file != NULL) {
		fputs(file, stderr);
		if (line > 0)
			fprintf(stderr, ":%d", line);
		if (line > 0 && col > 0)
			fprintf(stderr, ":%d", col);
		fputs(": ", stderr);
	}
	/* TRANSLATORS: severities of diagnostics, as GCC prints them. */
	fputs(level == DIAG_ERROR ? _("error: ") : _("warning: "), stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	if (level > worst)
		worst = level;
	if (level == DIAG_ERROR)
		nerrors++;
	ntotal++;
}

void
diag_errno(const char *file, const char *what)
{
	int e = errno;

	diag(DIAG_ERROR, file, 0, 0, "%s: %s", what, strerror(e));
}

int
diag_total(void)
{
	return ntotal;
}

int
diag_errors(void)
{
	return nerrors;
}

int
diag_exit_status(void)
{
	return worst == DIAG_ERROR ? EXIT_FAILURE : EXIT_SUCCESS;
}

void
diag_clear(void)
{
	worst = DIAG_OK;
}

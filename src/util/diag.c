/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* diag.c: prints diagnostics and remembers the worst severity. */
#include "system.h"

#include <errno.h>
#include <stdarg.h>

#include "util/diag.h"

static enum diag_level worst = DIAG_OK;
static int nerrors, ntotal;

/* The positions already reported: what is wrong at one place is said
 * once, though every language renders it (a template's error in each
 * language of the build). */
static struct {
	char	*file;
	int	 line, col;
} seen[64];
static size_t nseen;

static int
diag_repeated(const char *file, int line, int col)
{
	size_t i;

	if (file == NULL || line <= 0)
		return 0;
	for (i = 0; i < nseen; i++)
		if (seen[i].line == line && seen[i].col == col &&
		    strcmp(seen[i].file, file) == 0)
			return 1;
	if (nseen < ARRAY_LEN(seen) && (seen[nseen].file = strdup(file)) !=
	    NULL) {
		seen[nseen].line = line;
		seen[nseen++].col = col;
	}
	return 0;
}

/* Writes S with control characters as \xHH: a file name with a newline
 * or a terminal escape cannot forge a line or colour the terminal. */
static void
diag_puts(const char *s)
{
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (c < 0x20 || c == 0x7f)
			fprintf(stderr, "\\x%02x", c);
		else
			fputc(c, stderr);
	}
}

void
diag(enum diag_level level, const char *file, int line, int col,
    const char *fmt, ...)
{
	va_list ap;
	char msg[1024];

	if (diag_repeated(file, line, col)) {
		if (level == DIAG_ERROR)
			nerrors++;
		if (level > worst)
			worst = level;
		return;
	}

	fputs("sipdoc: ", stderr);
	if (file != NULL) {
		diag_puts(file);
		if (line > 0)
			fprintf(stderr, ":%d", line);
		if (line > 0 && col > 0)
			fprintf(stderr, ":%d", col);
		fputs(": ", stderr);
	}
	/* TRANSLATORS: severities of diagnostics, as GCC prints them. */
	fputs(level == DIAG_ERROR ? _("error: ") : _("warning: "), stderr);
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	diag_puts(msg);
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

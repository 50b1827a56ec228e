/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* stdout.c: the atexit() handler that catches failed writes to stdout. */
#include "system.h"

#include <errno.h>
#include <unistd.h>

#include "util/diag.h"
#include "util/stdout.h"

void
close_stdout(void)
{
	int failed = ferror(stdout);

	if (fclose(stdout) != 0)
		failed = 1;
	if (failed) {
		diag(DIAG_ERROR, NULL, 0, 0, _("write error: %s"),
		    strerror(errno != 0 ? errno : EIO));
		_exit(EXIT_FAILURE);
	}
}

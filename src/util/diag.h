/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* diag.h: the one diagnostics function, in the GNU shape
 *   sipdoc: FILE:LINE:COL: error: MESSAGE
 * (LINE and COL are left out when 0).  The worst severity seen becomes the
 * exit status. */
#ifndef SIPDOC_DIAG_H
#define SIPDOC_DIAG_H

enum diag_level {
	DIAG_OK = 0,
	DIAG_WARNING = 1,
	DIAG_ERROR = 2
};

void	diag(enum diag_level, const char *file, int line, int col,
	    const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void	diag_errno(const char *file, const char *what);
int	diag_errors(void);
/* Diagnostics of any severity so far. */
int	diag_total(void);
int	diag_exit_status(void);
/* Forgets the severities seen: a server that went on after a failed
 * build (sipdoc serve) ends with the status of its own end. */
void	diag_clear(void);

#endif

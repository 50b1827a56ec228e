/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* status.h: the status command: per language and per entry, how many
 * content units are translated, fuzzy (out of date) and missing. */
#ifndef SIPDOC_STATUS_H
#define SIPDOC_STATUS_H

struct options;

struct status_opts {
	int		 json;
	int		 fail_under;	/* percent, or -1 */
};

/* Prints the report of the languages of --lang (every catalog when not
 * given) on stdout; returns -1 when a language is under fail_under or on
 * errors (reported). */
int	status_run(const struct options *, const struct status_opts *);

#endif

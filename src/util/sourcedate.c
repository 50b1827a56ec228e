/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* sourcedate.c: reads SOURCE_DATE_EPOCH strictly; the clock is never
 * consulted. */
#include "system.h"

#include <errno.h>
#include <time.h>

#include "util/diag.h"
#include "util/sourcedate.h"

int
source_date(char *buf, size_t n)
{
	const char *s = getenv("SOURCE_DATE_EPOCH");
	char *end;
	long long v;
	time_t t;
	struct tm tm;

	buf[0] = '\0';
	if (s == NULL || *s == '\0')
		return 0;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || *end != '\0' || v < 0 || s[0] < '0' || s[0] > '9') {
		diag(DIAG_ERROR, NULL, 0, 0,
		    _("SOURCE_DATE_EPOCH is not a number of seconds: '%s'"), s);
		return -1;
	}
	t = (time_t)v;
	if (gmtime_r(&t, &tm) == NULL) {
		diag(DIAG_ERROR, NULL, 0, 0,
		    _("SOURCE_DATE_EPOCH is out of range: '%s'"), s);
		return -1;
	}
	strftime(buf, n, "%Y-%m-%d", &tm);
	return 1;
}

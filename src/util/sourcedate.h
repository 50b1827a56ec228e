/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* sourcedate.h: the build date for reproducible output. */
#ifndef SIPDOC_SOURCEDATE_H
#define SIPDOC_SOURCEDATE_H

#include <stddef.h>

/* Writes SOURCE_DATE_EPOCH as YYYY-MM-DD into BUF, or "" when it is not
 * set.  Returns -1 after a diagnostic when it is set but not a number. */
int	source_date(char *buf, size_t n);

#endif

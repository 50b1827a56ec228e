/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* system.h: project-wide includes and the gettext shorthands _() and N_(). */
#ifndef SIPDOC_SYSTEM_H
#define SIPDOC_SYSTEM_H

#include <config.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libintl.h>

/* gettext(), remembered for the current language (l10n/i18n.c); it
 * carries format_arg, so -Wformat checks translated formats. */
#define _(s) i18n_gettext(s)
#define N_(s) (s)
/* pgettext(): a context keeps a word apart from the same word elsewhere. */
#define P_(ctx, s) sipdoc_pgettext(ctx "\004" s, s)

const char *sipdoc_pgettext(const char *ctx_msgid, const char *msgid)
	__attribute__((format_arg(2)));
const char *i18n_gettext(const char *msgid) __attribute__((format_arg(1)));

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#endif

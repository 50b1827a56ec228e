/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* local.c: the folder rule (local.h). */
#include "system.h"

#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include "build/options.h"
#include "cmd/local.h"
#include "l10n/i18n.h"

static int
is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* ./locale binds by its absolute name: gettext resolves a relative one
 * against whatever the current folder is when it opens a catalog. */
static void
local_locale(void)
{
	char abs[PATH_MAX];

	if (is_dir("locale") && realpath("locale", abs) != NULL)
		i18n_init(abs);
}

void
local_apply(struct options *o, unsigned given)
{
	if (given & GIVEN_CONTENT || !is_dir("content"))
		return;
	o->content = "content";
	if (!(given & GIVEN_TEMPLATES) && is_dir("templates"))
		o->templates = "templates";
	if (!(given & GIVEN_FONTDIR) && access("font/devpdf/download", R_OK) == 0)
		o->fontdir = "font";
	if (!(given & GIVEN_LOCALEDIR) && getenv("SIPDOC_LOCALEDIR") == NULL)
		local_locale();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* local.h: the folder rule.  A command run in a folder that holds content/
 * reads that content, and the templates/ beside it when there are any;
 * elsewhere it reads the installed data.  In a built checkout the fonts
 * and the UI catalogs that make staged (font/, locale/) are used too, so
 * that ./sipdoc works there uninstalled.  What the command line (or
 * SIPDOC_LOCALEDIR) names always wins. */
#ifndef SIPDOC_LOCAL_H
#define SIPDOC_LOCAL_H

struct options;

/* The options the command line gave, which the rule leaves alone. */
enum {
	GIVEN_CONTENT = 1,
	GIVEN_TEMPLATES = 2,
	GIVEN_FONTDIR = 4,
	GIVEN_LOCALEDIR = 8
};

/* Points the options not GIVEN at the current folder's project, if it is
 * one; may bind the UI catalogs to ./locale. */
void	local_apply(struct options *, unsigned given);

#endif

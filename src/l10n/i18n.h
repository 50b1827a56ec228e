/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* i18n.h: UI catalogs (domain sipdoc, from po/) and the one place where
 * the language of rendered output is switched, in process and independent
 * of the machine's locales.  The build engine switches once per language;
 * a page that shows several languages (the site's root) asks for a string
 * in a given language with i18n_in(). */
#ifndef SIPDOC_I18N_H
#define SIPDOC_I18N_H

/* Sets up the locale (C.UTF-8 when the environment's is unusable) and binds
 * the domain to LOCALEDIR. */
void	i18n_init(const char *localedir);

/* Makes _() answer in LANG ("en" is the source language). */
void	i18n_use(const char *lang);

/* Back to the user's own message language. */
void	i18n_restore(void);

/* Changes whenever the language of _() changes: what a cache of translated
 * strings compares to know it is still valid. */
unsigned i18n_generation(void);

/* The translation of MSGID in LANG, leaving the current language as it
 * was.  The result is gettext's: static, never freed. */
const char *i18n_in(const char *lang, const char *msgid)
	__attribute__((format_arg(2)));

/* The name of LANG written in it ("Русский"), from its UI catalog;
 * malloc'd. */
char	*i18n_language_name(const char *lang);

/* Whether LANG is written right to left, as its UI catalog says (the
 * translation of "ltr" in the context "text direction" is "rtl", the way
 * GTK asks its translators): no list in the code. */
int	 i18n_language_rtl(const char *lang);

/* The UI catalog (.mo) that serves LANG, as a malloc'd path; the file may
 * not exist (English has none). */
char	*i18n_catalog_path(const char *lang);

/* The languages that have a UI catalog, malloc'd (N of them). */
char	**i18n_ui_languages(size_t *n);

/* The translation of a plural message in the current language. */
const char *i18n_plural(const char *one, const char *many, unsigned long n)
	__attribute__((format_arg(1))) __attribute__((format_arg(2)));

#endif

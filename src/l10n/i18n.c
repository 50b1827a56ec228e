/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* i18n.c: the gettext bootstrap and in-process language switching.
 *
 * gettext ignores LANGUAGE in the "C" locale, so when the environment's
 * locale is C (or missing) we move to C.UTF-8, the one locale every Debian
 * system has.  Switching languages is setenv("LANGUAGE") plus the
 * documented cache flush, ++_nl_msg_cat_cntr; it happens here and nowhere
 * else. */
#include "system.h"

#include <dirent.h>
#include <locale.h>
#include <unistd.h>

#include "l10n/i18n.h"
#include "util/xalloc.h"

extern int _nl_msg_cat_cntr;

static char *user_language;	/* LANGUAGE as the user set it, or NULL */
static char *current;		/* the language _() answers in, or NULL */
static char *locale_dir;
static unsigned generation;

static int
i18n_is_c(const char *name)
{
	return name == NULL || strcmp(name, "C") == 0 ||
	    strcmp(name, "POSIX") == 0;
}

void
i18n_init(const char *localedir)
{
	const char *lang = getenv("LANGUAGE");
	const char *loc = setlocale(LC_ALL, "");

	if (i18n_is_c(loc) || i18n_is_c(setlocale(LC_MESSAGES, NULL)))
		setlocale(LC_ALL, "C.UTF-8");
	/* Numbers and character classes stay locale-independent. */
	setlocale(LC_NUMERIC, "C");
	bindtextdomain(PACKAGE, localedir);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
	free(locale_dir);
	locale_dir = xstrdup(localedir);
	if (user_language == NULL && lang != NULL) {
		user_language = xstrdup(lang);
		current = xstrdup(lang);
	}
}

static void
i18n_set(const char *lang)
{
	if (lang != NULL)
		setenv("LANGUAGE", lang, 1);
	else
		unsetenv("LANGUAGE");
	free(current);
	current = lang != NULL ? xstrdup(lang) : NULL;
	++_nl_msg_cat_cntr;
	generation++;
}

void
i18n_use(const char *lang)
{
	if (current == NULL || strcmp(current, lang) != 0)
		i18n_set(lang);
}

void
i18n_restore(void)
{
	i18n_set(user_language);
}

unsigned
i18n_generation(void)
{
	return generation;
}

const char *
i18n_in(const char *lang, const char *msgid)
{
	char *was = current != NULL ? xstrdup(current) : NULL;
	const char *t;

	i18n_use(lang);
	t = gettext(msgid);
	i18n_set(was);
	free(was);
	return t;
}

char *
i18n_language_name(const char *lang)
{
	char *was = current != NULL ? xstrdup(current) : NULL;
	char *name;

	i18n_use(lang);
	/* TRANSLATORS: the name of your language, written in it
	   ("Русский", "Deutsch"). */
	name = xstrdup(P_("language name", "English"));
	i18n_set(was);
	free(was);
	return name;
}

char **
i18n_ui_languages(size_t *n)
{
	DIR *d = opendir(locale_dir != NULL ? locale_dir : LOCALEDIR);
	struct dirent *de;
	char **v = NULL;

	*n = 0;
	while (d != NULL && (de = readdir(d)) != NULL) {
		char *mo;

		if (de->d_name[0] == '.')
			continue;
		mo = i18n_catalog_path(de->d_name);
		if (access(mo, R_OK) == 0) {
			v = xreallocarray(v, *n + 1, sizeof(char *));
			v[(*n)++] = xstrdup(de->d_name);
		}
		free(mo);
	}
	if (d != NULL)
		closedir(d);
	return v;
}

int
i18n_language_rtl(const char *lang)
{
	char *was = current != NULL ? xstrdup(current) : NULL;
	int rtl;

	i18n_use(lang);
	/* TRANSLATORS: the direction your language is written in: "ltr"
	   (left to right) or "rtl" (right to left, as Arabic or Hebrew);
	   nothing else.  Pages in a right-to-left language are mirrored. */
	rtl = strcmp(P_("text direction", "ltr"), "rtl") == 0;
	i18n_set(was);
	free(was);
	return rtl;
}

char *
i18n_catalog_path(const char *lang)
{
	return xasprintf("%s/%s/LC_MESSAGES/%s.mo", locale_dir != NULL ?
	    locale_dir : LOCALEDIR, lang, PACKAGE);
}

const char *
i18n_plural(const char *one, const char *many, unsigned long n)
{
	return ngettext(one, many, n);
}

const char *
sipdoc_pgettext(const char *ctx_msgid, const char *msgid)
{
	const char *t = gettext(ctx_msgid);

	return t == ctx_msgid ? msgid : t;
}

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
#include <pthread.h>
#include <stdint.h>
#include <locale.h>
#include <unistd.h>

#include "l10n/i18n.h"
#include "util/xalloc.h"

extern int _nl_msg_cat_cntr;

static char *user_language;	/* LANGUAGE as the user set it, or NULL */
static char *current;		/* the language _() answers in, or NULL */
static char *locale_dir;
static unsigned generation;

/* What _() answered, for the current generation: gettext looks every
 * message up anew (reading the environment each time), and a build asks
 * for the same few hundred strings tens of thousands of times.  A slot is
 * found by the message's address and holds a copy of it, so that a
 * message at an address that was freed and reused is not mistaken for
 * another.  It is the thread's that called i18n_init(), the one that
 * switches languages: another thread asks gettext itself. */
#define MEMO_BITS	10
struct memo {
	const char	*id;		/* the address asked for */
	char		*copy;		/* its text then */
	const char	*tr;
	unsigned	 gen;		/* the generation + 1; 0: empty */
};
static struct memo memo[1u << MEMO_BITS];
static pthread_t memo_thread;
static int memo_owned;

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
	memo_thread = pthread_self();
	memo_owned = 1;
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
i18n_gettext(const char *msgid)
{
	uint64_t h = (uint64_t)(uintptr_t)msgid * UINT64_C(0x9e3779b97f4a7c15);
	struct memo *m = &memo[h >> (64 - MEMO_BITS)];

	if (!memo_owned || !pthread_equal(memo_thread, pthread_self()))
		return gettext(msgid);
	if (m->gen == generation + 1 && m->id == msgid &&
	    strcmp(m->copy, msgid) == 0)
		return m->tr;
	free(m->copy);
	m->id = msgid;
	m->copy = xstrdup(msgid);
	m->tr = gettext(msgid);
	m->gen = generation + 1;
	return m->tr;
}

const char *
sipdoc_pgettext(const char *ctx_msgid, const char *msgid)
{
	const char *t = i18n_gettext(ctx_msgid);

	return t == ctx_msgid ? msgid : t;
}

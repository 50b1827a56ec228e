/* i18n.c: the gettext bootstrap and in-process language switching.
 *
 * gettext ignores LANGUAGE in the "C" locale, so when the environment's
 * locale is C (or missing) we move to C.UTF-8, the one locale every Debian
 * system has.  Switching languages is setenv("LANGUAGE") plus the
 * documented cache flush, ++_nl_msg_cat_cntr. */
#include "system.h"

#include <locale.h>

#include "l10n/i18n.h"
#include "util/xalloc.h"

extern int _nl_msg_cat_cntr;

static char *user_language;	/* LANGUAGE as the user set it, or NULL */

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
	user_language = lang != NULL ? xstrdup(lang) : NULL;
}

void
i18n_use(const char *lang)
{
	setenv("LANGUAGE", lang, 1);
	++_nl_msg_cat_cntr;
}

void
i18n_restore(void)
{
	if (user_language != NULL)
		setenv("LANGUAGE", user_language, 1);
	else
		unsetenv("LANGUAGE");
	++_nl_msg_cat_cntr;
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

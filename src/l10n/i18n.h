/* i18n.h: UI catalogs (domain sipdoc, from po/) and switching the language
 * of rendered output in process, independent of the machine's locales. */
#ifndef SIPDOC_I18N_H
#define SIPDOC_I18N_H

/* Sets up the locale (C.UTF-8 when the environment's is unusable) and binds
 * the domain to LOCALEDIR. */
void	i18n_init(const char *localedir);

/* Makes _() answer in LANG ("en" is the source language). */
void	i18n_use(const char *lang);

/* Back to the user's own message language. */
void	i18n_restore(void);

/* The translation of a plural message in the current language. */
const char *i18n_plural(const char *one, const char *many, unsigned long n)
	__attribute__((format_arg(1))) __attribute__((format_arg(2)));

#endif

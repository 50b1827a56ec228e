/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* langs.c: finds the languages of a build and loads their catalogs. */
#include "system.h"

#include <dirent.h>
#include <pthread.h>

#include "l10n/catalog.h"
#include "util/diag.h"
#include "l10n/i18n.h"
#include "l10n/langs.h"
#include "l10n/view.h"
#include "util/textio.h"
#include "util/xalloc.h"

static int
str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Language codes of the content catalogs, sorted. */
static char **
langs_found(const char *dir, size_t *n)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char **v = NULL;

	*n = 0;
	if (d == NULL)
		return NULL;
	while ((de = readdir(d)) != NULL) {
		size_t len = strlen(de->d_name);

		if (len < 4 || strcmp(de->d_name + len - 3, ".po") != 0 ||
		    de->d_name[0] == '.')
			continue;
		v = xreallocarray(v, *n + 1, sizeof(char *));
		v[(*n)++] = xstrndup(de->d_name, len - 3);
	}
	closedir(d);
	if (*n > 0)
		qsort(v, *n, sizeof(char *), str_cmp);
	return v;
}

/* Whether CODE is in the comma-separated ONLY (NULL: all). */
static int
langs_wanted(const char *only, const char *code)
{
	size_t len = strlen(code);
	const char *p;

	if (only == NULL)
		return 1;
	for (p = only; p != NULL; p = strchr(p, ',')) {
		if (*p == ',')
			p++;
		if (strncmp(p, code, len) == 0 && (p[len] == ',' ||
		    p[len] == '\0'))
			return 1;
	}
	return 0;
}

/* The thread reads the catalogs; the checks of their units are shared
 * out by chunks (NEXT[i]: the first unit of catalog i nobody took) with
 * the thread that joins it, which would otherwise only wait. */
struct langs_ahead {
	pthread_t	 thread;
	int		 joined;
	char		*cache;
	char		**codes, **paths;
	struct catalog	**cats;
	size_t		 n;
	pthread_mutex_t	 lock;
	pthread_cond_t	 read;		/* another catalog was read */
	size_t		 nread;
	size_t		*next;
};

#define CHECK_CHUNK	64	/* units checked between two looks at NEXT */

static void
check_range(struct catalog *c, size_t from, size_t to)
{
	size_t i;

	for (i = from; i < to; i++)
		c->msgs[i].why = c->msgs[i].msgstr == NULL ? NULL :
		    view_check_unit(c->msgs[i].msgid, c->msgs[i].msgstr);
}

/* Whether each translation keeps the structure of its source
 * (view_check_unit()): found here, told by langs_check_catalog(). */
static void
check_units(struct catalog *c)
{
	check_range(c, 0, c->nmsgs);
	c->checked = 1;
}

/* Checks chunks of catalog I that nobody took, until none is left. */
static void
ahead_check(struct langs_ahead *a, size_t i)
{
	struct catalog *c = a->cats[i];
	size_t from, to;

	for (;;) {
		pthread_mutex_lock(&a->lock);
		from = a->next[i];
		to = a->next[i] = from + CHECK_CHUNK < c->nmsgs ?
		    from + CHECK_CHUNK : c->nmsgs;
		pthread_mutex_unlock(&a->lock);
		if (from >= to)
			return;
		check_range(c, from, to);
	}
}

/* The thread reads the catalogs and checks their units, beside the
 * loading of the content. */
static void *
ahead_run(void *arg)
{
	struct langs_ahead *a = arg;
	size_t i;

	for (i = 0; i < a->n; i++) {
		struct catalog *c = catalog_load_quiet(a->paths[i],
		    a->codes[i], a->cache);

		pthread_mutex_lock(&a->lock);
		a->cats[i] = c;
		a->nread = i + 1;
		pthread_cond_broadcast(&a->read);
		pthread_mutex_unlock(&a->lock);
		if (c != NULL && !c->checked)
			ahead_check(a, i);
	}
	return NULL;
}

/* Every catalog read and checked (by both threads): so marked. */
static void
langs_ahead_checked(struct langs_ahead *a)
{
	size_t i;

	for (i = 0; i < a->n; i++)
		if (a->cats[i] != NULL)
			a->cats[i]->checked = 1;
}

struct langs_ahead *
langs_ahead_start(const char *content, const char *only, const char *cache)
{
	struct langs_ahead *a = xcalloc(1, sizeof(*a));
	char *dir = xasprintf("%s/po", content);
	size_t nfound, i;
	char **found = langs_found(dir, &nfound);

	for (i = 0; i < nfound; i++) {
		if (langs_wanted(only, found[i])) {
			a->codes = xreallocarray(a->codes, a->n + 1,
			    sizeof(char *));
			a->paths = xreallocarray(a->paths, a->n + 1,
			    sizeof(char *));
			a->codes[a->n] = found[i];
			a->paths[a->n++] = xasprintf("%s/%s.po", dir, found[i]);
		} else
			free(found[i]);
	}
	free(found);
	free(dir);
	a->cats = xcalloc(a->n + 1, sizeof(*a->cats));
	a->next = xcalloc(a->n + 1, sizeof(*a->next));
	a->cache = cache != NULL ? xstrdup(cache) : NULL;
	pthread_mutex_init(&a->lock, NULL);
	pthread_cond_init(&a->read, NULL);
	if (a->n == 0) {
		a->joined = 1;		/* no thread to wait for */
		langs_ahead_free(a);
		return NULL;
	}
	catalog_fast_begin();
	if (pthread_create(&a->thread, NULL, ahead_run, a) != 0) {
		ahead_run(a);		/* no thread: here, then */
		catalog_fast_end();
		a->joined = 1;
		langs_ahead_checked(a);
	}
	return a;
}

/* Takes a share of the checks of each catalog as it is read, then waits
 * for the thread. */
static void
langs_ahead_join(struct langs_ahead *a)
{
	size_t i;

	if (a == NULL || a->joined)
		return;
	for (i = 0; i < a->n; i++) {
		pthread_mutex_lock(&a->lock);
		while (a->nread <= i)
			pthread_cond_wait(&a->read, &a->lock);
		pthread_mutex_unlock(&a->lock);
		if (a->cats[i] != NULL && !a->cats[i]->checked)
			ahead_check(a, i);
	}
	pthread_join(a->thread, NULL);
	catalog_fast_end();
	a->joined = 1;
	langs_ahead_checked(a);
}

/* The catalog of CODE that the thread read, now the caller's, or NULL. */
static struct catalog *
langs_ahead_take(struct langs_ahead *a, const char *code)
{
	struct catalog *c;
	size_t i;

	for (i = 0; a != NULL && i < a->n; i++)
		if (strcmp(a->codes[i], code) == 0) {
			c = a->cats[i];
			a->cats[i] = NULL;
			return c;
		}
	return NULL;
}

void
langs_ahead_free(struct langs_ahead *a)
{
	size_t i;

	if (a == NULL)
		return;
	langs_ahead_join(a);
	for (i = 0; i < a->n; i++) {
		catalog_free(a->cats[i]);
		free(a->codes[i]);
		free(a->paths[i]);
	}
	free(a->cats);
	free(a->next);
	free(a->codes);
	free(a->paths);
	free(a->cache);
	pthread_cond_destroy(&a->read);
	pthread_mutex_destroy(&a->lock);
	free(a);
}

static void
langs_add(struct lang **v, size_t *n, const char *code, struct catalog *cat,
    int allow_fuzzy)
{
	struct lang *l;

	*v = xreallocarray(*v, *n + 1, sizeof(**v));
	l = &(*v)[(*n)++];
	l->code = xstrdup(code);
	l->cat = cat;
	l->allow_fuzzy = allow_fuzzy;
	l->name = i18n_language_name(code);
	l->rtl = i18n_language_rtl(code);
}

int
unit_english(enum unit_state st, const struct lang *l)
{
	return st == US_MISSING || (st == US_FUZZY && !l->allow_fuzzy);
}

/* A language whose UI is translated but not its content is not built:
 * the translator learns which file to create. */
static void
langs_ui_only(const char *dir, char **found, size_t nfound)
{
	size_t n, i, k;
	char **ui = i18n_ui_languages(&n);

	for (i = 0; i < n; i++) {
		int has = strcmp(ui[i], "en") == 0;

		for (k = 0; k < nfound && !has; k++)
			has = strcmp(found[k], ui[i]) == 0;
		if (!has) {
			char *path = xasprintf("%s/%s.po", dir, ui[i]);

			diag(DIAG_WARNING, path, 0, 0, _("the UI is translated "
			    "into %s but not the content, which is not built: "
			    "create this catalog (msginit -i "
			    "sipdoc-content.pot -l %s)"), ui[i], ui[i]);
			free(path);
		}
		free(ui[i]);
	}
	free(ui);
}

int
langs_load(const char *content, const char *only, int allow_fuzzy,
    int strict, struct langs_ahead *ahead, struct lang **out, size_t *n)
{
	char *dir = xasprintf("%s/po", content);
	size_t nfound, i;
	char **found = langs_found(dir, &nfound);
	int rc = 0;

	langs_ahead_join(ahead);	/* before the language switches */
	*out = NULL;
	*n = 0;
	if (langs_wanted(only, "en"))
		langs_add(out, n, "en", NULL, allow_fuzzy);
	if (only == NULL)
		langs_ui_only(dir, found, nfound);
	for (i = 0; i < nfound; i++) {
		if (langs_wanted(only, found[i])) {
			char *path = xasprintf("%s/%s.po", dir, found[i]);
			struct catalog *cat = NULL;

			if (file_inside(path, content) == 0 &&
			    (cat = langs_ahead_take(ahead, found[i])) == NULL)
				cat = catalog_load(path, found[i]);

			free(path);
			if (cat == NULL)
				rc = -1;
			else {
				langs_add(out, n, found[i], cat, allow_fuzzy);
				if (langs_check_catalog(&(*out)[*n - 1],
				    strict) != 0)
					rc = -1;
			}
		}
		free(found[i]);
	}
	free(found);
	free(dir);
	if (*n == 0) {
		diag(DIAG_ERROR, NULL, 0, 0, _("no language matches '%s'"),
		    only != NULL ? only : "");
		rc = -1;
	}
	return rc;
}

int
langs_check_catalog(struct lang *l, int strict)
{
	struct catalog *c = l->cat;
	size_t i;
	int rc = 0;

	if (!c->checked)
		check_units(c);
	for (i = 0; i < c->nmsgs; i++) {
		const char *why = c->msgs[i].why;

		if (why == NULL)
			continue;
		diag(strict ? DIAG_ERROR : DIAG_WARNING, c->path,
		    c->msgs[i].line, c->msgs[i].col, "%s", _(why));
		c->msgs[i].broken = 1;
		if (strict)
			rc = -1;
	}
	return rc;
}

void
langs_free(struct lang *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free((char *)v[i].code);
		free((char *)v[i].name);
		catalog_free(v[i].cat);
	}
	free(v);
}

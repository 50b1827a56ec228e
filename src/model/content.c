/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* content.c: loads the content folder (registry, code entries, pair notes)
 * and checks what spans files: cross references.  Each file is named
 * after its codes, so a code has one entry and a pair one note. */
#include "system.h"

#include <dirent.h>
#include <errno.h>

#include "util/diag.h"
#include "model/entry.h"
#include "model/model.h"
#include "model/names.h"
#include "model/registry.h"
#include "util/fmt.h"
#include "util/textio.h"
#include "util/xalloc.h"

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Whether NAME in a content folder is an editor's file, left alone: a
 * backup (486.md~) or a hidden file that is not Markdown (.486.md.swp). */
static int
content_ignored(const char *name, size_t len)
{
	return name[len - 1] == '~' || (name[0] == '.' && (len < 3 ||
	    strcmp(name + len - 3, ".md") != 0));
}

/* The *.md files of DIR, sorted bytewise (never by locale); any other
 * file, or a hidden *.md, is an error: it would be ignored without a
 * word. */
static char **
content_list(const char *dir, size_t *n)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char **v = NULL;
	size_t cap = 0;

	*n = 0;
	if (d == NULL) {
		if (errno != ENOENT)
			diag_errno(dir, _("cannot open folder"));
		return NULL;
	}
	while ((de = readdir(d)) != NULL) {
		size_t len = strlen(de->d_name);

		if (strcmp(de->d_name, ".") == 0 ||
		    strcmp(de->d_name, "..") == 0 ||
		    content_ignored(de->d_name, len))
			continue;
		if (len < 4 || strcmp(de->d_name + len - 3, ".md") != 0 ||
		    de->d_name[0] == '.') {
			char *path = xasprintf("%s/%s", dir, de->d_name);

			diag(DIAG_ERROR, path, 0, 0, _("not a content file: "
			    "entries are NNN.md, pair notes AAA-BBB.md"));
			free(path);
			continue;
		}
		if (*n == cap)
			v = xreallocarray(v, cap = cap ? cap * 2 : 64,
			    sizeof(char *));
		v[(*n)++] = xasprintf("%s/%s", dir, de->d_name);
	}
	closedir(d);
	if (*n > 0)
		qsort(v, *n, sizeof(char *), name_cmp);
	return v;
}

/* By code, then by file name, so duplicates are reported the same way on
 * every run. */
static int
entry_cmp(const void *a, const void *b)
{
	const struct entry *x = *(struct entry *const *)a;
	const struct entry *y = *(struct entry *const *)b;

	return x->code != y->code ? x->code - y->code :
	    strcmp(x->path, y->path);
}

static int
pair_cmp(const void *a, const void *b)
{
	const struct pair *x = *(struct pair *const *)a;
	const struct pair *y = *(struct pair *const *)b;

	return x->code[0] != y->code[0] ? x->code[0] - y->code[0] :
	    x->code[1] - y->code[1];
}

/* Loads every file of SUB with LOAD into a vector; NULL items failed. */
static void **
content_load_dir(struct content *c, const char *sub, size_t *count,
    void *(*load)(const struct content *, const char *, const char *))
{
	char *dir = xasprintf("%s/%s", c->dir, sub);
	size_t n, i;
	char **names = content_list(dir, &n);
	void **v = xcalloc(n + 1, sizeof(void *));
	struct textfile tf;

	*count = 0;
	for (i = 0; i < n; i++) {
		if (file_inside(names[i], c->dir) == 0 &&
		    textfile_read(&tf, names[i]) == 0) {
			void *item = load(c, names[i], tf.data);

			if (item != NULL)
				v[(*count)++] = item;
			textfile_free(&tf);
		}
		free(names[i]);
	}
	free(names);
	free(dir);
	return v;
}

static void *
load_entry(const struct content *c, const char *path, const char *text)
{
	return entry_load(c, path, text);
}

static void *
load_pair(const struct content *c, const char *path, const char *text)
{
	return pair_load(c, path, text);
}

/* PATH without the folders above the content folder: output never shows
 * where the sources were built. */
static char *
content_ref(const char *dir, const char *path)
{
	size_t len = strlen(dir);

	return xasprintf("content%s", strncmp(path, dir, len) == 0 ?
	    path + len : strrchr(path, '/'));
}

/* Links pairs and entries both ways. */
static void
content_link_pairs(struct content *c)
{
	size_t i, k;

	for (i = 0; i < c->nentries; i++) {
		c->entries[i]->ref = content_ref(c->dir, c->entries[i]->path);
		c->entries[i]->index = i;
		c->bycode[c->entries[i]->code - 100] = c->entries[i];
		fmt_snprintf(c->entries[i]->codestr,
		    sizeof(c->entries[i]->codestr), "%d", c->entries[i]->code);
		fmt_snprintf(c->entries[i]->classstr,
		    sizeof(c->entries[i]->classstr), "c%d",
		    code_class(c->entries[i]->code));
	}
	for (i = 0; i < c->npairs; i++) {
		struct pair *p = c->pairs[i];

		p->ref = content_ref(c->dir, p->path);
		p->index = i;
		for (k = 0; k < 2; k++) {
			struct entry *e = content_entry(c, p->code[k]);

			p->entry[k] = e;
			if (e == NULL)
				continue;
			e->pairs = xreallocarray(e->pairs, e->npairs + 1,
			    sizeof(*e->pairs));
			e->pairs[e->npairs++] = p;
		}
	}
}

struct content *
content_load(const char *dir)
{
	struct content *c = xcalloc(1, sizeof(*c));
	char *reg = xasprintf("%s/registry.tsv", dir);
	int before = diag_errors();	/* sipdoc serve loads again and again */
	int rc;

	c->dir = xstrdup(dir);
	rc = file_inside(reg, dir) == 0 ? registry_load(c, reg) : -1;
	free(reg);
	if (rc != 0) {
		content_free(c);
		return NULL;
	}
	c->entries = (struct entry **)content_load_dir(c, "codes",
	    &c->nentries, load_entry);
	if (c->nentries > 0)
		qsort(c->entries, c->nentries, sizeof(*c->entries), entry_cmp);
	c->pairs = (struct pair **)content_load_dir(c, "pairs", &c->npairs,
	    load_pair);
	if (c->npairs > 0)
		qsort(c->pairs, c->npairs, sizeof(*c->pairs), pair_cmp);
	if (diag_errors() > before) {
		content_free(c);
		return NULL;
	}
	content_link_pairs(c);
	reg = xasprintf("%s/sip-names.tsv", dir);
	rc = names_load(c, reg);
	free(reg);
	if (rc != 0) {
		content_free(c);
		return NULL;
	}
	return c;
}

void
content_free(struct content *c)
{
	size_t i;

	if (c == NULL)
		return;
	for (i = 0; i < c->nentries; i++)
		entry_free(c->entries[i]);
	free(c->entries);
	for (i = 0; i < c->npairs; i++)
		pair_free(c->pairs[i]);
	free(c->pairs);
	registry_free(c);
	names_free(c);
	free(c->dir);
	free(c);
}

struct entry *
content_entry(const struct content *c, int code)
{
	return code >= 100 && code <= 699 ? c->bycode[code - 100] : NULL;
}

struct pair *
content_pair(const struct content *c, int a, int b)
{
	size_t i;

	if (a > b) {
		int t = a;

		a = b, b = t;
	}
	for (i = 0; i < c->npairs; i++)
		if (c->pairs[i]->code[0] == a && c->pairs[i]->code[1] == b)
			return c->pairs[i];
	return NULL;
}

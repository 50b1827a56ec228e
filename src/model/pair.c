/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* pair.c: loads one curated pair note (content/pairs/AAA-BBB.md). */
#include "system.h"

#include "model/body.h"
#include "util/diag.h"
#include "model/entry.h"
#include "model/frontmatter.h"
#include "model/model.h"
#include "util/escape.h"
#include "util/fmt.h"
#include "util/xalloc.h"

enum { F_CODES, F_REFS, F_UPDATED, F__MAX };

/* The file must be named after its codes: ".../AAA-BBB.md". */
static int
pair_name_ok(const char *path, const int *code)
{
	const char *base = strrchr(path, '/');
	char want[32];

	fmt_snprintf(want, sizeof(want), "%d-%d.md", code[0], code[1]);
	return strcmp(base != NULL ? base + 1 : path, want) == 0;
}

static int
pair_codes(const struct content *c, struct fm *fm, yaml_node_t *n,
    struct pair *p)
{
	int *v;
	size_t count, i;

	if (fm_int_list(fm, n, 100, 699, &v, &count) != 0) {
		free(v);
		return -1;
	}
	if (count != 2 || v[0] >= v[1]) {
		fm_error(fm, n, _("expected two codes, the smaller first"));
		free(v);
		return -1;
	}
	for (i = 0; i < 2; i++) {
		p->code[i] = v[i];
		if (registry_find(c, v[i]) == NULL) {
			fm_error(fm, n, _("code %d is not in the IANA registry"),
			    v[i]);
			free(v);
			return -1;
		}
	}
	free(v);
	if (!pair_name_ok(p->path, p->code)) {
		fm_error(fm, n, _("the file must be named %d-%d.md"),
		    p->code[0], p->code[1]);
		return -1;
	}
	return 0;
}

struct pair *
pair_load(const struct content *c, const char *path, const char *text)
{
	struct pair *p = xcalloc(1, sizeof(*p));
	struct fm_field f[F__MAX] = {
		[F_CODES] = {"codes", 1, NULL, 0},
		[F_REFS] = {"references", 1, NULL, 0},
		[F_UPDATED] = {"updated", 1, NULL, 0},
	};
	struct fm fm;
	int rc;

	p->path = xstrdup(path);
	p->source = digest_of(text, strlen(text));
	rc = fm_open(&fm, path, text, f, F__MAX);
	if (rc == 0) {
		if (pair_codes(c, &fm, f[F_CODES].value, p) != 0)
			rc = -1;
		if (fm_string_list(&fm, f[F_REFS].value, &p->refs,
		    &p->nrefs) != 0)
			rc = -1;
		else
			p->ref_urls = rfc_urls(p->refs, p->nrefs);
		if (fm_date(&fm, f[F_UPDATED].value, &p->updated) != 0)
			rc = -1;
	}
	if (fm.body != NULL) {
		p->body.text = xstrdup(fm.body);
		p->body.first_line = fm.body_line;
		if (body_check(path, &p->body, pair_section_keys,
		    PSEC__MAX) != 0)
			rc = -1;
	}
	fm_close(&fm);
	if (rc != 0) {
		pair_free(p);
		return NULL;
	}
	return p;
}

void
pair_free(struct pair *p)
{
	if (p == NULL)
		return;
	free(p->path);
	free(p->ref);
	strv_free(p->ref_urls, p->nrefs);
	strv_free(p->refs, p->nrefs);
	free(p->updated);
	body_free(&p->body);
	free(p);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* entry.c: loads one code entry (content/codes/NNN.md) and checks it
 * against the registry. */
#include "system.h"

#include "model/body.h"
#include "util/diag.h"
#include "model/entry.h"
#include "model/facts.h"
#include "model/frontmatter.h"
#include "model/model.h"
#include "util/escape.h"
#include "util/fmt.h"
#include "util/xalloc.h"

enum {
	F_CODE, F_REASON, F_STATUS, F_REPLACED, F_REFS, F_RELATED, F_OLD,
	F_SUMMARY, F_USE, F_UPDATED, F_FACTS, F__MAX
};

static void
entry_fields(struct fm_field *f)
{
	static const struct fm_field proto[F__MAX] = {
		[F_CODE] = {"code", 1, NULL, 0},
		[F_REASON] = {"reason", 1, NULL, 0},
		[F_STATUS] = {"status", 1, NULL, 0},
		[F_REPLACED] = {"replaced-by", 0, NULL, 0},
		[F_REFS] = {"references", 1, NULL, 0},
		[F_RELATED] = {"related", 0, NULL, 0},
		[F_OLD] = {"old-phrases", 0, NULL, 0},
		[F_SUMMARY] = {"summary", 1, NULL, 0},
		[F_USE] = {"use", 1, NULL, 0},
		[F_UPDATED] = {"updated", 1, NULL, 0},
		[F_FACTS] = {"facts", 0, NULL, 0},
	};

	memcpy(f, proto, sizeof(proto));
}

/* A one-sentence field: inline Markdown; its position is that of the
 * value (plus one for the opening quote of a quoted scalar). */
static int
entry_unit(struct fm *fm, yaml_node_t *n, struct unit *u)
{
	int quoted;

	u->line = fm_line(fm, n);
	u->col = fm_col(fm, n);
	if (fm_string(fm, n, &u->text) != 0)
		return -1;
	quoted = n->data.scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE ||
	    n->data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE;
	return md_check_field(fm->path, u->line, u->col + quoted, u->text);
}

/* The file must be named after its code: ".../NNN.md".  One file per
 * code, and no other name (a newline, a terminal escape) in a folder. */
static int
entry_name_ok(const char *path, int code)
{
	const char *base = strrchr(path, '/');
	char want[16];

	fmt_snprintf(want, sizeof(want), "%d.md", code);
	return strcmp(base != NULL ? base + 1 : path, want) == 0;
}

/* The code and reason phrase, against the registry. */
static int
entry_identity(const struct content *c, struct fm *fm, struct fm_field *f,
    struct entry *e)
{
	e->code_line = fm_line(fm, f[F_CODE].value);
	e->code_col = fm_col(fm, f[F_CODE].value);
	if (fm_int(fm, f[F_CODE].value, 100, 699, &e->code) != 0)
		return -1;
	e->reg = registry_find(c, e->code);
	if (e->reg == NULL) {
		fm_error(fm, f[F_CODE].value,
		    _("code %d is not in the IANA registry"), e->code);
		return -1;
	}
	if (!entry_name_ok(e->path, e->code)) {
		fm_error(fm, f[F_CODE].value, _("the file must be named %d.md"),
		    e->code);
		return -1;
	}
	if (fm_string(fm, f[F_REASON].value, &e->reason) != 0)
		return -1;
	if (strcmp(e->reason, e->reg->reason) != 0) {
		fm_error(fm, f[F_REASON].value,
		    _("reason phrase '%s' is not the registered '%s'"),
		    e->reason, e->reg->reason);
		return -1;
	}
	return 0;
}

static int
entry_status(struct fm *fm, struct fm_field *f, struct entry *e)
{
	char *s;

	if (fm_string(fm, f[F_STATUS].value, &s) != 0)
		return -1;
	e->deprecated = strcmp(s, "deprecated") == 0;
	if (!e->deprecated && strcmp(s, "current") != 0) {
		fm_error(fm, f[F_STATUS].value,
		    _("status must be 'current' or 'deprecated'"));
		free(s);
		return -1;
	}
	free(s);
	if (e->deprecated != e->reg->deprecated) {
		fm_error(fm, f[F_STATUS].value,
		    _("the registry lists %d as %s"), e->code,
		    e->reg->deprecated ? "deprecated" : "current");
		return -1;
	}
	if (e->deprecated && f[F_REPLACED].value == NULL) {
		fm_error(fm, f[F_STATUS].value,
		    _("a deprecated code needs 'replaced-by'"));
		return -1;
	}
	return 0;
}

/* Codes in a list must be registered. */
static int
entry_code_list(const struct content *c, struct fm *fm, yaml_node_t *n,
    int **out, size_t *count)
{
	size_t i;

	if (fm_int_list(fm, n, 100, 699, out, count) != 0)
		return -1;
	for (i = 0; i < *count; i++) {
		if (registry_find(c, (*out)[i]) == NULL) {
			fm_error(fm, n, _("code %d is not in the IANA registry"),
			    (*out)[i]);
			return -1;
		}
	}
	return 0;
}

/* The first reference must name the RFC that defines the code. */
static int
entry_refs(struct fm *fm, yaml_node_t *n, struct entry *e)
{
	size_t len;

	if (fm_string_list(fm, n, &e->refs, &e->nrefs) != 0)
		return -1;
	e->ref_urls = rfc_urls(e->refs, e->nrefs);
	len = strlen(e->reg->rfc);
	if (e->nrefs == 0 || strncmp(e->refs[0], e->reg->rfc, len) != 0 ||
	    (e->refs[0][len] >= '0' && e->refs[0][len] <= '9')) {
		fm_error(fm, n, _("the first reference must be %s"),
		    e->reg->rfc);
		return -1;
	}
	return 0;
}

static int
entry_optional(const struct content *c, struct fm *fm, struct fm_field *f,
    struct entry *e)
{
	int rc = 0;

	if (f[F_REPLACED].value != NULL && entry_code_list(c, fm,
	    f[F_REPLACED].value, &e->replaced_by, &e->nreplaced_by) != 0)
		rc = -1;
	if (e->nreplaced_by > 0)
		e->replacement = registry_find(c, e->replaced_by[0]);
	if (f[F_RELATED].value != NULL && entry_code_list(c, fm,
	    f[F_RELATED].value, &e->related, &e->nrelated) != 0)
		rc = -1;
	if (f[F_OLD].value != NULL && fm_string_list(fm, f[F_OLD].value,
	    &e->old_phrases, &e->nold_phrases) != 0)
		rc = -1;
	if (f[F_FACTS].value != NULL && facts_load(fm, f[F_FACTS].value,
	    &e->facts) != 0)
		rc = -1;
	return rc;
}

static int
entry_fill(const struct content *c, struct fm *fm, struct fm_field *f,
    struct entry *e)
{
	int rc = 0;

	if (entry_identity(c, fm, f, e) != 0)
		return -1;
	if (entry_status(fm, f, e) != 0)
		rc = -1;
	if (entry_refs(fm, f[F_REFS].value, e) != 0)
		rc = -1;
	if (entry_optional(c, fm, f, e) != 0)
		rc = -1;
	if (entry_unit(fm, f[F_SUMMARY].value, &e->summary) != 0 ||
	    entry_unit(fm, f[F_USE].value, &e->use) != 0)
		rc = -1;
	if (fm_date(fm, f[F_UPDATED].value, &e->updated) != 0)
		rc = -1;
	return rc;
}

struct entry *
entry_load(const struct content *c, const char *path, const char *text)
{
	struct entry *e = xcalloc(1, sizeof(*e));
	struct fm_field f[F__MAX];
	struct fm fm;
	int rc;

	e->path = xstrdup(path);
	e->source = digest_of(text, strlen(text));
	entry_fields(f);
	rc = fm_open(&fm, path, text, f, F__MAX);
	if (rc == 0)
		rc = entry_fill(c, &fm, f, e);
	if (fm.body != NULL) {
		e->body.text = xstrdup(fm.body);
		e->body.first_line = fm.body_line;
		if (body_check(path, &e->body, entry_section_keys,
		    SEC__MAX) != 0)
			rc = -1;
	}
	fm_close(&fm);
	if (rc != 0) {
		entry_free(e);
		return NULL;
	}
	return e;
}

void
entry_free(struct entry *e)
{
	if (e == NULL)
		return;
	free(e->path);
	free(e->ref);
	free(e->reason);
	free(e->replaced_by);
	strv_free(e->ref_urls, e->nrefs);
	strv_free(e->refs, e->nrefs);
	free(e->related);
	strv_free(e->old_phrases, e->nold_phrases);
	free(e->summary.text);
	free(e->use.text);
	free(e->updated);
	body_free(&e->body);
	facts_free(&e->facts);
	free(e->pairs);
	free(e);
}

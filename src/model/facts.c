/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* facts.c: reads and checks the facts field of a code entry. */
#include "system.h"

#include "model/facts.h"
#include "model/frontmatter.h"
#include "util/xalloc.h"

static const char *const key_names[FACT__N] = {
	"sent-by", "scope", "must-carry", "often-carries", "sdp", "next",
	"methods"
};
static const char *const role_names[ROLE__N] = {
	"uas", "proxy", "registrar", "redirect", "any"
};
static const char *const scope_names[SCOPE__N] = {
	"end-to-end", "hop-by-hop"
};
static const char *const sdp_names[SDP__N] = {
	"none", "early-media", "answer", "capabilities"
};
static const char *const next_names[NEXT__N] = {
	"wait", "done", "follow-contact", "retry-credentials", "retry-modified",
	"retry-later", "retry-elsewhere", "busy", "declined", "stop-branch",
	"stop-everywhere"
};
/* The methods of RFC 3261 and of the extensions whose codes are
 * registered (RFC 3262, 3265/6665, 3311, 3428, 3515, 3903, 6086). */
static const char *const method_names[] = {
	"ACK", "BYE", "CANCEL", "INFO", "INVITE", "MESSAGE", "NOTIFY",
	"OPTIONS", "PRACK", "PUBLISH", "REFER", "REGISTER", "SUBSCRIBE",
	"UPDATE", NULL
};

const char *
facts_key_name(enum fact_key k)
{
	return key_names[k];
}

const char *
facts_name(enum fact_key k, int v)
{
	switch (k) {
	case FACT_SENT_BY:
		return role_names[v];
	case FACT_SCOPE:
		return scope_names[v];
	case FACT_SDP:
		return sdp_names[v];
	case FACT_NEXT:
		return next_names[v];
	default:
		return NULL;
	}
}

/* The index of scalar N's value in NAMES[0..n), or -1. */
static int
facts_word(const yaml_node_t *n, const char *const *names, int count)
{
	int i;

	if (n->type != YAML_SCALAR_NODE)
		return -1;
	for (i = 0; i < count; i++)
		if (strlen(names[i]) == n->data.scalar.length &&
		    memcmp(names[i], n->data.scalar.value,
		    n->data.scalar.length) == 0)
			return i;
	return -1;
}

/* "a, b or c": the words a value may be, for a diagnostic. */
static char *
facts_choices(const char *const *names, int count)
{
	char *s = xstrdup(""), *t;
	int i;

	for (i = 0; i < count; i++) {
		t = xasprintf("%s%s'%s'", s, i == 0 ? "" : i == count - 1 ?
		    _(" or ") : ", ", names[i]);
		free(s);
		s = t;
	}
	return s;
}

static int
facts_one(struct fm *fm, yaml_node_t *n, enum fact_key k,
    const char *const *names, int count, int *out)
{
	char *choices;

	if ((*out = facts_word(n, names, count)) >= 0)
		return 0;
	choices = facts_choices(names, count);
	fm_error(fm, n, _("'%s' must be %s"), key_names[k], choices);
	free(choices);
	return -1;
}

static int
facts_seq(struct fm *fm, yaml_node_t *n, enum fact_key k)
{
	if (n->type == YAML_SEQUENCE_NODE)
		return 0;
	fm_error(fm, n, _("'%s' must be a list"), key_names[k]);
	return -1;
}

static int
facts_roles(struct fm *fm, yaml_node_t *n, struct facts *f)
{
	yaml_node_item_t *it;
	int r, rc = 0;

	if (facts_seq(fm, n, FACT_SENT_BY) != 0)
		return -1;
	for (it = n->data.sequence.items.start;
	    it < n->data.sequence.items.top; it++) {
		yaml_node_t *v = yaml_document_get_node(&fm->doc, *it);

		if (facts_one(fm, v, FACT_SENT_BY, role_names, ROLE__N,
		    &r) != 0) {
			rc = -1;
			continue;
		}
		if (f->sent_by & (1u << r)) {
			fm_error(fm, v, _("'%s' is given twice"), role_names[r]);
			rc = -1;
		}
		f->sent_by |= 1u << r;
	}
	if (rc == 0 && f->sent_by == 0) {
		fm_error(fm, n, _("'%s' needs at least one value"),
		    key_names[FACT_SENT_BY]);
		rc = -1;
	}
	if (rc == 0 && (f->sent_by & ROLE_ANY) && f->sent_by != ROLE_ANY) {
		fm_error(fm, n, _("'any' stands alone: it includes every "
		    "other sender"));
		rc = -1;
	}
	return rc;
}

static int
facts_next(struct fm *fm, yaml_node_t *n, struct facts *f)
{
	yaml_node_item_t *it;
	int v, rc = 0;

	if (facts_seq(fm, n, FACT_NEXT) != 0)
		return -1;
	for (it = n->data.sequence.items.start;
	    it < n->data.sequence.items.top; it++) {
		yaml_node_t *item = yaml_document_get_node(&fm->doc, *it);

		if (facts_one(fm, item, FACT_NEXT, next_names, NEXT__N,
		    &v) != 0) {
			rc = -1;
			continue;
		}
		if (f->nnext == 2) {
			fm_error(fm, item, _("'%s' has one or two values, the "
			    "most typical first"), key_names[FACT_NEXT]);
			return -1;
		}
		if (f->nnext == 1 && f->next[0] == v) {
			fm_error(fm, item, _("'%s' is given twice"),
			    next_names[v]);
			return -1;
		}
		f->next[f->nnext++] = v;
	}
	if (rc == 0 && f->nnext == 0) {
		fm_error(fm, n, _("'%s' needs at least one value"),
		    key_names[FACT_NEXT]);
		rc = -1;
	}
	return rc;
}

/* A header field name as RFC 3261 §25.1 spells a token, starting with a
 * capital letter as the registered names do: "Retry-After". */
static int
facts_header_ok(const char *s)
{
	if (*s < 'A' || *s > 'Z')
		return 0;
	for (; *s != '\0'; s++)
		if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
		    (*s >= '0' && *s <= '9') || *s == '-'))
			return 0;
	return 1;
}

static int
facts_method_ok(const char *s)
{
	size_t i;

	for (i = 0; method_names[i] != NULL; i++)
		if (strcmp(s, method_names[i]) == 0)
			return 1;
	return 0;
}

/* A list of names, each checked by OK, none twice. */
static int
facts_names(struct fm *fm, yaml_node_t *n, enum fact_key k,
    int (*ok)(const char *), const char *what, char ***out, size_t *count)
{
	yaml_node_item_t *it;
	size_t i = 0, j;
	int rc = 0;

	if (facts_seq(fm, n, k) != 0)
		return -1;
	if (fm_string_list(fm, n, out, count) != 0)
		return -1;
	for (it = n->data.sequence.items.start;
	    it < n->data.sequence.items.top; it++, i++) {
		yaml_node_t *v = yaml_document_get_node(&fm->doc, *it);

		if (!ok((*out)[i])) {
			fm_error(fm, v, what, (*out)[i]);
			rc = -1;
		}
		for (j = 0; j < i; j++)
			if (strcmp((*out)[j], (*out)[i]) == 0) {
				fm_error(fm, v, _("'%s' is given twice"),
				    (*out)[i]);
				rc = -1;
			}
	}
	return rc;
}

/* The sources: a mapping with a non-empty text for every key. */
static int
facts_sources(struct fm *fm, yaml_node_t *n, yaml_node_t *field,
    struct facts *f)
{
	yaml_node_pair_t *p;
	int k, rc = 0;

	if (n == NULL || n->type != YAML_MAPPING_NODE) {
		fm_error(fm, n != NULL ? n : field, _("'sources' must map "
		    "every fact to where its value comes from"));
		return -1;
	}
	for (p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top;
	    p++) {
		yaml_node_t *key = yaml_document_get_node(&fm->doc, p->key);
		yaml_node_t *v = yaml_document_get_node(&fm->doc, p->value);

		if ((k = facts_word(key, key_names, FACT__N)) < 0) {
			fm_error(fm, key, _("'sources' names an unknown "
			    "fact"));
			rc = -1;
		} else if (f->source[k] != NULL) {
			fm_error(fm, key, _("the source of '%s' is given "
			    "twice"), key_names[k]);
			rc = -1;
		} else if (fm_string(fm, v, &f->source[k]) != 0)
			rc = -1;
	}
	for (k = 0; k < FACT__N; k++)
		if (rc == 0 && f->source[k] == NULL) {
			fm_error(fm, n, _("'sources' gives no source for "
			    "'%s'"), key_names[k]);
			rc = -1;
		}
	return rc;
}

/* Every key of the field, and "sources", once each. */
static int
facts_fields(struct fm *fm, yaml_node_t *n, yaml_node_t *v[FACT__N + 1])
{
	yaml_node_pair_t *p;
	int k, rc = 0;

	for (p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top;
	    p++) {
		yaml_node_t *key = yaml_document_get_node(&fm->doc, p->key);

		k = facts_word(key, key_names, FACT__N);
		if (k < 0 && key->type == YAML_SCALAR_NODE &&
		    strcmp((const char *)key->data.scalar.value,
		    "sources") == 0)
			k = FACT__N;
		if (k < 0) {
			fm_error(fm, key, _("unknown fact; the facts are "
			    "sent-by, scope, must-carry, often-carries, sdp, "
			    "next, methods and their sources"));
			rc = -1;
		} else if (v[k] != NULL) {
			fm_error(fm, key, _("fact given twice"));
			rc = -1;
		} else
			v[k] = yaml_document_get_node(&fm->doc, p->value);
	}
	for (k = 0; k < FACT__N; k++)
		if (rc == 0 && v[k] == NULL) {
			fm_error(fm, n, _("missing fact '%s'"), key_names[k]);
			rc = -1;
		}
	return rc;
}

int
facts_load(struct fm *fm, yaml_node_t *n, struct facts *f)
{
	yaml_node_t *v[FACT__N + 1] = {0};
	int rc = 0;

	memset(f, 0, sizeof(*f));
	if (n->type != YAML_MAPPING_NODE) {
		fm_error(fm, n, _("'facts' must be a mapping of facts"));
		return -1;
	}
	if (facts_fields(fm, n, v) != 0)
		return -1;
	f->present = 1;
	rc |= facts_roles(fm, v[FACT_SENT_BY], f);
	rc |= facts_one(fm, v[FACT_SCOPE], FACT_SCOPE, scope_names, SCOPE__N,
	    &f->scope);
	rc |= facts_names(fm, v[FACT_MUST_CARRY], FACT_MUST_CARRY,
	    facts_header_ok, _("'%s' is not a header field name"), &f->must,
	    &f->nmust);
	rc |= facts_names(fm, v[FACT_OFTEN_CARRIES], FACT_OFTEN_CARRIES,
	    facts_header_ok, _("'%s' is not a header field name"), &f->often,
	    &f->noften);
	rc |= facts_one(fm, v[FACT_SDP], FACT_SDP, sdp_names, SDP__N, &f->sdp);
	rc |= facts_next(fm, v[FACT_NEXT], f);
	rc |= facts_names(fm, v[FACT_METHODS], FACT_METHODS, facts_method_ok,
	    _("'%s' is not a SIP method"), &f->methods, &f->nmethods);
	rc |= facts_sources(fm, v[FACT__N], n, f);
	return rc != 0 ? -1 : 0;
}

void
facts_free(struct facts *f)
{
	int k;

	strv_free(f->must, f->nmust);
	strv_free(f->often, f->noften);
	strv_free(f->methods, f->nmethods);
	for (k = 0; k < FACT__N; k++)
		free(f->source[k]);
	memset(f, 0, sizeof(*f));
}

/* The same names, in any order. */
static int
facts_same_set(char **a, size_t na, char **b, size_t nb)
{
	size_t i, j;

	if (na != nb)
		return 0;
	for (i = 0; i < na; i++) {
		for (j = 0; j < nb && strcmp(a[i], b[j]) != 0; j++)
			;
		if (j == nb)
			return 0;
	}
	return 1;
}

int
facts_same(const struct facts *a, const struct facts *b, enum fact_key k)
{
	switch (k) {
	case FACT_SENT_BY:
		return a->sent_by == b->sent_by;
	case FACT_SCOPE:
		return a->scope == b->scope;
	case FACT_MUST_CARRY:
		return facts_same_set(a->must, a->nmust, b->must, b->nmust);
	case FACT_OFTEN_CARRIES:
		return facts_same_set(a->often, a->noften, b->often,
		    b->noften);
	case FACT_SDP:
		return a->sdp == b->sdp;
	case FACT_NEXT:
		return a->nnext == b->nnext && a->next[0] == b->next[0] &&
		    (a->nnext < 2 || a->next[1] == b->next[1]);
	case FACT_METHODS:
		return facts_same_set(a->methods, a->nmethods, b->methods,
		    b->nmethods);
	default:
		return 1;
	}
}

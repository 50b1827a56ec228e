/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* json.c: the JSON data as a format: what it plans in each language, the
 * digest of each file, and each code as a JSON object (number, reason
 * phrase, class, status, what replaces it, references with their URLs,
 * summary and use in the language, its page and translation state). */
#include "system.h"

#include "build/options.h"
#include "build/project.h"
#include "compose/sheet.h"
#include "format/json/json.h"
#include "format/json/jsonw.h"
#include "format/prepared.h"
#include "l10n/langs.h"
#include "util/buf.h"
#include "util/escape.h"
#include "util/fmt.h"
#include "util/xalloc.h"

enum json_kind { JK_ALL, JK_CODE };

static const char *const state_names[US__MAX] = {
	[US_SOURCE] = "source", [US_TRANSLATED] = "translated",
	[US_FUZZY] = "fuzzy", [US_MISSING] = "missing",
};

static void
dg_start(struct hasher *h, const struct project *p, size_t l, int kind)
{
	hasher_init(h);
	hasher_str(h, "json");
	hasher_int(h, kind);
	hasher_digest(h, &p->in.global);
	hasher_digest(h, &p->in.ui[l]);
}

static void
json_plan(const struct project *p, void *data, size_t l, struct planner *pl)
{
	struct output out = { .lang = l };
	const char *lc;
	struct hasher h;
	size_t i;

	(void)data;
	if (l == LANG_NONE)
		return;
	lc = p->langs[l].code;
	dg_start(&h, p, l, JK_ALL);
	inputs_all(&h, p, l);
	out.in = hasher_end(&h);
	out.kind = JK_ALL;
	fmt_snprintf(out.path, sizeof(out.path), "html/%s/data/codes.json", lc);
	planner_add(pl, &out);
	for (i = 0; i < p->c->nentries; i++) {
		dg_start(&h, p, l, JK_CODE);
		inputs_entry(&h, p, l, i);
		out.in = hasher_end(&h);
		out.kind = JK_CODE;
		out.a = i;
		fmt_snprintf(out.path, sizeof(out.path), "html/%s/data/%d.json",
		    lc, p->c->entries[i]->code);
		planner_add(pl, &out);
	}
}

/* A sentence of the entry in the language: its plain text and its inline
 * Markdown, the language it is shown in and its translation state. */
static void
json_text(struct jsonw *w, const char *key, const char *text,
    const char *markdown, enum unit_state st, const struct lang *l)
{
	jw_open(w, key, '{');
	jw_str(w, "text", text);
	jw_str(w, "markdown", markdown);
	jw_str(w, "lang", unit_english(st, l) ? "en" : l->code);
	jw_str(w, "state", state_names[st]);
	jw_close(w, '}');
}

static void
json_refs(struct jsonw *w, const struct entry *e)
{
	size_t i;

	jw_open(w, "references", '[');
	for (i = 0; i < e->nrefs; i++) {
		jw_open(w, NULL, '{');
		jw_str(w, "text", e->refs[i]);
		jw_str(w, "url", e->ref_urls[i]);
		jw_close(w, '}');
	}
	jw_close(w, ']');
}

/* The codes it is often confused with, each with the sheet of the two. */
static void
json_pairs(struct jsonw *w, const struct entry *e, const char *lc)
{
	char path[64];
	size_t i;

	jw_open(w, "confused_with", '[');
	for (i = 0; i < e->npairs; i++) {
		const struct pair *n = e->pairs[i];

		if (n->entry[0] == NULL || n->entry[1] == NULL)
			continue;
		jw_open(w, NULL, '{');
		jw_int(w, "code", n->code[0] == e->code ? n->code[1] :
		    n->code[0]);
		fmt_snprintf(path, sizeof(path), "%s/%d-vs-%d.html", lc,
		    n->code[0], n->code[1]);
		jw_str(w, "path", path);
		jw_close(w, '}');
	}
	jw_close(w, ']');
}

static void
json_codes(struct jsonw *w, const char *key, const int *v, size_t n)
{
	size_t i;

	jw_open_line(w, key, '[');
	for (i = 0; i < n; i++)
		jw_int(w, NULL, v[i]);
	jw_close(w, ']');
}

static void
json_translation(struct jsonw *w, const struct project *p, size_t l,
    size_t ei)
{
	int pct = project_entry_percent(p, l, ei);

	jw_open(w, "translation", '{');
	jw_int(w, "percent", pct);
	jw_bool(w, "complete", pct == 100);
	jw_close(w, '}');
}

static void
json_names(struct jsonw *w, const char *key, char *const *v, size_t n)
{
	size_t i;

	jw_open_line(w, key, '[');
	for (i = 0; i < n; i++)
		jw_str(w, NULL, v[i]);
	jw_close(w, ']');
}

/* The facts, in the words of the front matter (content/AUTHORING.md),
 * keys with underscores; each with its source. */
static void
json_facts(struct jsonw *w, const struct facts *f)
{
	static const char *const keys[FACT__N] = { "sent_by", "scope",
	    "must_carry", "often_carries", "sdp", "next", "methods" };
	size_t i;
	int k;

	if (!f->present)
		return;
	jw_open(w, "facts", '{');
	jw_open_line(w, keys[FACT_SENT_BY], '[');
	for (k = 0; k < ROLE__N; k++)
		if (f->sent_by & (1u << k))
			jw_str(w, NULL, facts_name(FACT_SENT_BY, k));
	jw_close(w, ']');
	jw_str(w, keys[FACT_SCOPE], facts_name(FACT_SCOPE, f->scope));
	json_names(w, keys[FACT_MUST_CARRY], f->must, f->nmust);
	json_names(w, keys[FACT_OFTEN_CARRIES], f->often, f->noften);
	jw_str(w, keys[FACT_SDP], facts_name(FACT_SDP, f->sdp));
	jw_open_line(w, keys[FACT_NEXT], '[');
	for (i = 0; i < f->nnext; i++)
		jw_str(w, NULL, facts_name(FACT_NEXT, f->next[i]));
	jw_close(w, ']');
	json_names(w, keys[FACT_METHODS], f->methods, f->nmethods);
	jw_open(w, "sources", '{');
	for (k = 0; k < FACT__N; k++)
		jw_str(w, keys[k], f->source[k]);
	jw_close(w, '}');
	jw_close(w, '}');
}

static void
json_code(struct jsonw *w, const struct project *p, struct prepared *pr,
    size_t l, size_t ei)
{
	const struct entry *e = p->c->entries[ei];
	const struct pentry *pe = prepared_text(pr, ei);
	const struct lang *lg = &p->langs[l];
	char *path = xasprintf("%s/%d.html", lg->code, e->code);
	char *url = xasprintf("%s%s", p->o->base_url, path);
	size_t i;

	jw_open(w, NULL, '{');
	jw_int(w, "code", e->code);
	jw_str(w, "reason", e->reason);
	jw_int(w, "class", code_class(e->code));
	jw_str(w, "class_name", e->reg->klass);
	jw_str(w, "class_label", class_label(e->code));
	jw_str(w, "status", e->deprecated ? "deprecated" : "current");
	json_codes(w, "replaced_by", e->replaced_by, e->nreplaced_by);
	jw_open_line(w, "old_reasons", '[');
	for (i = 0; i < e->nold_phrases; i++)
		jw_str(w, NULL, e->old_phrases[i]);
	jw_close(w, ']');
	json_refs(w, e);
	json_text(w, "summary", pe->summary_plain, pe->summary, pe->summary_state,
	    lg);
	json_text(w, "use", pe->use_plain, pe->use, pe->use_state, lg);
	json_facts(w, &e->facts);
	json_codes(w, "related", e->related, e->nrelated);
	json_pairs(w, e, lg->code);
	jw_str(w, "lang", lg->code);
	jw_str(w, "path", path);
	jw_str(w, "url", url);
	json_translation(w, p, l, ei);
	jw_close(w, '}');
	free(path);
	free(url);
}

static void
json_all(const struct project *p, struct prepared *pr, size_t l,
    struct sink *sink)
{
	const struct lang *lg = &p->langs[l];
	struct jsonw w;
	size_t i;

	jw_init(&w, &sink->b);
	jw_flat_from(&w, 4);
	jw_open(&w, NULL, '{');
	jw_str(&w, "lang", lg->code);
	jw_str(&w, "language", lg->name);
	jw_str(&w, "direction", lg->rtl ? "rtl" : "ltr");
	jw_open(&w, "codes", '[');
	for (i = 0; i < p->c->nentries; i++) {
		json_code(&w, p, pr, l, i);
		sink_spill(sink);
	}
	jw_close(&w, ']');
	jw_close(&w, '}');
	jw_end(&w);
}

/* Only the summary and use sentences are needed: no Markdown is
 * rendered (prepared_text()). */
static void *
json_begin(const struct project *p, void *data, size_t l)
{
	(void)data;
	return prepared_new(p, l, NULL, NULL, NULL, NULL);
}

static void
json_end(void *state, struct sink *sink)
{
	(void)sink;
	prepared_free(state);
}

static int
json_render(const struct project *p, void *data, void *state,
    const struct output *out, struct sink *sink)
{
	struct jsonw w;

	(void)data;
	if (out->kind == JK_ALL) {
		json_all(p, state, out->lang, sink);
		return 0;
	}
	jw_init(&w, &sink->b);
	jw_flat_from(&w, 3);
	json_code(&w, p, state, out->lang, out->a);
	jw_end(&w);
	return 0;
}

const struct format format_json = {
	"json", NULL, NULL, json_plan, json_begin, json_render, json_end, NULL,
};

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* status.c: the state of every content unit in each catalog, per entry and
 * pair note as the project loader counted them, printed as text or JSON,
 * and which languages get no man pages or handbook. */
#include "system.h"

#include "build/options.h"
#include "build/project.h"
#include "cmd/status.h"
#include "format/roff/groff.h"
#include "l10n/langs.h"
#include "util/diag.h"
#include "util/fmt.h"
#include "util/xalloc.h"

struct tally {
	char	owner[16];
	int	n[US__MAX];
};

struct count {
	struct tally	*items;		/* per entry or pair, in order */
	size_t		 nitems;
	struct tally	 total;
};

static void
count_add(struct count *c, const char *owner, const struct tstate *ts)
{
	struct tally *t;
	int k;

	c->items = xreallocarray(c->items, c->nitems + 1, sizeof(*c->items));
	t = &c->items[c->nitems++];
	memset(t, 0, sizeof(*t));
	fmt_snprintf(t->owner, sizeof(t->owner), "%s", owner);
	for (k = 0; k < US__MAX; k++) {
		t->n[k] = ts->n[k];
		c->total.n[k] += ts->n[k];
	}
}

/* Language L's tally: each entry, then each pair note. */
static void
count_language(struct count *c, const struct project *p, size_t l)
{
	char owner[16];
	size_t i;

	for (i = 0; i < p->c->nentries; i++) {
		fmt_snprintf(owner, sizeof(owner), "%d",
		    p->c->entries[i]->code);
		count_add(c, owner, project_estate(p, l, i));
	}
	for (i = 0; i < p->c->npairs; i++) {
		fmt_snprintf(owner, sizeof(owner), "%d-%d",
		    p->c->pairs[i]->code[0], p->c->pairs[i]->code[1]);
		count_add(c, owner, project_pstate(p, l, i));
	}
}

static double
tally_percent(const struct tally *t)
{
	int all = t->n[US_TRANSLATED] + t->n[US_FUZZY] + t->n[US_MISSING];

	return all == 0 ? 100.0 : 100.0 * t->n[US_TRANSLATED] / all;
}

static void
status_text(const struct lang *l, const struct count *c)
{
	const char *lang = l->code;
	char text[512];
	size_t i;

	printf("%-5s %-9s %10s %6s %8s %8s\n", "lang", "entry", "translated",
	    "fuzzy", "missing", "percent");
	for (i = 0; i < c->nitems; i++) {
		const struct tally *t = &c->items[i];

		printf("%-5s %-9s %10d %6d %8d %7.1f%%\n", lang, t->owner,
		    t->n[US_TRANSLATED], t->n[US_FUZZY], t->n[US_MISSING],
		    tally_percent(t));
	}
	printf("%-5s %-9s %10d %6d %8d %7.1f%%\n", lang, "total",
	    c->total.n[US_TRANSLATED], c->total.n[US_FUZZY],
	    c->total.n[US_MISSING], tally_percent(&c->total));
	if (!groff_sets(l))
		printf("%-5s %s\n", lang, groff_unset_text(l, text,
		    sizeof(text)));
}

static void
status_json_tally(const struct tally *t)
{
	printf("\"translated\": %d, \"fuzzy\": %d, \"missing\": %d, "
	    "\"percent\": %.1f", t->n[US_TRANSLATED], t->n[US_FUZZY],
	    t->n[US_MISSING], tally_percent(t));
}

static void
status_json(const struct lang *l, const struct count *c, int first)
{
	size_t i;

	printf("%s\n    {\"lang\": \"%s\", ", first ? "" : ",", l->code);
	status_json_tally(&c->total);
	printf(",\n     \"entries\": [");
	for (i = 0; i < c->nitems; i++) {
		printf("%s\n       {\"entry\": \"%s\", ", i > 0 ? "," : "",
		    c->items[i].owner);
		status_json_tally(&c->items[i]);
		putchar('}');
	}
	printf("],\n     \"direction\": \"%s\", \"man_pages\": %s, "
	    "\"handbook\": %s}", l->rtl ? "rtl" : "ltr",
	    groff_sets(l) ? "true" : "false", groff_sets(l) ? "true" : "false");
}

static int
status_language(const struct status_opts *o, const struct project *p,
    size_t li, int first)
{
	const struct lang *l = &p->langs[li];
	struct count c;
	int rc = 0;

	memset(&c, 0, sizeof(c));
	count_language(&c, p, li);
	if (o->json)
		status_json(l, &c, first);
	else
		status_text(l, &c);
	if (o->fail_under >= 0 && tally_percent(&c.total) < o->fail_under) {
		diag(DIAG_ERROR, l->cat->path, 0, 0, _("%s is %.1f%% "
		    "translated, under the required %d%%"), l->code,
		    tally_percent(&c.total), o->fail_under);
		rc = -1;
	}
	free(c.items);
	return rc;
}

int
status_run(const struct options *opts, const struct status_opts *o)
{
	struct project p;
	size_t i;
	int rc = 0, first = 1;

	if (project_load(&p, opts, NEED_CATALOGS, NULL, 0) != 0) {
		project_free(&p);
		return -1;
	}
	if (o->json)
		printf("{\"languages\": [");
	for (i = 0; i < p.nlangs; i++) {
		if (p.langs[i].cat == NULL)
			continue;	/* English is the source */
		if (status_language(o, &p, i, first) != 0)
			rc = -1;
		first = 0;
	}
	if (o->json)
		printf("\n]}\n");
	project_free(&p);
	return rc;
}

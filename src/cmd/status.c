/* status.c: counts the state of every content unit in each catalog (read
 * with libgettextpo) and prints it as text or JSON. */
#include "system.h"

#include "l10n/catalog.h"
#include "util/diag.h"
#include "l10n/langs.h"
#include "model/model.h"
#include "build/prep.h"
#include "cmd/status.h"
#include "l10n/units.h"
#include "util/xalloc.h"

struct tally {
	char	owner[16];
	int	n[US__MAX];
};

struct count {
	const struct catalog *cat;
	struct tally	*items;		/* per entry or pair, in order */
	size_t		 nitems;
	struct tally	 total;
};

static void
status_unit(const struct unit_info *u, void *arg)
{
	struct count *c = arg;
	enum unit_state st;
	struct tally *t;

	catalog_text(c->cat, u->text, 0, &st);
	if (c->nitems == 0 || strcmp(c->items[c->nitems - 1].owner,
	    u->owner) != 0) {
		c->items = xreallocarray(c->items, c->nitems + 1,
		    sizeof(*c->items));
		t = &c->items[c->nitems++];
		memset(t, 0, sizeof(*t));
		snprintf(t->owner, sizeof(t->owner), "%s", u->owner);
	}
	c->items[c->nitems - 1].n[st]++;
	c->total.n[st]++;
}

static double
tally_percent(const struct tally *t)
{
	int all = t->n[US_TRANSLATED] + t->n[US_FUZZY] + t->n[US_MISSING];

	return all == 0 ? 100.0 : 100.0 * t->n[US_TRANSLATED] / all;
}

static void
status_text(const char *lang, const struct count *c)
{
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
}

static void
status_json_tally(const struct tally *t)
{
	printf("\"translated\": %d, \"fuzzy\": %d, \"missing\": %d, "
	    "\"percent\": %.1f", t->n[US_TRANSLATED], t->n[US_FUZZY],
	    t->n[US_MISSING], tally_percent(t));
}

static void
status_json(const char *lang, const struct count *c, int first)
{
	size_t i;

	printf("%s\n    {\"lang\": \"%s\", ", first ? "" : ",", lang);
	status_json_tally(&c->total);
	printf(",\n     \"entries\": [");
	for (i = 0; i < c->nitems; i++) {
		printf("%s\n       {\"entry\": \"%s\", ", i > 0 ? "," : "",
		    c->items[i].owner);
		status_json_tally(&c->items[i]);
		putchar('}');
	}
	printf("]}");
}

static int
status_language(const struct status_opts *o, const struct content *ct,
    const struct lang *l, int first)
{
	struct count c;
	int rc = 0;

	memset(&c, 0, sizeof(c));
	c.cat = l->cat;
	units_foreach(ct, status_unit, &c);
	if (o->json)
		status_json(l->code, &c, first);
	else
		status_text(l->code, &c);
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
status_run(const struct status_opts *o)
{
	struct content *ct = content_load(o->content);
	struct lang *langs = NULL;
	size_t n = 0, i;
	int rc = 0, first = 1;

	if (ct == NULL || langs_load(o->content, o->langs, 0, 0, &langs,
	    &n) != 0) {
		content_free(ct);
		langs_free(langs, n);
		return -1;
	}
	if (o->json)
		printf("{\"languages\": [");
	for (i = 0; i < n; i++) {
		if (langs[i].cat == NULL)
			continue;	/* English is the source */
		if (status_language(o, ct, &langs[i], first) != 0)
			rc = -1;
		first = 0;
	}
	if (o->json)
		printf("\n]}\n");
	langs_free(langs, n);
	content_free(ct);
	return rc;
}

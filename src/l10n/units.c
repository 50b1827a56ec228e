/* units.c: walks every translation unit of the content. */
#include "system.h"

#include "model/body.h"
#include "model/model.h"
#include "l10n/units.h"
#include "util/xalloc.h"

/* Every paragraph and heading of a body's sections. */
static void
units_body(const struct body *b, const char *const *keys, size_t nkeys,
    struct unit_info *u, const char *title, unit_fn fn, void *arg)
{
	cmark_node *doc = body_parse(b), *secs[BODY_MAX_SECTIONS];
	size_t i;

	body_split(NULL, b, doc, keys, nkeys, secs);
	cmark_node_free(doc);
	for (i = 0; i < nkeys; i++) {
		cmark_iter *it = cmark_iter_new(secs[i]);
		cmark_event_type ev;
		char *comment = xasprintf("%s: %s", title, keys[i]);

		while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
			cmark_node *n = cmark_iter_get_node(it);
			cmark_node_type t = cmark_node_get_type(n);
			char *text;

			if (ev != CMARK_EVENT_ENTER || (t !=
			    CMARK_NODE_PARAGRAPH && t != CMARK_NODE_HEADING))
				continue;
			text = body_unit_text(b, n);
			u->text = text;
			u->line = body_line(b, n);
			u->comment = comment;
			fn(u, arg);
			free(text);
		}
		cmark_iter_free(it);
		free(comment);
		cmark_node_free(secs[i]);
	}
}

static void
units_entry(const struct entry *e, unit_fn fn, void *arg)
{
	char owner[8];
	char *title = xasprintf("%d %s", e->code, e->reason);
	char *cm = xasprintf("%s: summary (one sentence)", title);
	struct unit_info u = { owner, e->ref, e->summary.line,
	    e->summary.text, cm };

	snprintf(owner, sizeof(owner), "%d", e->code);
	fn(&u, arg);
	free(cm);
	cm = xasprintf("%s: when to send it (one sentence)", title);
	u.line = e->use.line;
	u.text = e->use.text;
	u.comment = cm;
	fn(&u, arg);
	free(cm);
	units_body(&e->body, entry_section_keys, SEC__MAX, &u, title, fn, arg);
	free(title);
}

void
units_foreach(const struct content *c, unit_fn fn, void *arg)
{
	size_t i;

	for (i = 0; i < c->nentries; i++)
		units_entry(c->entries[i], fn, arg);
	for (i = 0; i < c->npairs; i++) {
		const struct pair *p = c->pairs[i];
		char owner[16];
		char *title = xasprintf("%d vs %d", p->code[0], p->code[1]);
		struct unit_info u = { owner, p->ref, 0, NULL, NULL };

		snprintf(owner, sizeof(owner), "%d-%d", p->code[0], p->code[1]);
		units_body(&p->body, pair_section_keys, PSEC__MAX, &u, title,
		    fn, arg);
		free(title);
	}
}

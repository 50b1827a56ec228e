/* extract.c: writes the content POT with libgettextpo. */
#include "system.h"

#include <gettext-po.h>
#include <unistd.h>

#include "body.h"
#include "diag.h"
#include "extract.h"
#include "model.h"
#include "outset.h"
#include "textio.h"
#include "xalloc.h"

/* Messages in source order; a msgid seen again only gains a reference. */
struct pot {
	po_file_t		 file;
	po_message_iterator_t	 it;
	char			**ids;
	po_message_t		*msgs;
	size_t			 n;
};

static void
pot_error(int severity, po_message_t m, const char *file, size_t line,
    size_t col, int ml, const char *text)
{
	(void)m, (void)line, (void)col, (void)ml;
	diag(DIAG_ERROR, file, 0, 0, "%s", text);
	if (severity == PO_SEVERITY_FATAL_ERROR)
		exit(EXIT_FAILURE);
}

static void
pot_error2(int severity, po_message_t m1, const char *f1, size_t l1,
    size_t c1, int ml1, const char *t1, po_message_t m2, const char *f2,
    size_t l2, size_t c2, int ml2, const char *t2)
{
	(void)m2, (void)f2, (void)l2, (void)c2, (void)ml2, (void)t2;
	pot_error(severity, m1, f1, l1, c1, ml1, t1);
}

static const struct po_xerror_handler pot_handler = { pot_error, pot_error2 };

static void
pot_add(struct pot *p, const char *msgid, const char *ref, int line,
    const char *comment)
{
	po_message_t m = NULL;
	size_t i;

	for (i = 0; i < p->n; i++)
		if (strcmp(p->ids[i], msgid) == 0)
			m = p->msgs[i];
	if (m == NULL) {
		m = po_message_create();
		po_message_set_msgid(m, msgid);
		po_message_set_msgstr(m, "");
		po_message_set_extracted_comments(m, comment);
		po_message_insert(p->it, m);
		p->ids = xreallocarray(p->ids, p->n + 1, sizeof(char *));
		p->msgs = xreallocarray(p->msgs, p->n + 1, sizeof(*p->msgs));
		p->ids[p->n] = xstrdup(msgid);
		p->msgs[p->n++] = m;
	}
	po_message_add_filepos(m, ref, (size_t)line);
}

/* Adds every paragraph and heading of a body's sections. */
static void
pot_body(struct pot *p, const struct body *b, const char *const *keys,
    size_t nkeys, const char *ref, const char *title)
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
			pot_add(p, text, ref, body_line(b, n), comment);
			free(text);
		}
		cmark_iter_free(it);
		free(comment);
		cmark_node_free(secs[i]);
	}
}

static void
pot_entries(struct pot *p, const struct content *c)
{
	size_t i;

	for (i = 0; i < c->nentries; i++) {
		const struct entry *e = c->entries[i];
		const char *ref = e->ref;
		char *title = xasprintf("%d %s", e->code, e->reason);
		char *cm;

		cm = xasprintf("%s: summary (one sentence)", title);
		pot_add(p, e->summary.text, ref, e->summary.line, cm);
		free(cm);
		cm = xasprintf("%s: when to send it (one sentence)", title);
		pot_add(p, e->use.text, ref, e->use.line, cm);
		free(cm);
		pot_body(p, &e->body, entry_section_keys, SEC__MAX, ref, title);
		free(title);
	}
	for (i = 0; i < c->npairs; i++) {
		const struct pair *pr = c->pairs[i];
		const char *ref = pr->ref;
		char *title = xasprintf("%d vs %d", pr->code[0], pr->code[1]);

		pot_body(p, &pr->body, pair_section_keys, PSEC__MAX, ref,
		    title);
		free(title);
	}
}

static const char pot_header[] =
	"Project-Id-Version: sipdoc-content\n"
	"Report-Msgid-Bugs-To: " PACKAGE_BUGREPORT "\n"
	"MIME-Version: 1.0\n"
	"Content-Type: text/plain; charset=UTF-8\n"
	"Content-Transfer-Encoding: 8bit\n";

int
extract_pot(const struct content *c, const char *path)
{
	struct pot p = {0};
	po_message_t h = po_message_create();
	char *tmp = xasprintf("%s.tmp%ld", path, (long)getpid());
	char *data;
	size_t n, i;
	int rc = -1;

	p.file = po_file_create();
	p.it = po_message_iterator(p.file, NULL);
	po_message_set_msgid(h, "");
	po_message_set_msgstr(h, pot_header);
	po_message_insert(p.it, h);
	pot_entries(&p, c);
	po_message_iterator_free(p.it);
	if (po_file_write(p.file, tmp, &pot_handler) != NULL &&
	    (data = file_slurp(tmp, &n)) != NULL) {
		rc = file_update(path, data, n) < 0 ? -1 : 0;
		free(data);
	}
	unlink(tmp);
	po_file_free(p.file);
	for (i = 0; i < p.n; i++)
		free(p.ids[i]);
	free(p.ids);
	free(p.msgs);
	free(tmp);
	return rc;
}

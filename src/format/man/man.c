/* man.c: man pages, section 7: sip-NNN per code and sip-AAA-vs-BBB per
 * curated pair, in every language (OUT/man/man7, OUT/man/LANG/man7). */
#include "system.h"

#include "model/body.h"
#include "util/buf.h"
#include "util/escape.h"
#include "l10n/i18n.h"
#include "format/roff/mdroff.h"
#include "compose/notice.h"
#include "format/man/manutil.h"
#include "format/man/manindex.h"
#include "build/outset.h"
#include "compose/sheet.h"
#include "build/site.h"
#include "util/xalloc.h"

/* Section headings of man pages are upper case by convention. */
static const char *const man_sec_keys[SEC__MAX] = {
	N_("DESCRIPTION"), N_("WHEN YOU SEE IT"), N_("HOW TO FIX"),
};
static const char *const man_psec_keys[PSEC__MAX] = {
	N_("WHY THEY GET CONFUSED"), N_("HOW TO TELL THEM APART"),
};

static void
man_notes(struct buf *b, const struct page_state *ps)
{
	char *miss = notice_missing(ps), *old = notice_outdated(ps);
	int first = 1;

	if (miss != NULL || old != NULL)
		man_sh(b, _("NOTES"));
	if (miss != NULL)
		man_para(b, miss, &first);
	if (old != NULL)
		man_para(b, old, &first);
	free(miss);
	free(old);
}

/* References as .UR links: the URL is shown where the device can. */
/* Class sentence, status and summary, a paragraph each. */
static void
man_lead(struct buf *b, const struct prep_entry *pe, int *first)
{
	char *t[3];
	size_t i, n = sheet_lead(pe->e, pe->summary, t);

	for (i = 0; i < n; i++) {
		man_para(b, t[i], first);
		free(t[i]);
	}
}

static void
man_refs(struct buf *b, char *const *refs, size_t n, int *first)
{
	size_t i;

	for (i = 0; i < n; i++) {
		char *url = rfc_url(refs[i]);

		buf_puts(b, *first ? "" : ".br\n");
		*first = 0;
		if (url != NULL)
			buf_printf(b, ".UR %s\n", url);
		mdroff_text(b, refs[i]);
		buf_puts(b, url != NULL ? "\n.UE\n" : "\n");
		free(url);
	}
}

/* SEE ALSO: curated pairs, related codes, the overview. */
static void
man_see_also(struct buf *b, const struct entry *e)
{
	size_t i;

	man_sh(b, _("SEE ALSO"));
	for (i = 0; i < e->npairs; i++)
		buf_printf(b, ".BR sip-%d-vs-%d (7),\n", e->pairs[i]->code[0],
		    e->pairs[i]->code[1]);
	for (i = 0; i < e->nrelated; i++)
		buf_printf(b, ".BR sip-%d (7),\n", e->related[i]);
	buf_puts(b, ".BR sip-codes (7)\n");
}

void
man_code(const struct site *s, size_t li, size_t ei, struct buf *b)
{
	const struct prep_entry *pe = &s->pe[li][ei];
	const struct entry *e = pe->e;
	struct page_state ps = {0};
	char *name = xasprintf("sip-%d", e->code);
	/* TRANSLATORS: the NAME line's description of a code's man page. */
	char *desc = xasprintf(_("SIP response %1$d %2$s"), e->code, e->reason);
	int i, first = 1;

	man_header(s, b, name, 7, desc, e->ref);
	man_sh(b, _(man_sec_keys[0]));
	man_lead(b, pe, &first);
	buf_puts(b, ".PP\n");
	for (i = 0; i < SEC__MAX; i++) {
		if (i > 0)
			man_sh(b, _(man_sec_keys[i]));
		buf_puts(b, pe->sec[i].roff);
		page_state_add(&ps, _(entry_section_keys[i]), pe->sec[i].state);
	}
	page_state_add(&ps, _("Summary"), pe->summary_state);
	man_sh(b, _("STANDARDS"));
	first = 1;
	man_refs(b, e->refs, e->nrefs, &first);
	man_notes(b, &ps);
	man_see_also(b, e);
	free(name);
	free(desc);
}

static void
man_pair_lists(struct buf *b, const struct sheet *sh,
    const struct prep_entry *pa, const struct prep_entry *pb)
{
	const struct prep_entry *both[2] = { pa, pb };
	size_t i;

	man_sh(b, _("KEY DIFFERENCES"));
	for (i = 0; i < sh->ndiffs; i++) {
		buf_printf(b, ".IP %zu. 4\n", i + 1);
		mdroff_text(b, sh->diffs[i]);
		buf_putc(b, '\n');
	}
	man_sh(b, _("WHEN TO USE WHICH"));
	for (i = 0; i < 2; i++) {
		buf_printf(b, ".TP\n.B \"%d %s\"\n", both[i]->e->code,
		    both[i]->e->reason);
		mdroff_text(b, both[i]->use);
		buf_putc(b, '\n');
	}
}

/* The sheet of entries A and B (indexes), with the curated note NOTE when
 * there is one (NULL otherwise). */
void
man_sheet(const struct site *s, size_t li, size_t a, size_t bi,
    const struct prep_pair *note, struct buf *b)
{
	const struct prep_entry *pa = &s->pe[li][a], *pb = &s->pe[li][bi];
	struct page_state ps = {0};
	char *name = xasprintf("sip-%d-vs-%d", pa->e->code, pb->e->code);
	struct sheet sh;
	size_t i;
	int first = 1;

	sheet_make(&sh, pa->e, pb->e);
	man_header(s, b, name, 7, sh.title, note != NULL ? note->p->ref :
	    pa->e->ref);
	man_sh(b, _(man_sec_keys[0]));
	man_lead(b, pa, &first);
	man_lead(b, pb, &first);
	for (i = 0; note != NULL && i < PSEC__MAX; i++) {
		man_sh(b, _(man_psec_keys[i]));
		buf_puts(b, note->sec[i].roff);
		page_state_add(&ps, _(pair_section_keys[i]), note->sec[i].state);
	}
	man_pair_lists(b, &sh, pa, pb);
	sheet_free(&sh);
	page_state_add(&ps, _("Summary"), pa->summary_state);
	page_state_add(&ps, _("Summary"), pb->summary_state);
	man_sh(b, _("STANDARDS"));
	first = 1;
	if (note != NULL)
		man_refs(b, note->p->refs, note->p->nrefs, &first);
	else {
		man_refs(b, pa->e->refs, pa->e->nrefs, &first);
		man_refs(b, pb->e->refs, pb->e->nrefs, &first);
	}
	man_notes(b, &ps);
	man_sh(b, _("SEE ALSO"));
	buf_printf(b, ".BR sip-%d (7),\n.BR sip-%d (7),\n.BR sip-codes (7)\n",
	    pa->e->code, pb->e->code);
	free(name);
}

static void
man_pair(const struct site *s, size_t li, size_t ni, struct buf *b)
{
	const struct pair *p = s->pp[li][ni].p;

	man_sheet(s, li, p->entry[0]->index, p->entry[1]->index,
	    &s->pp[li][ni], b);
}

/* "man/man7" for English, "man/ru/man7" for the others. */
static char *
man_dir(const struct lang *l)
{
	if (strcmp(l->code, "en") == 0)
		return xstrdup("man/man7");
	return xasprintf("man/%s/man7", l->code);
}

static void
man_language(const struct site *s, size_t li)
{
	char *dir = man_dir(&s->langs[li]);
	struct buf b = {0};
	char *rel;
	size_t i;

	i18n_use(s->langs[li].code);
	for (i = 0; i < s->c->nentries; i++) {
		man_code(s, li, i, &b);
		rel = xasprintf("%s/sip-%d.7", dir, s->c->entries[i]->code);
		outset_add(s->out, rel, &b);
		free(rel);
	}
	for (i = 0; i < s->c->npairs; i++) {
		const struct pair *p = s->c->pairs[i];

		if (p->entry[0] == NULL || p->entry[1] == NULL)
			continue;
		man_pair(s, li, i, &b);
		rel = xasprintf("%s/sip-%d-vs-%d.7", dir, p->code[0],
		    p->code[1]);
		outset_add(s->out, rel, &b);
		free(rel);
	}
	free(dir);
}

int
man_render(const struct site *s)
{
	size_t li;

	for (li = 0; li < s->nlangs; li++) {
		man_language(s, li);
		man_overview(s, li);
		man_tool(s, li);
	}
	i18n_restore();
	return 0;
}

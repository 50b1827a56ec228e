/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* pages.c: the man page of a code and the comparison sheet of two codes
 * (with the curated note when there is one). */
#include "system.h"

#include "build/project.h"
#include "compose/notice.h"
#include "compose/sheet.h"
#include "format/man/man.h"
#include "format/man/manutil.h"
#include "format/prepared.h"
#include "format/roff/mdroff.h"
#include "model/body.h"
#include "util/buf.h"
#include "util/escape.h"
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

/* Class sentence, status and summary, a paragraph each. */
static void
man_lead(struct buf *b, const struct entry *e, const struct pentry *pe,
    int *first)
{
	char *t[3];
	size_t i, n = sheet_lead(e, pe->summary, t);

	for (i = 0; i < n; i++) {
		man_para(b, t[i], first);
		free(t[i]);
	}
}

/* References as .UR links: the URL is shown where the device can. */
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

/* SEE ALSO: curated pairs, related codes, the overview; only pages that
 * exist, so a code without an entry is never named. */
static void
man_see_also(struct buf *b, const struct content *c, const struct entry *e)
{
	size_t i;

	man_sh(b, _("SEE ALSO"));
	for (i = 0; i < e->npairs; i++)
		if (e->pairs[i]->entry[0] != NULL &&
		    e->pairs[i]->entry[1] != NULL)
			buf_printf(b, ".BR sip-%d-vs-%d (7),\n",
			    e->pairs[i]->code[0], e->pairs[i]->code[1]);
	for (i = 0; i < e->nrelated; i++)
		if (content_entry(c, e->related[i]) != NULL)
			buf_printf(b, ".BR sip-%d (7),\n", e->related[i]);
	buf_puts(b, ".BR sip-codes (7)\n");
}

/* The NAME line's description: the code, its reason phrase and its
 * summary.  The summary is what gives whatis and apropos words in the
 * page's language (the reason phrase stays English); one line, without
 * the summary's final full stop, as NAME lines go. */
static char *
man_code_desc(const struct entry *e, const char *summary)
{
	char *sum = xstrdup(summary), *p, *s;
	size_t n = strlen(sum);

	if (n > 0 && sum[n - 1] == '.')
		sum[n - 1] = '\0';
	for (p = sum; *p != '\0'; p++)
		if (*p == '\n')
			*p = ' ';
	/* TRANSLATORS: the NAME line of a code's man page, which whatis
	   prints and apropos searches: %1$d is the code, %2$s its reason
	   phrase (English), %3$s its summary sentence, without its full
	   stop. */
	s = xasprintf(_("SIP response %1$d %2$s. %3$s"), e->code, e->reason,
	    sum);
	free(sum);
	return s;
}

void
man_code_page(const struct mctx *m, size_t ei, struct buf *b)
{
	const struct entry *e = m->p->c->entries[ei];
	const struct pentry *pe = prepared_entry(m->pr, ei);
	struct page_state ps = {0};
	char *name = xasprintf("sip-%d", e->code);
	char *desc = man_code_desc(e, pe->summary);
	int i, first = 1;

	man_header(m->p, b, name, 7, desc, e->ref);
	man_sh(b, _(man_sec_keys[0]));
	man_lead(b, e, pe, &first);
	buf_puts(b, ".PP\n");
	for (i = 0; i < SEC__MAX; i++) {
		if (i > 0)
			man_sh(b, _(man_sec_keys[i]));
		buf_puts(b, pe->sec[i]);
		page_state_add(&ps, _(entry_section_keys[i]), pe->sec_state[i]);
	}
	page_state_add(&ps, _("Summary"), pe->summary_state);
	man_sh(b, _("STANDARDS"));
	first = 1;
	man_refs(b, e->refs, e->nrefs, &first);
	man_notes(b, &ps);
	man_see_also(b, m->p->c, e);
	free(name);
	free(desc);
}

static void
man_pair_lists(struct buf *b, const struct sheet *sh,
    const struct entry *const *e, const struct pentry *const *pe)
{
	size_t i;

	man_sh(b, _("KEY DIFFERENCES"));
	for (i = 0; i < sh->ndiffs; i++) {
		buf_printf(b, ".IP %zu. 4\n", i + 1);
		mdroff_text(b, sh->diffs[i]);
		buf_putc(b, '\n');
	}
	man_sh(b, _("WHEN TO USE WHICH"));
	for (i = 0; i < 2; i++) {
		buf_printf(b, ".TP\n.B \"%d %s\"\n", e[i]->code, e[i]->reason);
		mdroff_text(b, pe[i]->use);
		buf_putc(b, '\n');
	}
}

void
man_sheet_page(const struct mctx *m, size_t a, size_t bi, struct buf *b)
{
	const struct content *c = m->p->c;
	const struct entry *e[2] = { c->entries[a], c->entries[bi] };
	const struct pentry *pe[2] = { prepared_entry(m->pr, a),
	    prepared_entry(m->pr, bi) };
	long ni = project_note(m->p, a, bi);
	const struct pair *note = ni >= 0 ? c->pairs[ni] : NULL;
	const struct pnote *pn = ni >= 0 ? prepared_note(m->pr, (size_t)ni) :
	    NULL;
	struct page_state ps = {0};
	char *name = xasprintf("sip-%d-vs-%d", e[0]->code, e[1]->code);
	struct sheet sh;
	size_t i;
	int first = 1;

	sheet_make(&sh, e[0], e[1]);
	man_header(m->p, b, name, 7, sh.title, note != NULL ? note->ref :
	    e[0]->ref);
	man_sh(b, _(man_sec_keys[0]));
	man_lead(b, e[0], pe[0], &first);
	man_lead(b, e[1], pe[1], &first);
	for (i = 0; pn != NULL && i < PSEC__MAX; i++) {
		man_sh(b, _(man_psec_keys[i]));
		buf_puts(b, pn->sec[i]);
		page_state_add(&ps, _(pair_section_keys[i]), pn->sec_state[i]);
	}
	man_pair_lists(b, &sh, e, pe);
	sheet_free(&sh);
	page_state_add(&ps, _("Summary"), pe[0]->summary_state);
	page_state_add(&ps, _("Summary"), pe[1]->summary_state);
	man_sh(b, _("STANDARDS"));
	first = 1;
	if (note != NULL)
		man_refs(b, note->refs, note->nrefs, &first);
	else {
		man_refs(b, e[0]->refs, e[0]->nrefs, &first);
		man_refs(b, e[1]->refs, e[1]->nrefs, &first);
	}
	man_notes(b, &ps);
	man_sh(b, _("SEE ALSO"));
	buf_printf(b, ".BR sip-%d (7),\n.BR sip-%d (7),\n.BR sip-codes (7)\n",
	    e[0]->code, e[1]->code);
	free(name);
}

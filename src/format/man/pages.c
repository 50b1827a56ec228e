/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* pages.c: the man page of a code and the comparison sheet of two codes
 * (with the curated note when there is one). */
#include "system.h"

#include "build/project.h"
#include "compose/notice.h"
#include "compose/glance.h"
#include "compose/sheet.h"
#include "format/man/man.h"
#include "format/man/manutil.h"
#include "format/prepared.h"
#include "format/roff/rglance.h"
#include "format/roff/roff.h"
#include "model/body.h"
#include "util/buf.h"
#include "util/escape.h"
#include "util/fmt.h"
#include "util/xalloc.h"

/* Section headings of man pages are upper case by convention. */
static const char *const man_sec_keys[SEC__MAX] = {
	N_("DESCRIPTION"), N_("WHEN YOU SEE IT"), N_("HOW TO FIX"),
};
static const char *const man_psec_keys[PSEC__MAX] = {
	N_("WHY THEY GET CONFUSED"), N_("HOW TO TELL THEM APART"),
};

static void
man_notes(struct roff *r, const struct page_state *ps)
{
	char *miss = notice_missing(ps), *old = notice_outdated(ps);
	int first = 1;

	if (miss != NULL || old != NULL)
		man_sh(r, _("NOTES"));
	if (miss != NULL)
		man_para(r, miss, &first);
	if (old != NULL)
		man_para(r, old, &first);
	free(miss);
	free(old);
}

/* Class sentence, status and summary, a paragraph each. */
static void
man_lead(struct roff *r, const struct pentry *pe, int *first)
{
	man_para(r, pe->class_sentence, first);
	if (pe->status_sentence != NULL)
		man_para(r, pe->status_sentence, first);
	man_para_md(r, pe->summary, first);
}

/* References as .UR links: the URL is shown where the device can. */
static void
man_refs(struct roff *r, char *const *refs, char *const *urls, size_t n,
    char *const *seen, size_t nseen, int *first)
{
	size_t i, k;

	/* One reference a line, set ragged and unhyphenated: justified, a
	 * line with a long address stretches its spaces, and hyphenation
	 * splits the address. */
	roff_line(r, ".ad l");
	roff_line(r, ".nh");
	for (i = 0; i < n; i++) {
		const char *url = urls[i];

		for (k = 0; k < nseen && strcmp(seen[k], refs[i]) != 0; k++)
			;
		if (k < nseen)
			continue;	/* listed already */
		if (!*first)
			roff_line(r, ".br");
		*first = 0;
		if (url != NULL)
			roff_req(r, "UR", url, NULL);
		roff_text(r, refs[i]);
		roff_nl(r);
		if (url != NULL)
			roff_line(r, ".UE");
	}
	roff_line(r, ".hy");
	roff_line(r, ".ad");
}

/* A reference to page NAME(SECTION), with a comma unless LAST. */
static void
man_xref(struct roff *r, const char *name, int last)
{
	roff_req(r, "BR", name, last ? "(7)" : "(7),", NULL);
}

/* SEE ALSO: curated pairs, related codes, the overview; only pages that
 * exist, so a code without an entry is never named. */
static void
man_see_also(struct roff *r, const struct content *c, const struct entry *e)
{
	char name[32];
	size_t i;

	man_sh(r, _("SEE ALSO"));
	for (i = 0; i < e->npairs; i++)
		if (e->pairs[i]->entry[0] != NULL &&
		    e->pairs[i]->entry[1] != NULL) {
			fmt_snprintf(name, sizeof(name), "sip-%d-vs-%d",
			    e->pairs[i]->code[0], e->pairs[i]->code[1]);
			man_xref(r, name, 0);
		}
	for (i = 0; i < e->nrelated; i++)
		if (content_entry(c, e->related[i]) != NULL) {
			fmt_snprintf(name, sizeof(name), "sip-%d",
			    e->related[i]);
			man_xref(r, name, 0);
		}
	man_xref(r, "sip-codes", 1);
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
	char *desc = man_code_desc(e, pe->summary_plain);
	struct glance g;
	struct roff r;
	int i, first = 1;

	roff_init(&r, b, &roff_man);
	man_header(&r, m->p, name, 7, desc, e->ref);
	man_sh(&r, _(man_sec_keys[0]));
	man_lead(&r, pe, &first);
	glance_entry(&g, e);
	roff_glance(&r, &g, NULL);
	glance_free(&g);
	roff_line(&r, ".PP");
	for (i = 0; i < SEC__MAX; i++) {
		if (i > 0)
			man_sh(&r, _(man_sec_keys[i]));
		buf_puts(b, pe->sec[i]);
		r.bol = 1;
	}
	prepared_notice_entry(&ps, pe, 1);
	man_sh(&r, _("STANDARDS"));
	first = 1;
	man_refs(&r, e->refs, e->ref_urls, e->nrefs, NULL, 0, &first);
	man_notes(&r, &ps);
	man_see_also(&r, m->p->c, e);
	free(name);
	free(desc);
}

/* The two codes side by side, their columns headed by code and reason
 * phrase. */
static void
man_glance(struct roff *r, const struct entry *const *e,
    const struct pentry *const *pe)
{
	char *heads[2];
	struct glance g;
	int i;

	for (i = 0; i < 2; i++)
		heads[i] = xasprintf("%d %s", e[i]->code, e[i]->reason);
	glance_pair(&g, e[0], pe[0]->summary, e[1], pe[1]->summary);
	roff_line(r, ".PP");
	roff_glance(r, &g, (const char *const *)heads);
	glance_free(&g);
	for (i = 0; i < 2; i++)
		free(heads[i]);
}

static void
man_pair_lists(struct roff *r, const struct sheet *sh,
    const struct entry *const *e, const struct pentry *const *pe)
{
	char tag[32];
	size_t i;

	man_sh(r, _("KEY DIFFERENCES"));
	for (i = 0; i < sh->ndiffs; i++) {
		fmt_snprintf(tag, sizeof(tag), ".IP %zu. 4", i + 1);
		roff_line(r, tag);
		roff_md_inline(r, sh->diffs[i]);
		roff_nl(r);
	}
	man_sh(r, _("WHEN TO USE WHICH"));
	for (i = 0; i < 2; i++) {
		roff_line(r, ".TP");
		roff_font_push(r, RF_BOLD);
		roff_text(r, e[i]->codestr);
		roff_text(r, " ");
		roff_text(r, e[i]->reason);
		roff_font_pop(r);
		roff_nl(r);
		roff_md_inline(r, pe[i]->use);
		roff_nl(r);
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
	char xref[16];
	struct sheet sh;
	struct roff r;
	size_t i;
	int first = 1;

	roff_init(&r, b, &roff_man);
	sheet_make(&sh, e[0], &pe[0]->fd, e[1], &pe[1]->fd);
	man_header(&r, m->p, name, 7, sh.title, note != NULL ? note->ref :
	    e[0]->ref);
	man_sh(&r, _(man_sec_keys[0]));
	man_lead(&r, pe[0], &first);
	man_lead(&r, pe[1], &first);
	man_glance(&r, e, pe);
	for (i = 0; pn != NULL && i < PSEC__MAX; i++) {
		man_sh(&r, _(man_psec_keys[i]));
		buf_puts(b, pn->sec[i]);
		r.bol = 1;
	}
	man_pair_lists(&r, &sh, e, pe);
	sheet_free(&sh);
	prepared_notice_entry(&ps, pe[0], 0);
	prepared_notice_entry(&ps, pe[1], 0);
	if (pn != NULL)
		prepared_notice_note(&ps, pn);
	man_sh(&r, _("STANDARDS"));
	first = 1;
	if (note != NULL)
		man_refs(&r, note->refs, note->ref_urls, note->nrefs, NULL, 0,
		    &first);
	else {
		man_refs(&r, e[0]->refs, e[0]->ref_urls, e[0]->nrefs, NULL, 0,
		    &first);
		man_refs(&r, e[1]->refs, e[1]->ref_urls, e[1]->nrefs,
		    e[0]->refs, e[0]->nrefs, &first);
	}
	man_notes(&r, &ps);
	man_sh(&r, _("SEE ALSO"));
	for (i = 0; i < 2; i++) {
		fmt_snprintf(xref, sizeof(xref), "sip-%d", e[i]->code);
		man_xref(&r, xref, 0);
	}
	man_xref(&r, "sip-codes", 1);
	free(name);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* sheet.c: generated sentences of code pages and comparison sheets. */
#include "system.h"

#include "model/model.h"
#include "compose/factdiff.h"
#include "compose/sheet.h"
#include "util/xalloc.h"

/* TRANSLATORS: class labels of SIP response codes; keep the "Nxx". */
static const char *const class_labels[] = {
	NULL,
	N_("1xx Provisional"),
	N_("2xx Success"),
	N_("3xx Redirection"),
	N_("4xx Client Failure"),
	N_("5xx Server Failure"),
	N_("6xx Global Failure"),
};

/* TRANSLATORS: %1$d is a code, %2$s its reason phrase (kept in English). */
static const char *const class_sentences[] = {
	NULL,
	N_("%1$d %2$s is a provisional response (1xx): the request is still "
	    "being processed, and a final response will follow."),
	N_("%1$d %2$s is a success response (2xx): the request was "
	    "accepted."),
	N_("%1$d %2$s is a redirection response (3xx): the request should "
	    "be tried again elsewhere."),
	N_("%1$d %2$s is a client failure response (4xx): this server will "
	    "not fulfil the request as it was sent, though a changed request or "
	    "another server may succeed."),
	N_("%1$d %2$s is a server failure response (5xx): the server failed "
	    "to process a request that may well be valid."),
	N_("%1$d %2$s is a global failure response (6xx): no server will "
	    "fulfil the request, and the search for the user ends."),
};

const char *
class_label(int code)
{
	return _(class_labels[code_class(code)]);
}

char *
sheet_class_sentence(const struct reg_code *r)
{
	return xasprintf(_(class_sentences[code_class(r->code)]), r->code,
	    r->reason);
}

char *
sheet_status_sentence(const struct entry *e)
{
	if (!e->deprecated || e->replacement == NULL)
		return NULL;
	/* TRANSLATORS: %1$d %2$s: a deprecated code and its reason phrase;
	   %3$d %4$s: the code to send instead. */
	return xasprintf(_("%1$d %2$s is deprecated: send %3$d %4$s instead."),
	    e->code, e->reason, e->replacement->code,
	    e->replacement->reason);
}

static void
sheet_add(struct sheet *s, char *text)
{
	s->diffs = xreallocarray(s->diffs, s->ndiffs + 1, sizeof(char *));
	s->diffs[s->ndiffs++] = text;
}

static void
sheet_class_diff(struct sheet *s, int a, int b)
{
	if (code_class(a) == code_class(b))
		sheet_add(s, xasprintf(_("Both codes belong to the same "
		    "class, %1$s."), class_label(a)));
	else
		sheet_add(s, xasprintf(_("%1$d belongs to the class %2$s, "
		    "%3$d to the class %4$s."), a, class_label(a), b,
		    class_label(b)));
}

/* Provisional against final, success against failure, redirection
 * against refusal.  Two provisional codes: the class line said it. */
static void
sheet_outcome_diff(struct sheet *s, int a, int b)
{
	int ca = code_class(a), cb = code_class(b);

	if (ca == 1 && cb > 1)
		sheet_add(s, xasprintf(_("%1$d is provisional: the "
		    "transaction goes on and a final response follows. %2$d is "
		    "final: it completes the transaction."), a, b));
	else if (ca == 2 && cb >= 3)
		sheet_add(s, xasprintf(_("%1$d reports that the request was "
		    "accepted; %2$d reports that it was not fulfilled as "
		    "sent."), a, b));
	else if (ca == 3 && cb >= 4)
		sheet_add(s, xasprintf(_("%1$d points the caller to another "
		    "place to try; %2$d refuses the request or reports a "
		    "failure."), a, b));
}

/* A 6xx ends the search everywhere; a 4xx or 5xx only on its branch. */
static void
sheet_scope_diff(struct sheet *s, int a, int b)
{
	if ((code_class(a) == 4 || code_class(a) == 5) && code_class(b) == 6)
		sheet_add(s, xasprintf(_("%1$d concerns only the server or "
		    "branch that sent it, so a forking proxy may still try "
		    "other branches; %2$d is global and ends the search on "
		    "all branches."), a, b));
}

/* The facts in which the codes differ; when they differ in none, or in
 * only one and their classes add nothing, a sentence says that the rest
 * is in their meaning. */
static void
sheet_facts_diff(struct sheet *s, const struct entry *a,
    const struct fdcode *fa, const struct entry *b, const struct fdcode *fb)
{
	if (factdiff_items(a, fa, b, fb, &s->diffs, &s->ndiffs) == 0)
		sheet_add(s, xasprintf(_("%1$d and %2$d share every fact "
		    "compared here: who sends them, how far they travel, what "
		    "they carry and what the client does next. They differ only "
		    "in what they mean, as their summaries say."), a->code,
		    b->code));
	else if (s->ndiffs == 2)	/* the class line and one more */
		sheet_add(s, xasprintf(_("In every other fact compared here, "
		    "%1$d and %2$d agree: the rest of the difference is in what "
		    "they mean, as their summaries say."), a->code, b->code));
}

static void
sheet_status_diff(struct sheet *s, const struct entry *e)
{
	char *t = sheet_status_sentence(e);

	if (t != NULL)
		sheet_add(s, t);
}

void
sheet_make(struct sheet *s, const struct entry *a, const struct fdcode *fa,
    const struct entry *b, const struct fdcode *fb)
{
	memset(s, 0, sizeof(*s));
	/* TRANSLATORS: the title of a comparison sheet: codes and reason
	   phrases, e.g. "SIP 202 Accepted vs 421 Extension Required". */
	s->title = xasprintf(_("SIP %1$d %2$s vs %3$d %4$s"), a->code,
	    a->reason, b->code, b->reason);
	sheet_class_diff(s, a->code, b->code);
	sheet_outcome_diff(s, a->code, b->code);
	sheet_scope_diff(s, a->code, b->code);
	if (a->facts.present && b->facts.present)
		sheet_facts_diff(s, a, fa, b, fb);
	sheet_status_diff(s, a);
	sheet_status_diff(s, b);
	sheet_add(s, xasprintf(_("%1$d is defined in %2$s; %3$d is defined "
	    "in %4$s."), a->code, a->refs[0], b->code, b->refs[0]));
}

void
sheet_free(struct sheet *s)
{
	size_t i;

	free(s->title);
	for (i = 0; i < s->ndiffs; i++)
		free(s->diffs[i]);
	free(s->diffs);
	memset(s, 0, sizeof(*s));
}

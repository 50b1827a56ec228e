/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* factdiff.c: sentences for the facts in which two codes differ. */
#include "system.h"

#include "compose/factdiff.h"
#include "l10n/i18n.h"
#include "model/model.h"
#include "util/buf.h"
#include "util/xalloc.h"

/* TRANSLATORS: who sends a code, for every set of senders; %1$d is the
   code.  "The UAS" is the element that answers the request itself (the
   called phone, a PBX or gateway acting for it, a notifier). */
static const char *const sender_sentences[16] = {
	NULL,
	N_("%1$d comes from the UAS, the element that answers the request "
	    "itself."),
	N_("%1$d comes from a proxy, answering for itself rather than "
	    "passing on a response."),
	N_("%1$d comes from the UAS or from a proxy."),
	N_("%1$d comes from a registrar."),
	N_("%1$d comes from the UAS or from a registrar."),
	N_("%1$d comes from a proxy or from a registrar."),
	N_("%1$d comes from the UAS, a proxy or a registrar."),
	N_("%1$d comes from a redirect server."),
	N_("%1$d comes from the UAS or from a redirect server."),
	N_("%1$d comes from a proxy or from a redirect server."),
	N_("%1$d comes from the UAS, a proxy or a redirect server."),
	N_("%1$d comes from a registrar or from a redirect server."),
	N_("%1$d comes from the UAS, a registrar or a redirect server."),
	N_("%1$d comes from a proxy, a registrar or a redirect server."),
	N_("%1$d comes from the UAS, a proxy, a registrar or a redirect "
	    "server."),
};

/* TRANSLATORS: what the client does after a code, as the one or first
   thing it does; %1$d is the code. */
static const char *const next_sentences[NEXT__N] = {
	[NEXT_WAIT] = N_("After %1$d the client keeps waiting: a final "
	    "response is still to come."),
	[NEXT_DONE] = N_("After %1$d the client is done: the request was "
	    "accepted."),
	[NEXT_FOLLOW_CONTACT] = N_("After %1$d the client tries the request "
	    "again at the addresses that `Contact` gives."),
	[NEXT_RETRY_CREDENTIALS] = N_("After %1$d the client sends the "
	    "request again with credentials that answer the challenge."),
	[NEXT_RETRY_MODIFIED] = N_("After %1$d the client changes the "
	    "request as the response asks and sends it again."),
	[NEXT_RETRY_LATER] = N_("After %1$d the client tries the same "
	    "request again after a pause."),
	[NEXT_RETRY_ELSEWHERE] = N_("After %1$d the client tries another "
	    "server or another branch."),
	[NEXT_BUSY] = N_("After %1$d the caller gets busy treatment, such as "
	    "a busy tone or voicemail, and no automatic redialling."),
	[NEXT_DECLINED] = N_("After %1$d the client does not repeat the "
	    "request: the callee declined it."),
	[NEXT_STOP_BRANCH] = N_("After %1$d the client gives up on this "
	    "target, while other branches may still succeed."),
	[NEXT_STOP_EVERYWHERE] = N_("After %1$d the search for the callee "
	    "ends: no other branch is tried."),
};

/* TRANSLATORS: what the client may also do after a code, as the second
   thing; %1$d is the code. */
static const char *const next_also_sentences[NEXT__N] = {
	[NEXT_WAIT] = N_("%1$d may also leave the client simply waiting for "
	    "the final response."),
	[NEXT_DONE] = N_("%1$d may also mean that the request is complete."),
	[NEXT_FOLLOW_CONTACT] = N_("%1$d may also send the client to the "
	    "addresses that `Contact` gives."),
	[NEXT_RETRY_CREDENTIALS] = N_("%1$d may also call for the request "
	    "to be sent again with credentials."),
	[NEXT_RETRY_MODIFIED] = N_("%1$d may also call for a changed request "
	    "to be sent again."),
	[NEXT_RETRY_LATER] = N_("%1$d may also call for the same request to "
	    "be tried again after a pause."),
	[NEXT_RETRY_ELSEWHERE] = N_("%1$d may also send the client to "
	    "another server or another branch."),
	[NEXT_BUSY] = N_("%1$d may also call for busy treatment of the "
	    "caller."),
	[NEXT_DECLINED] = N_("%1$d may also mean that the callee declined: "
	    "the request is not repeated."),
	[NEXT_STOP_BRANCH] = N_("%1$d may also end the attempt on this "
	    "target, while other branches go on."),
	[NEXT_STOP_EVERYWHERE] = N_("%1$d also ends the search for the "
	    "callee: no other branch is tried."),
};

/* TRANSLATORS: the session description a code may carry; %1$d is the
   code. */
static const char *const sdp_sentences[SDP__N] = {
	[SDP_NONE] = N_("%1$d carries no session description."),
	[SDP_EARLY_MEDIA] = N_("%1$d may carry SDP for early media, such as "
	    "ringback or an announcement before the call is answered."),
	[SDP_ANSWER] = N_("%1$d to an `INVITE` carries the SDP answer, or the "
	    "offer when the `INVITE` had none."),
	[SDP_CAPABILITIES] = N_("%1$d may carry a session description of the "
	    "media the responder supports."),
};

/* TRANSLATORS: what the client does after a code that gives the time
   to wait in Retry-After; %1$d is the code.  The first is the one or
   first thing it does, the second the second thing. */
static const char *const later_retry_after[2] = {
	N_("After %1$d the client tries again later, not before the time "
	    "that `Retry-After` gives, if any."),
	N_("%1$d may also call for another try later, not before the time "
	    "that `Retry-After` gives, if any."),
};

/* Whether the code gives a Retry-After: then a try later waits for it. */
static int
fd_retry_after(const struct facts *f)
{
	size_t i;

	for (i = 0; i < f->nmust; i++)
		if (strcmp(f->must[i], "Retry-After") == 0)
			return 1;
	for (i = 0; i < f->noften; i++)
		if (strcmp(f->often[i], "Retry-After") == 0)
			return 1;
	return 0;
}

/* The sentence for the I-th next step (0 or 1) of E. */
static const char *
fd_next_sentence(const struct facts *f, size_t i)
{
	int v = f->next[i];

	if (v == NEXT_RETRY_LATER && fd_retry_after(f))
		return later_retry_after[i];
	return i == 0 ? next_sentences[v] : next_also_sentences[v];
}

static void
fd_add(char ***items, size_t *n, char *text)
{
	*items = xreallocarray(*items, *n + 1, sizeof(char *));
	(*items)[(*n)++] = text;
}

char *
factdiff_names(char *const *names, size_t n, int or)
{
	struct buf b = {0};
	size_t i;

	for (i = 0; i < n; i++) {
		if (i > 0 && i == n - 1)
			/* TRANSLATORS: before the last name of a list of
			   header fields or methods, e.g. "A, B and C". */
			buf_puts(&b, or ? P_("list of names", " or ") :
			    P_("list of names", " and "));
		else if (i > 0)
			buf_puts(&b, P_("list of names", ", "));
		buf_printf(&b, "`%s`", names[i]);
	}
	return buf_detach(&b);
}

/* "A. B." from two sentences. */
static char *
fd_pair(const char *sa, const char *sb)
{
	struct buf b = {0};

	buf_puts(&b, sa);
	buf_putc(&b, ' ');
	buf_puts(&b, sb);
	return buf_detach(&b);
}

static void
fd_scope(const struct entry *a, const struct entry *b, char ***items,
    size_t *n)
{
	const struct entry *hop = a->facts.scope == SCOPE_HOP ? a : b;
	const struct entry *e2e = hop == a ? b : a;

	fd_add(items, n, xasprintf(_("%1$d concerns only the next hop: a "
	    "proxy does not pass it on toward the caller. %2$d travels back "
	    "end to end, to the client that sent the request."), hop->code,
	    e2e->code));
}

static int
fd_has_next(const struct facts *f, int v)
{
	size_t i;

	for (i = 0; i < f->nnext; i++)
		if (f->next[i] == v)
			return 1;
	return 0;
}

static void
fd_sentence(struct buf *b, const char *s)
{
	if (b->len > 0)
		buf_putc(b, ' ');
	buf_puts(b, s);
}

/* What the client does after E: its first step, unless the other code
 * shares it (SAME), and its second unless the other code has it too. */
static void
fd_next_of(struct buf *b, const struct entry *e, const struct fdcode *fe,
    const struct facts *other, int same)
{
	if (!same)
		fd_sentence(b, fe->next[0]);
	/* A 6xx ends the search by its class, which the sheet says. */
	if (e->facts.nnext > 1 && !fd_has_next(other, e->facts.next[1]) &&
	    !(e->facts.next[1] == NEXT_STOP_EVERYWHERE &&
	    code_class(e->code) == 6))
		fd_sentence(b, fe->next[1]);
}

static void
fd_next(const struct entry *a, const struct fdcode *fa, const struct entry *b,
    const struct fdcode *fb, char ***items, size_t *n)
{
	struct buf t = {0};
	int same = a->facts.next[0] == b->facts.next[0];

	fd_next_of(&t, a, fa, &b->facts, same);
	fd_next_of(&t, b, fb, &a->facts, same);
	if (t.len > 0)
		fd_add(items, n, buf_detach(&t));
}

/* The sentence of a set of senders. */
static const char *
fd_sender_sentence(unsigned set)
{
	return set == ROLE_ANY ? N_("%1$d can come from any element, a UAS or "
	    "a proxy alike.") : sender_sentences[set & 15];
}

/* Header fields: the ones a code must carry, or often carries. */
static void
fd_headers(const struct entry *a, const struct fdcode *fa,
    const struct entry *b, const struct fdcode *fb, int must, char ***items,
    size_t *n)
{
	int k = must ? FD_MUST : FD_OFTEN;
	size_t na = must ? a->facts.nmust : a->facts.noften;
	size_t nb = must ? b->facts.nmust : b->facts.noften;
	const struct entry *has = na > 0 ? a : b, *none = has == a ? b : a;
	const char *sa = fa->names[k], *sb = fb->names[k];

	if (na > 0 && nb > 0) {
		fd_add(items, n, must ?
		    /* TRANSLATORS: %2$s and %4$s are lists of header
		       fields. */
		    xasprintf(_("%1$d must carry %2$s, while %3$d must carry "
		    "%4$s."), a->code, sa, b->code, sb) :
		    xasprintf(_("%1$d often carries %2$s, while %3$d often "
		    "carries %4$s."), a->code, sa, b->code, sb));
		return;
	}
	sa = has == a ? sa : sb;
	if (must)
		/* TRANSLATORS: %3$s is one header field, or a list of
		   them. */
		fd_add(items, n, xasprintf(i18n_plural("%1$d must carry the "
		    "%3$s header field; %2$d requires none.", "%1$d must carry "
		    "the header fields %3$s; %2$d requires none.", has == a ?
		    na : nb), has->code, none->code, sa));
	else
		fd_add(items, n, xasprintf(i18n_plural("%1$d often carries "
		    "the %3$s header field; %2$d usually carries none in "
		    "particular.", "%1$d often carries the header fields %3$s; "
		    "%2$d usually carries none in particular.", has == a ? na :
		    nb), has->code, none->code, sa));
}

static void
fd_methods(const struct entry *a, const struct fdcode *fa,
    const struct entry *b, const struct fdcode *fb, char ***items, size_t *n)
{
	int a_some = a->facts.nmethods > 0;
	const struct entry *some = a_some ? a : b, *any = a_some ? b : a;

	if (a->facts.nmethods > 0 && b->facts.nmethods > 0) {
		/* TRANSLATORS: %2$s and %4$s are methods, e.g. "`SUBSCRIBE`
		   or `NOTIFY`". */
		fd_add(items, n, xasprintf(_("%1$d answers only %2$s requests, "
		    "%3$d only %4$s requests."), a->code, fa->names[FD_METHODS],
		    b->code, fb->names[FD_METHODS]));
		return;
	}
	/* TRANSLATORS: %3$s is a method or methods, e.g. "`INVITE`". */
	fd_add(items, n, xasprintf(_("%1$d answers only %3$s requests; %2$d "
	    "can answer a request of any method."), some->code, any->code,
	    (a_some ? fa : fb)->names[FD_METHODS]));
}

void
fdcode_make(struct fdcode *fc, const struct entry *e)
{
	const struct facts *f = &e->facts;
	size_t i;

	memset(fc, 0, sizeof(*fc));
	if (!f->present)
		return;
	fc->sender = xasprintf(_(fd_sender_sentence(f->sent_by)), e->code);
	fc->sdp = xasprintf(_(sdp_sentences[f->sdp]), e->code);
	for (i = 0; i < 2 && (i == 0 || i < f->nnext); i++)
		fc->next[i] = xasprintf(_(fd_next_sentence(f, i)), e->code);
	fc->names[FD_MUST] = factdiff_names(f->must, f->nmust, 0);
	fc->names[FD_OFTEN] = factdiff_names(f->often, f->noften, 0);
	fc->names[FD_METHODS] = factdiff_names(f->methods, f->nmethods, 1);
}

void
fdcode_free(struct fdcode *fc)
{
	size_t i;

	free(fc->sender);
	free(fc->sdp);
	free(fc->next[0]);
	free(fc->next[1]);
	for (i = 0; i < FD__N; i++)
		free(fc->names[i]);
	memset(fc, 0, sizeof(*fc));
}

size_t
factdiff_items(const struct entry *a, const struct fdcode *fa,
    const struct entry *b, const struct fdcode *fb, char ***items, size_t *n)
{
	size_t before = *n;

	if (!a->facts.present || !b->facts.present)
		return 0;
	if (!facts_same(&a->facts, &b->facts, FACT_SCOPE))
		fd_scope(a, b, items, n);
	if (!facts_same(&a->facts, &b->facts, FACT_NEXT))
		fd_next(a, fa, b, fb, items, n);
	if (!facts_same(&a->facts, &b->facts, FACT_SENT_BY))
		fd_add(items, n, fd_pair(fa->sender, fb->sender));
	if (!facts_same(&a->facts, &b->facts, FACT_MUST_CARRY))
		fd_headers(a, fa, b, fb, 1, items, n);
	if (!facts_same(&a->facts, &b->facts, FACT_SDP))
		fd_add(items, n, fd_pair(fa->sdp, fb->sdp));
	if (!facts_same(&a->facts, &b->facts, FACT_METHODS))
		fd_methods(a, fa, b, fb, items, n);
	if (!facts_same(&a->facts, &b->facts, FACT_OFTEN_CARRIES))
		fd_headers(a, fa, b, fb, 0, items, n);
	return *n - before;
}

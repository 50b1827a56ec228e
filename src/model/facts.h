/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* facts.h: the structured facts of a code, from the "facts" field of its
 * entry: who sends it, how far it travels, the header fields it must and
 * often carries, whether it carries a session description, what the
 * client does next and the methods it answers.  The comparison sheets
 * state the facts in which two codes differ (compose/factdiff.h), and
 * every format shows them at a glance (compose/glance.h).
 *
 * Each value is a word from a fixed list; facts_name() gives the word as
 * written in the front matter (and in the JSON data). */
#ifndef SIPDOC_FACTS_H
#define SIPDOC_FACTS_H

#include <stddef.h>
#include <yaml.h>

struct fm;

/* Who sends the code: a set of roles. */
enum fact_role {
	ROLE_UAS = 1 << 0,
	ROLE_PROXY = 1 << 1,
	ROLE_REGISTRAR = 1 << 2,
	ROLE_REDIRECT = 1 << 3,
	ROLE_ANY = 1 << 4		/* any element: alone in its set */
};
#define ROLE__N	5

enum fact_scope {
	SCOPE_END_TO_END,	/* forwarded back to the UAC */
	SCOPE_HOP,		/* a proxy does not pass it on */
	SCOPE__N
};

enum fact_sdp {
	SDP_NONE,
	SDP_EARLY_MEDIA,	/* may carry SDP for early media */
	SDP_ANSWER,		/* carries the answer to the INVITE's offer */
	SDP_CAPABILITIES,	/* may describe the media it supports */
	SDP__N
};

/* What the client does next. */
enum fact_next {
	NEXT_WAIT,
	NEXT_DONE,
	NEXT_FOLLOW_CONTACT,
	NEXT_RETRY_CREDENTIALS,
	NEXT_RETRY_MODIFIED,
	NEXT_RETRY_LATER,
	NEXT_RETRY_ELSEWHERE,
	NEXT_BUSY,
	NEXT_DECLINED,
	NEXT_STOP_BRANCH,
	NEXT_STOP_EVERYWHERE,
	NEXT__N
};

/* The keys of the facts field, in the order they are written. */
enum fact_key {
	FACT_SENT_BY,
	FACT_SCOPE,
	FACT_MUST_CARRY,
	FACT_OFTEN_CARRIES,
	FACT_SDP,
	FACT_NEXT,
	FACT_METHODS,
	FACT__N
};

struct facts {
	int	 present;		/* the entry has a facts field */
	unsigned sent_by;		/* enum fact_role bits */
	int	 scope;			/* enum fact_scope */
	char	**must;			/* header fields it must carry */
	size_t	 nmust;
	char	**often;		/* header fields it often carries */
	size_t	 noften;
	int	 sdp;			/* enum fact_sdp */
	int	 next[2];		/* enum fact_next, most typical first */
	size_t	 nnext;
	char	**methods;		/* the methods it answers; none: any */
	size_t	 nmethods;
	char	*source[FACT__N];	/* where each value comes from */
};

/* The word for a value: facts_name(FACT_SDP, SDP_EARLY_MEDIA) is
 * "early-media"; for FACT_SENT_BY the value is a role's bit index. */
const char *facts_name(enum fact_key, int value);
const char *facts_key_name(enum fact_key);

/* Reads the facts field N of a front matter into F; reports every problem
 * at its position and returns -1 if there was one. */
int	 facts_load(struct fm *, yaml_node_t *n, struct facts *f);
void	 facts_free(struct facts *);

/* Whether A and B hold the same value of KEY. */
int	 facts_same(const struct facts *a, const struct facts *b,
	    enum fact_key key);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* engine.c: plans, renders and commits one output at a time; see
 * engine.h for the guarantees and outdir.h for how files are written. */
#include "system.h"

#include <unistd.h>

#include "build/engine.h"
#include "build/manifest.h"
#include "build/options.h"
#include "build/outdir.h"
#include "build/prestat.h"
#include "build/project.h"
#include "build/writer.h"
#include "format/format.h"
#include "l10n/catcache.h"
#include "l10n/i18n.h"
#include "l10n/langs.h"
#include "util/diag.h"
#include "util/fmt.h"
#include "util/textio.h"
#include "util/xalloc.h"

/* An output that grows past this is moved out of memory as it renders. */
#define SPILL_AT	(1 << 20)

struct planner {
	const struct project	*p;
	const struct format	*f;
	void			*fdata;
	size_t			 lang;
	void			*state;		/* the format's begin() */
	int			 begun;
	char			 scope[48];	/* "html/ru" */
	struct outdir		*od;		/* this thread's handle */
	struct writer		*w;		/* the writer threads */
	struct manifest		 m;
	struct sink		 sink;
	const char		*path;		/* being rendered */
	int			 spill_fd;	/* its file once it spilled, */
	int			 spill_failed;	/* or -1 */
	int			 spilled;	/* this output spilled */
	struct hasher		 spill_hash;
	long long		 spill_len;
	int			 failed;
	struct engine_stats	*st;
	/* The folders at the top of the output, and whether each is
	   staged (outdir.h). */
	struct top {
		char	 name[16];
		int	 staged;
	}			 tops[8];
	size_t			 ntops;
	int			 staged;	/* the output being planned */
	/* The files of the build's own (struct sink): written through a
	   handle of their own, whose temporary file is not that of an
	   output spilling meanwhile; a build that fails takes them back, so
	   that it leaves nothing of itself. */
	struct outdir		*side_od;
	char			**sides;
	size_t			 nsides;
};

void
sink_spill(struct sink *s)
{
	if (s->spill != NULL && s->b.len >= SPILL_AT)
		s->spill(s);
}

static void engine_result(const struct wresult *, void *);

/* A large output moves out of memory: once the writer has written what
 * it had (so this thread may write too, and the records of those files
 * come before its own), into a new file of its own. */
static void
engine_spill(struct sink *s)
{
	struct planner *pl = s->engine;

	if (pl->spill_fd < 0 && !pl->spill_failed) {
		pl->spilled = 1;
		writer_drain(pl->w);
		writer_results(pl->w, engine_result, pl);
		hasher_init(&pl->spill_hash);
		pl->spill_len = 0;
		pl->spill_fd = pl->staged ? outdir_new_direct(pl->od, pl->path) :
		    outdir_new_file(pl->od, pl->path);
		pl->spill_failed = pl->spill_fd < 0;
	}
	hasher_put(&pl->spill_hash, s->b.s, s->b.len);
	pl->spill_len += (long long)s->b.len;
	if (!pl->spill_failed &&
	    fd_write_all(pl->spill_fd, s->b.s, s->b.len) != 0) {
		outdir_errno(pl->od, pl->path, N_("cannot write"));
		pl->spill_failed = 1;
	}
	s->b.len = 0;
}

/* Whether REC says the file on disk, as FS finds it now, is what it
 * recorded. */
static int
rec_matches(const struct mrec *rec, const struct fstate *fs)
{
	return rec != NULL && fs->size >= 0 && rec->st.size == fs->size &&
	    rec->st.mtime == fs->mtime;
}

/* A spilled output, finished and put into place by this thread unless
 * the file on disk holds it already. */
static int
engine_commit_spilled(struct planner *pl, const struct output *out,
    const struct mrec *rec, const struct fstate *fs)
{
	struct fstate now = *fs;
	struct buf line = {0};
	struct digest od;
	int same, rc = -1;

	engine_spill(&pl->sink);
	od = hasher_end(&pl->spill_hash);
	if (pl->spill_failed || outdir_fstate(pl->od, pl->spill_fd, &now) != 0) {
		if (!pl->spill_failed)
			outdir_errno(pl->od, out->path, N_("cannot write"));
		goto done;
	}
	if (fs->size != pl->spill_len)
		same = 0;
	else if (rec_matches(rec, fs) && (rec->out.h[0] | rec->out.h[1]) != 0)
		same = digest_eq(&rec->out, &od);
	else
		same = outdir_same_fd(pl->od, out->path, pl->spill_fd);
	if (same) {
		now = *fs;
		rc = 0;
		goto done;
	}
	if (pl->staged) {
		rc = outdir_close_direct(pl->od, pl->spill_fd, out->path);
		pl->spill_fd = -1;
		pl->st->written += rc == 0;
		goto done;
	}
	buf_printf(&line, "%s\t%s\n", out->path, pl->scope);
	manifest_record(&line, out->path, pl->scope, &out->in, &od, &now);
	rc = outdir_journal(pl->od, out->path, line.s, line.len);
	if (rc == 0) {
		rc = outdir_place(pl->od, pl->spill_fd, out->path);
		pl->spill_fd = -1;
		pl->st->written += rc == 0;
	}
done:
	if (pl->spill_fd >= 0 && pl->staged)
		close(pl->spill_fd);
	else if (pl->spill_fd >= 0)
		outdir_discard(pl->od, pl->spill_fd);
	pl->spill_fd = -1;
	buf_free(&line);
	if (rc == 0)
		manifest_commit(&pl->m, out->path, pl->scope, &out->in, &od,
		    &now, pl->staged);
	return rc;
}

static int
engine_render(struct planner *pl, const struct output *out)
{
	if (!pl->begun) {
		pl->begun = 1;
		if (pl->f->begin != NULL)
			pl->state = pl->f->begin(pl->p, pl->fdata, pl->lang);
	}
	pl->path = out->path;
	pl->spill_fd = -1;
	pl->spill_failed = 0;
	pl->spilled = 0;
	pl->st->rendered++;
	return pl->f->render(pl->p, pl->fdata, pl->state, out, &pl->sink);
}

/* A result of the writer, into the manifest. */
static void
engine_result(const struct wresult *r, void *arg)
{
	struct planner *pl = arg;

	manifest_commit(&pl->m, r->path, r->scope, &r->in, &r->out, &r->st,
	    r->staged);
	pl->st->written += r->written;
}

/* What is on disk at OUT's path: as the manifest's reader found it, or
 * now. */
static int
engine_stat(struct planner *pl, struct mrec *rec, const char *path,
    struct fstate *fs)
{
	if (rec != NULL && rec->disk_known) {
		*fs = rec->disk;
		return 0;
	}
	if (outdir_stat(pl->od, path, fs) == 0)
		return 0;
	outdir_errno(pl->od, path, N_("cannot read"));
	return -1;
}

/* Renders OUT into a job of the writer and hands it over; a spilled one
 * is committed here. */
static int
engine_output(struct planner *pl, const struct output *out, struct mrec *rec,
    const struct fstate *fs)
{
	struct wjob *j = writer_job(pl->w);
	int rc;

	pl->sink.b = j->data;
	rc = engine_render(pl, out);
	if (pl->spilled && rc == 0)
		rc = engine_commit_spilled(pl, out, rec, fs);
	else if (pl->spill_fd >= 0) {
		if (pl->staged)
			close(pl->spill_fd);
		else
			outdir_discard(pl->od, pl->spill_fd);
		pl->spill_fd = -1;
	}
	j->data = pl->sink.b;
	memset(&pl->sink.b, 0, sizeof(pl->sink.b));
	if (rc != 0 || pl->spilled) {
		writer_cancel(pl->w, j);
		return rc;
	}
	fmt_snprintf(j->path, sizeof(j->path), "%s", out->path);
	fmt_snprintf(j->scope, sizeof(j->scope), "%s", pl->scope);
	j->in = out->in;
	j->disk = *fs;
	j->staged = pl->staged;
	memset(&j->known, 0, sizeof(j->known));
	if (rec_matches(rec, fs))
		j->known = rec->out;
	writer_submit(pl->w, j);
	return 0;
}

/* Whether PATH's top folder is staged: it was not there when the build
 * first wrote into it. */
static int
engine_top(struct planner *pl, const char *path)
{
	size_t n = strcspn(path, "/"), i;
	struct top *t;

	if (path[n] == '\0' || n >= sizeof(pl->tops[0].name))
		return 0;
	for (i = 0; i < pl->ntops; i++)
		if (strlen(pl->tops[i].name) == n &&
		    strncmp(pl->tops[i].name, path, n) == 0)
			return pl->tops[i].staged;
	if (pl->ntops == ARRAY_LEN(pl->tops))
		return 0;
	t = &pl->tops[pl->ntops++];
	fmt_snprintf(t->name, sizeof(t->name), "%.*s", (int)n, path);
	t->staged = !outdir_top_exists(pl->od, t->name);
	return t->staged;
}

void
planner_add(struct planner *pl, const struct output *out)
{
	struct mrec *rec;
	struct fstate fs;

	writer_results(pl->w, engine_result, pl);
	if (pl->failed || writer_failed(pl->w)) {
		pl->failed = 1;
		return;
	}
	pl->st->outputs++;
	pl->staged = engine_top(pl, out->path);
	rec = manifest_find(&pl->m, out->path);
	if (rec != NULL)
		rec->seen = 1;
	if (engine_stat(pl, rec, out->path, &fs) != 0)
		pl->failed = 1;
	else if (rec_matches(rec, &fs) && digest_eq(&rec->in, &out->in))
		return;			/* unchanged: not rendered, not read */
	else if (engine_output(pl, out, rec, &fs) != 0)
		pl->failed = 1;
}

/* One format in one language (or LANG_NONE). */
static void
engine_plan(struct planner *pl, size_t fi, size_t lang)
{
	const struct project *p = pl->p;

	pl->f = p->fmt[fi];
	pl->fdata = p->fdata[fi];
	pl->lang = lang;
	pl->state = NULL;
	pl->begun = 0;
	fmt_snprintf(pl->scope, sizeof(pl->scope), "%s/%s", pl->f->name,
	    lang == LANG_NONE ? "-" : p->langs[lang].code);
	i18n_use(lang == LANG_NONE ? "en" : p->langs[lang].code);
	pl->f->plan(p, pl->fdata, lang, pl);
	if (pl->begun && pl->f->end != NULL)
		pl->f->end(pl->state, &pl->sink);
}

struct unstage_arg {
	struct outdir	*od;
	struct buf	 b;
	const char	*top;		/* for a diagnostic: a staged folder */
};

/* A staged file, into the journal (by chunks of 64 KB), before its folder
 * is put into place. */
static int
unstage_journal(const char *path, const char *scope, void *arg)
{
	struct unstage_arg *ua = arg;

	buf_printf(&ua->b, "%s\t%s\n", path, scope);
	if (ua->b.len < 65536)
		return 0;
	if (outdir_journal(ua->od, ua->top, ua->b.s, ua->b.len) != 0)
		return -1;
	ua->b.len = 0;
	return 0;
}

/* Puts each staged folder into place, after journalling every file in
 * them, in one pass over the records (should the build be killed before
 * its manifest is written); after a failure, drops them, with their
 * records. */
static void
engine_unstage(struct planner *pl)
{
	struct unstage_arg ua = { pl->od, {0}, NULL };
	size_t k;

	for (k = 0; k < pl->ntops && ua.top == NULL; k++)
		if (pl->tops[k].staged)
			ua.top = pl->tops[k].name;
	if (ua.top == NULL || pl->failed)
		goto done;
	if (manifest_each_staged(&pl->m, unstage_journal, &ua) != 0 ||
	    (ua.b.len > 0 && outdir_journal(pl->od, ua.top, ua.b.s,
	    ua.b.len) != 0))
		pl->failed = 1;
	for (k = 0; k < pl->ntops && !pl->failed; k++)
		if (pl->tops[k].staged && outdir_unstage(pl->od,
		    pl->tops[k].name) != 0)
			pl->failed = 1;
done:
	buf_free(&ua.b);
	if (!pl->failed)
		return;
	outdir_unstage_abort(pl->od);
	manifest_drop_staged(&pl->m);
}

/* Whether a record that this build did not produce is stale: it was made
 * by a format this build renders, in a language it renders (with no
 * --lang, every language: one that is gone is stale too). */
static int
engine_stale(const struct planner *pl, const char *scope)
{
	const struct project *p = pl->p;
	const char *slash = strchr(scope, '/');
	size_t i, n = slash != NULL ? (size_t)(slash - scope) : 0;
	int fmt = 0;

	for (i = 0; i < p->nfmt; i++)
		if (strlen(p->fmt[i]->name) == n &&
		    strncmp(p->fmt[i]->name, scope, n) == 0)
			fmt = 1;
	if (!fmt && p->o->formats != NULL)
		return 0;
	if (p->o->langs == NULL || strcmp(slash + 1, "-") == 0)
		return 1;
	for (i = 0; i < p->nlangs; i++)
		if (strcmp(p->langs[i].code, slash + 1) == 0)
			return 1;
	return 0;
}

/* After a successful plan, the files the manifest knows and this build
 * did not produce go, with the folders they leave empty. */
static void
engine_remove_stale(struct planner *pl)
{
	size_t i;

	for (i = 0; i < pl->m.n && !pl->failed; i++) {
		struct mrec *r = &pl->m.v[i];

		if (r->seen || r->dead ||
		    !engine_stale(pl, manifest_scope(&pl->m, r)))
			continue;
		if (outdir_remove(pl->od, manifest_path(&pl->m, r)) != 0)
			pl->failed = 1;
		else {
			r->dead = 1;
			pl->m.dirty = 1;
			pl->st->removed++;
		}
	}
}

static int
engine_side_open(struct sink *s, const char *name)
{
	struct planner *pl = s->engine;

	if (pl->side_od == NULL)
		pl->side_od = outdir_clone(pl->od, OUTDIR_SIDE);
	return outdir_new_file(pl->side_od, name);
}

static void
engine_side_close(struct sink *s, int fd, const char *name, int ok)
{
	struct planner *pl = s->engine;

	if (!ok)
		outdir_discard(pl->side_od, fd);
	else if (outdir_place(pl->side_od, fd, name) == 0) {
		pl->sides = xreallocarray(pl->sides, pl->nsides + 1,
		    sizeof(*pl->sides));
		pl->sides[pl->nsides++] = xstrdup(name);
	}
}

/* Keeps what libgettextpo read of each catalog for the next build
 * (catcache.h). */
static void
engine_save_catalogs(struct planner *pl)
{
	const struct project *p = pl->p;
	char name[64];
	size_t l;

	for (l = 0; l < p->nlangs; l++) {
		const struct catalog *c = p->langs[l].cat;
		struct buf b = {0};
		int fd;

		if (c == NULL || !c->cacheable)
			continue;
		catcache_name(name, sizeof(name), c->lang);
		catcache_dump(c, &b);
		if ((fd = engine_side_open(&pl->sink, name)) >= 0)
			engine_side_close(&pl->sink, fd, name,
			    fd_write_all(fd, b.s, b.len) == 0);
		buf_free(&b);
	}
}

int
engine_build(const struct project *p, struct prestat *ps,
    struct engine_stats *st)
{
	struct planner pl;
	char *journal, *name;
	size_t fi, l;

	memset(&pl, 0, sizeof(pl));
	memset(st, 0, sizeof(*st));
	pl.p = p;
	pl.st = st;
	pl.sink.spill = engine_spill;
	pl.sink.engine = &pl;
	pl.sink.side_open = engine_side_open;
	pl.sink.side_close = engine_side_close;
	prestat_finish(ps, &pl.m);
	pl.od = outdir_open(p->o->out);
	if (pl.od == NULL) {
		manifest_free(&pl.m);
		return -1;
	}
	if (pl.m.damaged) {
		name = outdir_name(pl.od, ".sipdoc-manifest");
		diag(DIAG_WARNING, name, 0, 0, _("damaged manifest ignored: "
		    "every output is rendered and compared with the file on "
		    "disk"));
		free(name);
		pl.m.dirty = 1;
	}
	journal = outdir_recover(pl.od);
	manifest_journal(&pl.m, journal);
	free(journal);
	pl.w = writer_start(pl.od);
	for (fi = 0; fi < p->nfmt && !pl.failed; fi++) {
		engine_plan(&pl, fi, LANG_NONE);
		for (l = 0; l < p->nlangs && !pl.failed; l++)
			engine_plan(&pl, fi, l);
	}
	i18n_restore();
	if (writer_finish(pl.w, engine_result, &pl) != 0)
		pl.failed = 1;
	engine_unstage(&pl);
	if (!pl.failed)
		engine_save_catalogs(&pl);
	for (l = 0; pl.failed && l < pl.nsides; l++)
		outdir_remove(pl.od, pl.sides[l]);
	strv_free(pl.sides, pl.nsides);
	if (pl.side_od != NULL)
		outdir_close(pl.side_od);
	engine_remove_stale(&pl);
	if (manifest_write(&pl.m, pl.od, pl.failed) == 0)
		outdir_journal_done(pl.od);
	else
		pl.failed = 1;
	buf_free(&pl.sink.b);
	manifest_free(&pl.m);
	outdir_close(pl.od);
	return pl.failed ? -1 : 0;
}

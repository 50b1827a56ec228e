/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* writer.c: the writer threads: a short queue of rendered outputs in, a
 * list of results out, and between them the files written in batches.
 * Each thread has its own handle of the output folder and its own batch;
 * they share the queue, the results and the journal (appends of whole
 * lines, which O_APPEND keeps whole). */
#include "system.h"

#include <pthread.h>
#include <unistd.h>

#include "build/manifest.h"
#include "build/writer.h"
#include "util/diag.h"
#include "util/textio.h"
#include "util/xalloc.h"

#define QUEUE	24	/* jobs handed over and not yet written */
#define BATCH	8	/* files put into place together: as many files
			   replaced are kept for the next ones (spare.c), and
			   those not used again when the build leaves their
			   folder are removed, which costs a free and a discard
			   each */
#define BIG_JOB	(256 * 1024)	/* bytes of room a job keeps */
#define THREADS	1

/* A file written and waiting to be put into place with its batch, or
 * (fd -1) one found unchanged behind such files, so that the results come
 * back in the order of the jobs and the manifest's order is the build's,
 * not the timing's. */
struct pending {
	struct wjob	*job;
	int		 fd;
	struct fstate	 st;
};

struct wthread {
	struct writer	*w;
	pthread_t	 thread;
	struct outdir	*od;
	struct pending	 batch[BATCH];
	size_t		 nbatch;
};

/* The engine's thread waits on CHANGED: for room in the queue, which it
 * asks for a quarter of the queue at a time (WANT), so that the two
 * threads do not wake each other for every page; and for the writer to
 * be done (writer_drain()).  The writer waits on WORK. */
struct writer {
	pthread_mutex_t	 lock;
	pthread_cond_t	 changed;
	pthread_cond_t	 work;
	size_t		 want;		/* free jobs the engine waits for */
	struct wjob	 jobs[QUEUE];
	struct wjob	*queue[QUEUE];	/* handed over, in order */
	size_t		 head, count;
	struct wjob	*free[QUEUE];
	size_t		 nfree;
	int		 busy;		/* threads writing or flushing */
	int		 stop;
	int		 failed;
	struct wresult	*results;
	size_t		 nresults, cap;
	struct wthread	 t[THREADS];
};

static void
writer_result(struct writer *w, const struct wjob *j, const struct fstate *st,
    int written)
{
	struct wresult *r;

	pthread_mutex_lock(&w->lock);
	if (w->nresults == w->cap)
		w->results = xreallocarray(w->results,
		    w->cap = w->cap ? w->cap * 2 : 64, sizeof(*w->results));
	r = &w->results[w->nresults++];
	memcpy(r->path, j->path, sizeof(r->path));
	memcpy(r->scope, j->scope, sizeof(r->scope));
	r->in = j->in;
	r->out = j->out;
	r->st = *st;
	r->written = written;
	r->staged = j->staged;
	pthread_mutex_unlock(&w->lock);
}

/* Gives J back, the lock held. */
static void
writer_free(struct writer *w, struct wjob *j)
{
	w->free[w->nfree++] = j;
	if (w->want > 0 && w->nfree >= w->want)
		pthread_cond_broadcast(&w->changed);
}

static void
writer_release(struct writer *w, struct wjob *j)
{
	pthread_mutex_lock(&w->lock);
	writer_free(w, j);
	pthread_mutex_unlock(&w->lock);
}

static void
writer_fail(struct writer *w)
{
	pthread_mutex_lock(&w->lock);
	w->failed = 1;
	pthread_mutex_unlock(&w->lock);
}

/* Puts a thread's batch into place: its paths into the journal first,
 * then each file, then the records of those that were put into place.
 * After a failure the rest are discarded. */
static void
batch_flush(struct wthread *t)
{
	struct buf intents = {0}, records = {0};
	const char *first = NULL;
	size_t i;
	int ok = 1;

	if (t->nbatch == 0)
		return;
	for (i = 0; i < t->nbatch; i++) {
		if (t->batch[i].fd < 0)
			continue;
		if (first == NULL)
			first = t->batch[i].job->path;
		buf_printf(&intents, "%s\t%s\n", t->batch[i].job->path,
		    t->batch[i].job->scope);
	}
	if (first != NULL)
		ok = outdir_journal(t->od, first, intents.s, intents.len) == 0;
	for (i = 0; i < t->nbatch; i++) {
		struct pending *pd = &t->batch[i];
		struct wjob *j = pd->job;

		if (pd->fd < 0)
			writer_result(t->w, j, &j->disk, 0);
		else if (!ok)
			outdir_discard(t->od, pd->fd);
		else if (outdir_place(t->od, pd->fd, j->path) != 0)
			ok = 0;
		else {
			manifest_record(&records, j->path, j->scope, &j->in,
			    &j->out, &pd->st);
			writer_result(t->w, j, &pd->st, 1);
		}
		writer_release(t->w, j);
	}
	if (records.len > 0 && outdir_journal(t->od, first, records.s,
	    records.len) != 0)
		ok = 0;
	if (!ok)
		writer_fail(t->w);
	t->nbatch = 0;
	buf_free(&intents);
	buf_free(&records);
}

/* The digest of the job's bytes. */
static void
job_hash(struct wjob *j)
{
	j->out = digest_of(j->data.s != NULL ? j->data.s : "", j->data.len);
}

/* Whether the file at the job's path already holds its bytes. */
static int
job_same(struct wthread *t, const struct wjob *j)
{
	if (j->disk.size != (long long)j->data.len)
		return 0;
	if ((j->known.h[0] | j->known.h[1]) != 0)
		return digest_eq(&j->known, &j->out);	/* known: not read */
	return outdir_same(t->od, j->path, j->data.s, j->data.len);
}

/* A file of a staged folder: written at its name, nothing to journal. */
static void
job_direct(struct wthread *t, struct wjob *j)
{
	struct fstate st;
	int fd = outdir_new_direct(t->od, j->path), rc = -1;

	if (fd >= 0) {
		if (fd_write_all(fd, j->data.s, j->data.len) != 0 ||
		    outdir_fstate(t->od, fd, &st) != 0) {
			outdir_errno(t->od, j->path, N_("cannot write"));
			close(fd);
		} else
			rc = outdir_close_direct(t->od, fd, j->path);
	}
	if (rc == 0)
		writer_result(t->w, j, &st, 1);
	else
		writer_fail(t->w);
	writer_release(t->w, j);
}

static void
job_write(struct wthread *t, struct wjob *j)
{
	struct pending *pd;
	int fd;

	if (!j->hashed)		/* see writer_submit() */
		job_hash(j);
	if (j->staged) {
		job_direct(t, j);
		return;
	}
	if (job_same(t, j)) {
		if (t->nbatch == 0) {
			writer_result(t->w, j, &j->disk, 0);
			writer_release(t->w, j);
		} else {		/* its result after theirs */
			t->batch[t->nbatch].job = j;
			t->batch[t->nbatch++].fd = -1;
		}
		return;
	}
	if (outdir_serial(t->od))
		batch_flush(t);		/* one named temporary file at a time */
	fd = outdir_new_file(t->od, j->path);
	if (fd >= 0 && fd_write_all(fd, j->data.s, j->data.len) == 0) {
		pd = &t->batch[t->nbatch++];
		pd->job = j;
		pd->fd = fd;
		if (outdir_fstate(t->od, fd, &pd->st) == 0)
			return;
		t->nbatch--;
	}
	if (fd >= 0) {
		outdir_errno(t->od, j->path, N_("cannot write"));
		outdir_discard(t->od, fd);
	}
	writer_fail(t->w);
	writer_release(t->w, j);
}

static void *
writer_run(void *arg)
{
	struct wthread *t = arg;
	struct writer *w = t->w;
	struct wjob *j;

	pthread_mutex_lock(&w->lock);
	for (;;) {
		while (w->count == 0 && !w->stop) {
			if (t->nbatch > 0) {	/* nothing waits: flush */
				pthread_mutex_unlock(&w->lock);
				batch_flush(t);
				pthread_mutex_lock(&w->lock);
				continue;
			}
			w->busy--;
			pthread_cond_broadcast(&w->changed);
			pthread_cond_wait(&w->work, &w->lock);
			w->busy++;
		}
		if (w->count == 0)
			break;
		j = w->queue[w->head];
		w->head = (w->head + 1) % QUEUE;
		w->count--;
		if (w->failed) {
			writer_free(w, j);
			continue;
		}
		pthread_mutex_unlock(&w->lock);
		job_write(t, j);
		if (t->nbatch == BATCH)
			batch_flush(t);
		pthread_mutex_lock(&w->lock);
	}
	w->busy--;
	pthread_cond_broadcast(&w->changed);
	pthread_mutex_unlock(&w->lock);
	batch_flush(t);
	return NULL;
}

struct writer *
writer_start(const struct outdir *od)
{
	struct writer *w = xcalloc(1, sizeof(*w));
	size_t i;

	pthread_mutex_init(&w->lock, NULL);
	pthread_cond_init(&w->changed, NULL);
	pthread_cond_init(&w->work, NULL);
	for (i = 0; i < QUEUE; i++)
		w->free[w->nfree++] = &w->jobs[i];
	w->busy = THREADS;
	for (i = 0; i < THREADS; i++) {
		w->t[i].w = w;
		w->t[i].od = outdir_clone(od, (int)i);
		if (pthread_create(&w->t[i].thread, NULL, writer_run,
		    &w->t[i]) != 0) {
			diag(DIAG_ERROR, NULL, 0, 0, _("cannot start a "
			    "thread"));
			exit(EXIT_FAILURE);
		}
	}
	return w;
}

struct wjob *
writer_job(struct writer *w)
{
	struct wjob *j;

	pthread_mutex_lock(&w->lock);
	if (w->nfree == 0) {
		w->want = QUEUE / 4;
		while (w->nfree < w->want)
			pthread_cond_wait(&w->changed, &w->lock);
		w->want = 0;
	}
	j = w->free[--w->nfree];
	pthread_mutex_unlock(&w->lock);
	/* A page is some kilobytes; room left by a large output (the sitemap,
	   an index) is given back rather than kept in every job. */
	if (j->data.cap > BIG_JOB)
		buf_free(&j->data);
	j->data.len = 0;
	if (j->data.s != NULL)
		j->data.s[0] = '\0';
	return j;
}

/* Hashing every byte of the site is the writer's to do while the next
 * page renders; but when the writer is behind (the queue half full), the
 * thread that renders would soon wait for it, and hashes the job itself
 * meanwhile. */
void
writer_submit(struct writer *w, struct wjob *j)
{
	int behind;

	pthread_mutex_lock(&w->lock);
	behind = w->count >= QUEUE / 2;
	pthread_mutex_unlock(&w->lock);
	j->hashed = behind;
	if (behind)
		job_hash(j);
	pthread_mutex_lock(&w->lock);
	w->queue[(w->head + w->count) % QUEUE] = j;
	w->count++;
	pthread_cond_signal(&w->work);
	pthread_mutex_unlock(&w->lock);
}

void
writer_cancel(struct writer *w, struct wjob *j)
{
	writer_release(w, j);
}

void
writer_drain(struct writer *w)
{
	pthread_mutex_lock(&w->lock);
	while (w->count > 0 || w->busy > 0)
		pthread_cond_wait(&w->changed, &w->lock);
	pthread_mutex_unlock(&w->lock);
}

void
writer_results(struct writer *w, wresult_fn fn, void *arg)
{
	struct wresult *v;
	size_t n, i;

	pthread_mutex_lock(&w->lock);
	v = w->results;
	n = w->nresults;
	w->results = NULL;
	w->nresults = w->cap = 0;
	pthread_mutex_unlock(&w->lock);
	for (i = 0; i < n; i++)
		fn(&v[i], arg);
	free(v);
}

int
writer_failed(struct writer *w)
{
	int f;

	pthread_mutex_lock(&w->lock);
	f = w->failed;
	pthread_mutex_unlock(&w->lock);
	return f;
}

int
writer_finish(struct writer *w, wresult_fn fn, void *arg)
{
	size_t i;
	int failed, reported;

	pthread_mutex_lock(&w->lock);
	w->stop = 1;
	pthread_cond_broadcast(&w->work);
	pthread_mutex_unlock(&w->lock);
	for (i = 0; i < THREADS; i++)
		pthread_join(w->t[i].thread, NULL);
	writer_results(w, fn, arg);
	failed = w->failed;
	for (i = 0, reported = 0; i < THREADS; i++) {
		if (!reported)		/* one failure is enough to tell */
			reported = outdir_report(w->t[i].od);
		outdir_close(w->t[i].od);
	}
	for (i = 0; i < QUEUE; i++)
		buf_free(&w->jobs[i].data);
	pthread_cond_destroy(&w->changed);
	pthread_cond_destroy(&w->work);
	pthread_mutex_destroy(&w->lock);
	free(w);
	return failed ? -1 : 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* writer.c: the writer thread: a short queue of rendered outputs in, a
 * list of results out, and between them the files written in batches. */
#include "system.h"

#include <pthread.h>
#include <unistd.h>

#include "build/manifest.h"
#include "build/writer.h"
#include "util/xalloc.h"

#define QUEUE	16	/* jobs handed over and not yet written */
#define BATCH	16	/* files put into place together */

/* A file written and waiting to be put into place with its batch. */
struct pending {
	struct wjob	*job;
	int		 fd;
	struct digest	 out;
	struct fstate	 st;
};

struct writer {
	struct outdir	*od;
	pthread_t	 thread;
	pthread_mutex_t	 lock;
	pthread_cond_t	 changed;
	struct wjob	 jobs[QUEUE];
	struct wjob	*queue[QUEUE];	/* handed over, in order */
	size_t		 head, count;
	struct wjob	*free[QUEUE];
	size_t		 nfree;
	int		 busy;		/* a job is being written */
	int		 stop;
	int		 failed;
	struct wresult	*results;
	size_t		 nresults, cap;
	/* The writer thread's own: the batch. */
	struct pending	 batch[BATCH];
	size_t		 nbatch;
};

static void
writer_result(struct writer *w, const struct wjob *j, const struct digest *out,
    const struct fstate *st, int written)
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
	r->out = *out;
	r->st = *st;
	r->written = written;
	pthread_mutex_unlock(&w->lock);
}

static void
writer_release(struct writer *w, struct wjob *j)
{
	pthread_mutex_lock(&w->lock);
	w->free[w->nfree++] = j;
	pthread_cond_broadcast(&w->changed);
	pthread_mutex_unlock(&w->lock);
}

static void
writer_fail(struct writer *w)
{
	pthread_mutex_lock(&w->lock);
	w->failed = 1;
	pthread_mutex_unlock(&w->lock);
}

/* Puts the batch into place: its paths into the journal first, then each
 * file, then the records of those that were put into place.  After a
 * failure the rest are discarded. */
static void
batch_flush(struct writer *w)
{
	struct buf intents = {0}, records = {0};
	size_t i;
	int ok;

	if (w->nbatch == 0)
		return;
	for (i = 0; i < w->nbatch; i++)
		buf_printf(&intents, "%s\t%s\n", w->batch[i].job->path,
		    w->batch[i].job->scope);
	ok = outdir_journal(w->od, w->batch[0].job->path, intents.s,
	    intents.len) == 0;
	for (i = 0; i < w->nbatch; i++) {
		struct pending *pd = &w->batch[i];

		if (!ok)
			outdir_discard(w->od, pd->fd);
		else if (outdir_place(w->od, pd->fd, pd->job->path) != 0)
			ok = 0;
		else {
			manifest_record(&records, pd->job->path, pd->job->scope,
			    &pd->job->in, &pd->out, &pd->st);
			writer_result(w, pd->job, &pd->out, &pd->st, 1);
		}
		writer_release(w, pd->job);
	}
	if (records.len > 0 && outdir_journal(w->od, w->batch[0].job->path,
	    records.s, records.len) != 0)
		ok = 0;
	if (!ok)
		writer_fail(w);
	w->nbatch = 0;
	buf_free(&intents);
	buf_free(&records);
}

/* Whether the file at the job's path already holds its bytes. */
static int
job_same(struct writer *w, const struct wjob *j, const struct digest *od)
{
	if (j->disk.size != (long long)j->data.len)
		return 0;
	if ((j->known.h[0] | j->known.h[1]) != 0)
		return digest_eq(&j->known, od);	/* known: not read */
	return outdir_same(w->od, j->path, j->data.s, j->data.len);
}

static void
job_write(struct writer *w, struct wjob *j)
{
	struct digest od = digest_of(j->data.s != NULL ? j->data.s : "",
	    j->data.len);
	struct pending *pd;
	int fd;

	if (job_same(w, j, &od)) {
		writer_result(w, j, &od, &j->disk, 0);
		writer_release(w, j);
		return;
	}
	if (outdir_serial(w->od))
		batch_flush(w);		/* one named temporary file at a time */
	fd = outdir_new_file(w->od, j->path);
	if (fd >= 0 && outdir_write_all(fd, j->data.s, j->data.len) == 0) {
		pd = &w->batch[w->nbatch++];
		pd->job = j;
		pd->fd = fd;
		pd->out = od;
		if (outdir_fstate(fd, &pd->st) == 0)
			return;
		w->nbatch--;
	}
	if (fd >= 0) {
		outdir_errno(w->od, j->path, N_("cannot write"));
		outdir_discard(w->od, fd);
	}
	writer_fail(w);
	writer_release(w, j);
}

static void *
writer_run(void *arg)
{
	struct writer *w = arg;
	struct wjob *j;

	pthread_mutex_lock(&w->lock);
	for (;;) {
		while (w->count == 0 && !w->stop) {
			if (w->nbatch > 0) {	/* nothing waits: flush */
				pthread_mutex_unlock(&w->lock);
				batch_flush(w);
				pthread_mutex_lock(&w->lock);
				continue;
			}
			w->busy = 0;
			pthread_cond_broadcast(&w->changed);
			pthread_cond_wait(&w->changed, &w->lock);
		}
		if (w->count == 0)
			break;
		j = w->queue[w->head];
		w->head = (w->head + 1) % QUEUE;
		w->count--;
		w->busy = 1;
		pthread_cond_broadcast(&w->changed);
		if (w->failed) {
			w->free[w->nfree++] = j;
			continue;
		}
		pthread_mutex_unlock(&w->lock);
		job_write(w, j);
		if (w->nbatch == BATCH)
			batch_flush(w);
		pthread_mutex_lock(&w->lock);
	}
	pthread_mutex_unlock(&w->lock);
	batch_flush(w);
	return NULL;
}

struct writer *
writer_start(struct outdir *od)
{
	struct writer *w = xcalloc(1, sizeof(*w));
	size_t i;

	w->od = od;
	pthread_mutex_init(&w->lock, NULL);
	pthread_cond_init(&w->changed, NULL);
	for (i = 0; i < QUEUE; i++)
		w->free[w->nfree++] = &w->jobs[i];
	w->busy = 1;
	if (pthread_create(&w->thread, NULL, writer_run, w) != 0) {
		fputs("sipdoc: error: cannot start a thread\n", stderr);
		exit(EXIT_FAILURE);
	}
	return w;
}

struct wjob *
writer_job(struct writer *w)
{
	struct wjob *j;

	pthread_mutex_lock(&w->lock);
	while (w->nfree == 0)
		pthread_cond_wait(&w->changed, &w->lock);
	j = w->free[--w->nfree];
	pthread_mutex_unlock(&w->lock);
	j->data.len = 0;
	if (j->data.s != NULL)
		j->data.s[0] = '\0';
	return j;
}

void
writer_submit(struct writer *w, struct wjob *j)
{
	pthread_mutex_lock(&w->lock);
	w->queue[(w->head + w->count) % QUEUE] = j;
	w->count++;
	pthread_cond_broadcast(&w->changed);
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
	while (w->count > 0 || w->busy)
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
writer_finish(struct writer *w)
{
	size_t i;
	int failed;

	pthread_mutex_lock(&w->lock);
	w->stop = 1;
	pthread_cond_broadcast(&w->changed);
	pthread_mutex_unlock(&w->lock);
	pthread_join(w->thread, NULL);
	failed = w->failed;
	for (i = 0; i < QUEUE; i++)
		buf_free(&w->jobs[i].data);
	free(w->results);
	pthread_cond_destroy(&w->changed);
	pthread_mutex_destroy(&w->lock);
	free(w);
	return failed ? -1 : 0;
}

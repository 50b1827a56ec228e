/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* prestat.c: the manifest read in a thread while the content loads. */
#include "system.h"

#include <pthread.h>

#include "build/manifest.h"
#include "build/outdir.h"
#include "build/prestat.h"
#include "util/xalloc.h"

struct prestat {
	char		*out;
	struct manifest	 m;
	pthread_t	 thread;
	int		 started;
};

static void *
prestat_run(void *arg)
{
	struct prestat *ps = arg;
	struct outdir *od = outdir_open_ro(ps->out);

	manifest_read(&ps->m, od);
	manifest_stat(&ps->m, od);
	outdir_close(od);
	return NULL;
}

struct prestat *
prestat_start(const char *out)
{
	struct prestat *ps = xcalloc(1, sizeof(*ps));

	ps->out = xstrdup(out);
	ps->started = pthread_create(&ps->thread, NULL, prestat_run, ps) == 0;
	return ps;
}

void
prestat_finish(struct prestat *ps, struct manifest *m)
{
	if (ps->started)
		pthread_join(ps->thread, NULL);
	else
		prestat_run(ps);
	*m = ps->m;
	free(ps->out);
	free(ps);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* watch.c: inotify over folder trees (watch.h).  inotify watches one
 * folder at a time, so each folder gets a watch, and a folder created or
 * moved in later gets one when its event arrives. */
#include "system.h"

#include <dirent.h>
#include <errno.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd/watch.h"
#include "util/diag.h"
#include "util/xalloc.h"

/* IN_CREATE is for new folders: a new file counts once it is closed. */
#define WATCH_MASK (IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | \
	IN_CREATE | IN_DELETE)

/* A watched folder: its watch descriptor and its path. */
struct wdir {
	int	 wd;
	char	*path;
};

struct watch {
	int		 fd;
	struct wdir	*dirs;
	size_t		 n;
};

struct watch *
watch_new(void)
{
	struct watch *w = xcalloc(1, sizeof(*w));

	w->fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
	if (w->fd < 0) {
		diag_errno(NULL, _("cannot watch the content for changes"));
		free(w);
		return NULL;
	}
	return w;
}

void
watch_free(struct watch *w)
{
	size_t i;

	if (w == NULL)
		return;
	for (i = 0; i < w->n; i++)
		free(w->dirs[i].path);
	free(w->dirs);
	close(w->fd);
	free(w);
}

int
watch_fd(const struct watch *w)
{
	return w->fd;
}

/* Names that are not the project's files: hidden, or editors' backups. */
static int
watch_ignored(const char *name)
{
	size_t n = strlen(name);

	return name[0] == '.' || (n > 0 && name[n - 1] == '~');
}

static int
watch_one(struct watch *w, const char *dir)
{
	int wd = inotify_add_watch(w->fd, dir, WATCH_MASK | IN_ONLYDIR);
	size_t i;

	if (wd < 0) {
		diag_errno(dir, _("cannot watch the content for changes"));
		return -1;
	}
	for (i = 0; i < w->n; i++)
		if (w->dirs[i].wd == wd) {
			free(w->dirs[i].path);
			w->dirs[i].path = xstrdup(dir);
			return 0;
		}
	w->dirs = xreallocarray(w->dirs, w->n + 1, sizeof(*w->dirs));
	w->dirs[w->n].wd = wd;
	w->dirs[w->n++].path = xstrdup(dir);
	return 0;
}

int
watch_add(struct watch *w, const char *dir)
{
	DIR *d;
	struct dirent *de;
	struct stat st;
	int rc = watch_one(w, dir);

	if (rc != 0 || (d = opendir(dir)) == NULL)
		return rc;
	while (rc == 0 && (de = readdir(d)) != NULL) {
		char *p;

		if (watch_ignored(de->d_name))
			continue;
		p = xasprintf("%s/%s", dir, de->d_name);
		if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode))
			rc = watch_add(w, p);
		free(p);
	}
	closedir(d);
	return rc;
}

static const char *
watch_path(const struct watch *w, int wd)
{
	size_t i;

	for (i = 0; i < w->n; i++)
		if (w->dirs[i].wd == wd)
			return w->dirs[i].path;
	return NULL;
}

/* One event: 1 when it changes the project.  A new folder is watched. */
static int
watch_event(struct watch *w, const struct inotify_event *ev)
{
	const char *dir = watch_path(w, ev->wd);

	if (ev->len == 0 || dir == NULL || watch_ignored(ev->name))
		return 0;
	if ((ev->mask & IN_ISDIR) && (ev->mask & (IN_CREATE | IN_MOVED_TO))) {
		char *p = xasprintf("%s/%s", dir, ev->name);

		watch_add(w, p);
		free(p);
		return 1;
	}
	return (ev->mask & IN_CREATE) == 0;
}

int
watch_read(struct watch *w)
{
	char ev[16384] __attribute__((aligned(__alignof__(struct inotify_event))));
	int changed = 0;
	ssize_t n;
	char *p;

	while ((n = read(w->fd, ev, sizeof(ev))) > 0)
		for (p = ev; p < ev + n; ) {
			const struct inotify_event *e = (const void *)p;

			changed |= watch_event(w, e);
			p += sizeof(*e) + e->len;
		}
	if (n < 0 && errno != EAGAIN && errno != EINTR)
		diag_errno(NULL, _("cannot watch the content for changes"));
	return changed;
}

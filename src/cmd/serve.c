/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* serve.c: `sipdoc serve` (serve.h): one loop over the signals, the
 * content's changes and the web server's connections.  SIGINT and SIGTERM
 * are read from a signalfd: a rebuild under way finishes before the
 * server stops. */
#include "system.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include "build/engine.h"
#include "build/options.h"
#include "cmd/build.h"
#include "cmd/http.h"
#include "cmd/serve.h"
#include "cmd/watch.h"
#include "util/diag.h"
#include "util/xalloc.h"

struct serve {
	const struct options	*o;
	struct watch		*w;
	struct http		*h;
	int			 sfd;
};

/* Whether the comma-separated LIST of formats has html. */
static int
has_html(const char *list)
{
	size_t n = strlen("html");
	const char *p;

	for (p = list; (p = strstr(p, "html")) != NULL; p += n)
		if ((p == list || p[-1] == ',') && (p[n] == ',' || p[n] == '\0'))
			return 1;
	return 0;
}

/* Editors save in several steps (a new file, a rename, a removal): wait
 * until the content has been quiet for 30 ms, a third of a second at
 * most. */
static void
serve_settle(struct watch *w)
{
	struct pollfd pf = { watch_fd(w), POLLIN, 0 };
	int i;

	for (i = 0; i < 10 && poll(&pf, 1, 30) > 0; i++)
		watch_read(w);
}

static void
serve_rebuild(struct serve *s)
{
	struct engine_stats st;

	serve_settle(s->w);
	if (cmd_build_stats(s->o, &st) == 0 && st.written + st.removed > 0)
		http_reload(s->h);
}

static int
serve_loop(struct serve *s)
{
	struct pollfd pf[3] = {
		{ s->sfd, POLLIN, 0 },
		{ watch_fd(s->w), POLLIN, 0 },
		{ http_fd(s->h), POLLIN, 0 },
	};

	for (;;) {
		if (poll(pf, 3, http_timeout(s->h)) < 0 && errno != EINTR) {
			diag_errno(NULL, "poll");
			return -1;
		}
		if (pf[0].revents & POLLIN)
			return 0;
		if ((pf[1].revents & POLLIN) && watch_read(s->w))
			serve_rebuild(s);
		http_run(s->h);
	}
}

/* Blocks SIGINT and SIGTERM, to read them from a signalfd. */
static int
serve_signals(void)
{
	sigset_t set;
	int fd;

	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	if (sigprocmask(SIG_BLOCK, &set, NULL) != 0 ||
	    (fd = signalfd(-1, &set, SFD_CLOEXEC)) < 0) {
		diag_errno(NULL, "signalfd");
		return -1;
	}
	return fd;
}

/* Watches the content and the templates, starts the server, says where
 * it is. */
static int
serve_start(struct serve *s, const char *root, int port)
{
	if ((s->w = watch_new()) == NULL ||
	    watch_add(s->w, s->o->content) != 0 ||
	    watch_add(s->w, s->o->templates) != 0 ||
	    (s->h = http_start(root, port)) == NULL)
		return -1;
	/* TRANSLATORS: %1$s is the folder served, %2$d the port. */
	printf(_("Serving %1$s at http://127.0.0.1:%2$d/ (Ctrl-C stops)\n"),
	    root, http_port(s->h));
	fflush(stdout);
	return 0;
}

int
cmd_serve(const struct options *given, int port)
{
	struct options o = *given;
	struct serve s = { &o, NULL, NULL, -1 };
	char *root;
	int rc;

	if (o.formats == NULL)
		o.formats = "html";
	else if (!has_html(o.formats)) {
		diag(DIAG_ERROR, NULL, 0, 0, _("serve shows the site: "
		    "--format must include html"));
		return -1;
	}
	/* A client that goes away must not end the server. */
	signal(SIGPIPE, SIG_IGN);
	/* The first build may be stopped like any build: nothing is served
	   yet, and a build killed at any moment leaves the output sound. */
	if (cmd_build(&o) != 0)
		return -1;
	root = xasprintf("%s/html", o.out);
	rc = (s.sfd = serve_signals()) < 0 ? -1 : serve_start(&s, root, port);
	/* Stopped, it succeeded: each failed rebuild was reported as it
	   happened, and the output is as the last good one left it. */
	if (rc == 0 && (rc = serve_loop(&s)) == 0)
		diag_clear();
	http_stop(s.h);
	watch_free(s.w);
	if (s.sfd >= 0)
		close(s.sfd);
	free(root);
	return rc;
}

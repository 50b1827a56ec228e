/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* http.h: the web server of sipdoc serve, with libmicrohttpd, on 127.0.0.1
 * only.  It answers GET and HEAD (anything else: 405) with the files under
 * its root folder: a folder's index.html, 404.html with status 404 for
 * what is missing, 403 for a path that would leave the root ("..") or go
 * through a symbolic link.  Nothing is cached (Cache-Control: no-store).
 * Every HTML page it serves gets a small script that asks the server
 * which build it is showing and reloads the page when a newer one is
 * there (http_reload()); the script is the server's, no external request.
 *
 * The server runs in the caller's thread: poll http_fd() (with
 * http_timeout()) and call http_run() when it is ready. */
#ifndef SIPDOC_HTTP_H
#define SIPDOC_HTTP_H

#include <stddef.h>

struct http;

/* Listens on 127.0.0.1:PORT (0: any free port); NULL after a diagnostic.
 * ROOT is opened at each request, so it may be replaced meanwhile. */
struct http *http_start(const char *root, int port);
void	 http_stop(struct http *);
int	 http_port(const struct http *);
int	 http_fd(const struct http *);
/* Milliseconds until http_run() is due anyway, or -1. */
int	 http_timeout(const struct http *);
void	 http_run(struct http *);
/* The site has changed: open pages reload. */
void	 http_reload(struct http *);

/* What the server serves for URL (decoded, from "/") under ROOT (httpfile.c):
 * 200 with *FD open on a regular file and *NAME its file name, 301 when
 * URL is a folder without its final '/', 403 when it would leave ROOT or
 * follow a symbolic link, 404 when there is no such file. */
int	 http_open(const char *root, const char *url, int *fd,
	    const char **name);
/* The Content-Type of a file by its NAME. */
const char *http_type(const char *name);
/* HTML page DATA with the reload script for build GEN before its last
 * </body>; malloc'd, its length in *OUTLEN. */
char	*http_inject(const char *data, size_t len, unsigned long gen,
	    size_t *outlen);

#endif

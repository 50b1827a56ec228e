/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* serve.h: `sipdoc serve`: builds the site (by default only the html
 * format), serves OUT/html on 127.0.0.1:PORT (http.h), and rebuilds it in
 * process, with the build engine, whenever a file under the content
 * (catalogs included) or the templates changes (watch.h); the pages open
 * in a browser then reload.  SIGINT or SIGTERM stops it. */
#ifndef SIPDOC_SERVE_H
#define SIPDOC_SERVE_H

struct options;

int	cmd_serve(const struct options *, int port);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* http.c: the libmicrohttpd daemon of sipdoc serve (http.h), in external
 * epoll mode: no thread of its own, so that requests and rebuilds never
 * run at the same time. */
#include "system.h"

#include <arpa/inet.h>
#include <limits.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd/http.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/fmt.h"
#include "util/xalloc.h"

/* Where the server's own files live: no file of a site starts with a dot,
 * and http_open() never serves one. */
#define RELOAD_JS	"/.sipdoc-serve/reload.js"
#define RELOAD_BUILD	"/.sipdoc-serve/build"

/* Asks every quarter second which build the server has; reloads the page
 * when it is not the one the page was served from. */
static const char reload_js[] =
	"// sipdoc serve: reloads the page when the site has been rebuilt.\n"
	"(function () {\n"
	"\tvar shown = document.currentScript.getAttribute('data-build');\n"
	"\tfunction ask() {\n"
	"\t\tfetch('" RELOAD_BUILD "', { cache: 'no-store' })\n"
	"\t\t\t.then(function (r) { return r.text(); })\n"
	"\t\t\t.then(function (b) {\n"
	"\t\t\t\tif (b.trim() !== shown)\n"
	"\t\t\t\t\tlocation.reload();\n"
	"\t\t\t\telse\n"
	"\t\t\t\t\tsetTimeout(ask, 250);\n"
	"\t\t\t}, function () { setTimeout(ask, 1000); });\n"
	"\t}\n"
	"\tsetTimeout(ask, 250);\n"
	"})();\n";

struct http {
	struct MHD_Daemon	*d;
	char			*root;
	unsigned long		 build;
	int			 port;
};

static enum MHD_Result
http_send(struct MHD_Connection *c, unsigned status,
    struct MHD_Response *r, const char *type)
{
	enum MHD_Result ok;

	if (r == NULL)
		return MHD_NO;
	MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, type);
	MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
	MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
	ok = MHD_queue_response(c, status, r);
	MHD_destroy_response(r);
	return ok;
}

static enum MHD_Result
http_text(struct MHD_Connection *c, unsigned status, const char *text,
    const char *type)
{
	return http_send(c, status, MHD_create_response_from_buffer(
	    strlen(text), (void *)text, MHD_RESPMEM_MUST_COPY), type);
}

/* A file that http_open() opened; an HTML page gets the reload script. */
static enum MHD_Result
http_file(struct http *h, struct MHD_Connection *c, unsigned status, int fd,
    const char *name)
{
	const char *type = http_type(name);
	struct stat st;
	struct buf b = {0};
	char chunk[65536], *page;
	ssize_t n;
	size_t len;

	if (strncmp(type, "text/html", 9) != 0) {
		if (fstat(fd, &st) != 0) {
			close(fd);
			return MHD_NO;
		}
		return http_send(c, status, MHD_create_response_from_fd(
		    (size_t)st.st_size, fd), type);
	}
	while ((n = read(fd, chunk, sizeof(chunk))) > 0)
		buf_put(&b, chunk, (size_t)n);
	close(fd);
	if (n < 0) {
		buf_free(&b);
		return MHD_NO;
	}
	page = http_inject(b.s != NULL ? b.s : "", b.len, h->build, &len);
	buf_free(&b);
	return http_send(c, status, MHD_create_response_from_buffer(len, page,
	    MHD_RESPMEM_MUST_FREE), type);
}

/* URL with its bytes that may not stand in a Location header escaped. */
static char *
http_location(const char *url)
{
	static const char hex[] = "0123456789ABCDEF";
	struct buf b = {0};
	const unsigned char *p;

	for (p = (const unsigned char *)url; *p != '\0'; p++)
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("/-._~", *p) != NULL)
			buf_putc(&b, (char)*p);
		else
			buf_printf(&b, "%%%c%c", hex[*p >> 4], hex[*p & 15]);
	buf_putc(&b, '/');
	return buf_detach(&b);
}

static enum MHD_Result
http_redirect(struct MHD_Connection *c, const char *url)
{
	struct MHD_Response *r = MHD_create_response_from_buffer(0, NULL,
	    MHD_RESPMEM_PERSISTENT);
	char *to = http_location(url);

	if (r != NULL)
		MHD_add_response_header(r, MHD_HTTP_HEADER_LOCATION, to);
	free(to);
	return http_send(c, MHD_HTTP_MOVED_PERMANENTLY, r,
	    "text/plain; charset=utf-8");
}

/* 404: the site's own 404.html when it has one. */
static enum MHD_Result
http_missing(struct http *h, struct MHD_Connection *c)
{
	const char *name;
	int fd;

	if (http_open(h->root, "/404.html", &fd, &name) == 200)
		return http_file(h, c, MHD_HTTP_NOT_FOUND, fd, name);
	return http_text(c, MHD_HTTP_NOT_FOUND, "Not Found\n",
	    "text/plain; charset=utf-8");
}

static enum MHD_Result
http_get(struct http *h, struct MHD_Connection *c, const char *url)
{
	char build[32];
	const char *name;
	int fd;

	if (strcmp(url, RELOAD_JS) == 0)
		return http_text(c, MHD_HTTP_OK, reload_js,
		    "text/javascript; charset=utf-8");
	if (strcmp(url, RELOAD_BUILD) == 0) {
		fmt_snprintf(build, sizeof(build), "%lu\n", h->build);
		return http_text(c, MHD_HTTP_OK, build,
		    "text/plain; charset=utf-8");
	}
	switch (http_open(h->root, url, &fd, &name)) {
	case 200:
		return http_file(h, c, MHD_HTTP_OK, fd, name);
	case 301:
		return http_redirect(c, url);
	case 403:
		return http_text(c, MHD_HTTP_FORBIDDEN, "Forbidden\n",
		    "text/plain; charset=utf-8");
	default:
		return http_missing(h, c);
	}
}

/* libmicrohttpd's request handler.  GET and HEAD are answered at its
 * second call, once the request is whole, so that the connection stays
 * open for the next one; anything else at once, whatever body it may
 * have (libmicrohttpd then closes the connection). */
static enum MHD_Result
http_answer(void *cls, struct MHD_Connection *c, const char *url,
    const char *method, const char *version, const char *upload,
    size_t *upload_size, void **state)
{
	static int seen;
	struct MHD_Response *r;

	(void)version, (void)upload;
	if (strcmp(method, MHD_HTTP_METHOD_GET) == 0 ||
	    strcmp(method, MHD_HTTP_METHOD_HEAD) == 0) {
		if (*state == NULL) {
			*state = &seen;
			return MHD_YES;
		}
		*upload_size = 0;
		return http_get(cls, c, url);
	}
	r = MHD_create_response_from_buffer(19, (void *)"Method Not Allowed\n",
	    MHD_RESPMEM_PERSISTENT);
	if (r != NULL)
		MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, "GET, HEAD");
	return http_send(c, MHD_HTTP_METHOD_NOT_ALLOWED, r,
	    "text/plain; charset=utf-8");
}

struct http *
http_start(const char *root, int port)
{
	struct http *h = xcalloc(1, sizeof(*h));
	struct sockaddr_in sa;
	const union MHD_DaemonInfo *info;

	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons((uint16_t)port);
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	h->root = xstrdup(root);
	h->build = 1;
	h->d = MHD_start_daemon(MHD_USE_EPOLL, (uint16_t)port, NULL, NULL,
	    http_answer, h, MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa,
	    MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30, MHD_OPTION_END);
	if (h->d == NULL) {
		/* TRANSLATORS: %d is a port number. */
		diag(DIAG_ERROR, NULL, 0, 0, _("cannot listen on "
		    "127.0.0.1:%d (is the port in use? see --port)"), port);
		http_stop(h);
		return NULL;
	}
	info = MHD_get_daemon_info(h->d, MHD_DAEMON_INFO_BIND_PORT);
	h->port = info != NULL ? info->port : port;
	return h;
}

void
http_stop(struct http *h)
{
	if (h == NULL)
		return;
	if (h->d != NULL)
		MHD_stop_daemon(h->d);
	free(h->root);
	free(h);
}

int
http_port(const struct http *h)
{
	return h->port;
}

int
http_fd(const struct http *h)
{
	return MHD_get_daemon_info(h->d, MHD_DAEMON_INFO_EPOLL_FD)->epoll_fd;
}

int
http_timeout(const struct http *h)
{
	MHD_UNSIGNED_LONG_LONG t;

	if (MHD_get_timeout(h->d, &t) != MHD_YES)
		return -1;
	return t > INT_MAX ? INT_MAX : (int)t;
}

void
http_run(struct http *h)
{
	MHD_run(h->d);
}

void
http_reload(struct http *h)
{
	h->build++;
}

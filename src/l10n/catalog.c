/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* catalog.c: reads content catalogs with libgettextpo into a hash table
 * keyed by msgid. */
#include "system.h"

#include <gettext-po.h>
#include <setjmp.h>
#include <strings.h>
#include <unistd.h>

#include "l10n/catalog.h"
#include "l10n/catcache.h"
#include "util/diag.h"
#include "util/digest.h"
#include "util/fmt.h"
#include "util/textio.h"
#include "util/xalloc.h"

static const char *catalog_reading;

static void
catalog_xerror(int severity, po_message_t message, const char *filename,
    size_t lineno, size_t column, int multiline, const char *text)
{
	(void)message, (void)multiline;
	/* A catalog read through a normalized copy (/dev/fd/N) is named by
	   its own path. */
	if (filename != NULL && strncmp(filename, "/dev/fd/", 8) == 0)
		filename = catalog_reading;
	diag(severity == PO_SEVERITY_WARNING ? DIAG_WARNING : DIAG_ERROR,
	    filename != NULL ? filename : catalog_reading,
	    filename != NULL && lineno != (size_t)-1 ? (int)lineno : 0,
	    filename != NULL && column != (size_t)-1 ? (int)column + 1 : 0,
	    "%s", text);
	if (severity == PO_SEVERITY_FATAL_ERROR)
		exit(EXIT_FAILURE);
}

static void
catalog_xerror2(int severity, po_message_t m1, const char *f1, size_t l1,
    size_t c1, int ml1, const char *t1, po_message_t m2, const char *f2,
    size_t l2, size_t c2, int ml2, const char *t2)
{
	catalog_xerror(severity == PO_SEVERITY_FATAL_ERROR ?
	    PO_SEVERITY_ERROR : severity, m1, f1, l1, c1, ml1, t1);
	catalog_xerror(severity, m2, f2, l2, c2, ml2, t2);
}

static const struct po_xerror_handler catalog_handler = {
	catalog_xerror, catalog_xerror2
};

const struct po_xerror_handler *
catalog_po_handler(const char *path)
{
	catalog_reading = path;
	return &catalog_handler;
}

void
catalog_index(struct catalog *c)
{
	size_t i, h;

	c->nslots = 16;
	while (c->nslots < c->nmsgs * 2)
		c->nslots *= 2;
	c->slots = xcalloc(c->nslots, sizeof(size_t));
	for (i = 0; i < c->nmsgs; i++) {
		h = hash_bytes(c->msgs[i].msgid, strlen(c->msgs[i].msgid)) &
		    (c->nslots - 1);
		while (c->slots[h] != 0)
			h = (h + 1) & (c->nslots - 1);
		c->slots[h] = i + 1;
	}
}

/* Where the translation of each message begins, which libgettextpo does
 * not report: the PO file is searched for the msgid keyword lines in
 * order, then for the msgstr after each; a translation written as
 * msgstr "" with continuation lines begins on the first of them.  A
 * message with a msgctxt is not among the messages (catalog_add()), nor
 * is the header. */
static void
catalog_msgstr_at(const struct textfile *tf, size_t i, struct cat_msg *m)
{
	for (; i < tf->nlines; i++)
		if (strncmp(tf->lines[i], "msgstr", 6) == 0)
			break;
	if (i == tf->nlines) {
		m->line = 0, m->col = 0;
		return;
	}
	if (strcmp(tf->lines[i], "msgstr \"\"") == 0 && i + 1 < tf->nlines &&
	    tf->lines[i + 1][0] == '"') {
		m->line = (int)i + 2, m->col = 2;
		return;
	}
	m->line = (int)i + 1;
	m->col = (int)(strcspn(tf->lines[i], "\"") + 2);
}

static void
catalog_lines(struct catalog *c, struct textfile *tf)
{
	size_t i, k = 0;
	int header = 1, ctx = 0;

	textfile_lines(tf);
	for (i = 0; i < tf->nlines && k < c->nmsgs; i++) {
		if (strncmp(tf->lines[i], "msgctxt ", 8) == 0)
			ctx = 1;
		if (strncmp(tf->lines[i], "msgid ", 6) != 0)
			continue;
		if (ctx) {
			ctx = 0;
			continue;
		}
		if (header) {		/* the header entry is not in msgs */
			header = 0;
			if (strcmp(tf->lines[i], "msgid \"\"") == 0 &&
			    (i + 1 >= tf->nlines || tf->lines[i + 1][0] != '"'))
				continue;
		}
		catalog_msgstr_at(tf, i + 1, &c->msgs[k++]);
	}
}

static void
catalog_add(struct catalog *c, po_message_t m, size_t *cap)
{
	const char *id = po_message_msgid(m);
	const char *str = po_message_msgstr(m);
	struct cat_msg *cm;

	if (id[0] == '\0' || po_message_is_obsolete(m) ||
	    po_message_msgctxt(m) != NULL)
		return;
	if (c->nmsgs == *cap)
		c->msgs = xreallocarray(c->msgs, *cap = *cap ? *cap * 2 : 256,
		    sizeof(*c->msgs));
	cm = &c->msgs[c->nmsgs++];
	cm->msgid = xstrdup(id);
	cm->msgstr = str != NULL && str[0] != '\0' ? xstrdup(str) : NULL;
	cm->fuzzy = po_message_is_fuzzy(m);
	cm->line = 0;
	cm->col = 0;
	cm->broken = 0;
}

/* libgettextpo finds where each character of a PO file begins by
 * converting it with iconv, one character at a time: most of a build's
 * loading time.  A file that is valid UTF-8 needs none of that to be read
 * right, since no byte of a multibyte UTF-8 character is a quote, a
 * backslash or a newline, and libgettextpo's switch for PO files of old
 * versions, OLD_PO_FILE_INPUT, turns the conversion off (its only other
 * effect is on CJK encodings, which a UTF-8 header rules out).  What such
 * a reading gets wrong is the column of a diagnostic (it counts bytes),
 * so it is quiet: a file about which libgettextpo has anything to say, or
 * whose header names another charset, is read again the ordinary way, and
 * the diagnostics are always that reading's. */
static int fast_spoke;
static jmp_buf fast_fatal;

static void
fast_xerror(int severity, po_message_t message, const char *filename,
    size_t lineno, size_t column, int multiline, const char *text)
{
	(void)message, (void)filename, (void)lineno, (void)column;
	(void)multiline, (void)text;
	fast_spoke = 1;
	if (severity == PO_SEVERITY_FATAL_ERROR)
		longjmp(fast_fatal, 1);	/* it must not return */
}

static void
fast_xerror2(int severity, po_message_t m1, const char *f1, size_t l1,
    size_t c1, int ml1, const char *t1, po_message_t m2, const char *f2,
    size_t l2, size_t c2, int ml2, const char *t2)
{
	(void)m2, (void)f2, (void)l2, (void)c2, (void)ml2, (void)t2;
	fast_xerror(severity, m1, f1, l1, c1, ml1, t1);
}

static const struct po_xerror_handler fast_handler = {
	fast_xerror, fast_xerror2
};

/* Whether the header of FILE names UTF-8 as its charset. */
static int
catalog_header_utf8(po_file_t file)
{
	/* Declared const, but freshly allocated (gettext-po.h says so). */
	char *h = (char *)po_file_domain_header(file, NULL);
	char *type = h != NULL ? po_header_field(h, "Content-Type") : NULL;
	const char *cs = type != NULL ? strstr(type, "charset=") : NULL;
	int yes = cs != NULL && strncasecmp(cs + 8, "UTF-8", 5) == 0 &&
	    strchr(" \t;", cs[13]) != NULL;

	free(type);
	free(h);
	return yes;
}

static po_file_t
catalog_read_quiet(const char *from)
{
	po_file_t volatile file = NULL;

	fast_spoke = 0;
	if (setjmp(fast_fatal) == 0)
		file = po_file_read(from, &fast_handler);
	return file;
}

static char *fast_saved;		/* OLD_PO_FILE_INPUT as it was */

void
catalog_fast_begin(void)
{
	const char *was = getenv("OLD_PO_FILE_INPUT");

	fast_saved = was != NULL ? xstrdup(was) : NULL;
	setenv("OLD_PO_FILE_INPUT", "1", 1);
}

void
catalog_fast_end(void)
{
	if (fast_saved != NULL)
		setenv("OLD_PO_FILE_INPUT", fast_saved, 1);
	else
		unsetenv("OLD_PO_FILE_INPUT");
	free(fast_saved);
	fast_saved = NULL;
}

/* FROM read without the conversion (catalog_fast_begin() done), or
 * NULL. */
static po_file_t
catalog_read_fast(const char *from)
{
	po_file_t file = catalog_read_quiet(from);

	if (file != NULL && (fast_spoke || !catalog_header_utf8(file))) {
		po_file_free(file);
		file = NULL;
	}
	return file;
}

/* A file descriptor reading DATA (N bytes), unnamed, or -1. */
static int
catalog_copy(const char *data, size_t n)
{
	const char *tmp = getenv("TMPDIR");
	char *name = xasprintf("%s/sipdoc-XXXXXX", tmp != NULL && *tmp != '\0' ?
	    tmp : "/tmp");
	int fd = mkstemp(name);

	if (fd >= 0)
		unlink(name);
	free(name);
	if (fd >= 0 && (write(fd, data, n) != (ssize_t)n ||
	    lseek(fd, 0, SEEK_SET) != 0)) {
		close(fd);
		fd = -1;
	}
	return fd;
}

/* A PO file as libgettextpo is given it. */
struct po_source {
	char		*data;		/* its bytes, normalized */
	size_t		 len;
	struct digest	 src;		/* of the bytes as they are */
	int		 normalized;	/* a byte order mark or CRLF went */
	int		 fd;		/* the normalized copy, or -1 */
	char		 from[32];	/* what libgettextpo reads */
	const char	*read_from;
};

/* PATH's bytes, their digest, and the name to read them by: PATH, or, for
 * a catalog saved by a Windows editor (byte order mark, CRLF), a
 * normalized, unnamed copy, since libgettextpo reads a file by name.
 * -1 when PATH cannot be read (errno set). */
static int
po_source_open(struct po_source *ps, const char *path)
{
	size_t n;

	memset(ps, 0, sizeof(*ps));
	ps->fd = -1;
	ps->read_from = path;
	if ((ps->data = file_slurp(path, &n)) == NULL)
		return -1;
	ps->src = digest_of(ps->data, n);
	ps->len = text_normalize(ps->data, n);
	ps->normalized = ps->len != n;
	if (ps->normalized && (ps->fd = catalog_copy(ps->data, ps->len)) >= 0) {
		fmt_snprintf(ps->from, sizeof(ps->from), "/dev/fd/%d", ps->fd);
		ps->read_from = ps->from;
	}
	return 0;
}

static void
po_source_close(struct po_source *ps)
{
	if (ps->fd >= 0)
		close(ps->fd);
	free(ps->data);
}

/* The messages of FILE, which is freed, placed in the lines of TF. */
static struct catalog *
catalog_of(po_file_t file, const char *path, const char *lang,
    struct textfile *tf)
{
	struct catalog *c = xcalloc(1, sizeof(*c));
	po_message_iterator_t it = po_message_iterator(file, NULL);
	po_message_t m;
	size_t cap = 0;

	c->lang = xstrdup(lang);
	c->path = xstrdup(path);
	while ((m = po_next_message(it)) != NULL)
		catalog_add(c, m, &cap);
	po_message_iterator_free(it);
	po_file_free(file);
	if (tf != NULL)
		catalog_lines(c, tf);
	catalog_index(c);
	return c;
}

struct catalog *
catalog_load(const char *path, const char *lang)
{
	struct catalog *c = NULL;
	struct po_source ps;
	struct textfile tf;
	po_file_t file = NULL;
	int before = diag_total(), lines;

	po_source_open(&ps, path);	/* unread: libgettextpo will say why */
	file = po_file_read(ps.read_from, catalog_po_handler(path));
	if (file == NULL)
		diag_errno(path, _("cannot read"));
	else {
		lines = textfile_read(&tf, path) == 0;
		c = catalog_of(file, path, lang, lines ? &tf : NULL);
		if (lines)
			textfile_free(&tf);
		c->source = ps.src;
		c->cacheable = ps.data != NULL && diag_total() == before;
	}
	po_source_close(&ps);
	return c;
}

struct catalog *
catalog_load_quiet(const char *path, const char *lang, const char *out)
{
	struct catalog *c = NULL;
	struct po_source ps;
	struct textfile tf;
	po_file_t file;
	int text;

	if (po_source_open(&ps, path) != 0)
		goto done;
	if (out != NULL && (c = catcache_load(out, path, lang, &ps.src)) != NULL)
		goto done;
	if (ps.normalized && ps.fd < 0)
		goto done;		/* no copy to read */
	/* TF takes the bytes, normalized already, and says whether they are
	   UTF-8 text. */
	text = textfile_of(&tf, ps.data, ps.len) == 0;
	ps.data = NULL;
	if (text && (file = catalog_read_fast(ps.read_from)) != NULL) {
		c = catalog_of(file, path, lang, &tf);
		c->source = ps.src;
		c->cacheable = 1;
	}
	textfile_free(&tf);
done:
	po_source_close(&ps);
	return c;
}

void
catalog_free(struct catalog *c)
{
	size_t i;

	if (c == NULL)
		return;
	for (i = 0; i < c->nmsgs; i++) {
		free(c->msgs[i].msgid);
		free(c->msgs[i].msgstr);
	}
	free(c->msgs);
	free(c->slots);
	free(c->lang);
	free(c->path);
	free(c);
}

struct cat_msg *
catalog_find(const struct catalog *c, const char *msgid)
{
	size_t h, i;

	if (c == NULL || c->nslots == 0)
		return NULL;
	h = hash_bytes(msgid, strlen(msgid)) & (c->nslots - 1);
	while ((i = c->slots[h]) != 0) {
		if (strcmp(c->msgs[i - 1].msgid, msgid) == 0)
			return &c->msgs[i - 1];
		h = (h + 1) & (c->nslots - 1);
	}
	return NULL;
}

const char *
catalog_text(const struct catalog *c, const char *source, int allow_fuzzy,
    enum unit_state *state)
{
	const struct cat_msg *m;

	if (c == NULL) {
		*state = US_SOURCE;
		return source;
	}
	m = catalog_find(c, source);
	if (m == NULL || m->msgstr == NULL || m->broken) {
		*state = US_MISSING;
		return source;
	}
	if (m->fuzzy) {
		*state = US_FUZZY;
		return allow_fuzzy ? m->msgstr : source;
	}
	*state = US_TRANSLATED;
	return m->msgstr;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* extract.c: writes the content POT with libgettextpo. */
#include "system.h"

#include <gettext-po.h>
#include <unistd.h>

#include "l10n/catalog.h"
#include "util/diag.h"
#include "cmd/extract.h"
#include "model/model.h"
#include "util/atomic.h"
#include "util/textio.h"
#include "l10n/units.h"
#include "util/xalloc.h"

/* Messages in source order; a msgid seen again only gains a reference. */
struct pot {
	po_file_t		 file;
	po_message_iterator_t	 it;
	char			**ids;
	po_message_t		*msgs;
	size_t			 n;
};

static void
pot_add(struct pot *p, const char *msgid, const char *ref, int line,
    const char *comment)
{
	po_message_t m = NULL;
	size_t i;

	for (i = 0; i < p->n; i++)
		if (strcmp(p->ids[i], msgid) == 0)
			m = p->msgs[i];
	if (m == NULL) {
		m = po_message_create();
		po_message_set_msgid(m, msgid);
		po_message_set_msgstr(m, "");
		po_message_set_extracted_comments(m, comment);
		po_message_insert(p->it, m);
		p->ids = xreallocarray(p->ids, p->n + 1, sizeof(char *));
		p->msgs = xreallocarray(p->msgs, p->n + 1, sizeof(*p->msgs));
		p->ids[p->n] = xstrdup(msgid);
		p->msgs[p->n++] = m;
	}
	po_message_add_filepos(m, ref, (size_t)line);
}

static void
pot_unit(const struct unit_info *u, void *arg)
{
	pot_add(arg, u->text, u->ref, u->line, u->comment);
}

/* The usual lines above a template's header, which msginit copies into
 * each new catalog. */
static const char pot_comments[] =
	"Template of the content catalogs of sipdoc: the SIP response code "
	"entries.\n"
	"Copyright (C) 2026 The sipdoc authors\n"
	"This file is distributed under the same license as the sipdoc "
	"package.\n";

static const char pot_header[] =
	"Project-Id-Version: sipdoc-content\n"
	"Report-Msgid-Bugs-To: " PACKAGE_BUGREPORT "\n"
	"MIME-Version: 1.0\n"
	"Content-Type: text/plain; charset=UTF-8\n"
	"Content-Transfer-Encoding: 8bit\n";

int
extract_pot(const struct content *c, const char *path)
{
	struct pot p = {0};
	po_message_t h = po_message_create();
	const char *dir = getenv("TMPDIR");
	char *tmp = xasprintf("%s/sipdoc-XXXXXX", dir != NULL && *dir != '\0' ?
	    dir : "/tmp");
	char *data;
	size_t n, i;
	int rc = -1, fd = mkstemp(tmp);

	p.file = po_file_create();
	p.it = po_message_iterator(p.file, NULL);
	po_message_set_msgid(h, "");
	po_message_set_msgstr(h, pot_header);
	po_message_set_comments(h, pot_comments);
	po_message_insert(p.it, h);
	units_foreach(c, pot_unit, &p);
	po_message_iterator_free(p.it);
	/* libgettextpo writes to a file name: a temporary one, read back. */
	if (fd < 0)
		diag_errno(tmp, _("cannot write"));
	else if (po_file_write(p.file, tmp, catalog_po_handler(path)) != NULL &&
	    (data = file_slurp(tmp, &n)) != NULL) {
		rc = file_deliver(path, data, n) < 0 ? -1 : 0;
		free(data);
	}
	if (fd >= 0) {
		close(fd);
		unlink(tmp);
	}
	po_file_free(p.file);
	for (i = 0; i < p.n; i++)
		free(p.ids[i]);
	free(p.ids);
	free(p.msgs);
	free(tmp);
	return rc;
}

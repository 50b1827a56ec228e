/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* formats.c: the format table.  A new format is a folder under format/
 * and a row here; nothing else names it. */
#include "system.h"

#include "format/format.h"
#include "format/html/html.h"
#include "format/json/json.h"
#include "format/man/man.h"
#include "format/pdf/pdf.h"
#include "util/diag.h"

const struct format *const formats[] = {
	&format_html,
	&format_man,
	&format_pdf,
	&format_json,
};
const size_t nformats = ARRAY_LEN(formats);

int
formats_select(const char *list, const struct format **out)
{
	const char *s = list;
	size_t i, len;
	int n = 0;

	if (list == NULL) {
		for (i = 0; i < nformats; i++)
			out[i] = formats[i];
		return (int)nformats;
	}
	/* In table order, each once, whatever the order of LIST. */
	for (i = 0; i < nformats; i++)
		for (s = list; *s != '\0'; s += len + (s[len] == ',')) {
			len = strcspn(s, ",");
			if (len == strlen(formats[i]->name) &&
			    strncmp(s, formats[i]->name, len) == 0) {
				out[n++] = formats[i];
				break;
			}
		}
	for (s = list; *s != '\0'; s += len + (s[len] == ',')) {
		int known = 0;

		len = strcspn(s, ",");
		for (i = 0; i < nformats; i++)
			known |= len == strlen(formats[i]->name) &&
			    strncmp(s, formats[i]->name, len) == 0;
		if (!known || len == 0) {
			diag(DIAG_ERROR, NULL, 0, 0,
			    _("unknown format in '%s'"), list);
			return -1;
		}
	}
	return n;
}

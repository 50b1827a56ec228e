/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* json.h: data for tools as an output format (see format/format.h): in
 * every language, every code as JSON, in one file and one file per code,
 * under the site so that it serves them: OUT/html/LANG/data/codes.json and
 * OUT/html/LANG/data/NNN.json.  schema/ in the source tree holds their
 * JSON Schema. */
#ifndef SIPDOC_JSON_H
#define SIPDOC_JSON_H

#include "format/format.h"

extern const struct format format_json;

#endif

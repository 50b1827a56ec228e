/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* build.c: `sipdoc build` and `sipdoc check`. */
#include "system.h"

#include "build/engine.h"
#include "build/manifest.h"
#include "build/prestat.h"
#include "build/options.h"
#include "build/project.h"
#include "cmd/build.h"
#include "format/format.h"
#include "util/diag.h"

static int
load(struct project *p, const struct options *o, unsigned need)
{
	const struct format *sel[8];
	int n = formats_select(o->formats, sel);

	if (n < 0)
		return -1;
	return project_load(p, o, need, sel, (size_t)n);
}

int
cmd_check(const struct options *o)
{
	struct project p;
	int rc = load(&p, o, NEED_CATALOGS | NEED_STRICT);

	project_free(&p);
	return rc;
}

int
cmd_build(const struct options *o)
{
	struct engine_stats st;

	return cmd_build_stats(o, &st);
}

int
cmd_build_stats(const struct options *o, struct engine_stats *stp)
{
	struct prestat *ps = prestat_start(o->out);
	struct engine_stats st = {0};
	struct project p;
	int rc = load(&p, o, NEED_CATALOGS | NEED_DIGESTS);

	if (rc == 0)
		rc = engine_build(&p, ps, &st);
	else {
		struct manifest m;

		prestat_finish(ps, &m);
		manifest_free(&m);
	}
	if (rc == 0 && !o->quiet)
		/* TRANSLATORS: what a build did: how many outputs it
		   planned, rendered, wrote, removed and left unchanged. */
		fprintf(stderr, _("sipdoc: %zu outputs: %zu rendered, %zu "
		    "written, %zu removed, %zu unchanged\n"), st.outputs,
		    st.rendered, st.written, st.removed,
		    st.outputs - st.written);
	project_free(&p);
	*stp = st;
	return rc;
}

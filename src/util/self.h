/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* self.h: the digest of sipdoc itself, for what must be made again by
 * another sipdoc: the inputs of every output, and the caches in the
 * output folder that hold sipdoc's own verdicts. */
#ifndef SIPDOC_SELF_H
#define SIPDOC_SELF_H

#include "util/digest.h"

/* Its version and its GNU build ID, or else, where the system says
 * where it is, its own bytes.  Made once; any thread may ask. */
const struct digest *self_digest(void);

#endif

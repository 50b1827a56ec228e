#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# devfull.sh: a failed write to standard output is an error, not silence.
. "${abs_srcdir:-.}/tests/init.sh"

test -w /dev/full || { echo "SKIP: no /dev/full"; exit 77; }
set +e
"$SIPDOC" --help >/dev/full 2>"$work/err"; rc=$?
set -e
test $rc -ne 0 || fail "writing to /dev/full succeeded"
echo "sipdoc: error: write error: No space left on device" | diff -u - "$work/err"

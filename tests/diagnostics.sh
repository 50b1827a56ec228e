#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# diagnostics.sh: every bad entry in tests/bad/CASE/ makes `sipdoc check`
# fail with exactly the diagnostics in tests/bad/CASE.err.
. "${abs_srcdir:-.}/tests/init.sh"

n=0
for dir in "$abs_srcdir"/tests/bad/*/; do
	case=$(basename "$dir")
	rm -rf "$work/bc"
	mkdir -p "$work/bc"
	cp -R "$dir". "$work/bc/"
	cp "$abs_srcdir/content/registry.tsv" "$work/bc/"
	set +e
	(cd "$work" && "$SIPDOC" --content=bc check) 2>"$work/$case.err"
	rc=$?
	set -e
	test $rc -eq 1 || fail "$case: exit status $rc, expected 1"
	diff -u "$abs_srcdir/tests/bad/$case.err" "$work/$case.err" ||
		fail "$case: diagnostics differ"
	n=$((n + 1))
done
test $n -ge 15 || fail "only $n bad cases"
echo "$n bad entries diagnosed"

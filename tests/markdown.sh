#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# markdown.sh: per-construct goldens of the two Markdown renderers.  Each
# case tests/md/NAME.md (a section body) or NAME.field (a front-matter
# field) renders to exactly NAME.html, NAME.man and NAME.pdf.roff; or, if
# NAME.err exists, it is refused with exactly those diagnostics.  A new
# construct gets a case; `make update-md` rewrites the goldens.
. "${abs_srcdir:-.}/tests/init.sh"

MDCASE="$abs_builddir/tests/mdcase"
n=0
cd "$abs_srcdir/tests"
for src in md/*.md md/*.field; do
	name=${src%.*}
	if [ -f "$name.err" ]; then
		set +e
		"$MDCASE" html "$src" >/dev/null 2>"$work/err"; rc=$?
		set -e
		test $rc -eq 1 || fail "$src: exit $rc, expected 1"
		diff -u "$name.err" "$work/err" || fail "$src: diagnostics differ"
	else
		for fmt in html man pdf; do
			want=$name.$fmt
			test $fmt != pdf || want=$name.pdf.roff
			"$MDCASE" $fmt "$src" >"$work/out" ||
				fail "$src: $fmt failed"
			diff -u "$want" "$work/out" || fail "$src: $fmt differs"
		done
	fi
	n=$((n + 1))
done
test $n -ge 16 || fail "only $n Markdown cases"
echo "$n Markdown constructs rendered as their goldens"

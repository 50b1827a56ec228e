#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# valgrind.sh: no invalid memory access and no definite leak in the main
# paths: check, status, extract, a build, and every bad entry.
. "${abs_srcdir:-.}/tests/init.sh"
skip_unless valgrind

vg() {
	valgrind -q --leak-check=full --errors-for-leak-kinds=definite \
	    --error-exitcode=99 "$@"
}
run() {
	set +e
	vg "$@" >/dev/null 2>"$work/vg"
	rc=$?
	set -e
	if [ $rc -eq 99 ] || grep -q '^==[0-9]*==' "$work/vg"; then
		cat "$work/vg" >&2
		fail "valgrind: $*"
	fi
}
C="--content=$abs_srcdir/content"
run "$SIPDOC" "$C" --templates="$abs_srcdir/templates" check
run "$SIPDOC" "$C" status --format=json
run "$SIPDOC" "$C" extract "$work/x.pot"
run "$SIPDOC" "$C" --templates="$abs_srcdir/templates" \
	--fontdir="$abs_builddir/font" --lang=ru --format=html,man \
	--output="$work/out" build
n=0
for dir in "$abs_srcdir"/tests/bad/*/; do
	rm -rf "$work/bc"
	mkdir -p "$work/bc"
	cp -R "$dir". "$work/bc/"
	cp "$abs_srcdir/content/registry.tsv" "$work/bc/"
	run "$SIPDOC" --content="$work/bc" check
	n=$((n + 1))
done
echo "valgrind clean on 4 commands and $n bad entries"

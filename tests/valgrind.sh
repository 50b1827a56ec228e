#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# valgrind.sh: no invalid memory access and no definite leak in the main
# paths: check, status, extract, a build, init, serve (with a rebuild),
# and every bad entry.
. "${abs_srcdir:-.}/tests/init.sh"
skip_unless valgrind
if [ "${SIPDOC_SANITIZERS:-no}" = yes ]; then
	echo "SKIP: built with sanitizers, which valgrind cannot run"
	exit 77
fi

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
	--fontdir="$abs_builddir/font" --lang=ru --format=html,man,json \
	--output="$work/out" build
run "$SIPDOC" "$C" --templates="$abs_srcdir/templates" init "$work/site"

# serve: a build, requests, a rebuild after an edit, SIGINT, in one
# process.
if command -v curl >/dev/null 2>&1; then
	cd "$work/site"
	# valgrind itself in the background, so that $! is the process
	# that gets SIGINT (a function would run in a subshell).
	valgrind -q --leak-check=full --errors-for-leak-kinds=definite \
	    --error-exitcode=99 "$SIPDOC" --lang=ru -p 0 serve \
	    >"$work/url" 2>"$work/vg" &
	pid=$!
	i=0
	until grep -q '^Serving ' "$work/url"; do
		kill -0 $pid 2>/dev/null || { cat "$work/vg" >&2; fail "valgrind: serve exited"; }
		i=$((i + 1))
		test $i -lt 3000 || fail "valgrind: serve did not start in 300 s"
		sleep 0.1
	done
	url=$(sed -n 's|^Serving .* at \(http://[^ ]*\) .*|\1|p' "$work/url")
	curl -s -o /dev/null "${url}ru/486.html"
	curl -s -o /dev/null --path-as-is "${url}../x"
	curl -s -o /dev/null -X POST -d x "${url}ru/486.html"
	sed -i 's/^A 486 says/A 486 (valgrind) says/' content/codes/486.md
	i=0
	until grep -q 'outputs: ' "$work/vg" && test "$(curl -s "$url.sipdoc-serve/build")" = 2; do
		i=$((i + 1))
		test $i -lt 600 || { kill $pid; fail "valgrind: serve did not rebuild"; }
		sleep 0.1
	done
	kill -INT $pid
	set +e
	wait $pid; rc=$?
	set -e
	if [ $rc -ne 0 ] || grep -q '^==[0-9]*==' "$work/vg"; then
		cat "$work/vg" >&2
		fail "valgrind: serve (exit $rc)"
	fi
	cd "$abs_builddir"
fi

n=0
for dir in "$abs_srcdir"/tests/bad/*/; do
	rm -rf "$work/bc"
	mkdir -p "$work/bc"
	cp -R "$dir". "$work/bc/"
	cp "$abs_srcdir/content/registry.tsv" "$work/bc/"
	run "$SIPDOC" --content="$work/bc" check
	n=$((n + 1))
done
echo "valgrind clean on 6 commands and $n bad entries"

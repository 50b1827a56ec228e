#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# hostile.sh: input written to break sipdoc or to get into its output.
# Each case tests/hostile/CASE changes a copy of the content and templates
# with its setup script; then either it is refused (CASE/expect says
# "refused"): `sipdoc check` exits 1 with exactly the diagnostics of
# CASE/stderr, and `sipdoc build` writes nothing; or it is rendered: check
# and build succeed, and then no script, event handler, javascript: URL,
# roff request from text, or file from outside the content folders
# appears anywhere in the output.  A case that "warned" is refused by
# check, and build says the same as warnings and renders the rest
# (a broken translation is shown in English).  Each line "FILE<TAB>TEXT" of
# CASE/want is found in out/FILE.  A setup that changes nothing fails.
. "${abs_srcdir:-.}/tests/init.sh"

run() {
	(cd "$work/case" && "$SIPDOC" --content=content --templates=templates \
	    --fontdir="$abs_builddir/font" "$@")
}

# What must never be in the output of a rendered case.
clean_output() {
	out="$work/case/out"
	# Scripts: only the site's own, an event handler never.
	if grep -rhoi '<script[^>]*>' "$out/html" | grep -v '^<script src="[./]*site.js" defer>$' |
	    grep -v '^<script src="search-index.js"' | grep .; then
		fail "$1: a script tag from the content"
	fi
	if grep -rliE '<[a-z][^>]* on[a-z]+ *=' "$out/html"; then
		fail "$1: an event handler attribute in the files above"
	fi
	if grep -rli 'javascript:' "$out/html" "$out/man"; then
		fail "$1: a javascript: URL in the files above"
	fi
	# No request the man writer did not write itself.
	if grep -rhE "^[.'] *(so|sy|pso|open|opena|write|pi|nx|mso|tm|ab|ex)( |\$)" \
	    "$out/man" | grep .; then
		fail "$1: a roff request from the text"
	fi
	if grep -rl 'root:x:0:0' "$out"; then
		fail "$1: a file from outside the content"
	fi
	if grep -rlE "$(printf '\r|\357\273\277')" "$out/html" "$out/man"; then
		fail "$1: a carriage return or byte order mark in the files above"
	fi
	if find "$out" -name '*~' -o -name '.*.sw?' | grep .; then
		fail "$1: an editor's file published"
	fi
	test ! -f "$dir/want" || while IFS='	' read -r file text; do
		grep -qF -- "$text" "$out/$file" ||
			fail "$1: $file lacks: $text"
	done <"$dir/want"
}

n=0
for dir in "$abs_srcdir"/tests/hostile/*/; do
	case=$(basename "$dir")
	rm -rf "$work/case"
	mkdir -p "$work/case"
	cp -R "$abs_srcdir/content" "$abs_srcdir/templates" "$work/case/"
	chmod -R u+w "$work/case"
	(cd "$work/case" && . "$dir/setup") || fail "$case: setup failed"
	if diff -r "$abs_srcdir/content" "$work/case/content" >/dev/null 2>&1 &&
	    diff -r "$abs_srcdir/templates" "$work/case/templates" >/dev/null 2>&1; then
		fail "$case: setup changed nothing"
	fi
	expect=$(cat "$dir/expect")
	set +e
	run check 2>"$work/err"; rc=$?
	set -e
	if [ "$expect" = refused ]; then
		test $rc -eq 1 || fail "$case: check exit $rc, expected 1"
		diff -u "$dir/stderr" "$work/err" || fail "$case: diagnostics differ"
		set +e
		run --quiet --output=out build 2>/dev/null; rc=$?
		set -e
		test $rc -eq 1 || fail "$case: build exit $rc, expected 1"
		test ! -e "$work/case/out" || fail "$case: a refused build wrote"
	elif [ "$expect" = warned ]; then
		test $rc -eq 1 || fail "$case: check exit $rc, expected 1"
		diff -u "$dir/stderr" "$work/err" || fail "$case: diagnostics differ"
		run --quiet --format=html,man --output=out build 2>"$work/err" ||
			fail "$case: build failed: $(cat "$work/err")"
		sed 's/: error: /: warning: /' "$dir/stderr" | diff -u - "$work/err" ||
			fail "$case: build warnings differ"
		clean_output "$case"
	else
		test $rc -eq 0 || fail "$case: check exit $rc: $(cat "$work/err")"
		run --quiet --format=html,man --output=out build 2>"$work/err" ||
			fail "$case: build failed: $(cat "$work/err")"
		clean_output "$case"
	fi
	n=$((n + 1))
done
test $n -ge 30 || fail "only $n hostile cases"
echo "$n hostile inputs refused or rendered harmless"

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# commit-readonly.sh: an output file that cannot be replaced stops the
# build with the file's name and the reason, exit 1, a manifest true for
# what is on disk, and the file untouched; the next build, once the file
# can be replaced, converges.  As root, the file is made immutable
# (chattr +i); otherwise its folder is made read-only.
. "${abs_srcdir:-.}/tests/init.sh"
copy_content

run() {
	"$SIPDOC" --content="$work/content" --templates="$abs_srcdir/templates" \
	    --fontdir="$abs_builddir/font" --format=html,man \
	    --output="$work/out" "$@" build
}
run --quiet
f="$work/out/html/en/486.html"
if [ "$(id -u)" -eq 0 ]; then
	chattr +i "$f" 2>/dev/null || {
		echo "SKIP: chattr +i is not supported on this file system"
		exit 77
	}
	undo() { chattr -i "$f"; }
	reason="Operation not permitted"
else
	chmod a-w "$work/out/html/en"
	undo() { chmod u+w "$work/out/html/en"; }
	reason="Permission denied"
fi
trap 'undo 2>/dev/null; rm -rf "$work"' EXIT
before=$(cksum <"$f")
sed -i 's/^summary: "The called endpoint was reached/summary: "The called device was reached/' \
	"$work/content/codes/486.md"
set +e
run 2>"$work/err"; rc=$?
set -e
test $rc -eq 1 || fail "exit $rc"
echo "sipdoc: $f: error: cannot replace: $reason" | diff -u - "$work/err"
test "$(cksum <"$f")" = "$before" || fail "the protected file changed"
manifest_true "$work/out" || fail "the manifest is not true after the failure"

undo
run 2>"$work/log" || fail "the next build failed: $(cat "$work/log")"
"$SIPDOC" --content="$work/content" --templates="$abs_srcdir/templates" \
    --fontdir="$abs_builddir/font" --format=html,man --quiet \
    --output="$work/clean" build
tree_sums "$work/clean" >"$work/want"
tree_sums "$work/out" >"$work/got"
diff -u "$work/want" "$work/got" || fail "not repaired"
echo "$(cat "$work/err"); then: $(cat "$work/log")"

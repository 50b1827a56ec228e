#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# commit-enospc.sh: a build that runs out of disk space says which file
# could not be written and why, exits 1, and leaves a manifest that is true
# for what is on disk; once there is room, the next build repairs
# everything.  Needs a small file system of its own: a tmpfs, which only
# root may mount.
. "${abs_srcdir:-.}/tests/init.sh"

small="$work/small"
mkdir -p "$small"
if ! mount -t tmpfs -o size=64m tmpfs "$small" 2>/dev/null; then
	echo "SKIP: cannot mount a tmpfs here (needs root)"
	exit 77
fi
trap 'umount "$small" 2>/dev/null; rm -rf "$work"' EXIT

run() {
	sipdoc --format=html,man --output="$small/out" "$@" build
}
# A first build that fills the disk leaves nothing of itself: its folders
# were staged.
set +e
sipdoc --format=html,man --output="$small/first" --quiet build 2>"$work/err"; rc=$?
set -e
test $rc -eq 1 || fail "a first build on a full disk: exit $rc"
grep -q ': error: cannot write: No space left on device$' "$work/err" ||
	fail "first build: $(cat "$work/err")"
left=$(find "$small/first" -mindepth 1 ! -name .sipdoc-lock ! -name .sipdoc-journal \
    ! -name .sipdoc-manifest)
test -z "$left" || fail "a failed first build left: $(echo "$left" | head)"
test ! -e "$small/first/.sipdoc-manifest" ||
	test "$(wc -l <"$small/first/.sipdoc-manifest")" -eq 1 ||
	fail "the manifest of a failed first build lists files"
rm -rf "$small/first"

# The English site fits; the Russian one, written file by file into the
# folders that now exist, fills the disk.  (A first build into folders
# that do not exist yet is staged and shows nothing until it succeeds.)
run --lang=en --quiet || fail "the English build does not fit in 64 MB"
en=$(find "$small/out" -type f ! -name '.sipdoc-*' | wc -l)
set +e
run 2>"$work/err"; rc=$?
set -e
test $rc -eq 1 || fail "exit $rc on a full disk"
grep -q "^sipdoc: $small/out/[a-z0-9/.-]*: error: cannot write: No space left on device$" \
	"$work/err" || fail "diagnostic: $(cat "$work/err")"
test "$(wc -l <"$work/err")" -eq 1 || fail "more than one diagnostic: $(cat "$work/err")"
written=$(($(find "$small/out" -type f ! -name '.sipdoc-*' | wc -l) - en))
test "$written" -gt 0 || fail "nothing was written before the disk filled"
manifest_true "$small/out" || fail "the manifest is not true after ENOSPC"

mount -o remount,size=200m "$small"
run 2>"$work/log" || fail "the build after ENOSPC failed: $(cat "$work/log")"
sipdoc --format=html,man --output="$work/clean" --quiet build
tree_sums "$work/clean" >"$work/want"
tree_sums "$small/out" >"$work/got"
diff -u "$work/want" "$work/got" || fail "not repaired"
manifest_true "$small/out" || fail "the manifest is not true after the repair"
test -z "$(find "$small/out" -name '.sipdoc-tmp' -o -name '.sipdoc-journal')" ||
	fail "temporary files left"
echo "disk full after $written files: $(cat "$work/err"); repaired: $(cat "$work/log")"

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# spare.sh: a rebuild writes its new files into the files it replaced
# (src/build/spare.h), and only into files nothing else sees: a reader
# that opened the old version still reads it whole, a hard-linked copy
# keeps its bytes, a file whose mode was changed is not given to another
# page; no hidden name is left, and the output is a clean build's; a
# folder of the user's where a page was is not replaced, nor moved.  All
# of it where new and old files swap names (RENAME_EXCHANGE), and again
# where the file system cannot (tests/noexchange.so makes renameat2()
# fail as such a file system does).
. "${abs_srcdir:-.}/tests/init.sh"
test "$(cat /proc/sys/fs/leases-enable 2>/dev/null)" = 1 ||
	{ echo "SKIP: file leases are disabled (/proc/sys/fs/leases-enable)"; exit 77; }
: >"$work/probe"
test "$(stat -c %W "$work/probe")" != 0 ||
	{ echo "SKIP: the file system keeps no birth times (stat %W)"; exit 77; }
umask 022
copy_content
# "path inode:birth" of every page: a file written again keeps its inode
# and the time it was made, where a new file the file system gave a freed
# inode's number to has a new birth time.
inodes() {
	(cd "$out" && find html -type f -exec stat -c '%n %i:%.9W' {} + |
	    sort) >"$1"
}
summary='s/^summary: "The called endpoint was reached/summary: "The called device was reached/'
unsummary='s/^summary: "The called device was reached/summary: "The called endpoint was reached/'

# The whole scenario into the folder $1, built by "$run".
scenario() {
	out=$1
	$run build_site "$out"
	inodes "$work/i1"
	en="$out/html/en"
	early=100-vs-486.html linked=180-vs-486.html private=181-vs-486.html
	cp "$en/$early" "$work/early.old"
	cp "$en/$linked" "$work/linked.old"
	ln "$en/$linked" "$work/linked"
	chmod 600 "$en/$private"
	# A hidden name a killed build left, and a file of the user's.
	: >"$out/.sipdoc-tmp.0-5"
	: >"$out/.sipdoc-tmp-12"
	: >"$out/.sipdoc-tmpfile"

	sed -i "$summary" "$work/content/codes/486.md"
	exec 3<"$en/$early"
	$run build_site "$out"
	inodes "$work/i2"

	# Files were written into replaced ones: a page now is the file
	# (inode and birth time) that another page was.
	reused=$(awk 'NR == FNR { was[$2] = $1; next }
	    ($2 in was) && was[$2] != $1 { n++ } END { print n + 0 }' \
	    "$work/i1" "$work/i2")
	test "$reused" -gt 0 || fail "$how: no replaced file was written again"

	# The reader reads the version it opened.
	cat <&3 >"$work/early.read"
	exec 3<&-
	cmp "$work/early.old" "$work/early.read" ||
		fail "$how: a reader of $early read other bytes than the version it opened"
	cmp "$work/linked.old" "$work/linked" ||
		fail "$how: the hard-linked copy of $linked was written into"
	grep -q 'called device was reached' "$en/$linked" ||
		fail "$how: $linked was not rebuilt"
	odd=$(find "$out/html" -type f ! -perm 644)
	test -z "$odd" || fail "$how: pages whose mode is not 644: $odd"

	# No hidden name left, the user's file kept, the output a clean
	# build's.
	left=$(cd "$out" && ls -A | grep '^\.sipdoc-tmp' | tr '\n' ' ')
	test "$left" = ".sipdoc-tmpfile " || fail "$how: left in the output: $left"
	build_site "$work/clean"
	diff -r -x '.sipdoc-*' "$work/clean" "$out" ||
		fail "$how: the rebuilt output differs from a clean build"
	rm -rf "$work/clean" "$work/linked"
	sed -i "$unsummary" "$work/content/codes/486.md"
}

run= how="names swapped"
scenario "$work/out"
echo "names swapped: the scenario holds"

# The same where renameat2() cannot swap names: the preload library says
# EINVAL, as a file system without RENAME_EXCHANGE does.
noexchange="$abs_builddir/tests/noexchange.so"
test -f "$noexchange" ||
	{ echo "SKIP: $noexchange not built"; exit 77; }
with_noexchange() {
	NOEXCHANGE_LOG="$work/calls" LD_PRELOAD="$noexchange" \
	    ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
	    "$@"
}
run=with_noexchange how="names not swapped"
scenario "$work/out2"
# The build asked to swap names and was refused; then it did not ask
# again for every file (once per handle of the folder: the engine's, its
# side files', the writer's).
calls=$(grep -c '^renameat2$' "$work/calls" 2>/dev/null || true)
test "${calls:-0}" -ge 1 || fail "the preload library was not taken"
test "$calls" -le 3 || fail "renameat2() asked $calls times after a refusal"
echo "names not swapped: the scenario holds"

# A folder where a page was: the build cannot replace it, says so, and
# leaves it where it is with what it holds (were names swapped, the
# folder is swapped back).
folder_case() {
	out=$1
	$run build_site "$out"
	rm "$out/html/en/486.html"
	mkdir "$out/html/en/486.html"
	echo mine >"$out/html/en/486.html/keep"
	sed -i "$summary" "$work/content/codes/486.md"
	set +e
	$run build_site "$out" 2>"$work/folder.err"
	rc=$?
	set -e
	sed -i "$unsummary" "$work/content/codes/486.md"
	test $rc -eq 1 || fail "$how: a folder in the way: exit $rc"
	echo "sipdoc: $out/html/en/486.html: error: cannot replace: Is a directory" |
		diff -u - "$work/folder.err" || fail "$how: a folder in the way: diagnostic"
	test "$(cat "$out/html/en/486.html/keep")" = mine ||
		fail "$how: the folder in the way lost its file"
	left=$(cd "$out" && ls -A | grep '^\.sipdoc-tmp' | tr '\n' ' ')
	test -z "$left" || fail "$how: a folder in the way: left $left"
}
run= how="names swapped"
folder_case "$work/fold"
run=with_noexchange how="names not swapped"
folder_case "$work/fold2"
echo "a folder in the way: kept, both ways"

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# spare.sh: a rebuild writes its new files into the files it replaced
# (src/build/spare.h), and only into files nothing else sees: a reader
# that opened the old version still reads it whole, a hard-linked copy
# keeps its bytes, a file whose mode was changed is not given to another
# page; no hidden name is left, and the output is a clean build's.
. "${abs_srcdir:-.}/tests/init.sh"
test "$(cat /proc/sys/fs/leases-enable 2>/dev/null)" = 1 ||
	{ echo "SKIP: file leases are disabled (/proc/sys/fs/leases-enable)"; exit 77; }
umask 022
copy_content
# "path inode" of every page.
inodes() {
	(cd "$work/out" && find html -type f -printf '%p %i\n' | sort) >"$1"
}
summary='s/^summary: "The called endpoint was reached/summary: "The called device was reached/'

build_site "$work/out"
inodes "$work/i1"
en="$work/out/html/en"
early=100-vs-486.html linked=180-vs-486.html private=181-vs-486.html
cp "$en/$early" "$work/early.old"
cp "$en/$linked" "$work/linked.old"
ln "$en/$linked" "$work/linked"
chmod 600 "$en/$private"
# A hidden name a killed build left, and a file of the user's.
: >"$work/out/.sipdoc-tmp.0-5"
: >"$work/out/.sipdoc-tmp-12"
: >"$work/out/.sipdoc-tmpfile"

sed -i "$summary" "$work/content/codes/486.md"
exec 3<"$en/$early"
build_site "$work/out"
inodes "$work/i2"

# Files were written into replaced ones: a page now has the inode that
# another page had.
cut -d' ' -f2 "$work/i1" | sort >"$work/old"
reused=$(join "$work/i1" "$work/i2" | awk '$2 != $3 { print $3 }' | sort |
	join - "$work/old" | wc -l)
test "$reused" -gt 0 || fail "no replaced file was written again"

# The reader reads the version it opened.
cat <&3 >"$work/early.read"
exec 3<&-
cmp "$work/early.old" "$work/early.read" ||
	fail "a reader of $early read other bytes than the version it opened"
cmp "$work/linked.old" "$work/linked" ||
	fail "the hard-linked copy of $linked was written into"
grep -q 'called device was reached' "$en/$linked" ||
	fail "$linked was not rebuilt"
odd=$(find "$work/out/html" -type f ! -perm 644)
test -z "$odd" || fail "pages whose mode is not 644: $odd"

# No hidden name left, the user's file kept, the output a clean build's.
left=$(cd "$work/out" && ls -A | grep '^\.sipdoc-tmp' | tr '\n' ' ')
test "$left" = ".sipdoc-tmpfile " || fail "left in the output: $left"
build_site "$work/clean"
diff -r -x '.sipdoc-*' "$work/clean" "$work/out" ||
	fail "the rebuilt output differs from a clean build"

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# manifest.sh: the manifest of a first build names every file it wrote,
# once, with its size, and nothing else; the records of files it did not
# know before go through a spool file (build/manifest.h), and a build
# that cannot make one (TMPDIR unusable) keeps them in memory and writes
# the same manifest.  No spool file is left in TMPDIR.
. "${abs_srcdir:-.}/tests/init.sh"

mkdir "$work/tmp"
pin=
run() {
	$pin "$SIPDOC" --content="$abs_srcdir/content" \
	    --templates="$abs_srcdir/templates" --fontdir="$abs_builddir/font" \
	    --format=html,man --quiet --output="$1" build
}
TMPDIR="$work/tmp" run "$work/a" || fail "build with a spool failed"
# On one processor, where the writer thread lags behind the renderer, the
# records come in the same order: the build's, not the timing's.
command -v taskset >/dev/null 2>&1 && taskset -c 0 true 2>/dev/null &&
	pin="taskset -c 0"
TMPDIR="$work/no-such-folder" run "$work/b" ||
	fail "build without a spool file failed"
test -z "$(ls -A "$work/tmp")" || fail "left in TMPDIR: $(ls -A "$work/tmp")"

# The records, without their modification times, are the same.
for d in a b; do
	tail -n +2 "$work/$d/.sipdoc-manifest" | cut -f1-5 >"$work/$d.rec"
done
diff -u "$work/a.rec" "$work/b.rec" || fail "the manifests differ"
head -n 1 "$work/a/.sipdoc-manifest" | grep -qx 'sipdoc-manifest 1' ||
	fail "manifest header: $(head -n 1 "$work/a/.sipdoc-manifest")"

# Every file, once, with its size; more records than one spool chunk
# (256 KB), so that the spool file was used.
(cd "$work/a" && find . -path './.sipdoc-*' -prune -o -type f -printf '%P\t%s\n' |
    LC_ALL=C sort) >"$work/files"
awk -F'\t' -v OFS='\t' '{ print $1, $5 }' "$work/a.rec" | LC_ALL=C sort >"$work/listed"
diff -u "$work/files" "$work/listed" || fail "the manifest does not list exactly the files"
test "$(wc -c <"$work/a.rec")" -gt 262144 ||
	fail "fixture: only $(wc -c <"$work/a.rec") bytes of records, the spool stayed in memory"

# And it is true: a rebuild renders nothing.
TMPDIR="$work/tmp" "$SIPDOC" --content="$abs_srcdir/content" \
    --templates="$abs_srcdir/templates" --fontdir="$abs_builddir/font" \
    --format=html,man --output="$work/a" build 2>"$work/noop" ||
	fail "rebuild failed: $(cat "$work/noop")"
n=$(wc -l <"$work/files")
echo "sipdoc: $n outputs: 0 rendered, 0 written, 0 removed, $n unchanged" |
	diff -u - "$work/noop" || fail "the rebuild after a spooled manifest rendered"
echo "$n records, $(wc -c <"$work/a.rec") bytes, the same with and without a spool file"

# A record that is not exactly what sipdoc writes makes the manifest
# damaged: it is ignored with a warning, every output is rendered and
# compared, and nothing is written.  Each case alters one field of the
# first record: a path out of the folder, a scope, a digest, the numbers.
cp "$work/a/.sipdoc-manifest" "$work/good"
n=$(wc -l <"$work/files")
for edit in '$1 = "../style.css"' '$1 = "html/.x"' '$2 = "HTML/-"' \
    '$2 = "html/"' '$3 = toupper($3)' '$3 = substr($3, 2)' \
    '$4 = $4 "0"' '$5 = "+" $5' '$5 = "-1"' '$5 = ""' \
    '$6 = "9223372036854775808"' '$6 = $6 "x"' '$6 = $6 "\t0"'; do
	awk -F'\t' -v OFS='\t' "NR == 2 { $edit } { print }" "$work/good" \
	    >"$work/a/.sipdoc-manifest"
	"$SIPDOC" --content="$abs_srcdir/content" \
	    --templates="$abs_srcdir/templates" --fontdir="$abs_builddir/font" \
	    --format=html,man --output="$work/a" build 2>"$work/damaged" ||
		fail "$edit: build failed: $(cat "$work/damaged")"
	printf '%s\n' "sipdoc: $work/a/.sipdoc-manifest: warning: damaged manifest ignored: every output is rendered and compared with the file on disk" \
	    "sipdoc: $n outputs: $n rendered, 0 written, 0 removed, $n unchanged" |
		diff -u - "$work/damaged" || fail "$edit: not taken as damaged"
done
# The largest and the smallest numbers a record holds are read.
awk -F'\t' -v OFS='\t' 'NR == 2 { $6 = "9223372036854775807" }
    NR == 3 { $6 = "-9223372036854775808" } { print }' "$work/good" \
    >"$work/a/.sipdoc-manifest"
"$SIPDOC" --content="$abs_srcdir/content" --templates="$abs_srcdir/templates" \
    --fontdir="$abs_builddir/font" --format=html,man --output="$work/a" \
    build 2>"$work/limits" || fail "build failed: $(cat "$work/limits")"
grep -q 'damaged' "$work/limits" && fail "the limits of a long long were refused"
echo "13 damaged records refused, the limits read"

#!/bin/sh
# bench.sh (make bench): the time and peak memory of a full build and of a
# no-op rebuild, each against its floor measured in the same run: copying
# the same files into a fresh folder (the cost of creating them), and
# reading them all (the cost of comparing).  Not part of make check.
. "${abs_srcdir:-.}/tests/init.sh"
TIME=/usr/bin/time
test -x $TIME || { echo "SKIP: /usr/bin/time missing (Debian package time)"; exit 77; }

# median of three runs of "$@": seconds and peak KB on stdout
measure() {
	for i in 1 2 3; do
		rm -rf "$work/fresh"
		$TIME -f '%e %M' -o "$work/t" "$@" >/dev/null 2>&1
		cat "$work/t"
	done | sort -n | sed -n 2p
}
S="$SIPDOC --content=$abs_srcdir/content --templates=$abs_srcdir/templates --fontdir=$abs_builddir/font --quiet"
$S --format=html,man --output="$work/out" build
files=$(find "$work/out" -type f | wc -l)

full=$(measure $S --format=html,man --output="$work/fresh" build)
floor=$(measure cp -R "$work/out" "$work/fresh")
noop=$(measure $S --format=html,man --output="$work/out" build)
read_floor=$(measure sh -c "find '$work/out' -type f -exec cat {} + >/dev/null")
pdf=$(measure $S --format=pdf --output="$work/fresh" build)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }'; }
set -- $full; fs=$1; fm=$2
set -- $floor; cs=$1
set -- $noop; ns=$1; nm=$2
set -- $read_floor; rs=$1
set -- $pdf; ps=$1; pm=$2
echo "files: $files (html and man, en and ru)"
echo "full build:    ${fs} s, ${fm} KB peak; floor (cp -R of the same files): ${cs} s; ratio $(ratio "$fs" "$cs")"
echo "no-op rebuild: ${ns} s, ${nm} KB peak; floor (reading every file): ${rs} s; ratio $(ratio "$ns" "$rs")"
echo "PDF handbooks: ${ps} s, ${pm} KB peak (groff, two passes per language)"

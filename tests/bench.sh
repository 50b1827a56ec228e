#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# bench.sh (make bench): the build engine's speed and memory, each against
# its floor measured in the same run (not part of make check: numbers, not
# verdicts).
#
#   full build (html and man, every language) / the plain writer of the
#       same files (tests/bench/floor.c: open, write, close);
#   no-op rebuild / sipdoc check of the same formats;
#   one entry edited / full build;
#   peak RSS, and pages per second, at 75 codes and at 300 (a synthetic
#       registry: copies of real entries under unused code numbers).
#
# On these machines creating files soon after deleting many costs about 17
# times more (ext4 avoids reusing recently freed inodes for minutes), so
# every build goes into a fresh folder, nothing is deleted until every
# timing is taken, and the figures are only meaningful when nothing was
# deleted in the minutes before (not right after make check).  Each timed
# run, of sipdoc and of the floor alike, starts with nothing left to write
# back (sync, outside the timing): otherwise a run pays for writing back
# the gigabyte of the 300-code runs before it.
. "${abs_srcdir:-.}/tests/init.sh"
TIME=/usr/bin/time
test -x $TIME || { echo "SKIP: /usr/bin/time missing (Debian package time)"; exit 77; }
FLOOR="$abs_builddir/tests/bench/floor"
test -x "$FLOOR" || { echo "SKIP: $FLOOR not built (make bench builds it)"; exit 77; }
runs=${BENCH_RUNS:-3}
big=${BENCH_CODES:-300}

# "seconds peakKB" of one run of "$@": the wall time to the microsecond
# (GNU time's %e has only hundredths), the peak RSS from GNU time.
measure() {
	sync
	t0=$(date +%s%N)
	$TIME -f '%M' -o "$work/t" "$@" >/dev/null 2>"$work/err" ||
		fail "$* failed: $(cat "$work/err")"
	t1=$(date +%s%N)
	echo "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", (b - a) / 1e9 }') $(cat "$work/t")"
}
median() { sort -n | awk '{ v[NR] = $0 } END { print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
col() { echo "$1" | cut -d' ' -f"$2"; }

# The content with N codes: the real 75, and copies of real entries under
# unused codes (same class of text, same translations: the catalogs' msgids
# are the entries' text).
synthetic() {
	dir=$1 n=$2
	cp -R "$abs_srcdir/content" "$dir"
	chmod -R u+w "$dir"
	have=$(tail -n +2 "$dir/registry.tsv" | wc -l)
	tail -n +2 "$abs_srcdir/content/registry.tsv" | cut -f1 >"$work/used"
	seq 100 699 | grep -vxF -f "$work/used" | head -n $((n - have)) |
	while read -r code; do
		src=$(tail -n +2 "$abs_srcdir/content/registry.tsv" |
		    awk -F'\t' -v c="$code" '{ r[NR] = $0 } END { srand(c); print r[int(rand() * NR) + 1] }')
		from=$(echo "$src" | cut -f1)
		echo "$src" | awk -F'\t' -v OFS='\t' -v c="$code" \
		    '{ $1 = c; $2 = "Synthetic " c; print }' >>"$dir/registry.tsv"
		sed -e "s/^code: .*/code: $code/" \
		    -e "s/^reason: .*/reason: Synthetic $code/" \
		    "$abs_srcdir/content/codes/$from.md" >"$dir/codes/$code.md"
	done
}

S="$SIPDOC --templates=$abs_srcdir/templates --fontdir=$abs_builddir/font --quiet --format=html,man"
edit() {	# $1: on or off
	if [ "$1" = on ]; then
		sed -i 's/^summary: "The called endpoint was reached/summary: "The called device was reached/' "$work/c75/codes/486.md"
	else
		sed -i 's/^summary: "The called device was reached/summary: "The called endpoint was reached/' "$work/c75/codes/486.md"
	fi
}

synthetic "$work/c75" 75
synthetic "$work/c$big" "$big"

: >"$work/full"; : >"$work/noop"; : >"$work/edit"; : >"$work/check"; : >"$work/floor"
for i in $(seq "$runs"); do
	measure $S --content="$work/c75" check >>"$work/check"
	measure $S --content="$work/c75" --output="$work/f$i" build >>"$work/full"
	measure $S --content="$work/c75" --output="$work/f$i" build >>"$work/noop"
	edit on
	measure $S --content="$work/c75" --output="$work/f$i" build >>"$work/edit"
	edit off
	sync; "$FLOOR" "$work/f1" "$work/floor$i" >>"$work/floor"
done
: >"$work/bigfull"; : >"$work/bigfloor"
for i in $(seq "$runs"); do
	measure $S --content="$work/c$big" --output="$work/b$i" build >>"$work/bigfull"
	sync; "$FLOOR" "$work/b1" "$work/bigfloor$i" >>"$work/bigfloor"
done

n75=$(find "$work/f1" -type f ! -name '.sipdoc-*' | wc -l)
nbig=$(find "$work/b1" -type f ! -name '.sipdoc-*' | wc -l)
full=$(median <"$work/full"); noop=$(median <"$work/noop")
ed=$(median <"$work/edit"); chk=$(median <"$work/check")
floor=$(median <"$work/floor"); bfull=$(median <"$work/bigfull")
bfloor=$(median <"$work/bigfloor")
pps75=$(awk -v n="$n75" -v t="$(col "$full" 1)" 'BEGIN { printf "%.0f", n / t }')
ppsbig=$(awk -v n="$nbig" -v t="$(col "$bfull" 1)" 'BEGIN { printf "%.0f", n / t }')

echo "median of $runs runs; html and man, every language"
echo "75 codes, $n75 files:"
echo "  full build     $(col "$full" 1) s, peak $(col "$full" 2) KB; floor (plain writer) $floor s; ratio $(ratio "$(col "$full" 1)" "$floor") (target <= 1.5)"
echo "  no-op rebuild  $(col "$noop" 1) s, peak $(col "$noop" 2) KB; sipdoc check $(col "$chk" 1) s; ratio $(ratio "$(col "$noop" 1)" "$(col "$chk" 1)") (target <= 1.2)"
echo "  one entry      $(col "$ed" 1) s; / full build: $(ratio "$(col "$ed" 1)" "$(col "$full" 1)") (target <= 0.20)"
echo "  pages/s        $pps75"
echo "$big codes, $nbig files:"
echo "  full build     $(col "$bfull" 1) s, peak $(col "$bfull" 2) KB"
echo "  pages/s        $ppsbig; / pages/s at 75 codes: $(ratio "$ppsbig" "$pps75") (target >= 0.90)"
# The file system's own share: the plain writer's pages/s at both sizes.
# It writes 1.3 GB at 300 codes from a copy it holds in memory, and on
# these machines its rate there is about half its rate at 75 codes.
echo "  floor          $bfloor s; its pages/s / at 75 codes: $(ratio "$(awk -v n="$nbig" -v t="$bfloor" 'BEGIN { print n / t }')" "$(awk -v n="$n75" -v t="$floor" 'BEGIN { print n / t }')")"
echo "  peak RSS       $(col "$full" 2) KB at 75 codes (target <= 16384), $(col "$bfull" 2) KB at $big (target <= 24576)"

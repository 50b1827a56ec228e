#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# kill.sh: builds killed with SIGKILL at random moments, over many trials,
# leave every output file either the version of one content state or of
# the other, never a mix within a file; the next build converges to
# exactly what a clean build produces, with no temporary file left.
. "${abs_srcdir:-.}/tests/init.sh"
copy_content
cp -R "$abs_srcdir/templates" "$work/templates"
trials=${KILL_TRIALS:-24}
seed=${KILL_SEED:-20261201}

run() {
	_out=$1
	shift
	"$SIPDOC" --content="$work/content" --templates="$work/templates" \
	    --fontdir="$abs_builddir/font" --format=html,man --quiet \
	    --output="$_out" "$@" build
}
# Two states of the content: every sheet and 486's pages differ.
state() {
	if [ "$1" = a ]; then
		sed -i 's|^<article class="sheet" id="b">$|<article class="sheet">|' "$work/templates/pair.html"
		sed -i 's/^summary: "The called device was reached/summary: "The called endpoint was reached/' "$work/content/codes/486.md"
	else
		sed -i 's|^<article class="sheet">$|<article class="sheet" id="b">|' "$work/templates/pair.html"
		sed -i 's/^summary: "The called endpoint was reached/summary: "The called device was reached/' "$work/content/codes/486.md"
	fi
}
state b
run "$work/ref-b"
state a
run "$work/ref-a"
{ tree_sums "$work/ref-a"; tree_sums "$work/ref-b"; } | sort -u >"$work/allowed"

# How long a trial's build takes: one that switches a folder from one
# state to the other, as the trials do (a first build takes longer), the
# shorter of the two ways; OUT is left in state a.
run "$work/out"
span=
for s in b a; do
	state $s
	start=$(date +%s%N)
	run "$work/out"
	t=$(( ($(date +%s%N) - start) / 1000000 ))
	if [ -z "$span" ] || [ "$t" -lt "$span" ]; then span=$t; fi
done

# Kill times spread over a whole build, from a seeded generator.
awk -v n="$trials" -v s="$seed" -v span="$span" 'BEGIN { srand(s);
	for (i = 0; i < n; i++) printf "%.3f\n", rand() * span * 1.2 / 1000 }' \
	>"$work/times"
i=0
killed=0
while read -r t; do
	i=$((i + 1))
	if [ $((i % 2)) -eq 1 ]; then state b; else state a; fi
	# exec: $! must be sipdoc itself, not a shell around it.
	(exec "$SIPDOC" --content="$work/content" --templates="$work/templates" \
	    --fontdir="$abs_builddir/font" --format=html,man --quiet \
	    --output="$work/out" build 2>/dev/null) &
	pid=$!
	sleep "$t"
	kill -9 $pid 2>/dev/null && killed=$((killed + 1)) || true
	wait $pid 2>/dev/null || true
	# Every file is complete: the version of one state or the other.
	tree_sums "$work/out" | sort -u >"$work/now"
	if comm -23 "$work/now" "$work/allowed" | grep .; then
		fail "trial $i (killed after ${t}s): the files above are neither version"
	fi
done <"$work/times"

# The next build converges to what a clean build gives, and leaves none
# of its temporary files.
state a
run "$work/out"
tree_sums "$work/ref-a" >"$work/want"
tree_sums "$work/out" >"$work/got"
diff -u "$work/want" "$work/got" || fail "the build after the kills differs from a clean one"
manifest_true "$work/out" || fail "the manifest after the kills is not true"
left=$(find "$work/out" -name '.sipdoc-*' ! -name .sipdoc-manifest ! -name .sipdoc-lock \
    ! -name '.sipdoc-catalog-*' ! -name '.sipdoc-search-*' ! -name '.sipdoc-prepared-*')
test -z "$left" || fail "left behind: $left"
"$SIPDOC" --content="$work/content" --templates="$work/templates" \
    --fontdir="$abs_builddir/font" --format=html,man --output="$work/out" \
    build 2>"$work/noop"
grep -q '^sipdoc: [0-9]* outputs: 0 rendered, 0 written, 0 removed' "$work/noop" ||
	fail "not settled: $(cat "$work/noop")"
test "$killed" -ge $((trials / 3)) || fail "only $killed of $trials builds were still running when killed"
echo "$killed of $trials builds killed between 0 and $((span * 12 / 10)) ms (seed $seed); converged"

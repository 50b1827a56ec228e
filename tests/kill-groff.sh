#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# kill-groff.sh: a build stopped while groff typesets a handbook (SIGINT,
# SIGTERM, SIGHUP, or SIGKILL) leaves no sipdoc-* file under its TMPDIR
# and no groff, troff or gropdf process behind.  The processes of each
# build are found by a marker in their environment.
. "${abs_srcdir:-.}/tests/init.sh"
skip_unless groff
skip_unless perl
test -r /proc/self/environ || { echo "SKIP: no /proc"; exit 77; }
mkdir "$work/tmp"
TMPDIR=$work/tmp
export TMPDIR

# The processes whose environment holds marker $1.
marked() {
	for p in /proc/[0-9]*; do
		if tr '\0' '\n' 2>/dev/null <"$p/environ" | grep -qxF "SIPDOC_TEST_MARK=$1"; then
			cat "$p/comm" 2>/dev/null || :
		fi
	done
}

for sig in INT TERM HUP KILL; do
	mark="$sig-$$"
	# A shell starts background jobs with SIGINT ignored: perl restores it.
	SIPDOC_TEST_MARK=$mark perl -e '$SIG{INT} = $SIG{TERM} = $SIG{HUP} = "DEFAULT"; exec @ARGV' \
	    "$SIPDOC" --content="$abs_srcdir/content" --templates="$abs_srcdir/templates" \
	    --fontdir="$abs_builddir/font" --format=pdf --quiet --output="$work/out-$sig" build \
	    2>"$work/err-$sig" &
	pid=$!
	i=0
	until marked "$mark" | grep -qE '^(groff|troff|gropdf)$'; do
		i=$((i + 1))
		test $i -lt 600 || fail "$sig: groff never started"
		kill -0 $pid 2>/dev/null || fail "$sig: the build ended before groff was seen"
		sleep 0.05
	done
	kill -$sig $pid
	set +e
	wait $pid
	rc=$?
	set -e
	test $rc -ne 0 || fail "$sig: the build exited 0"
	i=0
	while [ -n "$(marked "$mark")" ]; do
		i=$((i + 1))
		test $i -lt 100 || fail "$sig: left running: $(marked "$mark" | tr '\n' ' ')"
		sleep 0.05
	done
	left=$(cd "$TMPDIR" && ls -A)
	test -z "$left" || fail "$sig: left in TMPDIR: $left"
	echo "$sig: exit $rc, nothing left"
done

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# sources.sh: content/SOURCES.md keeps what each entry and pair note claims
# and where that was checked.  Every entry (codes/NNN.md) and pair note
# (pairs/AAA-BBB.md) has one section, "## codes/NNN.md", with at least one
# claim; every section names a file that exists.  A missing, stray,
# doubled or empty section is reported exactly (tested on a copy).
. "${abs_srcdir:-.}/tests/init.sh"

# sources_check DIR: the diagnostics for DIR/SOURCES.md; returns 1 when
# there is one.
sources_check() {
	(cd "$1" && ls codes/*.md pairs/*.md) | sort >"$work/files"
	awk '
	function close_section() {
		if (name != "" && rows == 0)
			print FILENAME ":" start ": section " name " has no claim"
	}
	/^## / {
		close_section()
		name = substr($0, 4); start = FNR; rows = 0
		if (name in seen)
			print FILENAME ":" FNR ": second section for " name " (first at line " seen[name] ")"
		else
			seen[name] = FNR
		print name >out
		next
	}
	/^\| / && name != "" && !/^\| claim \|/ && !/^\|---/ { rows++ }
	END { close_section() }
	' out="$work/sections" "$1/SOURCES.md" >"$work/diag"
	while read -r _sec; do
		test -f "$1/$_sec" ||
			echo "$1/SOURCES.md:$(grep -n -x -F "## $_sec" "$1/SOURCES.md" | head -n 1 | cut -d: -f1): section $_sec names no file of the content" >>"$work/diag"
	done <"$work/sections"
	sort -u "$work/sections" | comm -23 "$work/files" - |
	    sed "s|^|$1/SOURCES.md: no section for |" >>"$work/diag"
	cat "$work/diag"
	test ! -s "$work/diag"
}

(cd "$abs_srcdir" && sources_check content) >"$work/out" ||
	{ cat "$work/out" >&2; fail "content/SOURCES.md does not cover the content"; }
codes=$(ls "$abs_srcdir"/content/codes/*.md | wc -l)
pairs=$(ls "$abs_srcdir"/content/pairs/*.md | wc -l)
test "$codes" -ge 75 && test "$pairs" -ge 40 ||
	fail "only $codes entries and $pairs pair notes found"

# A copy with 486's section gone, 480-486's renamed to a pair that does not
# exist, 100's section doubled and 183's claims removed.
copy_content
s="$work/content/SOURCES.md"
awk '
	/^## / { skip = ($0 == "## codes/486.md"); empty = ($0 == "## codes/183.md") }
	$0 == "## pairs/480-486.md" { print "## pairs/480-487.md"; next }
	skip { next }
	empty && /^\| / && !/^\| claim \|/ && !/^\|---/ { next }
	{ print }
	$0 == "## codes/100.md" { print ""; print "| claim | source | status |"; print "|---|---|---|"
		print "| again | here | checked |"; print ""; print "## codes/100.md" }
' "$abs_srcdir/content/SOURCES.md" >"$s"
l100=$(grep -n -x '## codes/100.md' "$s" | sed -n 1p | cut -d: -f1)
l100b=$(grep -n -x '## codes/100.md' "$s" | sed -n 2p | cut -d: -f1)
l183=$(grep -n -x '## codes/183.md' "$s" | cut -d: -f1)
l487=$(grep -n -x '## pairs/480-487.md' "$s" | cut -d: -f1)
test -n "$l100b" && test -n "$l183" && test -n "$l487" || fail "fixture not made"
if sources_check "$work/content" >"$work/out"; then
	fail "a broken SOURCES.md passed"
fi
cat >"$work/want" <<EOT
$s:$l100b: second section for codes/100.md (first at line $l100)
$s:$l183: section codes/183.md has no claim
$s:$l487: section pairs/480-487.md names no file of the content
$s: no section for codes/486.md
$s: no section for pairs/480-486.md
EOT
diff -u "$work/want" "$work/out" || fail "wrong diagnostics for a broken SOURCES.md"

echo "content/SOURCES.md covers $codes entries and $pairs pair notes"

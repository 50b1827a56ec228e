#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# pdf-links.sh: a reader can click through the handbooks.  In each one
# the contents entry of 486 goes to the page where 486's section starts,
# the mention of 600 in 486's description goes to 600's page, every RFC
# reference of 486 is a link to its section on the web, and the index
# entry Retry-After lists 486 with a link to it.  Link annotations and
# named destinations are read from qpdf --json (tests/awk/), the text
# under a link from pdftotext cropped to its rectangle.
. "${abs_srcdir:-.}/tests/init.sh"
skip_unless qpdf
skip_unless pdftotext
skip_unless pdfinfo

sipdoc --quiet --format=pdf --output="$work/out" build

# The text under the rectangle X1 Y1 X2 Y2 of page P (PDF points, from the
# bottom left) of the handbook $pdf, without the punctuation after it
# that the rectangle's margin touches.
text_at() {
	pdftotext -f "$1" -l "$1" -x "${2%.*}" -y $((842 - ${5%.*} - 1)) \
	    -W $((${4%.*} - ${2%.*})) -H $((${5%.*} - ${3%.*} + 2)) \
	    "$pdf" - | tr -s ' \n\f' '  ' | sed 's/^ //; s/[ ,;]*$//'
}

# The page where the heading TEXT stands on a line of its own, from P on.
heading_page() {
	_p=$2
	while test "$_p" -le "$pages"; do
		pdftotext -f "$_p" -l "$_p" "$pdf" - | grep -qxF "$1" && {
			echo "$_p"; return; }
		_p=$((_p + 1))
	done
	fail "$l: no heading '$1'"
}

for l in en ru; do
	pdf="$work/out/pdf/sip-codes.$l.pdf"
	pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
	qpdf --json "$pdf" | awk -f "$abs_srcdir/tests/awk/qpdf-flat.awk" |
	    awk -F'\t' -f "$abs_srcdir/tests/awk/qpdf-links.awk" >"$work/all"
	grep '^dest ' "$work/all" >"$work/dests" || true
	grep -v '^dest ' "$work/all" >"$work/links" || true
	nint=$(awk '$2 ~ /^\//' "$work/links" | wc -l)
	nweb=$(pdfinfo -url "$pdf" | grep -c 'https://' || true)
	echo "$l: $pages pages, $nint internal links, $nweb web links"
	dest() { awk -v n="/$1" '$2 == n { print $3 }' "$work/dests"; }
	first=$(dest k1)
	c486=$(dest c486)
	test -n "$first" && test -n "$c486" || fail "$l: no destinations"

	# The contents entry of 486 and where it goes.
	toc=$(awk -v f="$first" '$2 == "/c486" && $1 < f' "$work/links")
	test -n "$toc" || fail "$l: the contents do not link 486"
	set -- $toc
	case $(text_at "$1" "$3" "$4" "$5" "$6") in
	"486 Busy Here"*) ;;
	*) fail "$l: the contents link of 486 is on '$(text_at "$1" "$3" "$4" "$5" "$6")'" ;;
	esac
	test "$c486" = "$(heading_page '486 Busy Here' "$first")" ||
		fail "$l: 486 goes to page $c486, its section is elsewhere"

	# 600 in 486's description, on one of 486's pages.
	c600=$(dest c600)
	test "$c600" = "$(heading_page '600 Busy Everywhere' "$c486")" ||
		fail "$l: 600 goes to page $c600, its section is elsewhere"
	found=
	awk -v a="$c486" '$2 == "/c600" && ($1 == a || $1 == a + 1)' \
	    "$work/links" >"$work/l600"
	while read -r p t x1 y1 x2 y2; do
		test "$(text_at "$p" "$x1" "$y1" "$x2" "$y2")" = \
		    "600 Busy Everywhere" || continue
		line=$(text_at "$p" 60 "$y1" 540 "$y2")
		case $line in "•"*) continue ;; esac
		found=$p
	done <"$work/l600"
	test -n "$found" || fail "$l: 486's description does not link 600"

	# Every RFC reference of 486: its text and its URL link to the section.
	sed -n 's/^references: \[\(.*\)\]$/\1/p' \
	    "$abs_srcdir/content/codes/486.md" | tr ',' '\n' |
	    sed 's/^ *"//; s/"$//' >"$work/refs"
	test -s "$work/refs" || fail "486 has no references"
	while read -r ref; do
		rfc=${ref#RFC }; rfc=${rfc%% *}; sec=${ref##*§}
		url="https://www.rfc-editor.org/rfc/rfc$rfc#section-$sec"
		pdfinfo -url -f "$c486" -l $((c486 + 1)) "$pdf" |
		    grep -qF " $url" || fail "$l: no web link $url"
		awk -v u="$url" -v a="$c486" '$2 == u && ($1 == a ||
		    $1 == a + 1)' "$work/links" >"$work/lref"
		ok=
		while read -r p t x1 y1 x2 y2; do
			test "$(text_at "$p" "$x1" "$y1" "$x2" "$y2")" = "$ref" &&
				ok=1
		done <"$work/lref"
		test -n "$ok" || fail "$l: '$ref' does not link $url"
	done <"$work/refs"

	# The index: the entry Retry-After lists 486 with its page (the
	# entry may wrap), and "486 (PAGE)" there is a link to 486.
	idx=$(dest index)
	test -n "$idx" || fail "$l: no index"
	pdftotext -f "$idx" "$pdf" - | tr -s ' \n\f' '  ' |
	    grep -q "Retry-After — [0-9 (),]*486 ($c486)" ||
		fail "$l: the index entry Retry-After does not list 486 ($c486)"
	ok=
	awk -v i="$idx" '$2 == "/c486" && $1 >= i' "$work/links" >"$work/lidx"
	while read -r p t x1 y1 x2 y2; do
		test "$(text_at "$p" "$x1" "$y1" "$x2" "$y2")" = \
		    "486 ($c486)" && ok=1
	done <"$work/lidx"
	test -n "$ok" || fail "$l: the index does not link '486 ($c486)'"
done

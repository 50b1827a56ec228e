#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# pdf-headings.sh: no heading of either handbook stands at the bottom of
# a page: after the last heading of a page come at least two lines of
# its text, or all of it.  Headings are told by their height in pdftotext's layout (11
# points and up; the text is 10, code 10.5); the last line of a page is
# its footer, the page number.
. "${abs_srcdir:-.}/tests/init.sh"
skip_unless pdftotext

sipdoc --quiet --format=pdf --output="$work/out" build
for l in en ru; do
	pdf="$work/out/pdf/sip-codes.$l.pdf"
	pdftotext -f 2 -bbox-layout "$pdf" "$work/$l.html"
	awk -v lang="$l" '
		function attr(s, a) {
			match(s, a "=\"[0-9.]+\"")
			return substr(s, RSTART + length(a) + 2,
			    RLENGTH - length(a) - 3) + 0
		}
		function report(what) {
			printf "%s: page %d: the heading \"%s\" %s\n", lang,
			    page - (what ~ /next/), last, what
			bad++
		}
		# A page of n lines: the running head (above the top margin),
		# the text, and the footer (the last line).
		function check(   i, first) {
			if (n < 2) return
			for (i = 1; i < n && top[i] < 57; i++)
				;
			first = i
			if (one && first < n && h[first] < 11.6)
				report("has one line, its section goes on to the next page")
			one = 0
			after = -1
			for (i = first; i < n; i++)
				if (h[i] >= 11.6) { after = 0; last = t[i] }
				else if (after >= 0) after++
			if (after == 0)
				report("ends the page")
			one = after == 1
		}
		/<page / { check(); page++; n = 0 }
		/<line / { n++; top[n] = attr($0, "yMin")
			h[n] = attr($0, "yMax") - top[n]; t[n] = "" }
		/<word / { w = $0; sub(/^[^>]*>/, "", w); sub(/<.*/, "", w)
			t[n] = t[n] (t[n] == "" ? "" : " ") w }
		END { check(); print lang ": " page " pages checked";
			exit bad > 0 }
	' page=1 "$work/$l.html" || fail "$l: headings at the bottom of pages"
done

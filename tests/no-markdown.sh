#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# no-markdown.sh: no Markdown syntax from any body or field reaches a
# reader.  The whole output is read as its reader sees it: every HTML
# page and data file of the site, every man page typeset by groff, both
# handbooks through pdftotext, `sipdoc show` of every code and `sipdoc
# compare` of every pair with a note, in every language.  Code spans,
# strong emphasis and inline links leave no backtick, "**" or "](".
# Data for tools says what is Markdown: the "markdown" members of the JSON
# files, and the search index, whose text marks code spans with
# backquotes for site.js (tests/web/browser.mjs shows them as code).
. "${abs_srcdir:-.}/tests/init.sh"
skip_unless groff
skip_unless pdftotext

sipdoc --quiet --output="$work/out" build
pattern='`|\*\*|\]\('
found=0
check() {	# NAME, then the text on stdin
	if grep -nE "$pattern" >"$work/hits"; then
		sed "s|^|$1:|" "$work/hits" | head -5 >&2
		found=$((found + 1))
	fi
}

n=0
for f in $(cd "$work/out/html" && find . -type f ! -name site.js ! -name '*.css' \
    ! -name '*.svg' ! -name search-index.js | sort); do
	sed 's/"markdown": "\([^"\\]\|\\.\)*"//g' "$work/out/html/$f" | check "html/$f"
	n=$((n + 1))
done
for f in $(cd "$work/out/man" && find . -name '*.[0-9]' | sort); do
	groff -k -man -Tutf8 -P-c "$work/out/man/$f" 2>/dev/null |
		sed 's/.\x08//g' | check "man/$f"
	n=$((n + 1))
done
for f in "$work"/out/pdf/*.pdf; do
	pdftotext -enc UTF-8 "$f" - | check "pdf/$(basename "$f")"
	n=$((n + 1))
done
codes=$(cut -f1 "$abs_srcdir/content/registry.tsv" | grep '^[0-9]')
for lang in en ru; do
	for c in $codes; do
		sipdoc --lang=$lang show "$c" | check "show $c ($lang)"
		n=$((n + 1))
	done
	for f in "$abs_srcdir"/content/pairs/*.md; do
		p=$(basename "$f" .md)
		sipdoc --lang=$lang compare "${p%-*}" "${p#*-}" |
			check "compare $p ($lang)"
		n=$((n + 1))
	done
done
test "$found" -eq 0 || fail "Markdown syntax in $found of $n outputs"
test "$n" -gt 6000 || fail "only $n outputs read"
echo "$n outputs read, none shows Markdown syntax"

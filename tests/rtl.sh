#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# rtl.sh: a language written right to left, added with catalogs only
# (rtl-catalogs.sh: Hebrew, marked rtl by its UI catalog): its pages get
# dir="rtl", English fallback and code inside them dir="ltr"; groff cannot
# set it, so it gets no man page or handbook, with one warning at load
# time, and `sipdoc status` says so.  The other languages are unchanged.
. "${abs_srcdir:-.}/tests/init.sh"
. "$abs_srcdir/tests/rtl-catalogs.sh"

formats=html,man,pdf
command -v pdftotext >/dev/null 2>&1 || formats=html,man
run_rtl --quiet --format=$formats --output="$work/out" build 2>"$work/err" ||
	{ cat "$work/err"; fail "build"; }
echo "sipdoc: warning: עברית (he) is written right to left, which groff cannot typeset: no man pages or handbook are made in it" |
	diff -u - "$work/err" || fail "not one warning for he"

h="$work/out/html"
for f in index.html 486.html 480-vs-486.html 100.html; do
	grep -q '^<html lang="he" dir="rtl">$' "$h/he/$f" || fail "he/$f: no dir=rtl"
done
p="$h/he/486.html"
grep -q '<span>נקודת הקצה שאליה התקשרו הושגה' "$p" || fail "Hebrew summary"
grep -q '<p>התגובה יכולה לשאת <code dir="ltr">Retry-After</code>' "$p" ||
	fail "a code span in Hebrew is not set left to right"
grep -q '<p lang="en" dir="ltr" class="untranslated">&quot;Here&quot; is the key word' "$p" ||
	fail "English fallback block without dir=ltr"
grep -q '<li lang="en" dir="ltr" class="untranslated">The phone is already on a call' "$p" ||
	fail "English fallback item without dir=ltr"
grep -q '<a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24" dir="ltr">RFC&nbsp;3261&nbsp;§21.4.24</a>' "$p" ||
	fail "an RFC reference in a right-to-left page is not set left to right"
grep -q '<h1><bdi><span class="num">486</span> Busy Here</bdi></h1>' "$p" ||
	fail "the code and its reason phrase are not isolated"
grep -q '<span lang="en" dir="ltr" class="untranslated">The called device\|<dd lang="en" dir="ltr" class="untranslated">' "$h/he/index.html" ||
	fail "English summaries on the Hebrew index without dir=ltr"
grep -q '<option value="486" dir="ltr">486 Busy Here</option>' "$p" ||
	fail "picker options not set left to right"
grep -q 'hreflang="he" lang="he" dir="rtl">עברית</a>' "$h/en/486.html" ||
	fail "the switcher of an English page does not set Hebrew right to left"
grep -q 'hreflang="en" lang="en" dir="ltr">English</a>' "$p" ||
	fail "the switcher of a Hebrew page does not set English left to right"
grep -q '<li lang="he" dir="rtl"><a href="he/index.html"' "$h/index.html" ||
	fail "root page: Hebrew card without dir=rtl"
grep -q '"stems":{}' "$h/he/search-index.js" ||
	fail "Snowball has no Hebrew stemmer: the index should have no stems"
for l in en ru; do
	grep -q "^<html lang=\"$l\">\$" "$h/$l/486.html" || fail "$l/486.html changed direction"
done
if grep -q 'dir="ltr"' "$h/ru/486.html"; then
	fail "a left-to-right page sets dir=ltr on its own blocks"
fi

test -d "$work/out/man/ru" || fail "no Russian man pages"
test ! -e "$work/out/man/he" || fail "Hebrew man pages made: $(ls "$work/out/man/he")"
if [ $formats = html,man,pdf ]; then
	test -f "$work/out/pdf/sip-codes.ru.pdf" || fail "no Russian handbook"
	test ! -e "$work/out/pdf/sip-codes.he.pdf" || fail "Hebrew handbook made"
fi

run_rtl status --lang=he >"$work/status" 2>&1 || fail "status: $(cat "$work/status")"
grep -q '^he    עברית (he) is written right to left, which groff cannot typeset: no man pages or handbook are made in it$' \
	"$work/status" || fail "status does not say: $(tail -n 2 "$work/status")"
run_rtl status --format=json >"$work/json"
grep -q '"direction": "rtl", "man_pages": false, "handbook": false}' "$work/json" ||
	fail "status JSON: $(grep direction "$work/json")"
grep -q '"direction": "ltr", "man_pages": true, "handbook": true}' "$work/json" ||
	fail "status JSON for ru"

# A man-only build warns too, once; an HTML-only build does not.
run_rtl --quiet --format=man --output="$work/man" build 2>"$work/err2"
test "$(grep -c 'is written right to left' "$work/err2")" -eq 1 || fail "man build: $(cat "$work/err2")"
run_rtl --quiet --format=html --output="$work/html" build 2>"$work/err3"
test ! -s "$work/err3" || fail "HTML build warns: $(cat "$work/err3")"

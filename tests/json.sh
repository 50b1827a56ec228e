#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# json.sh: the data for tools (--format=json): a file per language with
# every code and one per code, under the site (html/LANG/data/); 486's
# Russian file has its reason phrase and Russian summary, a deprecated
# code says what replaces it, an untranslated summary is marked English,
# and a plain build writes the data too.
. "${abs_srcdir:-.}/tests/init.sh"

sipdoc --quiet --format=json --output="$work/out" build
d="$work/out/html/ru/data"
test -f "$work/out/html/en/data/codes.json" || fail "no en/data/codes.json"
n=$(ls "$d" | wc -l)
test "$n" -eq 76 || fail "$n files in ru/data, want 75 codes and codes.json"
if find "$work/out" -name '*.html' | grep -q .; then
	fail "--format=json wrote pages"
fi

en='The called endpoint was reached, but it cannot take another call right now.'
ru=$(msggrep --no-wrap -K -F -e "$en" "$abs_srcdir/content/po/ru.po" |
	sed -n 's/^msgstr "\(..*\)"$/\1/p')
test -n "$ru" || fail "fixture: no Russian summary of 486"
grep -qx '  "reason": "Busy Here",' "$d/486.json" || fail "486: no reason phrase"
grep -qxF "    \"text\": \"$ru\"," "$d/486.json" || fail "486: no Russian summary"
grep -qx '  "url": "/ru/486.html",' "$d/486.json" || fail "486: no page URL"
grep -qF '{"text": "RFC 3261 §21.4.24", "url": "https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24"}' \
	"$d/486.json" || fail "486: references without URLs"
grep -qxF "      \"summary\": {\"text\": \"$ru\", \"markdown\": \"$ru\", \"lang\": \"ru\", \"state\": \"translated\"}," \
	"$d/codes.json" || fail "codes.json: no Russian summary of 486"
# A field's inline Markdown: plain text for display, Markdown as written.
grep -qxF '      "summary": {"text": "The server can only produce response content that the request'"'"'s Accept header field rules out.", "markdown": "The server can only produce response content that the request'"'"'s `Accept` header field rules out.", "lang": "en", "state": "source"},' \
	"$work/out/html/en/data/codes.json" || fail "codes.json: 406 summary not as text and Markdown"
e="$work/out/html/en/data/202.json"
grep -qx '  "status": "deprecated",' "$e" && grep -qx '  "replaced_by": \[200\],' "$e" ||
	fail "202 does not say it is deprecated for 200"

# A summary without translation is shown, and marked, in English.
copy_content
untranslate '486 Busy Here: summary'
"$SIPDOC" --content="$work/content" --quiet --format=json --lang=ru \
    --base-url=https://sip.example.org/ --output="$work/fb" build
f="$work/fb/html/ru/data/486.json"
grep -A4 '"summary": {' "$f" | grep -qxF "    \"text\": \"$en\"," || fail "fallback summary"
grep -A4 '"summary": {' "$f" | grep -qx '    "lang": "en",' || fail "fallback not marked en"
grep -A4 '"summary": {' "$f" | grep -qx '    "state": "missing"' || fail "fallback state"
grep -qx '  "url": "https://sip.example.org/ru/486.html",' "$f" || fail "--base-url"
grep -A1 '"translation": {' "$f" | grep -qx '    "percent": [0-9]*,' || fail "no percent"
if grep -qx '    "complete": true' "$f"; then
	fail "a page with an English summary is complete"
fi

# The default build (no --format) writes the data too.
sipdoc --quiet --lang=en --output="$work/all" build
test -f "$work/all/html/en/data/486.json" || fail "a plain build writes no data"
cmp "$work/all/html/en/data/486.json" "$work/out/html/en/data/486.json" ||
	fail "the data differ with and without --format=json"

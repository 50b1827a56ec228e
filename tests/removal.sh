#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# removal.sh: what a build no longer produces is removed (a removed entry,
# a pair that is no longer curated, a removed language), with the folders
# it leaves empty, and nothing links to it any more; a build of some
# formats or languages leaves the others alone; files sipdoc never wrote
# are never touched.
. "${abs_srcdir:-.}/tests/init.sh"
copy_content

run() {
	"$SIPDOC" --content="$work/content" --templates="$abs_srcdir/templates" \
	    --fontdir="$abs_builddir/font" --output="$work/out" "$@" build
}
run --format=html,man --quiet
echo mine >"$work/out/html/notes.txt"
echo mine >"$work/out/README"

# A removed entry: its pages, its sheets and the curated man pages of its
# pairs go; no page names it.
(cd "$work/out" && find . -type f \( -name '486.html' -o -name '*-vs-486.html' \
    -o -name '486-vs-*.html' -o -name 'sip-486.7' -o -name 'sip-*486-vs-*.7' \
    -o -name 'sip-*-vs-486.7' \) | sort) >"$work/want"
n=$(wc -l <"$work/want")
test "$n" -eq 158 || fail "fixture: 486 has $n files"
rm "$work/content/codes/486.md"
run --format=html,man 2>"$work/log"
grep -q "^sipdoc: [0-9]* outputs: .* $n removed, " "$work/log" ||
	fail "removed entry: $(cat "$work/log")"
while read -r f; do
	test ! -e "$work/out/$f" || fail "$f is still there"
done <"$work/want"
if grep -rlE '486\.html|-vs-486|486-vs-|sip-486' "$work/out/html" "$work/out/man"; then
	fail "the pages above still name the removed entry"
fi

# A pair that is no longer curated: its man page goes, its sheet stays.
rm "$work/content/pairs/401-407.md"
run --format=html,man 2>"$work/log"
grep -q " 2 removed, " "$work/log" || fail "uncurated pair: $(cat "$work/log")"
test ! -e "$work/out/man/man7/sip-401-vs-407.7" || fail "man page of 401-407 kept"
test -s "$work/out/html/en/401-vs-407.html" || fail "sheet of 401-407 lost"

# A build of one format or one language leaves the others alone.
rm "$work/content/pairs/404-410.md"
run --format=man --lang=en --quiet
test -e "$work/out/man/ru/man7/sip-404-vs-410.7" || fail "--lang=en removed a Russian page"
test ! -e "$work/out/man/man7/sip-404-vs-410.7" || fail "--lang=en kept an English page"
test -e "$work/out/html/en/index.html" || fail "--format=man removed HTML"

# A removed language: its folders go entirely.
rm "$work/content/po/ru.po"
run --format=html,man 2>"$work/log"
for d in html/ru man/ru; do
	test ! -e "$work/out/$d" || fail "$d is still there: $(find "$work/out/$d" | head)"
done
grep -q "^sipdoc: [0-9]* outputs: .* [1-9][0-9]* removed, " "$work/log" ||
	fail "removed language: $(cat "$work/log")"
if grep -rl 'hreflang="ru"\|/ru/' "$work/out/html"; then
	fail "the pages above still name the removed language"
fi

# Files sipdoc never wrote stay.
test "$(cat "$work/out/html/notes.txt")" = mine || fail "html/notes.txt touched"
test "$(cat "$work/out/README")" = mine || fail "README touched"
echo "removed: $n files of 486, a curated man page, a language"

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# prepared-cache.sh: the HTML of the entries' sections is taken from the
# previous build when nothing they show changed (format/prepared.h): after
# an edit to one entry's text and to a Russian translation of another,
# every page is byte for byte a clean build's, and so is the cache; a
# damaged or foreign cache is ignored, never published.
. "${abs_srcdir:-.}/tests/init.sh"
copy_content

build_site "$work/a" || fail "first build failed"
for l in en ru; do
	head -n 1 "$work/a/.sipdoc-prepared-html-$l" |
		grep -qx 'sipdoc-prepared 1' || fail "no section cache for $l"
done
# Each entry once, with its sections.
n=$(grep -c '^[0-9a-f]\{32\} [0-9]* [0-9]*$' "$work/a/.sipdoc-prepared-html-ru")
test "$n" -eq "$(ls "$work/content/codes" | wc -l)" ||
	fail "$n entries in the Russian section cache"

# 486's text in a section (not in a field), and a Russian translation
# of 180's.
sed -i 's/^A 486 says the request reached/A 486 says that the request reached/' \
    "$work/content/codes/486.md"
grep -q '^A 486 says that the request' "$work/content/codes/486.md" ||
	fail "fixture: 486's description not changed"
sed -i 's/пересылают его к вызывающей стороне, а та может/пересылают его к вызывающей стороне, и та может/' \
    "$work/content/po/ru.po"
grep -q 'вызывающей стороне, и та может' "$work/content/po/ru.po" ||
	fail "fixture: 180's translation not changed"
build_site "$work/a" || fail "rebuild failed"
build_site "$work/b" || fail "clean build failed"
same_tree "$work/a" "$work/b" "the pages after an edit"
grep -q 'A 486 says that the request' "$work/a/html/en/486.html" ||
	fail "the edit is not on 486's page"
grep -q 'вызывающей стороне, и та может' "$work/a/html/ru/180-vs-486.html" ||
	fail "the translation is not on the sheet of 180 and 486"

# A damaged cache (an entry cut short, a foreign length, a section
# state out of range, garbage), and another language's cache under this
# one's name: the same pages.
for how in cut length state garbage foreign; do
	cp -R "$work/b" "$work/c-$how"
	f="$work/c-$how/.sipdoc-prepared-html-ru"
	case $how in
	cut) head -c 100000 "$work/b/.sipdoc-prepared-html-ru" >"$f" ;;
	length) sed -i '2s/ [0-9]* / 99999999 /' "$f" ;;
	state) sed -i '3s/^[0-9] /7 /' "$f" ;;
	garbage) printf 'sipdoc-prepared 1\nnot a record\n' >"$f" ;;
	foreign) cp "$work/b/.sipdoc-prepared-html-en" "$f" ;;
	esac
	# Every Russian page that shows sections renders again.
	rm -r "$work/c-$how/html/ru"
	build_site "$work/c-$how" || fail "$how: build failed"
	same_tree "$work/b" "$work/c-$how" "$how cache"
done
echo "pages after an edit and over damaged section caches: as a clean build"

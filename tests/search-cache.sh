#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# search-cache.sh: the search index takes the documents that did not
# change from the previous build (format/doccache.h): after an
# edit the index, and the cache, are byte for byte those of a clean build
# of the edited content, in English and in Russian; a damaged or foreign
# cache is ignored, never published.
. "${abs_srcdir:-.}/tests/init.sh"
copy_content

build_site "$work/a" || fail "first build failed"
for l in en ru; do
	head -n 1 "$work/a/.sipdoc-search-$l" | grep -qx 'sipdoc-search 1' ||
		fail "no search cache for $l"
done

# An edit to 486's text and to a Russian translation of 180.
sed -i 's/^summary: "The called endpoint was reached/summary: "The called device was reached/' \
    "$work/content/codes/486.md"
grep -q 'The called device was reached' "$work/content/codes/486.md" ||
	fail "fixture: 486's summary not changed"
sed -i 's/принять ещё один вызов\./принять ещё один звонок./' "$work/content/po/ru.po"
build_site "$work/a" || fail "rebuild failed"
build_site "$work/b" || fail "clean build failed"
same_tree "$work/a" "$work/b" "the index after an edit"
grep -q 'The called device was reached' "$work/a/html/en/search-index.js" ||
	fail "the edit is not in the index"

# A damaged cache (a record cut short, a foreign length, garbage), and a
# cache of another language under this one's name: the same index.
for how in cut length garbage foreign; do
	cp -R "$work/b" "$work/c-$how"
	f="$work/c-$how/.sipdoc-search-ru"
	case $how in
	cut) head -c 100000 "$work/b/.sipdoc-search-ru" >"$f" ;;
	length) sed -i '2s/ [0-9]* / 99999999 /' "$f" ;;
	garbage) printf 'sipdoc-search 1\nnot a record\n' >"$f" ;;
	foreign) cp "$work/b/.sipdoc-search-en" "$f" ;;
	esac
	rm "$work/c-$how/html/ru/search-index.js"
	build_site "$work/c-$how" || fail "$how: build failed"
	same_tree "$work/b" "$work/c-$how" "$how cache"
done
echo "search index after an edit and over damaged caches: as a clean build"

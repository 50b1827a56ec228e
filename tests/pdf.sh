#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# pdf.sh: the handbooks have embedded fonts, extractable and correct
# Russian, a contents page, bookmarks and document metadata.
. "${abs_srcdir:-.}/tests/init.sh"
skip_unless pdftotext
skip_unless pdffonts
skip_unless pdfinfo

sipdoc --fontdir="$abs_builddir/font" --quiet --format=pdf \
	--output="$work/out" build
for l in en ru; do
	pdf="$work/out/pdf/sip-codes.$l.pdf"
	test -s "$pdf" || fail "no $l handbook"
	pdffonts "$pdf" | tail -n +3 >"$work/fonts.$l"
	test -s "$work/fonts.$l" || fail "$l: no fonts"
	if awk '$(NF-4) != "yes"' "$work/fonts.$l" | grep .; then
		fail "$l: fonts above are not embedded"
	fi
	pdfinfo "$pdf" >"$work/info.$l"
	pages=$(sed -n 's/^Pages: *//p' "$work/info.$l")
	test "$pages" -gt 80 || fail "$l: only $pages pages"
	echo "$l: $pages pages"
	grep -q "^CreationDate: .*2026" "$work/info.$l" || fail "$l: date"
	# Bookmarks (outline) and the language in the catalog.
	grep -aq '/Outlines' "$pdf" || fail "$l: no outline"
	grep -aq "/Lang ($l)" "$pdf" || fail "$l: no /Lang"
done
grep -q '^Title: *Коды ответов SIP$' "$work/info.ru" || fail "ru title"
grep -q '^Title: *SIP response codes$' "$work/info.en" || fail "en title"

pdftotext "$work/out/pdf/sip-codes.ru.pdf" "$work/ru.txt"
for s in 'Содержание' 'Описание' 'Когда вы это видите' 'Как исправить' \
    'Часто путаемые пары' 'Почему их путают' 'Ключевые различия' \
    'Когда что использовать' \
    'Вызываемое оконечное устройство доступно, но занято: сейчас оно не может'; do
	grep -qF "$s" "$work/ru.txt" || fail "ru handbook lacks '$s'"
done
# The contents give the right page: 486's entry starts where it says.
line=$(grep -m1 '^486 Busy Here\.*[0-9]*$' "$work/ru.txt" || true)
page=${line##*.}
test -n "$page" || fail "no contents line for 486"
pdftotext -f "$page" -l "$page" "$work/out/pdf/sip-codes.ru.pdf" - |
	grep -q '^486 Busy Here$' || fail "486 is not on page $page"

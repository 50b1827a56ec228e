#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# pdf-gaps.sh: no line of either handbook has a gap between words wider
# than three spaces (tests/awk/gaps.awk measures them in pdftotext's
# word boxes), and the Russian one is hyphenated (with the patterns make
# converts from hyphen-ru).
. "${abs_srcdir:-.}/tests/init.sh"
skip_unless pdftotext

sipdoc --quiet --format=pdf --output="$work/out" build
for l in en ru; do
	pdf="$work/out/pdf/sip-codes.$l.pdf"
	pdftotext -f 2 -bbox "$pdf" - |
	    awk -v page=1 -f "$abs_srcdir/tests/awk/gaps.awk" >"$work/gap"
	read -r gap where <"$work/gap"
	echo "$l: widest gap $gap spaces ($where)"
	awk -v g="$gap" 'BEGIN { exit !(g <= 3) }' ||
		fail "$l: a gap of $gap spaces, $where"
done
# Words broken at the end of a line: "обраба-" / "тывает".
n=$(pdftotext -layout "$work/out/pdf/sip-codes.ru.pdf" - |
    grep -c '[абвгдеёжзийклмнопрстуфхцчшщъыьэюя][‐-] *$' || true)
echo "ru: $n hyphenated lines"
test "$n" -gt 100 || fail "ru: the handbook is not hyphenated ($n lines)"
# « » and the bullet keep their glyphs beside the Cyrillic ones (gropdf
# gave their slots to Cyrillic letters: see the font rule of Makefile.am).
pdftotext "$work/out/pdf/sip-codes.ru.pdf" - >"$work/ru.txt"
grep -q 'Ключевое слово — «Here» («здесь»)' "$work/ru.txt" ||
	fail "ru: guillemets shown as other glyphs"
grep -q '^• ' "$work/ru.txt" || fail "ru: bullets shown as other glyphs"
if grep -q '[łœ]' "$work/ru.txt"; then
	fail "ru: glyphs shown as ł or œ"
fi

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# fallback.sh: a block that is missing or fuzzy in the Russian catalog is
# shown in English, marked lang="en", and the page and man page say so.
. "${abs_srcdir:-.}/tests/init.sh"
copy_content

po="$work/content/po/ru.po"
# Drop the translations of 486's Description paragraphs; mark the
# 486 summary fuzzy.
untranslate "486 Busy Here: Description"
awk -v id="486 Busy Here: summary" '
	index($0, "#. " id) == 1 { hit = 1 }
	hit && /^msgid / { print "#, fuzzy"; hit = 0 }
	{ print }
' "$po" >"$po.new" && mv "$po.new" "$po"
msgfmt --statistics -o /dev/null "$po" 2>"$work/stats"
grep -q '1 fuzzy translation, 3 untranslated messages' "$work/stats" ||
	fail "test catalog not as intended: $(cat "$work/stats")"

"$SIPDOC" --content="$work/content" --templates="$abs_srcdir/templates" \
	--fontdir="$abs_builddir/font" \
	--quiet --output="$work/out" build
p="$work/out/html/ru/486.html"
grep -q '<p lang="en" class="untranslated">' "$p" ||
	fail "untranslated block not marked lang=en"
grep -q '<span lang="en" class="outdated">The called endpoint' "$p" ||
	fail "fuzzy summary not shown in English, marked out of date"
grep -q 'Часть этой страницы ещё не переведена и показана на английском: Описание.' "$p" ||
	fail "no notice of the untranslated section"
grep -q 'Часть этой страницы изменилась в английском оригинале после перевода: Краткое описание.' "$p" ||
	fail "no notice of the outdated summary"
grep -q 'lang="ru" aria-current="page">Русский</a> <span class="partial"' "$p" ||
	fail "switcher does not mark the Russian page as partial"
if grep -q 'hreflang="ru" href=' "$p"; then
	fail "incomplete Russian page still listed as hreflang alternate"
fi
# Pages of other codes stay complete.
if grep -q 'class="untranslated"' "$work/out/html/ru/480.html"; then
	fail "480 affected"
fi
# The handbook notes the section shown in English.
if command -v pdftotext >/dev/null 2>&1; then
	pdftotext "$work/out/pdf/sip-codes.ru.pdf" "$work/ru.txt"
	grep -q 'Этот раздел ещё не переведён и показан на английском.' \
	    "$work/ru.txt" || fail "no note in the handbook"
fi
m="$work/out/man/ru/man7/sip-486.7"
grep -q '^\.SH "ЗАМЕЧАНИЯ"' "$m" || fail "man page has no NOTES"
grep -q 'показана на английском: Описание' "$m" || fail "man NOTES wording"

# --allow-fuzzy: the old translation, marked as out of date, never as if
# it were current.
"$SIPDOC" --content="$work/content" --templates="$abs_srcdir/templates" \
	--allow-fuzzy --quiet --format=html --output="$work/fuzzy" build
p="$work/fuzzy/html/ru/486.html"
grep -q '<span class="outdated">Вызываемое оконечное устройство доступно' "$p" ||
	fail "--allow-fuzzy: old translation not shown marked"
grep -q 'изменилась в английском оригинале после перевода: Краткое описание' "$p" ||
	fail "--allow-fuzzy: no out-of-date notice"

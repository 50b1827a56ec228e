#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# russian.sh: one build, with only the C.UTF-8 locale, renders real Russian:
# headings from po/, bodies from the content catalog, generated sentences.
. "${abs_srcdir:-.}/tests/init.sh"

if locale -a 2>/dev/null | grep -qi '^ru_'; then
	echo "note: a Russian locale exists here; the build must not need it"
fi
sipdoc --quiet --output="$work/out" build
p="$work/out/html/ru/202-vs-421.html"
grep -q '<html lang="ru">' "$p" || fail "not marked Russian"
for h in 'Описание' 'Когда вы это видите' 'Как исправить' 'Ключевые различия' \
    'Когда что использовать' 'Узнать больше'; do
	grep -q "<h[23][^>]*>$h</h[23]>" "$p" || fail "heading '$h' missing"
done
grep -q 'SIP 202 Accepted и 421 Extension Required: сравнение' "$p" ||
	fail "title not translated"
grep -q 'устарел: вместо него отправляйте 200 OK' "$p" ||
	fail "generated deprecation sentence not translated"
grep -q 'RFC&nbsp;7647&nbsp;§5' "$p" || fail "RFC 7647 missing"
# A body sentence from content/po/ru.po reaches the page.
grep -q 'Сегодня элемент не должен отправлять 202' "$p" ||
	fail "content translation missing"
# Complete translation: no English fallback anywhere in Russian pages.
n=$(grep -l 'class="untranslated"' "$work/out/html/ru/"*.html | wc -l)
test "$n" -eq 0 || fail "$n Russian pages fall back to English"
grep -q '^\.SH "ОПИСАНИЕ"' "$work/out/man/ru/man7/sip-486.7" || fail "man"
# Plural forms from the catalog: 75 -> "кодов" (5-20 form).
grep -q 'Справочник описывает 75 зарегистрированных кодов ответа SIP.' \
	"$work/out/html/ru/index.html" || fail "Russian plural"

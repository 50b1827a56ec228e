#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# update-po.sh: edit one English paragraph, run the update-po rule: that
# block goes fuzzy (nothing else), the Russian page says that section is
# out of date, sipdoc status counts it, and a second run rewrites nothing.
. "${abs_srcdir:-.}/tests/init.sh"
copy_content
MAKE=${MAKE:-make}

f="$work/content/codes/486.md"
# The last Description paragraph of 486 gains a sentence.
line=$(awk '/^## When you see it/ { print n; exit } /^[A-Z]/ { n = NR }' "$f")
sed -i "${line}s/\$/ Busy is a property of this endpoint only./" "$f"

$MAKE -s -C "$abs_builddir" update-content-po CONTENT_DIR="$work/content" \
	>/dev/null 2>"$work/make.err" || fail "update-content-po: $(cat "$work/make.err")"
msgfmt --statistics -o /dev/null "$work/content/po/ru.po" 2>"$work/stats"
grep -q ' 1 fuzzy translation' "$work/stats" ||
	fail "expected exactly one fuzzy block: $(cat "$work/stats")"
grep -B2 -A3 '^#, fuzzy' "$work/content/po/ru.po" | grep -q '^#| msgid' ||
	fail "fuzzy block has no previous msgid for the translator"

"$SIPDOC" --content="$work/content" --templates="$abs_srcdir/templates" \
	--quiet --format=html,man --output="$work/out" build
p="$work/out/html/ru/486.html"
grep -q 'Часть этой страницы изменилась в английском оригинале после перевода: Описание.' "$p" ||
	fail "no out-of-date notice for Description"
if grep -q 'не переведена' "$p"; then
	fail "an untranslated notice appeared too"
fi
test "$(grep -c 'class="outdated"' "$p")" -eq 1 || fail "not exactly one outdated block"
grep -q 'lang="en" class="outdated">.*Busy is a property of this endpoint only' "$p" ||
	fail "outdated block not shown in English"

"$SIPDOC" --content="$work/content" status >"$work/status"
grep -q '^ru    486               12      1        0    92.3%$' "$work/status" ||
	fail "status: $(grep '^ru    486 ' "$work/status")"

# Nothing changed: nothing is rewritten.
sleep 1
before=$(stat -c '%Y' "$work/content/po/ru.po" "$work/content/po/sipdoc-content.pot")
$MAKE -s -C "$abs_builddir" update-content-po CONTENT_DIR="$work/content" >/dev/null
after=$(stat -c '%Y' "$work/content/po/ru.po" "$work/content/po/sipdoc-content.pot")
test "$before" = "$after" || fail "update-po rewrote unchanged catalogs"

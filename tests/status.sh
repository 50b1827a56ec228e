#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# status.sh: sipdoc status counts translated, fuzzy and missing units per
# language and entry (from the catalogs, read with libgettextpo), as text
# or JSON, and --fail-under fails a language below the threshold.
. "${abs_srcdir:-.}/tests/init.sh"

sipdoc status >"$work/out"
units=$(grep -c '^msgid' "$abs_srcdir/content/po/sipdoc-content.pot")
units=$((units - 1))	# the header
printf 'ru    total     %10d %6d %8d %7.1f%%\n' "$units" 0 0 100 >"$work/want"
grep '^ru    total' "$work/out" | diff -u "$work/want" -
grep -q '^ru    486               13      0        0   100.0%$' "$work/out" ||
	fail "no line for 486: $(grep ' 486 ' "$work/out")"
entries=$(grep -c '^ru ' "$work/out")
test "$entries" -eq $((75 + 40 + 1)) || fail "$entries lines, want 116"

sipdoc status --format=json >"$work/json"
grep -q "^    {\"lang\": \"ru\", \"translated\": $units, \"fuzzy\": 0, \"missing\": 0, \"percent\": 100.0,\$" \
	"$work/json" || fail "JSON total: $(head -3 "$work/json")"
if command -v node >/dev/null 2>&1; then
	node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))' \
	    "$work/json" || fail "status --format=json is not JSON"
fi
sipdoc status --fail-under=100 >/dev/null || fail "complete ru under 100%?"

# A catalog with one missing unit is under 100%.
copy_content
msgattrib --no-wrap -o "$work/content/po/ru.po" "$work/content/po/ru.po"
sed -i '0,/^msgstr "[^"]/s/^msgstr "[^"].*/msgstr ""/' "$work/content/po/ru.po"
set +e
"$SIPDOC" --content="$work/content" status --fail-under=100 >"$work/out" \
	2>"$work/err"
rc=$?
set -e
test $rc -eq 1 || fail "--fail-under: exit $rc"
pct=$(awk -v u="$units" 'BEGIN { printf "%.1f", 100 * (u - 1) / u }')
echo "sipdoc: $work/content/po/ru.po: error: ru is $pct% translated, under the required 100%" |
	diff -u - "$work/err"
grep -q "^ru    100               10      0        1    90.9%\$" "$work/out" ||
	fail "entry 100: $(grep '^ru    100 ' "$work/out")"

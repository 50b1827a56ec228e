#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# man-lint.sh: every generated man page is silent under mandoc -T lint and
# groff -ww (with the UTF-8 device: Russian pages need its glyphs).
. "${abs_srcdir:-.}/tests/init.sh"
skip_unless mandoc
skip_unless groff

sipdoc --quiet --format=man --output="$work/out" build
n=0
for page in $(find "$work/out/man" -name '*.[17]' | sort); do
	mandoc -T lint -W warning "$page" >>"$work/lint" 2>&1 || true
	groff -man -t -ww -z -K utf8 -T utf8 "$page" >>"$work/lint" 2>&1
	n=$((n + 1))
done
test $n -gt 0 || fail "no man pages"
if test -s "$work/lint"; then
	cat "$work/lint" >&2
	fail "lint warnings"
fi
echo "$n man pages lint-clean"

# sip-codes(7): a tbl table per class naming every code's page; sipdoc(1)
# comes from the UI catalogs, so the Russian one is in Russian.
o="$work/out/man/man7/sip-codes.7"
test "$(grep -c '^\.TS$' "$o")" -eq 6 || fail "sip-codes(7): not one table per class"
test "$(grep -c '^\\f\[B\]sip\\-[1-6][0-9][0-9]\\f\[R\](7)@T{$' "$o")" -eq 75 ||
	fail "sip-codes(7): not every code in the tables"
grep -q '^\.SH "ПАРАМЕТРЫ"$' "$work/out/man/ru/man1/sipdoc.1" ||
	fail "sipdoc(1) in Russian"
grep -q '^\.TH "SIPDOC" "1" .* "Пользовательские команды"$' \
	"$work/out/man/ru/man1/sipdoc.1" || fail "sipdoc(1) Russian header"

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# pdf-paper.sh: the handbooks are A4 unless --paper=letter asks for US
# Letter, on every page; a paper groff does not know is refused.
. "${abs_srcdir:-.}/tests/init.sh"
skip_unless pdfinfo

sipdoc --quiet --format=pdf --lang=en --output="$work/a4" build
sipdoc --quiet --format=pdf --lang=en --paper=letter --output="$work/letter" build
size() {
	pdfinfo -f 1 -l 999 "$1" | sed -n 's/^Page *[0-9]* size: *\([0-9.]* x [0-9.]*\) pts.*/\1/p' |
		sort -u
}
test "$(size "$work/a4/pdf/sip-codes.en.pdf")" = "595 x 842" ||
	fail "default paper: $(size "$work/a4/pdf/sip-codes.en.pdf")"
test "$(size "$work/letter/pdf/sip-codes.en.pdf")" = "612 x 792" ||
	fail "letter paper: $(size "$work/letter/pdf/sip-codes.en.pdf")"
set +e
"$SIPDOC" --quiet --format=pdf --paper=foo --output="$work/foo" build 2>"$work/err"
rc=$?
set -e
test $rc -eq 1 || fail "--paper=foo: exit $rc"
echo "sipdoc: error: 'foo' is not a paper size: a4 or letter" >"$work/want"
diff -u "$work/want" "$work/err" || fail "--paper=foo: diagnostic"
test ! -e "$work/foo" || fail "--paper=foo wrote output"

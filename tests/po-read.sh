#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# po-read.sh: a content catalog that is valid UTF-8 is read without
# libgettextpo's conversion of each character (l10n/catalog.c), and one
# that libgettextpo has anything to say about is read again the ordinary
# way: its diagnostics count columns in characters, not bytes, and name
# the bytes that are not UTF-8.  (That the fast reading gets every message
# right, the golden files of the Russian pages show.)
. "${abs_srcdir:-.}/tests/init.sh"
copy_content
po="$work/content/po/ru.po"
cp "$po" "$work/ru.po.orig"
check() {
	set +e
	(cd "$work" && "$SIPDOC" --content=content \
	    --templates="$abs_srcdir/templates" --fontdir="$abs_builddir/font" \
	    check) 2>"$work/err"
	rc=$?
	set -e
	test $rc -eq 1 || fail "$1: check exited $rc: $(cat "$work/err")"
}

# A syntax error after ten Cyrillic letters (twenty bytes).
line=$(grep -n '^"Вызываемое оконечное устройство' "$po" | head -n 1 | cut -d: -f1)
test -n "$line" || fail "fixture: the line of 486's summary is not in ru.po"
sed -i "${line}s/.*/\"Вызываемое\" «лишнее»/" "$po"
check "syntax error"
echo "sipdoc: content/po/ru.po:$line:16: error: syntax error" |
	diff -u - "$work/err" || fail "syntax error: diagnostics differ"

# A byte that is not UTF-8.
cp "$work/ru.po.orig" "$po"
printf '%s\n' "${line}s/^\"Вызываемое/\"Вы\\xffзываемое/" >"$work/sed"
sed -i -f "$work/sed" "$po"
check "invalid UTF-8"
cat >"$work/want" <<EOT
sipdoc: content/po/ru.po:$line:5: error: invalid multibyte sequence
sipdoc: content/po/ru.po:$line:4: error: invalid UTF-8 (byte 0xff)
EOT
diff -u "$work/want" "$work/err" || fail "invalid UTF-8: diagnostics differ"
echo "ru.po: the diagnostics of the ordinary reading"

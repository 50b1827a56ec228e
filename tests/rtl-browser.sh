#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# rtl-browser.sh: the Hebrew site of rtl-catalogs.sh (a language written
# right to left, added with catalogs only) in headless Chromium: mirrored
# layout, left-to-right codes and fallback, search; and its pages through
# html-validate.  Screenshots go to tests/work/screenshots-rtl of the build
# folder.
. "${abs_srcdir:-.}/tests/init.sh"

need_web playwright-core html-validate
need_chromium
. "$abs_srcdir/tests/rtl-catalogs.sh"
run_rtl --quiet --format=html --output="$work/out" build
shots="$abs_builddir/tests/work/screenshots-rtl"
rm -rf "$shots"
HOME="$work/home" node "$web/rtl.mjs" "$work/out/html" "$shots" \
    "$chromium" >"$work/log" 2>&1 || {
	cat "$work/log"
	fail "the right-to-left site does not work in Chromium"
}
cat "$work/log"
test -s "$shots/he-486-desktop.png" || fail "no screenshot"

# The markup of the right-to-left pages, the root and 404 included.
mkdir -p "$work/valid/he"
cp "$work/out/html/index.html" "$work/out/html/404.html" "$work/valid/"
for f in index.html 486.html 480-vs-486.html 100-vs-608.html; do
	cp "$work/out/html/he/$f" "$work/valid/he/"
done
node "$web/validate.mjs" "$work/valid" >"$work/valid.log" || {
	cat "$work/valid.log"
	fail "html-validate found problems in the right-to-left pages"
}
tail -n 1 "$work/valid.log"

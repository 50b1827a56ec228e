#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# site-browser.sh: the site served on 127.0.0.1 and read in headless
# Chromium (Debian package chromium, driven by playwright-core from
# tests/web): the Russian 202-vs-421 sheet and its sections, the language
# switcher, search, the compare picker with and without scripts, the root
# page's language pick, 404, 360 px layout, dark mode, contrast, focus and
# print; no request may leave the site.  Screenshots at phone and desktop
# width are kept in tests/work/screenshots of the build folder.
. "${abs_srcdir:-.}/tests/init.sh"

need_web playwright-core
need_chromium

sipdoc --quiet --format=html --output="$work/out" build
shots="$abs_builddir/tests/work/screenshots"
rm -rf "$shots"
# Chromium keeps its profile and caches under HOME.
HOME="$work/home" node "$web/browser.mjs" "$work/out/html" "$shots" \
    "$chromium" >"$work/log" 2>&1 || {
	cat "$work/log"
	fail "the site does not work in Chromium"
}
cat "$work/log"
for f in ru-202-vs-421-desktop ru-202-vs-421-phone ru-search-phone; do
	test -s "$shots/$f.png" || fail "no screenshot $f.png"
done

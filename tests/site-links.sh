#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# site-links.sh: every internal link and anchor of the site resolves
# (canonical, hreflang and sitemap addresses under --base-url included),
# no page loads anything from elsewhere, and every page is linked from
# another.  The checker is first shown a broken copy.
. "${abs_srcdir:-.}/tests/init.sh"

need_web
check="$web/check-links.mjs"
base=https://sip.example.org/docs/
sipdoc --quiet --format=html --base-url="$base" --output="$work/out" build
h="$work/out/html"

# A broken copy: a missing sheet, a wrong anchor, an outside style sheet.
cp -R "$h" "$work/bad"
rm "$work/bad/en/486-vs-600.html"
sed -i -e 's|href="index.html#c4"|href="index.html#c9"|' \
    -e 's|</head>|<link rel="stylesheet" href="https://cdn.example.net/x.css"></head>|' \
    "$work/bad/en/486.html"
if node "$check" "$work/bad" "$base" >"$work/bad.log"; then
	fail "the checker accepts a broken site"
fi
for want in 'en/486.html:[0-9]*: 486-vs-600.html: no such file' \
    'en/486.html:[0-9]*: index.html#c9: no element with id "c9"' \
    'en/486.html:[0-9]*: loads https://cdn.example.net/x.css from outside' \
    'sitemap.xml: https://sip.example.org/docs/en/486-vs-600.html: no such file'; do
	grep -q "^$want" "$work/bad.log" || fail "not reported: $want"
done

node "$check" "$h" "$base" >"$work/log" || {
	cat "$work/log"
	fail "broken links"
}
cat "$work/log"

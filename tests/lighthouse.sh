#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# lighthouse.sh: Lighthouse (npm lighthouse, pinned in
# tests/web/package-lock.json) with Debian's Chromium on a code page and a
# comparison sheet in each language: 100 for accessibility and best
# practices, at least 95 for performance and SEO.  The site is built for
# the address it is served at, so that its canonical and hreflang links
# are its own.  About 10 s a page.
. "${abs_srcdir:-.}/tests/init.sh"

need_web lighthouse
need_chromium

# A free port on the loopback, for the build's --base-url and the server.
port=$(node -e 'const s = require("net").createServer();
	s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')
sipdoc --quiet --format=html --lang=en,ru --base-url="http://127.0.0.1:$port/" \
    --output="$work/out" build
HOME="$work/home" node "$web/lighthouse.mjs" "$work/out/html" "$port" \
    "$chromium" en/486.html en/480-vs-486.html ru/486.html \
    ru/480-vs-486.html >"$work/log" 2>&1 || {
	cat "$work/log"
	fail "Lighthouse scores under the floor"
}
cat "$work/log"

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# serve-browser.sh: a page of sipdoc serve open in headless Chromium
# reloads by itself when an entry is saved, and shows the change; the
# reload script makes no request outside the server (tests/web/reload.mjs,
# playwright-core from tests/web).
. "${abs_srcdir:-.}/tests/init.sh"

need_web playwright-core
need_chromium

sipdoc --quiet init "$work/site"
cd "$work/site"
pid=
trap 'test -z "$pid" || kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
"$SIPDOC" --quiet --lang=en -p 0 serve >"$work/stdout" 2>"$work/log" &
pid=$!
i=0
until grep -q '^Serving ' "$work/stdout"; do
	kill -0 "$pid" 2>/dev/null || fail "serve exited: $(cat "$work/log")"
	i=$((i + 1))
	test $i -lt 1200 || fail "serve did not start in 120 s"
	sleep 0.1
done
url=$(sed -n 's|^Serving .* at \(http://127\.0\.0\.1:[0-9]*/\) .*|\1|p' "$work/stdout")
HOME="$work/home" node "$web/reload.mjs" "${url}en/486.html" \
    "$work/site/content/codes/486.md" "A 486 says the request" \
    "A 486 (seen in the browser) says the request" "$chromium" \
    >"$work/out" 2>&1 || fail "no reload in Chromium: $(cat "$work/out") $(cat "$work/log")"
cat "$work/out"
kill -INT "$pid"
wait "$pid" || fail "serve exited with $? on SIGINT"
pid=

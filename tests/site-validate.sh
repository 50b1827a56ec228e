#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# site-validate.sh: every page of the site passes html-validate, pinned in
# tests/web/package-lock.json (make web-deps installs it); the validator
# is first shown a broken page, to prove it is really looking.
. "${abs_srcdir:-.}/tests/init.sh"

need_web html-validate

sipdoc --quiet --format=html --output="$work/out" build
mkdir "$work/bad"
sed 's|</main>|<img src="icon.svg"><p id="main"></p></main>|' \
    "$work/out/html/en/486.html" >"$work/bad/486.html"
if node "$web/validate.mjs" "$work/bad" >"$work/bad.log"; then
	fail "the validator accepts a broken page"
fi
grep -q 'error: .*\[no-dup-id\]' "$work/bad.log" || fail "no-dup-id not reported"
grep -q 'error: .*\[wcag/h37\]' "$work/bad.log" || fail "missing alt not reported"

start=$(date +%s)
node "$web/validate.mjs" "$work/out/html" >"$work/log" || {
	cat "$work/log"
	fail "html-validate found problems"
}
tail -n 1 "$work/log"
echo "html-validate took $(($(date +%s) - start)) s"
n=$(find "$work/out/html" -name '*.html' | wc -l)
grep -q "^validated $n files: 0 errors, 0 warnings\$" "$work/log" ||
	fail "not every page was validated: $(tail -n 1 "$work/log")"

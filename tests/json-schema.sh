#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# json-schema.sh: every data file of a build (html/LANG/data/*.json)
# validates against the JSON Schemas in schema/, with ajv pinned in
# tests/web/package-lock.json; the validator is first shown broken files.
. "${abs_srcdir:-.}/tests/init.sh"

need_web ajv
check() {
	node "$web/validate-json.mjs" "$abs_srcdir/schema" "$@"
}
sipdoc --quiet --format=json --output="$work/out" build
h="$work/out/html"

mkdir -p "$work/bad/ru/data"
sed 's/"class": 4,/"class": 9,/' "$h/ru/data/486.json" >"$work/bad/ru/data/486.json"
sed 's/"state": "translated"/"state": "done"/' "$h/ru/data/codes.json" \
    >"$work/bad/ru/data/codes.json"
if check "$work/bad" >"$work/bad.log"; then
	fail "the validator accepts broken files"
fi
grep -q '^ru/data/486.json: /class must be <= 6$' "$work/bad.log" ||
	fail "bad class not reported: $(cat "$work/bad.log")"
grep -q '^ru/data/codes.json: /codes/0/summary/state must be equal to one of the allowed values$' \
	"$work/bad.log" || fail "bad state not reported: $(cat "$work/bad.log")"

check "$h" >"$work/log" || { cat "$work/log"; fail "invalid data files"; }
n=$(find "$h" -path '*/data/*.json' | wc -l)
grep -qx "validated $n files: 0 invalid" "$work/log" ||
	fail "not every file was validated: $(tail -n 1 "$work/log")"
cat "$work/log"

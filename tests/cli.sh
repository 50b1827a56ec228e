#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# cli.sh: --help, --version and bad invocations, in GNU style.
. "${abs_srcdir:-.}/tests/init.sh"

"$SIPDOC" --help >"$work/help" || fail "--help exited non-zero"
grep -q '^Usage: sipdoc \[OPTION\]\.\.\. COMMAND' "$work/help" ||
	fail "--help has no usage line"
"$SIPDOC" --version >"$work/version" || fail "--version exited non-zero"
head -n 1 "$work/version" | grep -q '^sipdoc [0-9]' || fail "--version"

set +e
"$SIPDOC" frobnicate 2>"$work/err"; rc=$?
set -e
test $rc -eq 1 || fail "unknown command: exit $rc"
echo "sipdoc: error: unknown command or wrong arguments: 'frobnicate' (see --help)" |
	diff -u - "$work/err"

set +e
"$SIPDOC" 2>"$work/err"; rc=$?
set -e
test $rc -eq 2 || fail "no command: exit $rc"

# Russian messages from the UI catalog, with only C.UTF-8 installed.
LANGUAGE=ru "$SIPDOC" --help >"$work/help.ru"
grep -q '^Использование: sipdoc' "$work/help.ru" || fail "no Russian --help"

# show and compare: the man page of a code or a pair, for the terminal.
sipdoc show 486 >"$work/show"
grep -q '^       sip-486 \+- \+SIP \+response \+486 \+Busy \+Here\. \+The \+called' "$work/show" ||
	fail "show NAME"
grep -q '^HOW TO FIX$' "$work/show" || fail "show sections"
LANGUAGE=ru sipdoc compare 486 480 >"$work/compare"
grep -q '^ПОЧЕМУ ИХ ПУТАЮТ$' "$work/compare" || fail "compare: curated note in Russian"
grep -q '^КЛЮЧЕВЫЕ РАЗЛИЧИЯ$' "$work/compare" || fail "compare: key differences"
sipdoc --lang=en compare 100 202 >"$work/compare2"
grep -q 'sip-100-vs-202 - SIP 100 Trying vs 202 Accepted$' "$work/compare2" ||
	fail "compare of a pair without a note"
if grep -q 'WHY THEY GET CONFUSED' "$work/compare2"; then
	fail "a note where there is none"
fi
set +e
sipdoc show 499 2>"$work/err"; rc=$?
set -e
test $rc -eq 1 || fail "show 499: exit $rc"
echo "sipdoc: error: no entry for code 499" | diff -u - "$work/err"

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# cli.sh: --help, --version and bad invocations, in GNU style.
. "${abs_srcdir:-.}/tests/init.sh"

"$SIPDOC" --help >"$work/help" || fail "--help exited non-zero"
grep -q '^Usage: sipdoc \[OPTION\]\.\.\. COMMAND' "$work/help" ||
	fail "--help has no usage line"
# Every command, with what it does.
for c in 'build               render the site, the man pages and the PDF handbooks' \
    'check               validate content, catalogs and templates; write nothing' \
    'show CODE ' 'compare CODE CODE ' 'status ' 'extract \[FILE\] ' \
    'init DIR            start a project of your own in DIR' \
    'serve               build the site, serve it on 127.0.0.1'; do
	grep -q "^  $c" "$work/help" || fail "--help does not describe '$c'"
done
grep -q '^  -p, --port=PORT ' "$work/help" || fail "--help has no --port"
grep -q '^In a folder that holds content/, commands use it' "$work/help" ||
	fail "--help does not say the folder rule"
# No placeholder address.
if grep -qi 'example\.\|report bugs' "$work/help"; then
	fail "--help names an address: $(grep -i 'example\.\|report bugs' "$work/help")"
fi
"$SIPDOC" --version >"$work/version" || fail "--version exited non-zero"
head -n 1 "$work/version" | grep -q '^sipdoc [0-9]' || fail "--version"
sed -n 2p "$work/version" | grep -qx 'Copyright (C) 2026 The sipdoc authors' ||
	fail "--version has no copyright line"
grep -q '^License GPLv3+' "$work/version" || fail "--version has no licence"

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

set +e
"$SIPDOC" --port=70000 serve 2>"$work/err"; rc=$?
set -e
test $rc -eq 1 || fail "bad port: exit $rc"
echo "sipdoc: error: '70000' is not a port number from 0 to 65535" |
	diff -u - "$work/err"
set +e
sipdoc --format=man serve 2>"$work/err"; rc=$?
set -e
test $rc -eq 1 || fail "serve without html: exit $rc"
echo "sipdoc: error: serve shows the site: --format must include html" |
	diff -u - "$work/err"

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

#!/bin/sh
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

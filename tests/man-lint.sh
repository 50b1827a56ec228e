#!/bin/sh
# man-lint.sh: every generated man page is silent under mandoc -T lint and
# groff -ww (with the UTF-8 device: Russian pages need its glyphs).
. "${abs_srcdir:-.}/tests/init.sh"
skip_unless mandoc
skip_unless groff

sipdoc --quiet --format=man --output="$work/out" build
n=0
for page in $(find "$work/out/man" -name '*.[17]' | sort); do
	mandoc -T lint -W warning "$page" >>"$work/lint" 2>&1 || true
	groff -man -t -ww -z -K utf8 -T utf8 "$page" >>"$work/lint" 2>&1
	n=$((n + 1))
done
test $n -gt 0 || fail "no man pages"
if test -s "$work/lint"; then
	cat "$work/lint" >&2
	fail "lint warnings"
fi
echo "$n man pages lint-clean"

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# german.sh: a third language without code.  In a copy of the tree, add
# po/de.po, a German content catalog and "de" to LINGUAS: the build gives a
# German site, man pages and handbook, English block by block with notices,
# `sipdoc status` figures, and hreflang only where enough is translated.
. "${abs_srcdir:-.}/tests/init.sh"
MAKE=${MAKE:-make}
copy_content
cp -R "$abs_srcdir/po" "$work/po"
chmod -R u+w "$work/po"
cp "$abs_srcdir/tests/german/ui-de.po" "$work/po/de.po"
cp "$abs_srcdir/tests/german/content-de.po" "$work/content/po/de.po"
echo de >>"$work/po/LINGUAS"

# The same rule `make` uses to stage UI catalogs, on the copy.
$MAKE -s -C "$abs_builddir" stage-locale PO_DIR="$work/po" \
	LOCALE_DIR="$work/locale" || fail "stage-locale"
export SIPDOC_LOCALEDIR="$work/locale"
run() {
	"$SIPDOC" --content="$work/content" --templates="$abs_srcdir/templates" \
	    --fontdir="$abs_builddir/font" --quiet "$@"
}
formats=html,man,pdf
command -v pdftotext >/dev/null 2>&1 || formats=html,man
run --format=$formats --output="$work/out" build

p="$work/out/html/de/486.html"
grep -q '<html lang="de">' "$p" || fail "no German page"
grep -q '<h2 id="description">Beschreibung</h2>' "$p" || fail "German heading"
grep -q 'Das angerufene Endgerät wurde erreicht' "$p" || fail "German summary"
grep -q '<p>Ein 486 besagt, dass die Anfrage' "$p" || fail "German paragraph"
grep -q '<p lang="en" class="untranslated">The response may carry' "$p" ||
	fail "English fallback not marked"
grep -q 'Ein Teil dieser Seite ist noch nicht übersetzt und wird auf Englisch gezeigt: Beschreibung, Wann Sie es sehen, Abhilfe' "$p" ||
	fail "German notice"
grep -q 'Diese Referenz beschreibt 75 registrierte SIP-Antwortcodes.' \
	"$work/out/html/de/index.html" || fail "German plural"
grep -q 'lang="de">Deutsch</a> <span class="partial"' \
	"$work/out/html/en/486.html" || fail "switcher does not mark German"

# hreflang: by default only complete pages; with a threshold, partial ones.
if grep -q 'hreflang="de" href=' "$work/out/html/en/486.html"; then
	fail "partial German page listed as alternate"
fi
grep -q 'hreflang="ru" href=' "$work/out/html/en/486.html" || fail "ru alternate"
run --format=html --hreflang-min=10 --output="$work/out10" build
grep -q 'hreflang="de" href=' "$work/out10/html/en/486.html" ||
	fail "486 is 15% German: listed at --hreflang-min=10"
if grep -q 'hreflang="de" href=' "$work/out10/html/en/480.html"; then
	fail "480 has no German: not listed"
fi

m="$work/out/man/de/man7/sip-486.7"
grep -q '^\.SH "BESCHREIBUNG"' "$m" || fail "German man page"
grep -q '^\.SH "HINWEISE"' "$m" || fail "German man NOTES"
test -f "$work/out/man/de/man1/sipdoc.1" || fail "German sipdoc(1)"

if [ $formats = html,man,pdf ]; then
	pdftotext "$work/out/pdf/sip-codes.de.pdf" "$work/de.txt"
	grep -q 'Das angerufene Endgerät wurde erreicht' "$work/de.txt" ||
		fail "German handbook text"
	grep -q 'Ein Teil\|Beschreibung' "$work/de.txt" || fail "German headings"
fi

run status --lang=de >"$work/status"
units=$(($(grep -c '^msgid' "$work/content/po/sipdoc-content.pot") - 1))
pct=$(awk -v u="$units" 'BEGIN { printf "%.1f", 200 / u }')
printf 'de    total     %10d %6d %8d %7.1f%%\n' 2 0 $((units - 2)) "$pct" |
	diff -u - "$(grep '^de    total' "$work/status" >"$work/total"; echo "$work/total")"
grep -q '^de    486                2      0       11    15.4%$' "$work/status" ||
	fail "486: $(grep '^de    486 ' "$work/status")"
cat "$work/status" | grep -E " (486|480) | total"

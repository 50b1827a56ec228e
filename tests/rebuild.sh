#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# rebuild.sh: the engine renders and writes only what changed.  A rebuild
# with nothing changed renders, writes (and rewrites the manifest) nothing;
# one edited entry writes exactly the files that show it; a changed
# template or UI string renders again every page that uses it and no
# other; a first build into a folder that already holds the same files
# writes none of them; bad input leaves the previous output as it was.
. "${abs_srcdir:-.}/tests/init.sh"
copy_content
cp -R "$abs_srcdir/templates" "$work/templates"

run() {
	"$SIPDOC" --content="$work/content" --templates="$work/templates" \
	    --fontdir="$abs_builddir/font" --format=html,man \
	    --output="$work/out" "$@" build
}
# The files of OUT (not the build's own state) with size and checksum,
# and their modification times.
sums() {
	(cd "$work/out" && find . -path './.sipdoc-*' -prune -o -type f -print | sort |
	    xargs -r cksum) >"$1"
}
stamps() {
	(cd "$work/out" && find . -type f -printf '%p %T@\n' | sort) >"$1"
}
# The files whose stamps differ between two stamp lists.
touched() {
	join "$1" "$2" | awk '$2 != $3 { print $1 }'
	join -v 2 "$1" "$2" | awk '{ print $1 }'
}

run 2>"$work/first"
total=$(sed -n 's/^sipdoc: \([0-9]*\) outputs: .*/\1/p' "$work/first")
test -n "$total" || fail "first build: $(cat "$work/first")"
echo "sipdoc: $total outputs: $total rendered, $total written, 0 removed, 0 unchanged" |
	diff -u - "$work/first"
sums "$work/sum1"
stamps "$work/st1"

# Nothing changed: nothing rendered, read or written, manifest included.
run 2>"$work/second"
echo "sipdoc: $total outputs: 0 rendered, 0 written, 0 removed, $total unchanged" |
	diff -u - "$work/second"
stamps "$work/st2"
diff -u "$work/st1" "$work/st2" || fail "a no-op rebuild touched files"

# One edited entry: exactly the files that show its summary are written,
# in English (the new text) and in Russian (now the English fallback).
en='The called endpoint was reached, but it cannot take another call right now.'
ru=$(msggrep --no-wrap -K -F -e "$en" "$work/content/po/ru.po" |
	sed -n 's/^msgstr "\(..*\)"$/\1/p')
test -n "$ru" || fail "fixture: no Russian summary of 486"
# ... and the root page and the sitemap, whose hreflang alternates follow
# how much of each page is translated.
(cd "$work/out" && { grep -rlF -e "$en" -e "$ru" html man;
    echo html/index.html; echo html/sitemap.xml; } | sed 's|^|./|' |
	sort) >"$work/want"
test "$(wc -l <"$work/want")" -gt 100 || fail "fixture: $(wc -l <"$work/want") pages show 486"
sed -i 's/^summary: "The called endpoint was reached/summary: "The called device was reached/' \
	"$work/content/codes/486.md"
run 2>"$work/third"
stamps "$work/st3"
touched "$work/st2" "$work/st3" | grep -v '/\.sipdoc-' >"$work/got"
diff -u "$work/want" "$work/got" || fail "the edit wrote other files than those showing 486"
n=$(wc -l <"$work/want")
grep -q "^sipdoc: $total outputs: [0-9]* rendered, $n written, 0 removed, $((total - n)) unchanged$" \
	"$work/third" || fail "third build: $(cat "$work/third")"
rendered=$(sed 's/.*: \([0-9]*\) rendered.*/\1/' "$work/third")
test "$rendered" -lt $((total / 10)) || fail "one edit rendered $rendered of $total"
sums "$work/sum1"

# A changed template: every comparison sheet and nothing else.
sheets=$(cd "$work/out" && ls html/*/*-vs-*.html | wc -l)
sed -i 's|^<article class="sheet">$|<article class="sheet" id="sheet">|' \
	"$work/templates/pair.html"
run 2>"$work/tpl"
grep -q "^sipdoc: $total outputs: $sheets rendered, $sheets written, 0 removed, $((total - sheets)) unchanged$" \
	"$work/tpl" || fail "template change: $(cat "$work/tpl") ($sheets sheets)"

# A changed UI string: every page of that language is rendered (all but
# its search index, which shows no UI string), and the two pages outside
# the languages (root, 404), which show every language.
mkdir -p "$work/locale/ru/LC_MESSAGES"
msgfilter --keep-header -i "$abs_srcdir/po/ru.po" -o "$work/ru.po" \
	sed 's/^Ключевые различия$/Главные различия/' 2>/dev/null
msgfmt -o "$work/locale/ru/LC_MESSAGES/sipdoc.mo" "$work/ru.po"
ruall=$(cd "$work/out" && find html/ru man/ru -type f | wc -l)
SIPDOC_LOCALEDIR="$work/locale" run 2>"$work/ui"
grep -q "^sipdoc: $total outputs: $((ruall - 1 + 2)) rendered, " "$work/ui" ||
	fail "UI change: $(cat "$work/ui") ($ruall Russian files)"
grep -q 'Главные различия' "$work/out/html/ru/480-vs-486.html" ||
	fail "the new UI string is not on the Russian sheet"
SIPDOC_LOCALEDIR="$work/locale" run 2>"$work/ui2"
grep -q "^sipdoc: $total outputs: 0 rendered, 0 written" "$work/ui2" ||
	fail "UI change not settled: $(cat "$work/ui2")"
run --quiet 2>/dev/null
sums "$work/sum1"

# A first build into a folder that already holds the same files (no
# manifest) renders everything and writes nothing.
cp -R "$work/out" "$work/copy"
rm "$work/copy/.sipdoc-manifest"
"$SIPDOC" --content="$work/content" --templates="$work/templates" \
    --fontdir="$abs_builddir/font" --format=html,man \
    --output="$work/copy" build 2>"$work/copied"
echo "sipdoc: $total outputs: $total rendered, 0 written, 0 removed, $total unchanged" |
	diff -u - "$work/copied"

# The catalog read by the last build is kept (OUT/.sipdoc-catalog-ru); a
# changed catalog is read again, and a damaged cache is ignored.
test -s "$work/out/.sipdoc-catalog-ru" || fail "no catalog cache"
msgfilter -i "$work/content/po/ru.po" -o "$work/ru.new" \
	sed 's/^Следующий узел получил запрос/Следующий элемент получил запрос/' 2>/dev/null
mv "$work/ru.new" "$work/content/po/ru.po"
run --quiet
grep -q 'Следующий элемент получил запрос' "$work/out/html/ru/100.html" ||
	fail "a changed catalog was not read again"
for d in fresh fresh2; do
	mkdir "$work/$d"
	printf 'sipdoc-catalog 1 0123456789abcdef0123456789abcdef\ngarbage' \
	    >"$work/$d/.sipdoc-catalog-ru"
done
cp "$work/out/.sipdoc-catalog-ru" "$work/fresh/"
for d in fresh fresh2; do
	"$SIPDOC" --content="$work/content" --templates="$work/templates" \
	    --fontdir="$abs_builddir/font" --format=html,man --quiet \
	    --output="$work/$d" build
done
diff -r "$work/fresh/html" "$work/fresh2/html" >/dev/null ||
	fail "a damaged catalog cache changed the output"
sums "$work/sum1"

# Bad input: non-zero exit, diagnostics, and nothing touched.
stamps "$work/st4"
sed -i 's/^reason: Busy Here$/reason: Busy/' "$work/content/codes/486.md"
set +e
run 2>"$work/bad"; rc=$?
set -e
test $rc -eq 1 || fail "bad build exit $rc"
grep -q "error: reason phrase 'Busy' is not the registered 'Busy Here'" \
	"$work/bad" || fail "no diagnostic: $(cat "$work/bad")"
stamps "$work/st5"
diff -u "$work/st4" "$work/st5" || fail "a failed build changed the output"
sums "$work/sum2"
diff -u "$work/sum1" "$work/sum2" || fail "a failed build changed the output"
echo "$total outputs; one edit wrote $n files, rendering $rendered"

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# facts.sh: every sheet compares.  Every shipped entry has facts (the
# JSON data gives them with a source for each); the key differences of
# 30 sheets without a curated note (600-603, 100-183, 401-421, 486-503
# and 26 drawn with a fixed seed), and of one sheet for each of the 21
# combinations of classes, are those of tests/facts/LANG/A-vs-B.txt in
# English and Russian; and no sheet without a note, of all 2,775 in
# both languages, has fewer than two key differences beyond the class
# line and the definitions, unless its codes share every fact and the
# sheet says so.  With SIPDOC_UPDATE=1 it writes the golden files.
. "${abs_srcdir:-.}/tests/init.sh"

sipdoc --quiet --format=html,json --output="$work/out" build
o="$work/out/html"

# Facts in every entry, each value sourced.
n=$(ls "$abs_srcdir"/content/codes/*.md | wc -l)
f=$(grep -l '^  "facts": {' "$o"/en/data/[1-6]*.json | wc -l)
test "$f" -eq "$n" || fail "$f of $n entries have facts"
s=$(grep -c '^    "sources": {"sent_by": "[^"]' "$o"/en/data/[1-6]*.json |
	grep -c ':1$')
test "$s" -eq "$n" || fail "$s of $n entries source their facts"

# The key differences of a sheet, one per line, as text.
diffs() {
	sed -n '/<h2 id="diffs">/,/<\/ol>/p' "$1" | grep '^<li>' |
		sed 's/<[^>]*>//g; s/&nbsp;/ /g; s/&quot;/"/g; s/&amp;/\&/g'
}

# The sheets without a curated note.
ls "$o/en" | sed -n 's/^\([0-9]*\)-vs-\([0-9]*\)\.html$/\1 \2/p' |
	while read -r a b; do
		test -f "$abs_srcdir/content/pairs/$a-$b.md" || echo "$a-vs-$b"
	done | sort >"$work/plain"
total=$(wc -l <"$work/plain")
test "$total" -eq 2735 || fail "$total sheets without a note, want 2735"

# 26 more with a fixed seed: a linear congruential generator in shell
# arithmetic, so the draw is the same with every awk and shell.
{
	printf '%s\n' 600-vs-603 100-vs-183 401-vs-421 486-vs-503
	x=15
	i=0
	while test $i -lt 40; do
		x=$(( (x * 1103515245 + 12345) % 2147483648 ))
		sed -n "$(( x % total + 1 ))p" "$work/plain"
		i=$((i + 1))
	done
} | awk '!seen[$0]++' | head -n 30 >"$work/picked"
test "$(wc -l <"$work/picked")" -eq 30 || fail "fewer than 30 sheets drawn"

# One sheet for every combination of classes, 21 in all: the first
# sheet without a note whose codes are of classes I <= J, so that the
# generated sentences are read for every combination.
for i in 1 2 3 4 5 6; do
	for j in 1 2 3 4 5 6; do
		test "$j" -ge "$i" || continue
		grep -m 1 "^$i[0-9][0-9]-vs-$j[0-9][0-9]\$" "$work/plain" ||
			fail "no sheet of classes $i and $j"
	done
done >"$work/classes"
test "$(wc -l <"$work/classes")" -eq 21 || fail "not 21 class combinations"

cat "$work/picked" "$work/classes" | awk '!seen[$0]++' >"$work/all"
g="$abs_srcdir/tests/facts"
for lang in en ru; do
	while read -r sheet; do
		diffs "$o/$lang/$sheet.html" >"$work/$lang-$sheet.txt"
		if test "${SIPDOC_UPDATE:-}" = 1; then
			mkdir -p "$g/$lang"
			cp "$work/$lang-$sheet.txt" "$g/$lang/$sheet.txt"
		fi
		diff -u "$g/$lang/$sheet.txt" "$work/$lang-$sheet.txt" ||
			fail "$lang/$sheet: key differences differ"
	done <"$work/all"
done

# What the four named sheets must say.
has() {
	grep -qF "$3" "$work/$1-$2.txt" || fail "$1/$2 does not say: $3"
}
has en 600-vs-603 'After 600 the caller gets busy treatment'
has en 600-vs-603 'After 603 the client does not repeat the request: the callee declined it.'
has en 100-vs-183 '100 concerns only the next hop: a proxy does not pass it on'
has en 100-vs-183 '183 may carry SDP for early media'
has en 401-vs-421 '401 must carry WWW-Authenticate, while 421 must carry Require.'
has en 401-vs-421 'After 401 the client sends the request again with credentials'
has en 486-vs-503 '503 concerns only the next hop'
has en 486-vs-503 '503 may also call for another try later, not before the time that Retry-After gives'
has en 486-vs-503 '486 comes from the UAS'
has ru 600-vs-603 'вызываемый абонент его отклонил'
has ru 401-vs-421 'Обязательные поля заголовка: в 401 — WWW-Authenticate; в 421 — Require.'

# Every sheet without a note, in both languages: at least two items
# beyond the first (the class) and the last (the definitions), or the
# sentence that says the codes share every fact.
for lang in en ru; do
	sed "s|^|$o/$lang/|; s|$|.html|" "$work/plain" >"$work/files"
	# shellcheck disable=SC2046
	awk -v lang="$lang" '
		FNR == 1 { if (NR > 1) check(); n = 0; share = 0; in_ = 0; name = FILENAME }
		/<h2 id="diffs">/ { in_ = 1 }
		in_ && /<\/ol>/ { in_ = 0 }
		in_ && /^<li>/ {
			n++
			if (index($0, "share every fact compared here") ||
			    index($0, "совпадает всё, что здесь сравнивается"))
				share = 1
		}
		function check() {
			if (n - 2 < 2 && !(n == 3 && share)) {
				print lang ": " name ": " n - 2 " key differences"
				bad++
			}
			if (n - 2 >= 2) many++; else shared++
		}
		END { check(); printf "%s: %d sheets with two or more, %d sharing every fact\n", lang, many, shared; exit bad > 0 }
	' $(cat "$work/files") || fail "$lang: a sheet has too few key differences"
done

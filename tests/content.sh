#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# content.sh: the content is the registry: one entry per registered code with
# the registered reason phrase; every entry translated into Russian; 30 or
# more curated pairs naming registered codes; well-formed RFC links.
. "${abs_srcdir:-.}/tests/init.sh"
c="$abs_srcdir/content"

sipdoc check || fail "sipdoc check failed"

# The set of entries equals the registry, code and reason phrase.
tail -n +2 "$c/registry.tsv" | cut -f1,2 | sort >"$work/registry"
for f in "$c"/codes/*.md; do
	code=$(sed -n 's/^code: //p' "$f")
	reason=$(sed -n 's/^reason: //p' "$f")
	printf '%s\t%s\n' "$code" "$reason"
done | sort >"$work/entries"
diff -u "$work/registry" "$work/entries" || fail "entries differ from registry"
test "$(wc -l <"$work/entries")" -eq 75 || fail "not 75 entries"

# The Russian content catalog: nothing untranslated or fuzzy.
msgfmt -c --statistics -o /dev/null "$c/po/ru.po" 2>"$work/stats"
grep -q '^[0-9]* translated messages\.$' "$work/stats" ||
	fail "ru.po: $(cat "$work/stats")"
# ... and it covers the current template exactly.
msgcmp "$c/po/ru.po" "$c/po/sipdoc-content.pot" || fail "ru.po is stale"

# Curated pairs.
n=$(ls "$c"/pairs/*.md | wc -l)
test "$n" -ge 30 || fail "only $n curated pairs"

# Every RFC link is well formed.
grep -oh '](https://www\.rfc-editor\.org/[^)]*)' "$c"/codes/*.md \
	"$c"/pairs/*.md | sort -u >"$work/links"
test -s "$work/links" || fail "no RFC links found"
if grep -v '^](https://www\.rfc-editor\.org/rfc/rfc[1-9][0-9]*\(#section-[1-9][0-9]*\(\.[0-9][0-9]*\)*\)\{0,1\})$' \
    "$work/links"; then
	fail "malformed RFC links above"
fi
if grep -oh '](http[^)]*)' "$c"/codes/*.md "$c"/pairs/*.md |
    grep -v 'rfc-editor\.org/rfc/rfc'; then
	fail "links to other sites above"
fi

# At least 120 English words of body per entry.
for f in "$c"/codes/*.md; do
	w=$(awk 'n >= 2 && !/^## / { print } /^---$/ { n++ }' "$f" | wc -w)
	test "$w" -ge 120 || fail "$f has only $w words"
done
echo "75 entries, $n curated pairs, $(wc -l <"$work/links") RFC links"

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# translation-qa.sh: a translation that breaks the Markdown of its source
# (a changed code span or link target, a paragraph turned into a list) is
# an error of `sipdoc check` at the PO file's line; `sipdoc build` warns
# and shows that block in English.  UI catalogs pass msgfmt -c.
. "${abs_srcdir:-.}/tests/init.sh"
copy_content
po="$work/content/po/ru.po"

msgfmt -c -o /dev/null "$abs_srcdir/po/ru.po" || fail "po/ru.po fails msgfmt -c"

# Break two translations of 486: a code span, and a paragraph into a list.
# Each diagnostic points at the first line of the broken msgstr text.
sed -i 's/^"Ответ может содержать `Retry-After` с более удачным временем для повторного "$/"Ответ может содержать `Retry-Later` с более удачным временем для повторного "/' "$po"
line1=$(grep -n '^"Ответ может содержать `Retry-Later`' "$po" | cut -d: -f1)
test -n "$line1" || fail "fixture: 486 Retry-After paragraph not found"
sed -i 's/^"Вызываемое оконечное устройство/"- Вызываемое оконечное устройство/' "$po"
line2=$(grep -n '^"- Вызываемое оконечное устройство' "$po" | cut -d: -f1)
test -n "$line2" || fail "fixture: summary not changed"
for l in $line1 $line2; do
	test "$(sed -n "$((l - 1))p" "$po")" = 'msgstr ""' ||
		fail "fixture: line $l does not begin a translation"
done

set +e
(cd "$work" && "$SIPDOC" --content=content check) 2>"$work/err"
rc=$?
set -e
test $rc -eq 1 || fail "check: exit $rc"
cat >"$work/want" <<EOT
sipdoc: content/po/ru.po:$line2:2: error: the translation is not a single paragraph
sipdoc: content/po/ru.po:$line1:2: error: the translation changes a code span or link target
EOT
diff -u "$work/want" "$work/err"

(cd "$work" && "$SIPDOC" --content=content --templates="$abs_srcdir/templates" \
	--quiet --format=html --output=out build) 2>"$work/warn"
sed 's/: error: /: warning: /' "$work/want" | diff -u - "$work/warn"
p="$work/out/html/ru/486.html"
grep -q '<p lang="en" class="untranslated">The response may carry <code>Retry-After</code>' "$p" ||
	fail "broken block not shown in English"
if grep -q 'Retry-Later' "$p"; then
	fail "broken translation shown"
fi
grep -q 'lang="en" class="untranslated">The called endpoint was reached' "$p" ||
	fail "broken summary not shown in English"

# The build kept the catalog it read, and its verdicts, in the output
# folder (l10n/catcache.h); the next build takes both from there and
# says the same, and a cache made by another sipdoc is not taken.
test -s "$work/out/.sipdoc-catalog-ru" || fail "no catalog cache"
cp -R "$work/out" "$work/out2"
(cd "$work" && "$SIPDOC" --content=content --templates="$abs_srcdir/templates" \
	--quiet --format=html --output=out2 build) 2>"$work/warn2"
diff -u "$work/warn" "$work/warn2" || fail "the cached verdicts differ"
diff -r "$work/out/html" "$work/out2/html" || fail "the cached catalog changed the output"
# A cache whose verdicts say "nothing found" for every message: taken
# as it is (the verdicts are read, not made again), and no warning; with
# the header of another sipdoc it is not taken, and the PO file is read
# and checked again.
clear_verdicts() {	# in the cache FILE (catcache.c's format)
	perl -0777 -i -pe '
		/\A[^\n]*\n/g or die; my $o = pos;
		my $n = unpack("V", substr($_, $o, 4)); $o += 4;
		for my $i (1 .. $n) {
			$o += 12;
			substr($_, $o, 4) = pack("V", 0)
			    if unpack("V", substr($_, $o, 4)) != 0xffffffff;
			$o += 4;
			for my $s (1, 2) {
				my $l = unpack("V", substr($_, $o, 4)); $o += 4;
				$o += $l if $l != 0xffffffff;
			}
		}
		$o == length or die "not at the end";' "$1"
}
skip_unless perl
cp "$work/out2/.sipdoc-catalog-ru" "$work/cache"
clear_verdicts "$work/out2/.sipdoc-catalog-ru"
cmp -s "$work/cache" "$work/out2/.sipdoc-catalog-ru" &&
	fail "fixture: no verdict in the cache"
(cd "$work" && "$SIPDOC" --content=content --templates="$abs_srcdir/templates" \
	--quiet --format=html --output=out2 build) 2>"$work/warn3"
test ! -s "$work/warn3" || fail "the cached verdicts were not taken: $(cat "$work/warn3")"
clear_verdicts "$work/out2/.sipdoc-catalog-ru"
sed -i '1s/ [0-9a-f]\{32\}$/ 00000000000000000000000000000000/' \
	"$work/out2/.sipdoc-catalog-ru"
(cd "$work" && "$SIPDOC" --content=content --templates="$abs_srcdir/templates" \
	--quiet --format=html --output=out2 build) 2>"$work/warn4"
diff -u "$work/warn" "$work/warn4" || fail "a cache of another sipdoc was taken"

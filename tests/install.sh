#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# install.sh: make install DESTDIR=... puts the program, man pages in every
# language, the site and the handbooks where a distribution expects them;
# man finds the pages, the indexer reads their NAME lines, apropos and
# whatis find them, and make uninstall removes everything.
. "${abs_srcdir:-.}/tests/init.sh"
MAKE=${MAKE:-make}
skip_unless man
skip_unless lexgrog

dest="$work/dest"
prefix=$(sed -n 's/^prefix = //p' "$abs_builddir/Makefile")
$MAKE -s -C "$abs_builddir" install DESTDIR="$dest" >"$work/log" 2>&1 ||
	fail "install: $(tail "$work/log")"
root="$dest$prefix"
mandir="$root/share/man"
for f in bin/sipdoc share/man/man7/sip-486.7 share/man/ru/man7/sip-486.7 \
    share/man/man7/sip-480-vs-486.7 share/man/ru/man7/sip-480-vs-486.7 \
    share/man/man7/sip-codes.7 share/man/ru/man7/sip-codes.7 \
    share/man/man1/sipdoc.1 share/man/ru/man1/sipdoc.1 \
    share/doc/sipdoc/index.html share/doc/sipdoc/ru/202-vs-421.html \
    share/doc/sipdoc/sip-codes.ru.pdf share/doc/sipdoc/sip-codes.en.pdf \
    share/locale/ru/LC_MESSAGES/sipdoc.mo share/sipdoc/content/registry.tsv \
    share/sipdoc/font/devpdf/UR; do
	test -f "$root/$f" || fail "$f not installed"
done

# man finds the page in each language.
test "$(MANPATH="$mandir" man -w sip-486)" = "$mandir/man7/sip-486.7" ||
	fail "man -w sip-486: $(MANPATH="$mandir" man -w sip-486)"
test "$(MANPATH="$mandir" man -L ru -w sip-486)" = "$mandir/ru/man7/sip-486.7" ||
	fail "man -L ru -w sip-486"
MANPATH="$mandir" MANWIDTH=80 man -L ru sip-486 2>/dev/null | grep -q 'КАК ИСПРАВИТЬ' ||
	fail "man -L ru does not show the Russian page"

# The indexer reads NAME in both languages.
lexgrog "$mandir/ru/man7/sip-486.7" | grep -q 'sip-486 - ответ SIP 486 Busy Here' ||
	fail "lexgrog ru: $(lexgrog "$mandir/ru/man7/sip-486.7")"
n=0
for page in $(find "$mandir" -name '*.[17]'); do
	lexgrog "$page" >/dev/null || fail "lexgrog cannot parse $page"
	n=$((n + 1))
done

# apropos and whatis over a database of the installed tree.
if command -v mandb >/dev/null 2>&1; then
	mandb -q "$mandir" 2>/dev/null || true
	MANPATH="$mandir" whatis sip-486 | grep -q '^sip-486 (7) *- SIP response 486 Busy Here' ||
		fail "whatis: $(MANPATH="$mandir" whatis sip-486)"
	MANPATH="$mandir" apropos 'Busy Here' | grep -q '^sip-480-vs-486 (7)' ||
		fail "apropos: $(MANPATH="$mandir" apropos 'Busy Here')"
fi

# The installed program works with its installed data.
"$root/bin/sipdoc" --content="$root/share/sipdoc/content" \
	--templates="$root/share/sipdoc/templates" \
	--fontdir="$root/share/sipdoc/font" check ||
	fail "installed sipdoc check"

$MAKE -s -C "$abs_builddir" uninstall DESTDIR="$dest" >"$work/log" 2>&1 ||
	fail "uninstall: $(tail "$work/log")"
left=$(find "$dest" -type f ! -name 'index.db*' | wc -l)
test "$left" -eq 0 || fail "$left files left after uninstall: $(find "$dest" -type f | head)"
echo "$n man pages installed and indexed"

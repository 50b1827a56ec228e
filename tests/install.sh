#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# install.sh: the GNU install targets, as a distribution splits them.
# make install DESTDIR=... puts the program, the man pages in every
# language, the UI catalogs, the data sipdoc reads (content without its
# documents, templates, fonts), the authors' guide in $(docdir) and the
# bash completion where bash-completion looks, and no site or handbook;
# make install-html puts the site in $(htmldir) ($(docdir)/html) and
# make install-pdf the handbooks in $(pdfdir).  man finds the pages, the
# indexer reads their NAME lines, whatis and apropos find them (the
# Russian ones by Russian words), and make uninstall removes everything.
. "${abs_srcdir:-.}/tests/init.sh"
MAKE=${MAKE:-make}
skip_unless man
skip_unless lexgrog

# The installation folders, as the Makefile has them.
printf 'print-dirs:\n\t@echo $(bindir) $(mandir) $(pkgdatadir) $(docdir) $(htmldir) $(pdfdir) $(bashcompdir) $(localedir)\n' |
	(cd "$abs_builddir" && MAKEFLAGS= $MAKE -s --no-print-directory -f Makefile -f - print-dirs) >"$work/dirs"
read -r bindir mandir pkgdatadir docdir htmldir pdfdir bashcompdir localedir <"$work/dirs"
test "$htmldir" = "$docdir/html" ||
	fail "htmldir is $htmldir, not \$(docdir)/html: $(cat "$work/dirs")"

dest="$work/dest"
$MAKE -s -C "$abs_builddir" install DESTDIR="$dest" >"$work/log" 2>&1 ||
	fail "install: $(tail "$work/log")"
m="$dest$mandir"
for f in "$bindir/sipdoc" "$mandir/man7/sip-486.7" "$mandir/ru/man7/sip-486.7" \
    "$mandir/man7/sip-480-vs-486.7" "$mandir/ru/man7/sip-480-vs-486.7" \
    "$mandir/man7/sip-codes.7" "$mandir/ru/man7/sip-codes.7" \
    "$mandir/man1/sipdoc.1" "$mandir/ru/man1/sipdoc.1" \
    "$localedir/ru/LC_MESSAGES/sipdoc.mo" "$pkgdatadir/content/registry.tsv" \
    "$pkgdatadir/content/codes/486.md" "$pkgdatadir/content/po/ru.po" \
    "$pkgdatadir/templates/page.html" "$pkgdatadir/font/devpdf/UR" \
    "$docdir/AUTHORING.md" "$docdir/SOURCES.md" "$bashcompdir/sipdoc"; do
	test -f "$dest$f" || fail "$f not installed"
done
# Documents go with the documentation, not with the data.
if find "$dest$pkgdatadir" -name '*.md' ! -path '*/codes/*' ! -path '*/pairs/*' | grep .; then
	fail "documents installed with the data"
fi
# make install installs no site and no handbook.
if find "$dest" -name '*.html' ! -path "$dest$pkgdatadir/templates/*" -o -name '*.pdf' | grep .; then
	fail "make install installed the site or the handbooks"
fi
grep -q "$pkgdatadir/content" "$dest$bashcompdir/sipdoc" ||
	fail "the completion does not know the installed content"
# Modes as install(1) gives them, whatever the build's umask was.
if find "$dest" -type f ! -perm 644 ! -path "$dest$bindir/*" | grep .; then
	fail "installed files not of mode 644"
fi

# install-html and install-pdf: the site and the handbooks, apart.
$MAKE -s -C "$abs_builddir" install-html install-pdf DESTDIR="$dest" >"$work/log" 2>&1 ||
	fail "install-html install-pdf: $(tail "$work/log")"
for f in "$htmldir/index.html" "$htmldir/ru/202-vs-421.html" \
    "$htmldir/en/486.html" "$htmldir/style.css" "$htmldir/sitemap.xml" \
    "$pdfdir/sip-codes.ru.pdf" "$pdfdir/sip-codes.en.pdf"; do
	test -f "$dest$f" || fail "$f not installed"
done
n=$(cd "$abs_builddir/out/html" && find . -type f | wc -l)
test "$(find "$dest$htmldir" -type f | wc -l)" -eq "$n" ||
	fail "install-html installed $(find "$dest$htmldir" -type f | wc -l) files of $n"

# man finds the page in each language.
test "$(MANPATH="$m" man -w sip-486)" = "$m/man7/sip-486.7" ||
	fail "man -w sip-486: $(MANPATH="$m" man -w sip-486)"
test "$(MANPATH="$m" man -L ru -w sip-486)" = "$m/ru/man7/sip-486.7" ||
	fail "man -L ru -w sip-486"
MANPATH="$m" MANWIDTH=80 man -L ru sip-486 2>/dev/null | grep -q 'КАК ИСПРАВИТЬ' ||
	fail "man -L ru does not show the Russian page"

# The indexer reads NAME in both languages: one line, with the summary
# in the page's language.
lexgrog "$m/ru/man7/sip-486.7" |
	grep -q 'sip-486 - ответ SIP 486 Busy Here. Вызываемое оконечное устройство доступно, но занято' ||
	fail "lexgrog ru: $(lexgrog "$m/ru/man7/sip-486.7")"
n=0
for page in $(find "$m" -name '*.[17]'); do
	lexgrog "$page" >/dev/null || fail "lexgrog cannot parse $page"
	test "$(awk '/^\.SH/ { s++; next } s == 1 { n++ } END { print n }' "$page")" = 1 ||
		fail "$page: NAME is not one line"
	n=$((n + 1))
done

# whatis and apropos over databases of the installed pages; the Russian
# pages are found by Russian words.
if command -v mandb >/dev/null 2>&1; then
	mandb -q "$m" 2>/dev/null || true
	mandb -q "$m/ru" 2>/dev/null || true
	MANPATH="$m" whatis sip-486 | grep -q '^sip-486 (7) *- SIP response 486 Busy Here. The called endpoint' ||
		fail "whatis: $(MANPATH="$m" whatis sip-486)"
	MANPATH="$m" apropos 'Busy Here' | grep -q '^sip-480-vs-486 (7)' ||
		fail "apropos: $(MANPATH="$m" apropos 'Busy Here')"
	MANPATH="$m/ru" apropos занят >"$work/apropos"
	grep -q '^sip-486 (7) ' "$work/apropos" && grep -q '^sip-600 (7) ' "$work/apropos" ||
		fail "apropos занят: $(cat "$work/apropos")"
	MANPATH="$m" apropos -L ru оконечное | grep -q '^sip-486 (7) ' ||
		fail "apropos -L ru оконечное: $(MANPATH="$m" apropos -L ru оконечное)"
	if MANPATH="$m" apropos -L en занят >/dev/null 2>&1; then
		fail "Russian words in the English pages"
	fi
fi

# The installed program works with its installed data.
"$dest$bindir/sipdoc" --content="$dest$pkgdatadir/content" \
	--templates="$dest$pkgdatadir/templates" \
	--fontdir="$dest$pkgdatadir/font" check ||
	fail "installed sipdoc check"

$MAKE -s -C "$abs_builddir" uninstall DESTDIR="$dest" >"$work/log" 2>&1 ||
	fail "uninstall: $(tail "$work/log")"
left=$(find "$dest" -type f ! -name 'index.db*' | wc -l)
test "$left" -eq 0 || fail "$left files left after uninstall: $(find "$dest" -type f ! -name 'index.db*' | head)"
test ! -d "$dest$htmldir" || fail "uninstall left $htmldir"
echo "$n man pages installed and indexed"

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# project.sh: a site of one's own.  sipdoc init writes a project (the
# content and templates, a README) that checks clean and builds the same
# site as the sources; in a folder that holds content/, build, check,
# status and show read it (and templates/ there) without options, and
# elsewhere the installed data; init never writes into a folder that is
# not empty, and a failed init leaves nothing behind.
. "${abs_srcdir:-.}/tests/init.sh"
umask 022
font="--fontdir=$abs_builddir/font"

# init: the content and templates sipdoc reads, and a README.
sipdoc init "$work/site" >"$work/out" 2>&1 || fail "init: $(cat "$work/out")"
echo "A new project in $work/site: run 'sipdoc serve' in it to see the site, 'sipdoc build' to build it." |
	diff -u - "$work/out"
for f in README.md content/registry.tsv content/codes/486.md \
    content/pairs/480-486.md content/po/ru.po templates/page.html \
    templates/style.css; do
	test -f "$work/site/$f" || fail "init wrote no $f"
done
(cd "$abs_srcdir" && find content/codes content/pairs content/po templates -type f | sort | xargs cksum) >"$work/src.sums"
(cd "$work/site" && find content/codes content/pairs content/po templates -type f | sort | xargs cksum) >"$work/site.sums"
diff -u "$work/src.sums" "$work/site.sums" || fail "init's copy differs from the sources"
grep -q '^    sipdoc serve ' "$work/site/README.md" || fail "README: no serve"
grep -q 'GPL-3.0-or-later' "$work/site/README.md" || fail "README: no licence"
test "$(stat -c %a "$work/site" "$work/site/content/codes" "$work/site/README.md" | tr '\n' ' ')" = "755 755 644 " ||
	fail "init's modes: $(stat -c '%a %n' "$work/site" "$work/site/README.md")"
LANGUAGE=ru sipdoc init "$work/site-ru" >/dev/null
grep -q '^# Проект sipdoc$' "$work/site-ru/README.md" || fail "no Russian README"

# In the project, without options: check is clean, build writes the same
# site as a build of the sources.
cd "$work/site"
"$SIPDOC" "$font" check >"$work/out" 2>&1 || fail "check in the project: $(cat "$work/out")"
test ! -s "$work/out" || fail "check in the project said: $(cat "$work/out")"
"$SIPDOC" "$font" --quiet --format=html,man build || fail "build in the project"
sipdoc --quiet --format=html,man --output="$work/ref" build
tree_sums "$work/ref" >"$work/ref.sums"
tree_sums out >"$work/out.sums"
diff -u "$work/ref.sums" "$work/out.sums" >/dev/null ||
	fail "the project's build differs from the sources' build"

# What the project holds is what the commands read: its templates, its
# entries (show), its catalogs (status).
sed -i 's|<body>|<body><!-- my template -->|' templates/page.html
"$SIPDOC" --quiet --format=html build
grep -q '<!-- my template -->' out/html/en/486.html || fail "build did not read templates/"
sed -i 's/^summary: .*/summary: "My own summary of 486."/' content/codes/486.md
"$SIPDOC" --lang=en show 486 | grep -q 'My own summary of 486' || fail "show did not read content/"
sed -i 's/^msgstr "Вызываемое оконечное устройство доступно.*/msgstr ""/' content/po/ru.po
"$SIPDOC" status >"$work/status"
grep '^ru  *486 ' "$work/status" | grep -qv ' 100\.0%$' ||
	fail "status did not read content/po: $(grep 486 "$work/status")"
"$SIPDOC" "$font" check >"$work/out" 2>&1 || fail "check after edits: $(cat "$work/out")"

# Only content/ makes a project: templates/ alone is not one.  Elsewhere
# the installed data is read (unless sipdoc is installed here).
pkgdatadir=$(sed -n 's/^prefix = //p' "$abs_builddir/Makefile")/share/sipdoc
mkdir "$work/elsewhere"
cp -R "$work/site/templates" "$work/elsewhere/templates"
cd "$work/elsewhere"
if ! test -e "$pkgdatadir/content"; then
	set +e
	"$SIPDOC" check 2>"$work/err"; rc=$?
	set -e
	test $rc -eq 1 || fail "check without a project: exit $rc"
	grep -q "^sipdoc: $pkgdatadir/content/registry.tsv: error: " "$work/err" ||
		fail "outside a project, not the installed content: $(cat "$work/err")"
fi
# Options win over the folder's project.
cd "$work/site"
"$SIPDOC" --content="$abs_srcdir/content" --lang=en show 486 | grep -q 'My own summary' &&
	fail "--content did not win over content/"

# init leaves a folder that is not empty alone, and takes an empty one.
set +e
sipdoc init "$work/site" 2>"$work/err"; rc=$?
set -e
test $rc -eq 1 || fail "init over a project: exit $rc"
echo "sipdoc: $work/site: error: the project folder must be new or empty" |
	diff -u - "$work/err"
grep -q 'My own summary' "$work/site/content/codes/486.md" || fail "init changed a project"
mkdir "$work/empty"
sipdoc --quiet init "$work/empty" || fail "init into an empty folder"
test -f "$work/empty/content/registry.tsv" || fail "init into an empty folder wrote nothing"

# A failed init leaves nothing: not the project, not its temporary folder.
mkdir "$work/parent"
set +e
"$SIPDOC" --content="$work/no-such-content" --templates="$abs_srcdir/templates" \
    init "$work/parent/new" 2>"$work/err"; rc=$?
set -e
test $rc -eq 1 || fail "init from missing content: exit $rc"
grep -q "^sipdoc: $work/no-such-content: error: cannot open folder: " "$work/err" ||
	fail "init from missing content: $(cat "$work/err")"
test -z "$(ls -A "$work/parent")" || fail "a failed init left $(ls -A "$work/parent")"
echo "init, the folder rule and a project's build checked"

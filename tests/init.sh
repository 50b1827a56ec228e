# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# tests/init.sh: sourced by every shell test.  Sets a locale-independent
# environment, a private work folder, and helpers.  Exit 77 means "skipped".
set -eu

: "${abs_srcdir:?run the tests through make check}"
: "${abs_builddir:?run the tests through make check}"

SIPDOC="$abs_builddir/sipdoc"
export SIPDOC_LOCALEDIR="$abs_builddir/locale"
# Only C.UTF-8 may exist: nothing may depend on other locales.
export LC_ALL=C.UTF-8
unset LANGUAGE LANG LC_MESSAGES SOURCE_DATE_EPOCH || true

mkdir -p "$abs_builddir/tests/work"
work=$(mktemp -d "$abs_builddir/tests/work/$(basename "$0" .sh).XXXXXX")
trap 'rm -rf "$work"' EXIT

# sipdoc on the source tree's content and templates.
sipdoc() {
	"$SIPDOC" --content="$abs_srcdir/content" \
	    --templates="$abs_srcdir/templates" --fontdir="$abs_builddir/font" "$@"
}

fail() {
	echo "FAIL: $*" >&2
	exit 1
}

skip_unless() {
	command -v "$1" >/dev/null 2>&1 || {
		echo "SKIP: $1 is not installed"
		exit 77
	}
}

# The web tools of tests/web (make web-deps): sets web, and skips unless
# node and every npm module named are there.
need_web() {
	web="$abs_srcdir/tests/web"
	skip_unless node
	for m in "$@"; do
		test -d "$web/node_modules/$m" || {
			echo "SKIP: $m is not installed (make web-deps)"
			exit 77
		}
	done
}

# Debian's Chromium, or $CHROMIUM: sets chromium, and skips without it.
need_chromium() {
	chromium=${CHROMIUM:-/usr/bin/chromium}
	test -x "$chromium" || { echo "SKIP: $chromium is not installed"; exit 77; }
}

# A private copy of the content, for tests that change it.
copy_content() {
	cp -R "$abs_srcdir/content" "$work/content"
	chmod -R u+w "$work/content"
}

# A build of the copied content, the site alone, quiet, into $1.
build_site() {
	"$SIPDOC" --content="$work/content" --templates="$abs_srcdir/templates" \
	    --fontdir="$abs_builddir/font" --format=html --quiet \
	    --output="$1" build
}
# Fails unless the output folders $1 and $2 hold the same, but for the
# manifest and the lock; $3 says what was compared.
same_tree() {
	diff -r -x '.sipdoc-manifest' -x '.sipdoc-lock' "$1" "$2" ||
		fail "$3: differs from a clean build"
}

# Empties, in the copied Russian content catalog, the translations of the
# units whose extracted comment starts with ID ("486 Busy Here: Description").
untranslate() {
	_po="$work/content/po/ru.po"
	msgattrib --no-wrap -o "$_po" "$_po"
	awk -v id="$1" '
		index($0, "#. " id) == 1 { hit = 1 }
		hit && /^msgstr / { print "msgstr \"\""; hit = 0; skip = 1; next }
		skip && /^"/ { next }
		{ skip = 0; print }
	' "$_po" >"$_po.new" && mv "$_po.new" "$_po"
}

# Checks that the manifest of the output folder $1, with the journal of a
# build that could not write it, is true for what is on disk: every file it
# has a record of exists with the size and modification time recorded (a
# journal record replaces the manifest's record of the same file; a journal
# line with only a path and a scope makes no claim).
manifest_true() {
	{ tail -n +2 "$1/.sipdoc-manifest" 2>/dev/null
	  cat "$1/.sipdoc-journal" 2>/dev/null; } >"$work/records"
	test -s "$work/records" || { echo "no manifest in $1"; return 1; }
	(cd "$1" && find . -path './.sipdoc-*' -prune -o -type f -printf '%P %s %T@\n') |
	    awk -v m="$work/records" '
		FILENAME != m { size[$1] = $2; split($3, t, ".");
			ns[$1] = t[1] substr(t[2] "000000000", 1, 9); next }
		split($0, f, "\t") == 6 { rs[f[1]] = f[5]; rt[f[1]] = f[6] }
		END { for (p in rs) {
			if (!(p in size)) { print "listed, not on disk: " p; bad = 1 }
			else if (size[p] != rs[p] || ns[p] != rt[p]) {
				print "changed on disk: " p; bad = 1 } }
		      exit bad }' - "$work/records"
}

# The output files of folder $1 (not the build's own state) with their
# checksums, one line each, sorted.
tree_sums() {
	(cd "$1" && find . -path './.sipdoc-*' -prune -o -type f -print | sort | xargs -r cksum)
}

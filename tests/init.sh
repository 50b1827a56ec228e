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

# A private copy of the content, for tests that change it.
copy_content() {
	cp -R "$abs_srcdir/content" "$work/content"
	chmod -R u+w "$work/content"
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

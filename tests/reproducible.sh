#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# reproducible.sh: two builds from the same sources, at different times and
# in different folders, give byte-identical output, and SOURCE_DATE_EPOCH
# sets the date of man pages and handbooks.
. "${abs_srcdir:-.}/tests/init.sh"
skip_unless groff

mkdir -p "$work/a/x" "$work/b/y/z"
cp -R "$abs_srcdir/content" "$work/a/x/content"
cp -R "$abs_srcdir/content" "$work/b/y/z/content"
build() {
	(cd "$1" && "$SIPDOC" --content="$2/content" \
	    --templates="$abs_srcdir/templates" --fontdir="$abs_builddir/font" \
	    --quiet --output=out build)
}
build "$work/a" "$work/a/x"
sleep 1
build "$work/b" "$work/b/y/z"
# The build's own state (.sipdoc-manifest, .sipdoc-lock) is not output.
(cd "$work/a/out" && find . -path './.sipdoc-*' -prune -o -type f -print | sort | xargs -r cksum) >"$work/a.sum"
(cd "$work/b/out" && find . -path './.sipdoc-*' -prune -o -type f -print | sort | xargs -r cksum) >"$work/b.sum"
diff -u "$work/a.sum" "$work/b.sum" || fail "builds differ"
if grep -rl "$work" "$work/a/out" | grep .; then
	fail "absolute build paths in the output above"
fi

SOURCE_DATE_EPOCH=1767225600 build "$work/a" "$work/a/x"	# 2026-01-01
grep -q '^\.TH "SIP-486" "7" "2026-01-01" ' "$work/a/out/man/man7/sip-486.7" ||
	fail "SOURCE_DATE_EPOCH not honoured in man pages"
if command -v pdfinfo >/dev/null 2>&1; then
	pdfinfo "$work/a/out/pdf/sip-codes.en.pdf" |
	    grep -q '^CreationDate: *Thu Jan  1 00:00:00 2026' ||
	    fail "SOURCE_DATE_EPOCH not honoured in the handbook"
fi
echo "$(wc -l <"$work/a.sum") files identical"

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# glyphs.sh: a character the handbook's fonts cannot print stops the build
# before typesetting, at its first use, and leaves the output alone.
. "${abs_srcdir:-.}/tests/init.sh"
skip_unless groff
copy_content

sed -i '/^A 486 says the request/s/$/ 漢/' "$work/content/codes/486.md"
set +e
(cd "$work" && "$SIPDOC" --content=content --templates="$abs_srcdir/templates" \
	--fontdir="$abs_builddir/font" --quiet --format=pdf --output=out build) \
	2>"$work/err"
rc=$?
set -e
test $rc -eq 1 || fail "exit $rc"
cat >"$work/want" <<'EOT'
sipdoc: content/codes/486.md:31: error: character U+6F22 has no glyph in font NimbusSans-Regular
EOT
diff -u "$work/want" "$work/err"
test ! -e "$work/out" || fail "output written despite the error"

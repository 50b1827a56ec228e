#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# golden.sh: a code page and a comparison sheet, per language and format,
# compared byte for byte with tests/golden/ (refresh: make update-golden).
. "${abs_srcdir:-.}/tests/init.sh"

sipdoc --quiet --output="$work/out" build
while read -r f; do
	diff -u "$abs_srcdir/tests/golden/$f" "$work/out/$f" ||
		fail "$f differs from its golden file"
done <"$abs_srcdir/tests/golden.list"

# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# Flattens qpdf's pretty-printed JSON: one "PATH<TAB>VALUE" line per
# scalar, PATH the keys and array indexes joined by "|".
function path(   i, s) {
	s = ""
	for (i = 1; i <= d; i++)
		s = s (i > 1 ? "|" : "") key[i]
	return s
}
function enter(k) {
	d++; key[d] = k; idx[d] = (k == "" ? 0 : -1)
}
{
	line = $0
	sub(/^[ \t]+/, "", line); sub(/,$/, "", line)
	if (line == "}" || line == "]" || line == "{}" || line == "[]") {
		if (line == "}" || line == "]") d--
		next
	}
	k = ""
	if (match(line, /^"([^"\\]|\\.)*": /)) {
		k = substr(line, 2, RLENGTH - 4)
		line = substr(line, RLENGTH + 1)
	} else if (d > 0 && isarr[d]) {
		k = cnt[d]++
	}
	if (line == "{" || line == "[") {
		d++; key[d] = k; isarr[d] = (line == "["); cnt[d] = 0
		next
	}
	if (line == "{}" || line == "[]") next
	gsub(/^"|"$/, "", line)
	print path() (d > 0 ? "|" : "") k "\t" line
}

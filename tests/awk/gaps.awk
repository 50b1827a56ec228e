# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# The words of `pdftotext -bbox`: the widest gap between two words of a
# line of text, in spaces of the handbook's 10-point text (Nimbus Sans,
# 2.78 pt).  Left out: the running head and the footer (outside the
# margins), a list item's tag and its indent, and the dot leaders of the
# contents.  Prints "SPACES page N:
# LINE" of the widest.
function attr(s, a) {
	match(s, a "=\"[0-9.]+\"")
	return substr(s, RSTART + length(a) + 2, RLENGTH - length(a) - 3) + 0
}
function flush(   i, g) {
	if (nw > 1 && y1[1] > 57 && y1[1] < 780 && line !~ /\.\.\.\./)
		for (i = 2; i <= nw; i++) {
			if (i == 2 && x1[1] < 73 && x2[1] < 90 && x1[2] > 81)
				continue
			g = (x1[i] - x2[i - 1]) / 2.78
			if (g > max) { max = g; where = "page " page ": " line }
		}
	nw = 0; line = ""
}
/<page / { flush(); page++ }
/<word / {
	y = attr($0, "yMin")
	if (nw > 0 && (y - y1[nw] > 2 || y1[nw] - y > 2)) flush()
	nw++; x1[nw] = attr($0, "xMin"); x2[nw] = attr($0, "xMax"); y1[nw] = y
	s = $0; sub(/^[^>]*>/, "", s); sub(/<.*/, "", s); w[nw] = s
	line = line (nw > 1 ? " " : "") s
}
END { flush(); printf "%.2f %s\n", max, where }

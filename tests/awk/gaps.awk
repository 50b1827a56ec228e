# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# The words of `pdftotext -bbox`: the widest gap between two words of a
# line of text, in spaces of the handbook's 10-point text (Nimbus Sans,
# 2.78 pt).  Left out: the running head and the footer (outside the
# margins), a list item's tag and its indent, the dot leaders of the
# contents, and the columns of a table: a wide gap before a word that
# starts where two lines of the page start, other than at the margins
# (a facts table's cells line up; words inside running text do not).
# Prints "SPACES page N: LINE" of the widest.
function attr(s, a) {
	match(s, a "=\"[0-9.]+\"")
	return substr(s, RSTART + length(a) + 2, RLENGTH - length(a) - 3) + 0
}
function gap(g, x, text) {
	if (g <= 3) {
		if (g > max) { max = g; where = "page " page ": " text }
		return
	}
	nc++; cg[nc] = g; cx[nc] = x; ct[nc] = text
}
# The wide gaps of a page, once it is read: those not in a column.
function page_end(   i, j, same) {
	for (i = 1; i <= nc; i++) {
		same = 0
		for (j = 1; j <= ns; j++)
			if (sx[j] - cx[i] < 1 && cx[i] - sx[j] < 1)
				same++
		if (same < 2 && cg[i] > max) {
			max = cg[i]; where = "page " page ": " ct[i]
		}
	}
	nc = 0; ns = 0
}
function flush(   i) {
	if (nw > 0 && x1[1] > 90) { ns++; sx[ns] = x1[1] }	# a line start
	if (nw > 1 && y1[1] > 57 && y1[1] < 780 && line !~ /\.\.\.\./)
		for (i = 2; i <= nw; i++) {
			if (i == 2 && x1[1] < 73 && x2[1] < 90 && x1[2] > 81)
				continue
			gap((x1[i] - x2[i - 1]) / 2.78, x1[i], line)
		}
	nw = 0; line = ""
}
/<page / { flush(); page_end(); page++ }
/<word / {
	y = attr($0, "yMin")
	if (nw > 0 && (y - y1[nw] > 2 || y1[nw] - y > 2)) flush()
	nw++; x1[nw] = attr($0, "xMin"); x2[nw] = attr($0, "xMax"); y1[nw] = y
	s = $0; sub(/^[^>]*>/, "", s); sub(/<.*/, "", s); w[nw] = s
	line = line (nw > 1 ? " " : "") s
}
END { flush(); page_end(); printf "%.2f %s\n", max, where }

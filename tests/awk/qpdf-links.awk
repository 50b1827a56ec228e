# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# From the flattened qpdf JSON: one line per link annotation,
# "PAGE TARGET X1 Y1 X2 Y2" (TARGET: /name or the URL), and one per
# named destination, "dest NAME PAGE".
function num(o) { sub(/ 0 R$/, "", o); return o }
{
	split($1, k, "|"); v = $2
	if (k[2] == "pages" && k[4] == "object") pobj[k[3]] = num(v)
	if (k[2] == "pages" && k[4] == "pageposfrom1") ppos[k[3]] = v
	if (k[2] != "qpdf" || k[5] != "value") next
	o = k[4]; sub(/^obj:/, "", o); o = num(o)
	if (k[6] == "/Annots") annot[num(v)] = o
	else if (k[6] == "/Dest") target[o] = v
	else if (k[6] == "/A" && k[7] == "/URI") { sub(/^u:/, "", v); target[o] = v }
	else if (k[6] == "/Rect") rect[o, k[7]] = v
	else if (k[6] ~ /^\/([ckp][0-9]|index)/ && k[7] == "0" && k[8] == "") dest[k[6]] = num(v)
}
END {
	for (i in pobj) page[pobj[i]] = ppos[i]
	for (a in annot)
		if (a in target)
			print page[annot[a]], target[a], rect[a, 0], rect[a, 1], rect[a, 2], rect[a, 3]
	for (n in dest) print "dest", n, page[dest[n]]
}

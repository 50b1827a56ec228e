#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# glossary.sh: the Russian terms of po/glossary-ru.md stay settled.  Every
# unit of content/po/ru.po and po/ru.po is checked against the rules of
# po/glossary-rules.tsv: a unit whose msgid matches a rule's English
# pattern must not have a msgstr that matches its forbidden Russian one.
# Each violation is one line, FILE:LINE: unit "MSGID…": «FOUND» — RULE,
# with the line of the unit's msgid.  A planted violation is found.
. "${abs_srcdir:-.}/tests/init.sh"
cd "$abs_srcdir"
rules=po/glossary-rules.tsv
tab=$(printf '\t')
soh=$(printf '\001')

# The units of PO file $1, one a line: LINE<TAB>MSGID<TAB>MSGSTR, with the
# continuation lines of each string joined, msgid_plural after the msgid
# and the plural msgstr[N] one after another; no header, no obsolete unit.
po_units() {
	awk '
	function flush() {
		if (field != "" && id != "") print line "\t" id "\t" str
		field = ""; id = ""; str = ""
	}
	function text(s) { sub(/^[^"]*"/, "", s); sub(/"[ \t]*$/, "", s); return s }
	/^#/ || /^[ \t]*$/ { if (field == "str") flush(); next }
	/^msgctxt / { flush(); field = "ctx"; next }
	/^msgid / { if (field == "str") flush(); field = "id"; line = NR; id = text($0); next }
	/^msgid_plural / { field = "id"; id = id " " text($0); next }
	/^msgstr/ { if (field == "str") str = str " "; field = "str"; str = str text($0); next }
	/^"/ { if (field == "id") id = id text($0); else if (field == "str") str = str text($0) }
	END { flush() }
	' "$1"
}

# glossary_check RULES PO...: prints every violation, sorted by file and
# line; returns 1 when there is one, 2 when a rule applies to no unit at all
# (a dead rule or a typo in its pattern).
glossary_check() {
	_rules=$1
	shift
	: >"$work/violations"
	: >"$work/applied"
	for _po; do
		po_units "$_po" >"$work/units"
		cut -f1 "$work/units" >"$work/lines"
		cut -f2 "$work/units" >"$work/ids"
		sed -E 's/^(.{40}).+$/\1…/' "$work/ids" >"$work/short"
		cut -f3 "$work/units" >"$work/strs"
		: >"$work/found"
		while IFS="$tab" read -r en ru ok why; do
			case $en in '#'* | '') continue ;; esac
			grep -n -i -E -e "$en" "$work/ids" | cut -d: -f1 >"$work/en" ||
				test $? -eq 1 || return 2
			test -s "$work/en" && printf '%s\n' "$en" >>"$work/applied"
			if test "$ok" = -; then
				cp "$work/strs" "$work/checked"
			else
				sed -E "s${soh}$ok${soh}${soh}g" "$work/strs" >"$work/checked"
			fi
			grep -n -o -E -e "$ru" "$work/checked" >"$work/ru" ||
				test $? -eq 1 || return 2
			awk -v why="$why" -v po="$_po" '
				FILENAME == ARGV[1] { want[$1] = 1; next }
				FILENAME == ARGV[2] { line[FNR] = $0; next }
				FILENAME == ARGV[3] { short[FNR] = $0; next }
				{ n = $0; sub(/:.*/, "", n); m = $0; sub(/^[0-9]+:/, "", m)
				  if ((n in want) && !((n, "done") in want)) {
					want[n, "done"] = 1
					print line[n] "\t" po ":" line[n] ": unit \"" short[n] "\": «" m "» — " why
				  } }
			' "$work/en" "$work/lines" "$work/short" "$work/ru" >>"$work/found"
		done <"$_rules"
		sort -s -n -k1,1 "$work/found" | cut -f2- >>"$work/violations"
	done
	cat "$work/violations"
	grep -v -E '^(#|$)' "$_rules" | cut -f1 | sort -u >"$work/rules-en"
	sort -u "$work/applied" | comm -23 "$work/rules-en" - >"$work/dead"
	if test -s "$work/dead"; then
		sed 's/^/glossary rule applies to no unit: /' "$work/dead"
		return 2
	fi
	test ! -s "$work/violations"
}

# Every rule has four fields.
awk -F"$tab" '!/^(#|$)/ && NF != 4 { print FILENAME ":" FNR ": " NF " fields, not 4"; bad = 1 }
    END { exit bad }' "$rules" || fail "malformed rules table"

# The catalogs keep the glossary.
glossary_check "$rules" content/po/ru.po po/ru.po >"$work/out" ||
	{ cat "$work/out" >&2; fail "the Russian catalogs break the glossary"; }

# A planted violation in each kind of rule, in wrapped msgstr lines: a
# forbidden word («партнёр» for "peer"), and a word outside its allowed
# form (a bare «challenge»).  Each is reported at the line of its msgid.
msgid_line() {
	l=$(grep -n -F -e "$1" "$work/ru.po" | cut -d: -f1)
	test -n "$l" || fail "fixture: '$1' not planted"
	awk -v n="$l" 'NR <= n && /^msgid / { l = NR } NR == n { print l; exit }' "$work/ru.po"
}
cp content/po/ru.po "$work/ru.po"
sed -i -e 's/^"Внутри диалога проверяйте `Allow` встречной стороны, прежде чем отправлять "$/"Внутри диалога проверяйте `Allow` партнёра, прежде чем отправлять "/' \
    -e 's/^"401 — запрос аутентификации (challenge) от UAS или регистратора. В ответе "$/"401 — challenge от UAS или регистратора. В ответе "/' "$work/ru.po"
l1=$(msgid_line '"Внутри диалога проверяйте `Allow` партнёра,')
l2=$(msgid_line '"401 — challenge от UAS или регистратора.')
test -n "$l1" && test -n "$l2" || fail "fixture: violations not planted"
set +e
glossary_check "$rules" "$work/ru.po" >"$work/out"
rc=$?
set -e
test $rc -eq 1 || fail "planted violations: exit $rc"
cat >"$work/want" <<EOT
$work/ru.po:$l2: unit "401 is the authentication challenge of a…": «challenge» — challenge: «запрос аутентификации (challenge)» при первом упоминании, дальше по-русски; латиницу не склоняют
$work/ru.po:$l1: unit "Inside a dialog, check the peer's \`Allow…": «партнёра» — peer: «встречная сторона» или «соседний узел», не «партнёр»
EOT
test "$l2" -lt "$l1" || fail "fixture: the 401 unit no longer comes first"
diff -u "$work/want" "$work/out" || fail "planted violations: wrong diagnostics"

# A rule that applies to no unit (a typo in its English pattern) fails too.
cp "$rules" "$work/rules"
printf 'zzzz-no-such-word\tпартн[её]р\t-\tpeer: a typo\n' >>"$work/rules"
set +e
glossary_check "$work/rules" content/po/ru.po po/ru.po >"$work/out"
rc=$?
set -e
test $rc -eq 2 || fail "dead rule: exit $rc"
echo 'glossary rule applies to no unit: zzzz-no-such-word' | diff -u - "$work/out" ||
	fail "dead rule: wrong diagnostics"

n=$(grep -c -v -E '^(#|$)' "$rules")
echo "$n glossary rules hold in content/po/ru.po and po/ru.po"

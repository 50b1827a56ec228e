#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# completion.sh: the bash completion.  An interactive bash with
# bash-completion loads it from a completions folder on first use
# (complete -p sipdoc), and it completes commands, options, the codes of
# the content for show and compare, the languages for --lang (items of a
# list too), the formats for --format and folders for folder options.
. "${abs_srcdir:-.}/tests/init.sh"
skip_unless bash
bc=/usr/share/bash-completion/bash_completion
test -r "$bc" || { echo "SKIP: bash-completion is not installed"; exit 77; }

comp="$abs_builddir/data/bash-completion/sipdoc"
mkdir -p "$work/share/bash-completion/completions"
cp "$comp" "$work/share/bash-completion/completions/sipdoc"

# Loaded on demand, as bash-completion loads what it finds in its folders.
XDG_DATA_DIRS="$work/share" bash --norc --noprofile -i -c \
    ". '$bc'; __load_completion sipdoc; complete -p sipdoc" \
    >"$work/complete" 2>/dev/null || fail "bash -i: $(cat "$work/complete")"
echo "complete -F _sipdoc sipdoc" | diff -u - "$work/complete"

# Calls the completion function on a command line given as the words bash
# would split it into (COMP_WORDBREAKS splits "--lang=x" into three).
cat >"$work/run.bash" <<EOF
. '$bc'
. '$comp'
complete_words() {
	COMP_WORDS=("\$@")
	COMP_CWORD=\$((\$# - 1))
	local w prev=
	COMP_LINE=
	for w in "\$@"; do
		if [[ \$w == = || \$prev == = || -z \$COMP_LINE ]]; then
			COMP_LINE+=\$w
		else
			COMP_LINE+=" \$w"
		fi
		prev=\$w
	done
	COMP_POINT=\${#COMP_LINE}
	COMPREPLY=()
	_sipdoc sipdoc "\${COMP_WORDS[COMP_CWORD]}" "\${COMP_WORDS[COMP_CWORD - 1]}"
	printf '%s\n' "\${COMPREPLY[@]}" | sort | tr '\n' ' '
	echo
}
EOF
c() {
	bash --norc --noprofile -c ". '$work/run.bash'; complete_words \"\$@\"" \
	    bash "$@"
}
# check WANT WORD...: the completion of the words is WANT.
check() {
	_want=$1
	shift
	_got=$(c "$@")
	test "$_got" = "$_want " || fail "sipdoc ${*#sipdoc}: got '$_got', want '$_want'"
}

cd "$work"
C="$abs_srcdir/content"
check "build check compare extract init serve show status" sipdoc ""
check "serve show status" sipdoc s
check "build" sipdoc --quiet b
check "--lang=" sipdoc --la
check "--port=" sipdoc --po
check "480 481 482 483 484 485 486 487 488 489" sipdoc -C "$C" show 48
check "600 603 604 606 607 608" sipdoc --content "$C" compare 486 6
check "600 603 604 606 607 608" sipdoc --content = "$C" compare 486 6
check "en ru" sipdoc -C "$C" --lang ""
check "en,ru" sipdoc -C "$C" --lang = en,
check "html" sipdoc build --format h
check "html,json html,man html,pdf" sipdoc build --format html,
check "json text" sipdoc status --format ""
check "" sipdoc -p ""
# The folder rule: ./content is the one read here.
mkdir -p content/po
printf 'code\treason\n299\tTest\n' >content/registry.tsv
touch content/po/de.po
check "299" sipdoc show ""
check "de en" sipdoc --lang ""
# Folders for folder options.
mkdir -p outdir other
check "outdir" sipdoc -o out
echo "completion loaded by bash -i and checked"

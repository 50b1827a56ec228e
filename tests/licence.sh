#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# licence.sh: sipdoc is GPL-3.0-or-later, and says so everywhere a
# distribution looks: COPYING holds the licence text, every source file
# starts with its SPDX line and the copyright line (after #! in scripts,
# as a comment the template language drops in HTML templates), --version
# prints the copyright, and the README names the licence.
. "${abs_srcdir:-.}/tests/init.sh"
cd "$abs_srcdir"

test -f COPYING || fail "no COPYING"
grep -q '^                       Version 3, 29 June 2007$' COPYING ||
	fail "COPYING is not the GPL version 3"
if test -f /usr/share/common-licenses/GPL-3; then
	cmp -s COPYING /usr/share/common-licenses/GPL-3 ||
		fail "COPYING differs from /usr/share/common-licenses/GPL-3"
fi

spdx='SPDX-License-Identifier: GPL-3.0-or-later'
copy='Copyright (C) 2026 The sipdoc authors'

# The comment that opens and closes a line of file $1.
comment_of() {
	case $1 in
	*.c | *.h | *.css | *.js) echo '/* | */' ;;
	*.mjs) echo '// |' ;;
	*.html) echo '{{! | }}' ;;
	*.svg) echo '<!-- | -->' ;;
	*) echo '# |' ;;
	esac
}

# Every source file: the C and headers, the templates, the scripts of the
# tests and of CI, the build files, the completion.  Files added to these
# folders are found without a change here (what the compiler leaves in an
# in-tree build is not a source).
{
	for d in src templates data; do
		test -d "$d" && find "$d" -name .deps -prune -o -type f \
		    ! -name '*.o' ! -name .dirstamp -print
	done
	find tests -maxdepth 1 -type f \( -name '*.sh' -o -name '*.c' \)
	find tests/bench -type f -name '*.c'
	find tests/web -maxdepth 1 -type f -name '*.mjs'
	for f in .ci/run Makefile.am configure.ac po/Makevars po/POTFILES.in; do
		test -f "$f" && echo "$f"
	done
} | sort >"$work/files"

n=0
while read -r f; do
	c=$(comment_of "$f")
	open=${c%%|*}
	close=${c#*|}
	first=1
	head -n 1 "$f" | grep -q '^#!' && first=2
	line=$(sed -n "${first}p" "$f")
	test "$line" = "$open$spdx$close" ||
		fail "$f: line $first is '$line', not '$open$spdx$close'"
	line=$(sed -n "$((first + 1))p" "$f")
	test "$line" = "$open$copy$close" ||
		fail "$f: line $((first + 1)) is '$line', not '$open$copy$close'"
	n=$((n + 1))
done <"$work/files"
test "$n" -gt 100 || fail "only $n source files found"

# The header comments of HTML templates reach no page.
if grep -rl 'SPDX' "$abs_srcdir/tests/golden/html" >/dev/null 2>&1; then
	fail "a template's licence comment reached a golden page"
fi

"$SIPDOC" --version >"$work/version"
sed -n 2p "$work/version" | grep -qx "$copy" ||
	fail "--version has no copyright line: $(cat "$work/version")"
grep -q 'GPL-3.0-or-later' README.md || fail "the README does not name the licence"
echo "$n source files carry their SPDX and copyright lines"

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# fonts.sh: nested inline fonts come back in order where a reader sees
# them: in the man page as groff typesets it (-Tascii -P-c keeps bold and
# italic as overstrikes), in the PDF handbook as its text runs and fonts
# (pdftohtml -xml), and in the terminal's `sipdoc show`.
. "${abs_srcdir:-.}/tests/init.sh"
skip_unless groff
skip_unless perl
skip_unless pdftohtml
copy_content
sed -i 's|^The response may carry `Retry-After` to suggest a better time to call.$|Emphasis *with `Contact` inside* stays italic after the code, **bold *both* bold** again.|' \
	"$work/content/codes/486.md"
grep -q '^Emphasis \*with' "$work/content/codes/486.md" || fail "fixture not applied"
(cd "$work" && "$SIPDOC" --content=content --templates="$abs_srcdir/templates" \
	--fontdir="$abs_builddir/font" --quiet --format=man,pdf --output=out build)

# Overstrikes as tags: _\bX italic, X\bX bold, _\bX\bX both.
fonts() {
	perl -pe 's/_\x08(.)\x08\1/<bi>$1<\/bi>/g; s/_\x08(.)/<i>$1<\/i>/g;
	    s/(.)\x08\1/<b>$1<\/b>/g; s/<\/(bi|i|b)><\1>//g; s/  +/ /g'
}
groff -k -man -Tascii -P-c -rLL=200n "$work/out/man/man7/sip-486.7" 2>/dev/null |
	fonts | grep 'Emphasis' >"$work/man" || fail "man: paragraph not found"
echo ' Emphasis <i>with</i> <b>Contact</b> <i>inside</i> stays italic after the code, <b>bold</b> <bi>both</bi> <b>bold</b> again.' |
	diff -u - "$work/man" || fail "man: fonts not restored"

# The handbook: the text runs of the paragraph, with their font families.
pdftohtml -xml -i -stdout "$work/out/pdf/sip-codes.en.pdf" >"$work/xml" 2>/dev/null
mono=$(sed -n 's/.*fontspec id="\([0-9]*\)".*family="NimbusMonoPS".*/\1/p' "$work/xml" | tr '\n' ' ')
test -n "$mono" || fail "pdf: no monospace font"
awk -v mono=" $mono" '
	/>Emphasis / { on = 1 }
	on && /<text / {
		f = $0; sub(/.* font="/, "", f); sub(/".*/, "", f)
		t = $0; sub(/^<text [^>]*>/, "", t); sub(/<\/text>$/, "", t)
		printf "%s%s\n", (index(mono, " " f " ") ? "mono: " : ""), t
		if (t ~ /again\.$/) exit
	}' "$work/xml" >"$work/pdf"
cat >"$work/want" <<'EOT'
Emphasis <i>with</i>
mono: Contact
<i>inside </i>stays italic after the code, <b>bold <i>both </i></b><b>bold </b>again.
EOT
diff -u "$work/want" "$work/pdf" || fail "pdf: fonts not restored"
echo "nested fonts restored in the man page and the handbook"

#!/bin/sh
# rebuild.sh: a rebuild with nothing changed writes no file; a build that
# fails on bad input leaves the previous output exactly as it was.
. "${abs_srcdir:-.}/tests/init.sh"
copy_content

run() {
	"$SIPDOC" --content="$work/content" --templates="$abs_srcdir/templates" \
	    --fontdir="$abs_builddir/font" --output="$work/out" "$@" build
}
run 2>"$work/first"
grep -q '^sipdoc: [0-9][0-9]* files written, 0 unchanged$' "$work/first" ||
	fail "first build: $(cat "$work/first")"
find "$work/out" -type f -exec cksum {} + | sort >"$work/sum1"
run 2>"$work/second"
total=$(wc -l <"$work/sum1")
echo "sipdoc: 0 files written, $total unchanged" | diff -u - "$work/second"

pdf_before=$(cksum <"$work/out/pdf/sip-codes.en.pdf")
# One changed entry rewrites only the pages that show it.
sed -i 's/^summary: "The called endpoint was reached/summary: "The called device was reached/' \
	"$work/content/codes/486.md"
run 2>"$work/third"
grep -q '^sipdoc: [0-9]* files written' "$work/third" || fail "third build"
written=$(sed 's/^sipdoc: \([0-9]*\) files.*/\1/' "$work/third")
test "$written" -gt 0 && test "$written" -lt "$total" ||
	fail "changing one entry rewrote $written of $total files"
test "$(cksum <"$work/out/pdf/sip-codes.en.pdf")" != "$pdf_before" ||
	fail "the handbook kept its old text"
find "$work/out" -type f -exec cksum {} + | sort >"$work/sum1"

# Bad input: non-zero exit, diagnostics, and nothing touched.
sed -i 's/^reason: Busy Here$/reason: Busy/' "$work/content/codes/486.md"
set +e
run 2>"$work/bad"; rc=$?
set -e
test $rc -eq 1 || fail "bad build exit $rc"
grep -q "error: reason phrase 'Busy' is not the registered 'Busy Here'" \
	"$work/bad" || fail "no diagnostic: $(cat "$work/bad")"
find "$work/out" -type f -exec cksum {} + | sort >"$work/sum2"
diff -u "$work/sum1" "$work/sum2" || fail "a failed build changed the output"
if find "$work/out" -name '*.tmp*' | grep -q .; then
	fail "temporary files left behind"
fi

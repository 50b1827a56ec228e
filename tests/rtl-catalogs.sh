# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# tests/rtl-catalogs.sh: sourced by the right-to-left tests after init.sh.
# Adds Hebrew to a copy of the tree with catalogs only, made here: a UI
# catalog whose "text direction" says rtl and a content catalog with a few
# units of 486, then stages the UI catalogs as `make` does.  Defines
# run_rtl, sipdoc on that copy.
MAKE=${MAKE:-make}
copy_content
cp -R "$abs_srcdir/po" "$work/po"
chmod -R u+w "$work/po"
echo he >>"$work/po/LINGUAS"
cat >"$work/po/he.po" <<'PO'
msgid ""
msgstr ""
"Project-Id-Version: sipdoc tests\n"
"PO-Revision-Date: 2026-12-01 00:00+0000\n"
"Last-Translator: sipdoc tests\n"
"Language-Team: Hebrew\n"
"Language: he\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"

msgctxt "text direction"
msgid "ltr"
msgstr "rtl"

msgctxt "language name"
msgid "English"
msgstr "עברית"

msgid "SIP response codes"
msgstr "קודי התגובה של SIP"

msgid "Description"
msgstr "תיאור"

msgid "When you see it"
msgstr "מתי זה מופיע"

msgid "How to fix"
msgstr "איך לתקן"

msgid "Search codes"
msgstr "חיפוש קודים"

msgid "Part of this page is not translated yet and is shown in English: %s."
msgstr "חלק מהעמוד הזה עדיין לא תורגם ומוצג באנגלית: %s."

# The code and its reason phrase are isolated (U+2068 ... U+2069), so
# that they keep their order in a right-to-left sentence.
msgid ""
"%1$d %2$s is a client failure response (4xx): this server will not fulfil "
"the request as it was sent, though a changed request or another server may "
"succeed."
msgstr ""
"⁨%1$d %2$s⁩ היא תגובת כשל לקוח (4xx): השרת הזה לא ימלא את הבקשה "
"כפי שנשלחה, אך בקשה שונה או שרת אחר עשויים להצליח."
PO
cat >"$work/content/po/he.po" <<'PO'
msgid ""
msgstr ""
"Project-Id-Version: sipdoc tests\n"
"PO-Revision-Date: 2026-12-01 00:00+0000\n"
"Last-Translator: sipdoc tests\n"
"Language-Team: Hebrew\n"
"Language: he\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"

msgid "The called endpoint was reached, but it cannot take another call right now."
msgstr "נקודת הקצה שאליה התקשרו הושגה, אך היא אינה יכולה לקבל עכשיו שיחה נוספת."

msgid ""
"A 486 says the request reached the callee's device, which cannot or will not "
"take another call now. It comes from the UAS, a PBX speaking for an "
"extension, or a PSTN gateway mapping an ISDN \"user busy\" cause."
msgstr ""
"תגובה 486 אומרת שהבקשה הגיעה למכשיר של הנמען, שאינו יכול או אינו רוצה לקבל "
"עכשיו שיחה נוספת. היא נשלחת מה-UAS, ממרכזייה בשם שלוחה, או משער PSTN "
"שמתרגם סיבת ISDN של \"user busy\"."

msgid "The response may carry `Retry-After` to suggest a better time to call."
msgstr "התגובה יכולה לשאת `Retry-After` כדי להציע זמן טוב יותר להתקשר."
PO
$MAKE -s -C "$abs_builddir" stage-locale PO_DIR="$work/po" \
	LOCALE_DIR="$work/locale" || fail "stage-locale"
export SIPDOC_LOCALEDIR="$work/locale"
run_rtl() {
	"$SIPDOC" --content="$work/content" --templates="$abs_srcdir/templates" \
	    --fontdir="$abs_builddir/font" "$@"
}

#!/bin/sh
# SPDX-License-Identifier: ISC
# The proof view (P): the article's source lines with their numbers under
# the clean text, the cursor line highlighted in both; flag jumping (} and
# {) across the issue, back (u) from a jump; line numbers (#) beside the
# text alone; a note on a selection that survives a restart; the editor.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"

# The rows of the screen that hold TEXT, with their attributes.
tui_rows_with() {
	tmx capture-pane -p -e -t t | grep -F -- "$1"
}
esc=$(printf '\033')

tui_start 132 43
tui_wait "Article 1, page 1"
tui_keys : 2024-04-03 Enter
tui_wait "全县二十万亩早稻育秧全面铺开"
tui_keys R P
tui_wait_status "Proof view"
tui_wait "Source lines 8-47 of "
tui_wait "     9 全县二十万亩早稻育秧全面铺开"	# the source, numbered
tui_wait "    11 本报讯·（记者 周启明 温雅） 4·月"	# · a dropped space
grep -E -q '全县二十万亩早稻育秧全面铺开 +9 │ ' "$TMP/screen" ||
	fail "no line number beside the clean text"
# The top line is the cursor, reversed in the source too.
tui_rows_with "    8 春耕备耕进行时" | grep -q "${esc}\[7m" ||
	fail "the cursor's source line is not highlighted"

# The next flags of the issue, on page 3: a section head read as a story
# of its own, with no byline; then the fake-bold advertisement.
tui_keys '}'
tui_wait_status "Flag 1 of "
tui_wait_status "line 44: no-byline"
tui_keys '}'
tui_wait_status "Flag 2 of "
tui_wait_status ": doubled: glyphs doubled by fake bold (松川农商银行)"
tui_wait "Article 4, page 3"
tui_wait "Source lines 90-91 of "
tui_wait "    90!松松川川农农商商银银行行"	# ! marks a flagged line
tui_rows_with "   90!" | grep -q "${esc}\[7m" || fail "flagged source line not the cursor"
tui_rows_with "松川农商银行 " | grep -q "${esc}\[7m" || fail "clean cursor line not highlighted"
# A count goes that many flags on; { goes back one.
tui_keys 2 '}'
tui_wait_status "Flag 4 of "
tui_keys '{'
tui_wait_status "Flag 3 of "
tui_wait_status "手机银行指尖上的便利"
# Back returns to where the jumps started (flags in one article are one
# step).
tui_keys u
tui_wait "Article 1, page 1 (news)"

# Line numbers without the proof view.
tui_keys P
tui_wait_status "Proof view off"
tui_wait_gone "Source lines"
tui_keys '#'
tui_wait_status "Line numbers on"
grep -E -q '全县二十万亩早稻育秧全面铺开 +9 *$' "$TMP/screen" || {
	tui_screen > "$TMP/screen"
	grep -E -q '全县二十万亩早稻育秧全面铺开 +9 *$' "$TMP/screen" ||
		fail "no line numbers in the body"
}
tui_keys '#'
tui_wait_status "Line numbers off"
tui_keys q
tui_wait_exit 5

# Notes: a selection (v, moving, a) and a note typed in the status line,
# saved beside the page of a copy of the archive, still there after a
# restart, and printed by --check.
mkdir "$TMP/arch"
cp -R "$SAMPLE/songchuan-daily" "$TMP/arch/"
page="$TMP/arch/songchuan-daily/2024-04-03/01.txt"
cat > "$TMP/editor" <<'EOS'
#!/bin/sh
# A scripted editor: says where it was sent and changes one word.
echo "$1" > "$(dirname "$0")/edline"
sed -i 's/春耕备耕进行时/春耕备耕正当时/' "$2"
EOS
chmod +x "$TMP/editor"
TUI_ENV="export EDITOR='$TMP/editor'; unset VISUAL"
tui_start 132 43 "$TMP/arch"
tui_wait "Article 1, page 1"
tui_keys : 2024-04-03 Enter
tui_wait "全县二十万亩早稻育秧全面铺开"
tui_keys R P j j j
tui_wait "    11 本报讯·（记者 周启明 温雅） 4·月"	# · a dropped space
tui_keys v
tui_wait_status "Selection from line 11"
tui_keys j j
tui_keys a
tui_wait_status "Note on lines 11-"
tui_keys "check the names" Enter
tui_wait_status "Note saved in $page.notes"
grep -q "^11:1-1[1-9]:[0-9]*	check the names\$" "$page.notes" ||
	{ cat "$page.notes"; fail "the note is not in $page.notes"; }
cmp -s "$page" "$SAMPLE/songchuan-daily/2024-04-03/01.txt" || fail "the page was changed"

# The editor opens at the cursor line; the page is read again and the
# article reopened where it was.
tui_keys E
tui_wait_status "Page read again after editing"
tui_wait "春耕备耕正当时"
# The cursor is the paragraph's first line, which starts on line 11.
[ "$(cat "$TMP/edline")" = "+11" ] || fail "the editor was sent to $(cat "$TMP/edline"), not +11"
tui_wait "    11*本报讯·（记者 周启明 温雅） 4·月"	# * : a note
tui_rows_with "   11*本报讯" | grep -q "${esc}\[7m" || fail "the place was not kept"
tui_wait "4月2日上午"
tui_keys q
tui_wait_exit 5

# After a restart the note is shown on its lines, and --check lists it.
TUI_ENV=
tui_start 132 43 "$TMP/arch"
tui_wait "Article 1, page 1"
tui_keys : 2024-04-03 Enter
tui_wait "全县二十万亩早稻育秧全面铺开"
tui_keys R P g j j j
tui_wait "    11*本报讯·（记者 周启明 温雅） 4·月"
tui_wait ": check the names"
grep -q "Note, lines 11-1[1-9]: check the names" "$TMP/screen" || fail "the note is not under the source"
tui_keys q
tui_wait_exit 5
"$KANBAO" --check "$page" > "$TMP/check.out"
grep -q "^$page:11:1: note: check the names\$" "$TMP/check.out" ||
	{ cat "$TMP/check.out"; fail "--check does not list the note"; }
exit 0

#!/bin/sh
# SPDX-License-Identifier: ISC
# The proofreader's desk: the proof view's source lines beside the clean
# text from 100 columns and under it below that, with at least half the
# screen; what cleaning dropped marked in them; long lines scrolled
# sideways; a flag near an article's end on the cursor, reversed and in
# view.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"

esc=$(printf '\033')
# The rows of the screen that hold TEXT, with their attributes.
tui_rows_with() {
	tmx capture-pane -p -e -t t | grep -F -- "$1"
}

# Stacked at 80x24: the source has at least half the screen.
tui_start 80 24
tui_wait "Article 1, page 1"
tui_keys : 2024-04-03 Enter
tui_wait "全县二十万亩早稻育秧全面铺开"
tui_keys R P
tui_wait_status "Proof view: source lines below"
tui_wait "Source lines 8-47 of "
src=$(grep -n "^ Source lines 8-47" "$TMP/screen" | cut -d: -f1)
[ $((24 - src + 1)) -ge 12 ] || fail "the source has $((24 - src + 1)) of 24 rows"
# The lists make room: no "Articles" title.
grep -q "Articles:" "$TMP/screen" && fail "the lists are shown in the stacked proof view"
tui_wait "     9 全县二十万亩早稻育秧全面铺开"
# The space cleaning dropped between 讯 and （ shows as a middle dot.
tui_wait "    11 本报讯·（记者 周启明 温雅） 4·月"
tui_rows_with "本报讯" | grep -q "${esc}\[4m" || fail "dropped space not underlined"

# Doubled fake-bold glyphs: the second of each pair is marked (flag 1 is
# a section head read as a story without a byline).
tui_keys '}'
tui_wait_status "Flag 1 of "
tui_keys '}'
tui_wait_status "Flag 2 of "
tui_wait "    90!松松川川农农商商银银行行"
tui_rows_with "   90!" | grep -q "${esc}\[4m" || fail "doubled glyphs not marked"

# Flag 6 is on line 94, the last of a three-line article: the body cannot
# put it on the top line, so the cursor is that line, reversed in the
# source, and line 92 (the top line) is not.
tui_keys 4 '}'
tui_wait_status "Flag 6 of "
tui_wait_status "line 94"
tui_wait "    94!惠农贷款·线上申请·最快当日放款"
tui_rows_with "   94!" | grep -q "${esc}\[0;7m\|${esc}\[7m" ||
	fail "the flagged line 94 is not the cursor"
tui_rows_with "   92!" | grep -q "${esc}\[0;7m\|${esc}\[7m" &&
	fail "line 92 is reversed, not the flag's line"
tui_rows_with "惠农贷款线上申请最快当日放款" | grep -q "${esc}\[7m" ||
	fail "the clean text's flag line is not reversed"
tui_keys q
tui_wait_exit 5
rm -rf "$XDG_DATA_HOME/kanbao"	# each run starts at the first article

# Beside each other at 132x43.
tui_start 132 43
tui_wait "Article 1, page 1"
tui_keys : 2024-04-03 Enter
tui_wait "全县二十万亩早稻育秧全面铺开"
tui_keys R P
tui_wait_status "Proof view: source lines beside"
tui_wait "Source lines 8-47 of "
grep -E -q '全县二十万亩早稻育秧全面铺开 +9 │ +9 全县二十万亩早稻育秧全面铺开' "$TMP/screen" ||
	fail "the clean text and its source are not side by side"
tui_keys q
tui_wait_exit 5
rm -rf "$XDG_DATA_HOME/kanbao"

# Sideways at 40 columns: the line goes on ('>'), then scrolls.
tui_start 40 24
tui_wait "Article 1, page 1"
tui_keys : 2024-04-03 Enter
tui_wait "全县二十万亩早稻育秧全面铺开"
tui_keys R P
tui_wait "Source lines 8-47"
tui_wait "    10 ——县农业农村局组织百名农技员下沉>"
tui_keys '>'
tui_wait "Source lines 8-47 from column 17"
grep -E -q '^ +10 [^—县]+农技员下沉田头$' "$TMP/screen" ||
	fail "line 10 did not scroll sideways"
tui_keys '<'
tui_wait_gone "from column"
tui_wait "    10 ——县农业"
tui_keys P
tui_wait_status "Proof view off"
tui_keys '>'
tui_wait_status "scroll-right moves the pr... (K: all)"
tui_keys q
tui_wait_exit 5
echo ok

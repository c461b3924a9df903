#!/bin/sh
# SPDX-License-Identifier: ISC
# tui_i18n.sh: LANG=zh_CN.UTF-8 gives a Simplified Chinese reader and
# LANG=zh_TW.UTF-8 a Traditional one (titles, the status line, the help
# screen), and the help screen's columns hold with double-width text: in
# every row of the keys list the action starts at the same cell, and what
# it does at the same cell, counted in terminal cells.  Skipped (77) only
# where the locales cannot exist (setup.sh generates them).
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"
[ -n "$PYTHON3" ] || { echo "SKIP: python3 not found"; exit 77; }
have=$(locale -a 2>/dev/null)
for l in zh_CN zh_TW; do
	echo "$have" | grep -qix "$l.utf8" ||
	    { echo "SKIP: the locale $l.UTF-8 is not generated (setup.sh test does)"; exit 77; }
done

# help_columns: the keys list's rows on the screen have their action at
# cell 24 and what it does at one cell for all (the header's words too).
help_columns() {
	tui_screen | "$PYTHON3" -c '
import re, sys, unicodedata
def at_cells(line):
    """The line as a list of (cell, char)."""
    out, c = [], 0
    for ch in line:
        out.append((c, ch))
        c += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return out
def starts(cs, cell):
    """Whether a word starts at cell, after a blank."""
    d = dict(cs)
    return d.get(cell, " ") != " " and d.get(cell - 1) == " "
rows, what = 0, None
for line in sys.stdin.read().split("\n")[1:]:
    cs = at_cells(line)
    rest = "".join(ch for c, ch in cs if c >= 24)
    if not re.match(r"([a-z]+(-[a-z]+)*|操作) ", rest):
        continue
    if what is None:
        what = next(c for c, ch in cs if c > 24 and ch != " " and
                    dict(cs).get(c - 1) == " " and c - 1 > 24 and
                    all(dict(cs).get(k, " ") == " " for k in range(c - 2, c)))
    if not starts(cs, 24) or not starts(cs, what):
        sys.exit("FAIL: the columns are not at cells 24 and %d: %s" % (what, line))
    rows += 1
if rows < 8:
    sys.exit("FAIL: only %d rows of the keys list found" % rows)
'
}

for lang in zh_CN zh_TW; do
	TUI_ENV="export LC_ALL=$lang.UTF-8"
	tui_start 100 30 "$SAMPLE/songchuan-daily"
	if [ $lang = zh_CN ]; then
		title="文章：松川日报" status="第 1/11 篇" help="帮助：按键与操作（q 关闭）"
		head="按键" line="到本期下一处标出的可疑文字"
	else
		title="文章：松川日报" status="第 1/11 篇" help="幫助：按鍵與操作（q 關閉）"
		head="按鍵" line="到本期下一處標出的可疑文字"
	fi
	tui_wait "$title"
	tui_wait_status "$status"
	tui_keys '?'
	tui_wait "$help"
	grep -q "^ $head  *操作  *功能" "$TMP/screen" || { cat "$TMP/screen"; fail "$lang: the help's header"; }
	help_columns || { cat "$TMP/screen"; fail "$lang: the help's columns do not hold"; }
	# The whole list, a page at a time: every row holds.
	n=0
	until grep -q "$line" "$TMP/screen"; do
		tui_keys Space
		n=$((n + 1))
		[ $n -le 5 ] || fail "$lang: '$line' never shown"
		tui_wait "$help"
		help_columns || { cat "$TMP/screen"; fail "$lang: the help's columns do not hold"; }
	done
	tui_keys q
	tui_wait_gone "$help"
	tui_keys q
	tui_wait_exit 3
done

# And --help on the command line, in both.
LC_ALL=zh_CN.UTF-8 "$KANBAO" --help | grep -q '^用法：kanbao \[选项\]' || fail "zh_CN: --help is not in Chinese"
LC_ALL=zh_TW.UTF-8 "$KANBAO" --help | grep -q '^用法：kanbao \[選項\]' || fail "zh_TW: --help is not in Traditional Chinese"
LC_ALL=zh_TW.UTF-8 "$KANBAO" --list /no/such/path 2>&1 | grep -q '沒有這個檔案' ||
    fail "zh_TW: the command line's errors are not translated"
exit 0

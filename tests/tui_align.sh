#!/bin/sh
# SPDX-License-Identifier: ISC
# CJK text is aligned in every pane: the column between the lists is at the
# same cell on every row, the length column of the articles list ends at the
# same cell, and no row is wider than the screen -- measured in cells with
# East Asian widths, for ambiguous-width narrow and wide.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"

check_aligned() {	# $1: narrow or wide
	tui_start 132 43
	tui_wait "Issues"
	tui_keys : 2024-04-03 Enter
	tui_wait "Articles: 松川日报 2024-04-03"
	tui_keys R j	# focus the body and scroll: a redraw in place
	tui_wait "article 1/"
	tui_screen > "$TMP/screen"
	tui_cells "$1" < "$TMP/screen" > "$TMP/cells"
	# Rows 1-16 are the lists: one separator each, all at the same cell.
	sed -n '1,16p' "$TMP/cells" | sort -u > "$TMP/seps"
	[ "$(wc -l < "$TMP/seps")" -eq 1 ] && ! grep -q -- - "$TMP/seps" ||
		{ cat "$TMP/screen"; cat "$TMP/cells"; fail "$1: separator not in one column"; }
	"$PYTHON3" - "$1" "$TMP/screen" <<-'EOP' || fail "$1: cells off"
	import re, sys, unicodedata
	wide = sys.argv[1] == "wide"
	def w(c):
	    e = unicodedata.east_asian_width(c)
	    return 2 if e in "WF" or (wide and e == "A" and c != "\u2502") else 1
	def cells(s):
	    return sum(w(c) for c in s.rstrip())
	rows = open(sys.argv[2], encoding="utf-8").read().split("\n")
	title = [i for i, r in enumerate(rows) if r.startswith(" Article ")][0]
	body = rows[title + 1:-2]
	# The body is laid out for the same widths: no line wider than 130 + margin,
	# and one with an ambiguous character on it.
	for r in body:
	    if cells(r) > 131:
	        print("body line too wide (%d): %s" % (cells(r), r)); sys.exit(1)
	if not any(unicodedata.east_asian_width(c) == "A" for r in body for c in r):
	    print("no ambiguous character in the body"); sys.exit(1)
	if wide:
	    sys.exit(0)	# tmux draws them narrow: the lists cannot be measured wide
	ends = set()
	for r in rows[:title]:
	    if cells(r) > 132:
	        print("too wide (%d): %s" % (cells(r), r)); sys.exit(1)
	    # an article row: "│ N  title ... 123"; its length ends at one cell
	    if "\u2502" in r and re.match(r"^ [NBPA!C][ <>=] ", r.split("\u2502", 1)[1]):
	        ends.add(cells(r))
	if len(ends) != 1:
	    print("length column ends at", sorted(ends)); sys.exit(1)
	EOP
	tmx kill-session -t t
}

check_aligned narrow
echo "ambiguous-width = wide" > "$XDG_CONFIG_HOME/kanbao/config"
check_aligned wide
# auto asks the terminal; tmux draws ambiguous characters narrow.
echo "ambiguous-width = auto" > "$XDG_CONFIG_HOME/kanbao/config"
check_aligned narrow
exit 0

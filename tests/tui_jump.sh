#!/bin/sh
# SPDX-License-Identifier: ISC
# Following a jump line （下转二版） opens its continuation on page 2, and
# back returns to the article and place it was followed from.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"

tui_start 132 43
tui_wait "Article 1, page 1"
tui_keys : 2024-04-03 Enter
tui_wait "Articles: 松川日报 2024-04-03"
tui_wait "全县二十万亩早稻育秧全面铺开"
tui_keys R G			# the body, at its end: the jump line
tui_wait "（下转二版）"
tui_keys f
tui_wait_status "Followed to page 2"
tui_wait "Article 1, page 2 综合新闻 (jump-continuation)"
tui_wait "（上接一版）"
tui_keys u
tui_wait "Article 1, page 1 (news)"
tui_wait "（下转二版）"		# back at the place it was followed from

# An article with no jump line says so.  (Right: arrow keys are decoded.)
tui_keys Right
tui_wait "Article 2, page 1"
tui_keys f
tui_wait_status "No jump line to follow"
tui_keys q
exit 0

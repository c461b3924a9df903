#!/bin/sh
# SPDX-License-Identifier: ISC
# The reader shows issues, articles and the body at 132x43; at 80x24 and
# 40x12 the lists share one pane above the body; below 40x10 one pane and a
# message.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"

# 132x43: all three panes at once.
tui_start 132 43
tui_wait "Issues"
for s in "The Harborton Ledger" "松川日报" "竹峰週報" "2024-09-18" "2024-04-03" \
    "Articles: The Harborton Ledger 2024-09-18" "Page 01" "Article 1, page 1" \
    "article 1/"; do
	grep -F -q -- "$s" "$TMP/screen" || { cat "$TMP/screen"; fail "132x43: no '$s'"; }
done
# Newest issue first within a publication.
awk '/^ [* ] 2024-09-18/{a=NR} /^ [* ] 2024-09-04/{b=NR} END{exit !(a && b && a < b)}' \
    "$TMP/screen" || fail "issues are not newest first"
tmx kill-session -t t

# 80x24: the articles list above the body; Tab moves to the body, then the
# issues list takes the top.
tui_start 80 24
tui_wait "Articles: The Harborton Ledger"
grep -F -q "Article 1, page 1" "$TMP/screen" || fail "80x24: no body"
grep -F -q " Issues" "$TMP/screen" && fail "80x24: issues shown beside articles"
tui_keys Tab
tui_wait " Issues"
tui_wait "Article 1, page 1"
tmx kill-session -t t

# 40x12: still lists above the body.
tui_start 40 12
tui_wait "Articles: "
tui_wait "Article 1, page 1"
tmx kill-session -t t

# 30x8: one pane, and the status line says why.
tui_start 30 8
tui_wait "Small terminal"
tui_keys Tab
tui_wait "Issues"
exit 0

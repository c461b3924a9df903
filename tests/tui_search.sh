#!/bin/sh
# Searching: / searches the open article as the query is typed and
# highlights every hit (capture-pane -e shows reverse video); Enter keeps
# it, n and N move between hits with "hit i of n" in the status line; Esc
# puts the body back where it was; \ searches backward.  S searches the
# archive and lists the hits newest first; Enter opens one at the hit.
# In its prompt Tab cycles the scope (publication, issue, dates), C-t
# toggles literal mode; the archive search goes through the search cache.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"

ESC=$(printf '\033')
# tui_hit TEXT: TEXT is drawn in reverse video somewhere on the screen.
tui_hit() {
	tmx capture-pane -e -p -t t > "$TMP/screen-e"
	grep -E -q "$ESC\[([0-9;]*;)?7m($ESC\[[349][0-9]m)*$1" "$TMP/screen-e"
}

tui_start 100 20 "$SAMPLE/songchuan-daily/2024-04-03"
tui_wait "Article 1, page 1"
tui_wait_status "Top"
tui_screen | sed '$d' > "$TMP/before"

# As typed: the prompt counts the hits; Enter keeps the search.
tui_keys /
tmx send-keys -t t -l '育'
tui_wait_status "/育"
tmx send-keys -t t -l '秧'
tui_wait_status "/育秧   hit 1 of "
tui_hit '育秧' || fail "the hits are not highlighted"
tui_keys Enter
tui_wait_status "hit 1 of "
tui_keys n
tui_wait_status "hit 2 of "
tui_keys n
tui_wait_status "hit 3 of "
tui_keys N
tui_wait_status "hit 2 of "
tui_hit '育秧' || fail "the kept search is not highlighted"
# Back before the first hit wraps to the last.
tui_keys N N
tui_wait_status "(wrapped to the bottom)"

# Full-width and split phrases: 20.3 万亩 is printed "20.3" / "万亩".
tui_keys /
tmx send-keys -t t -l '２０．３ 万亩'
tui_wait_status "hit 1 of 1"
tui_keys Enter
tui_hit '20\.3万亩' || fail "the folded hit is not highlighted"

# Esc: the body goes back to where it was, no highlight.
tui_keys g
tui_wait_status "Top"
tui_keys /
tmx send-keys -t t -l '农资直供点'
tui_wait_status "hit 1 of 1"
tui_status | grep -q "Top" && fail "the body did not move to the hit"
tui_keys Escape
tui_wait_gone "农资直供点"
tui_wait_status "Top"
tui_screen | sed '$d' > "$TMP/after"
cmp -s "$TMP/before" "$TMP/after" || {
	diff "$TMP/before" "$TMP/after" >&2
	fail "Esc did not restore the body"
}

# An empty query searches for the last one again; backward from the top
# wraps to the last hit.
tui_keys /
tui_wait_gone "article 1/"
tui_keys Enter
tui_wait_status "hit 1 of "
tui_keys g '\'
tmx send-keys -t t -l '育秧'
tui_wait_status "?育秧   hit "
tui_status | grep -E -q 'hit ([0-9]+) of \1' || fail "backward: not the last hit"
tui_keys Escape
tui_wait_gone "?育秧"		# Esc and a key at once would read as Alt-key
tui_keys q
tui_wait_exit 2

# The archive: hits listed newest first, the hit in reverse video; Enter
# opens the article at the hit with the query as its search; q closes.
# Queries are kept per user: the last one comes back in a new session.
hist="$XDG_DATA_HOME/kanbao/search-history"
grep -qx '育秧' "$hist" || fail "search history not saved"
grep -q '农资直供点' "$hist" && fail "a cancelled search was saved"
tmx kill-session -t t
tui_start 100 30
tui_wait "Article 1, page 1"
# Positions are each archive's: this one (the whole sample) opens its own
# first article; the article of the issue read above is a date jump away.
tui_keys : 2024-04-03 Enter
tui_wait "全县二十万亩早稻育秧全面铺开"
tui_keys /
tui_wait_gone "article 1/"
tui_keys Enter
tui_wait_status 'hit 1 of 1'	# ２０．３ 万亩, in that article
tui_keys S
tui_wait_status "Search the archive:"
tmx send-keys -t t -l '记者'
tui_keys Enter
tui_wait "(Enter opens, q closes)"
tui_hit '记者' || fail "archive search: the hits are not highlighted"
grep -o ' 20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]  p\.' "$TMP/screen" | cut -c2-11 > "$TMP/dates"
[ -s "$TMP/dates" ] || fail "archive search: no dated hits listed"
sort -r "$TMP/dates" | cmp -s - "$TMP/dates" || fail "archive search: not newest first"
head -n 1 "$TMP/dates" | grep -q 2024-06-14 || fail "archive search: newest is not first"
tui_keys j j Enter
tui_wait_gone "(Enter opens, q closes)"
tui_wait_status "2024-06-14"
tui_wait_status "hit 1 of "
tui_hit '记者' || fail "the opened article does not show the hit"
tui_keys S
tui_wait_status "Search the archive:"
tui_keys Enter			# the last query again
tui_wait "(Enter opens, q closes)"
tui_keys q
tui_wait_gone "(Enter opens, q closes)"
tui_keys q
tui_wait_exit 2
[ -n "$(ls "$XDG_CACHE_HOME"/kanbao/search-*.cache 2>/dev/null)" ] ||
	fail "the archive search made no search cache"

# Scope: the reader comes back at songchuan-daily 2024-06-14.
# listed_dates: the dates of the hits listed on the screen, one a line.
listed_dates() {
	grep -o ' 20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]  p\.' "$TMP/screen" | cut -c2-11 | sort -u
}
tui_start 100 30
tui_wait_status "2024-06-14"
tui_keys S
tui_wait_status "Search the archive:"
tui_keys Tab
tui_wait_status "Search this publication:"
tmx send-keys -t t -l '工作'
tui_keys Enter
tui_wait "工作  8 hits"		# of 12 in the archive
listed_dates > "$TMP/dates"
printf '2024-04-03\n2024-05-08\n2024-06-14\n' | cmp -s - "$TMP/dates" ||
	fail "publication scope: $(tr '\n' ' ' < "$TMP/dates")"
tui_keys q
tui_wait_gone "(Enter opens, q closes)"
tui_keys S
tui_wait_status "Search this publication:"	# the scope is kept
tui_keys Tab
tui_wait_status "Search this issue:"
tui_keys Enter			# the last query again
tui_wait "工作  3 hits"
[ "$(listed_dates)" = 2024-06-14 ] || fail "issue scope: $(listed_dates)"
tui_keys q
tui_wait_gone "(Enter opens, q closes)"
tui_keys S
tui_wait_status "Search this issue:"
tui_keys Tab
tui_wait_status "Search a range of dates:"
tui_keys Enter
tui_wait_status "Dates (FROM..TO"
tmx send-keys -t t -l '2024-04..2024-05'
tui_keys Enter
tui_wait "工作  5 hits"
listed_dates > "$TMP/dates"
printf '2024-04-03\n2024-05-08\n' | cmp -s - "$TMP/dates" ||
	fail "date range: $(tr '\n' ' ' < "$TMP/dates")"
tui_keys q
tui_wait_gone "(Enter opens, q closes)"

# Literal mode: C-t in the prompt, shown there; case then matters.
tui_keys S
tui_wait_status "Search a range of dates:"
tui_keys Tab
tui_wait_status "Search the archive:"
tui_keys C-t
tui_wait_status "[literal]"
tmx send-keys -t t -l 'harborton city'
tui_keys Enter
tui_wait "No hits."
tui_keys q
tui_wait_gone "No hits."
tui_keys S
tui_wait_status "[literal]"
tmx send-keys -t t -l 'Harborton City'
tui_keys Enter
tui_wait "(Enter opens, q closes)"
grep -q "No hits" "$TMP/screen" && fail "literal: the exact case is not found"
tui_keys q
tui_wait_gone "(Enter opens, q closes)"
tui_keys S
tui_wait_status "[literal]"
tui_keys C-t
tui_wait_gone "[literal]"
tmx send-keys -t t -l 'harborton city'
tui_keys Enter
tui_wait "Search: harborton city  "
grep -q "No hits" "$TMP/screen" && fail "folded again: nothing found"
tui_keys q
tui_wait_gone "(Enter opens, q closes)"
# In the article's prompt too.
tui_keys /
tui_wait_gone "article 1/"
tui_keys C-t
tui_wait_status "[literal]"
tui_keys C-t
tui_wait_gone "[literal]"
tui_keys Escape
tui_wait_status "2024-06-14"
tui_keys q
tui_wait_exit 2
exit 0

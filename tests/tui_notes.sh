#!/bin/sh
# Notes in the reader: two notes on the same lines are both shown under the
# source; one is edited, the other deleted; the notes are written
# as JSON Lines and as plain text, with page, lines and the quoted text.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"

mkdir "$TMP/arch"
cp -R "$SAMPLE/songchuan-daily" "$TMP/arch/"
chmod -R u+w "$TMP/arch"
page="$TMP/arch/songchuan-daily/2024-04-03/01.txt"
cd "$TMP" || fail "cd"

tui_start 100 40 "$TMP/arch"
tui_wait "Article 1, page 1"
tui_keys : 2024-04-03 Enter
tui_wait "全县二十万亩早稻育秧全面铺开"
tui_keys R P j	# the cursor on line 9
tui_wait_status "article 1/"
tui_keys a
tui_wait_status "Note on lines 9-9"
tui_keys "first note" Enter
tui_wait_status "Note saved in"
tui_keys a
tui_wait_status "Note on lines 9-9"
tui_keys "second note" Enter
tui_wait_status "Note saved in"
tui_wait "Note 1/2, lines 9-9: first note"
tui_wait "Note 2/2, lines 9-9: second note"
grep -c "	.* note$" "$page.notes" | grep -q 2 || fail "two notes not saved"

# Edit: which one (2), then the text is there to change.
tui_keys e
tui_wait_status "Edit which note, 1-2"
tui_keys 2 Enter
tui_wait_status "Note on lines 9-9: second note"
tui_keys BSpace BSpace BSpace BSpace thought Enter
tui_wait_status "Note changed"
tui_wait "Note 2/2, lines 9-9: second thought"
grep -q "	second thought$" "$page.notes" || fail "the edit is not saved"

# Delete: which one (1), a key other than y keeps it, y deletes it.
tui_keys X
tui_wait_status "Delete which note, 1-2"
tui_keys 1 Enter
tui_wait_status "Delete the note on lines 9-9?"
tui_keys n
tui_wait_status "Note kept"
tui_keys X 1 Enter
tui_wait_status "Delete the note on lines 9-9?"
tui_keys y
tui_wait_status "Note deleted"
tui_wait "Note, lines 9-9: second thought"
tui_wait_gone "first note"
grep -q "first note" "$page.notes" && fail "the deleted note is still saved"

# Export: JSON Lines (the suggested name), then plain text.
tui_keys W
tui_wait_status "notes-songchuan-daily-2024-04-03.jsonl"
tui_keys Enter
tui_wait_status "1 note of 松川日报 2024-04-03 written to notes-songchuan-daily-2024-04-03.jsonl"
grep -q '^{"page":"songchuan-daily/2024-04-03/01.txt","first_line":9,"first_col":1,"last_line":9,"last_col":[0-9]*,"quote":"全县二十万亩早稻育秧全面铺开","note":"second thought"}$' \
	notes-songchuan-daily-2024-04-03.jsonl ||
	{ cat notes-songchuan-daily-2024-04-03.jsonl; fail "the JSON Lines export"; }
tui_keys W
tui_keys BSpace BSpace BSpace BSpace BSpace txt Enter
tui_wait_status "written to notes-songchuan-daily-2024-04-03.txt"
printf 'songchuan-daily/2024-04-03/01.txt, line 9\n  > 全县二十万亩早稻育秧全面铺开\n  second thought\n\n' > expected.txt
cmp -s expected.txt notes-songchuan-daily-2024-04-03.txt ||
	{ cat notes-songchuan-daily-2024-04-03.txt; fail "the plain text export"; }
tui_keys q
tui_wait_exit 5
echo ok

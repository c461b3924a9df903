#!/bin/sh
# Kiosk mode stays inside its archive: links that lead out of it (a
# publication, an issue, a page, a publication.conf) are not followed -- a
# problem names each, and nothing of what they point to is shown -- while a
# link from one place in the archive to another still works.  Without
# kiosk mode the same links are followed (so the test means something).
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"
. "$top_srcdir/tests/kiosk_lib.sh"

OUT="$TMP/outside"
mkdir -p "$OUT/secret-gazette/2024-01-01"
printf 'SECRET GAZETTE\n\nSECRETTEXT from outside the archive.\n' \
	> "$OUT/secret-gazette/2024-01-01/01.txt"
printf 'name = SECRETNAME\n' > "$OUT/publication.conf"
ln -s "$OUT/secret-gazette" "$ARCHIVE/secret-gazette"
ln -s "$OUT/secret-gazette/2024-01-01" "$ARCHIVE/harborton-ledger/2030-01-01"
ln -s "$OUT/secret-gazette/2024-01-01/01.txt" "$ARCHIVE/harborton-ledger/2024-09-18/03.txt"
ln -s ../../../outside/secret-gazette/2024-01-01/01.txt "$ARCHIVE/zhufeng-weekly/2024-03-22/09.txt"
rm "$ARCHIVE/songchuan-daily/publication.conf"
ln -s "$OUT/publication.conf" "$ARCHIVE/songchuan-daily/publication.conf"
ln -s 2024-03-15 "$ARCHIVE/zhufeng-weekly/2024-03-29"

# Without kiosk mode every link is followed.
: > "$SYSCONF"
"$KANBAO" --list "$ARCHIVE" > "$TMP/out/list" 2>&1 || fail "--list failed"
grep -q SECRETNAME "$TMP/out/list" || fail "the test's links are not followed outside kiosk mode"
grep -q "secret-gazette/2024-01-01" "$TMP/out/list" || fail "no secret-gazette outside kiosk mode"

sysconf "kiosk = yes" "kiosk-archive = $ARCHIVE" "kiosk-idle = 0"
tui_start 120 40
tui_wait "Articles:"
# The link inside the archive: its issue is listed.
tui_wait "2024-03-29"
# The Harborton Ledger 2024-09-18 has its two pages, not the linked third.
tui_wait "Page 02"
tui_wait "4 problems"
# The issue with a linked page, read: its first page is there, not the link.
tui_keys I G k Enter
tui_wait "Articles: 竹峰週報 2024-03-22"
tui_wait "5 problems"
if tui_screen | grep -E -q "SECRET|secret-gazette|2030-01-01|Page 03"; then
	tui_screen >&2
	fail "something outside the archive is shown"
fi
tui_keys D
tui_wait "Problems found while loading"
for link in secret-gazette harborton-ledger/2030-01-01 \
    harborton-ledger/2024-09-18/03.txt zhufeng-weekly/2024-03-22/09.txt \
    songchuan-daily/publication.conf; do
	tui_screen | grep -F "$link" | grep -q "leads outside the archive; not followed" ||
		{ tui_screen >&2; fail "no problem for $link"; }
done
# Patrons are shown no internal paths: files by their path in the archive.
if tui_screen | grep -F -q "$ARCHIVE"; then
	tui_screen >&2
	fail "the problems list shows the archive's location"
fi
tui_keys q
tui_wait_gone "Problems found while loading"
# The proof view's source lines, without their file's name.
tui_keys R P
tui_wait "Source lines"
if tui_screen | grep -E -q "$ARCHIVE|Source lines [0-9-]+ of"; then
	tui_screen >&2
	fail "the proof view names its file in kiosk mode"
fi
tui_keys P
tui_wait_gone "Source lines"
still_alone
kill -TERM "$(cat "$TMP/pid")"
gone_clean 5
exit 0

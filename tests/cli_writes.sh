#!/bin/sh
# SPDX-License-Identifier: ISC
# cli_writes.sh: writes are checked.  Every printing option into /dev/full
# says so and exits 2 (GNU's close_stdout); --export-bookmarks to a
# symbolic link, a FIFO or a device writes through it and never replaces
# it; a finished export to a regular file is whole.
. "$top_srcdir/tests/lib.sh"
make_tmpdir
HOME="$TMP/home"
XDG_DATA_HOME="$TMP/data"
export HOME XDG_DATA_HOME
ID=songchuan-daily/2024-04-03/01/1

# --- /dev/full -----------------------------------------------------------
if [ -c /dev/full ]; then
	full() {
		"$KANBAO" -a "$SAMPLE" "$@" >/dev/full 2>"$TMP/err"
		rc=$?
		[ $rc -eq 2 ] || { cat "$TMP/err"; fail "kanbao $* >/dev/full exited $rc, not 2"; }
		grep -q "^kanbao: write error" "$TMP/err" ||
		    { cat "$TMP/err"; fail "kanbao $* >/dev/full: no message"; }
	}
	full --dump "$ID"
	full --dump --raw "$ID"
	full --list
	full --list songchuan-daily/2024-04-03
	full --export jsonl "$ID"
	full --search 育秧 --no-cache
	full --search 育秧
	full --check songchuan-daily/2024-04-03/03
	full --help
	full --version
	full --export-bookmarks -
else
	echo "no /dev/full: its part skipped"
fi

# --- --export-bookmarks through special files -----------------------------
# One bookmark, by import, so there is something to export.
printf 'kanbao-bookmarks 1\n1-00000001\t2024-03-01T08:00:00.000Z\t2024-03-01T08:00:00.000Z\tlive\ta\t%s\t0:0\tT\tS\t\t%s\n' \
    "$ID" "$SAMPLE" >"$TMP/in"
"$KANBAO" --import-bookmarks "$TMP/in" >/dev/null 2>"$TMP/err" ||
    { cat "$TMP/err"; fail "--import-bookmarks"; }

# A symbolic link: the file it names gets the bookmarks, the link stays.
"$KANBAO" --export-bookmarks "$TMP/direct" || fail "--export-bookmarks to a file"
grep -q "$ID" "$TMP/direct" || fail "the export lacks the bookmark"
: >"$TMP/target"
ln -s target "$TMP/link"
"$KANBAO" --export-bookmarks "$TMP/link" || fail "--export-bookmarks to a link"
[ -L "$TMP/link" ] || fail "the symbolic link was replaced"
cmp -s "$TMP/direct" "$TMP/target" || fail "the link's target was not written"
# A dangling link creates what it names.
ln -s made "$TMP/dangling"
"$KANBAO" --export-bookmarks "$TMP/dangling" || fail "--export-bookmarks to a dangling link"
[ -L "$TMP/dangling" ] && cmp -s "$TMP/direct" "$TMP/made" ||
    fail "a dangling link was replaced, or its target not made"

# A FIFO: written to, read from the other end, still a FIFO.
if mkfifo "$TMP/fifo" 2>/dev/null; then
	cat "$TMP/fifo" >"$TMP/from-fifo" &
	reader=$!
	"$KANBAO" --export-bookmarks "$TMP/fifo" || fail "--export-bookmarks to a FIFO"
	wait $reader
	[ -p "$TMP/fifo" ] || fail "the FIFO was replaced"
	cmp -s "$TMP/direct" "$TMP/from-fifo" || fail "the FIFO's reader did not get the bookmarks"
fi

# A device: /dev/null stays a device; /dev/full fails with a message.
"$KANBAO" --export-bookmarks /dev/null || fail "--export-bookmarks to /dev/null"
[ -c /dev/null ] || fail "/dev/null is no longer a device"
if [ -c /dev/full ]; then
	"$KANBAO" --export-bookmarks /dev/full 2>"$TMP/err"
	rc=$?
	[ $rc -eq 1 ] || fail "--export-bookmarks /dev/full exited $rc, not 1"
	grep -q "cannot export the bookmarks: cannot write /dev/full" "$TMP/err" ||
	    { cat "$TMP/err"; fail "--export-bookmarks /dev/full: no message"; }
	[ -c /dev/full ] || fail "/dev/full was replaced"
fi
# Nothing was left beside the special files.
ls "$TMP" | grep -q 'XXXXXX\|\.tmp' && { ls "$TMP"; fail "temporary files left"; }
exit 0

#!/bin/sh
# SPDX-License-Identifier: ISC
# Quitting when the bookmarks cannot be written (a full disk: the
# temporary file is a link to /dev/full, whose writes fail with ENOSPC):
# the reader says so while the screen is up and offers a retry; giving up
# exits with status 1 and says what was not saved.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"

[ -w /dev/full ] || { echo "SKIP: no /dev/full"; exit 77; }
D="$XDG_DATA_HOME/kanbao"
BM="$D/bookmarks"

# full: the next save of the bookmarks hits a full disk (a failed save
# removes the temporary name, so each call fails one save).
full() {
	mkdir -p "$D"
	ln -sf /dev/full "$BM.tmp"
}

# The reader runs under a wrapper that keeps its exit status.
printf '#!/bin/sh\n"%s" "$@"\necho $? > "%s/status"\n' "$KANBAO" "$TMP" > "$TMP/wrap"
chmod +x "$TMP/wrap"
KANBAO=$TMP/wrap
exit_status() {
	cat "$TMP/status"
}

tui_start 160 30
tui_wait "Article 1, page 1"
tui_keys m Enter
tui_wait_status "Bookmark"
full
tui_keys n
tui_wait "Article 2, page 1"
tui_keys m Enter
tui_wait_status "not saved"
full
tui_keys q
tui_wait_status "Cannot save the bookmarks (r: try again, q: quit without saving): cannot write"
tui_pid_alive || fail "the reader quit with the bookmarks unsaved"
full
tui_keys r
# The retry ran (and failed: its temporary name is gone) and asks again.
n=0
while [ -L "$BM.tmp" ]; do
	n=$((n + 1))
	[ $n -le 200 ] || fail "no retry"
	sleep 0.05
done
tui_wait_status "Cannot save the bookmarks (r: try again"
tui_pid_alive || fail "the reader quit after a failed retry"
# The disk has room again: the retry saves and the reader exits 0.
tui_keys r
tui_wait_exit 3
st=$(exit_status)
[ "$st" = 0 ] || { cat "$TMP/stderr"; fail "exit status $st after a good retry"; }
[ "$(grep -c '^[^#]' "$BM")" -ge 2 ] || { cat "$BM"; fail "bookmarks lost"; }

# Giving up: status 1, and the message names what was lost.
tui_start 160 30
tui_wait "Article 2, page 1"
tui_keys n
tui_wait "Article 3, page 1"
full
tui_keys m Enter
tui_wait_status "not saved"
full
tui_keys q
tui_wait_status "Cannot save the bookmarks"
tui_keys q
tui_wait_exit 3
st=$(exit_status)
[ "$st" = 1 ] || fail "exit status $st with bookmarks unsaved"
grep -q "bookmarks not saved" "$TMP/stderr" || { cat "$TMP/stderr"; fail "no message"; }
exit 0

#!/bin/sh
# SPDX-License-Identifier: ISC
# bookmark_crash.sh: a process killed at any instant while saving bookmarks
# leaves a file that parses and holds every bookmark it reported saved.
#
# First at each step of the save in turn (KANBAO_TEST_CRASH_AT=N makes the
# saver _exit at its Nth step: after locking, after reading, mid-write, after
# fsync, after rename, ...), then with SIGKILL after varied delays.
. "$top_srcdir/tests/lib.sh"
HELPER="$top_builddir/tests/bookmark_crash_helper"
[ -x "$HELPER" ] || { echo "SKIP: $HELPER not built"; exit 77; }
make_tmpdir
F="$TMP/data/bookmarks"
LOG="$TMP/log"
: >"$LOG"

verify() {
	"$HELPER" verify "$F" "$LOG" >"$TMP/verify" 2>&1 ||
	    { cat "$TMP/verify" >&2; fail "$1"; }
}

# Each save has 9 steps; 20 bookmarks make 26 saves, so every N below
# crashes somewhere, at every kind of step, on a file that keeps growing.
n=1
while [ $n -le 120 ]; do
	KANBAO_TEST_CRASH_AT=$n "$HELPER" churn "$F" 20 "c$n" >>"$LOG" 2>"$TMP/err"
	status=$?
	[ $status = 99 ] || { cat "$TMP/err" >&2; fail "crash point $n: exit $status, want 99"; }
	verify "after a crash at step $n"
	n=$((n + 1))
done

# SIGKILL at varied moments (0 to 47 ms into a run of saves).
i=1
while [ $i -le 40 ]; do
	"$HELPER" churn "$F" 1000000 "k$i" >>"$LOG" 2>/dev/null &
	pid=$!
	sleep "0.0$(( (i * 7) % 48 / 10 ))$(( (i * 7) % 10 ))"
	kill -9 $pid 2>/dev/null
	wait $pid 2>/dev/null
	verify "after SIGKILL $i"
	i=$((i + 1))
done

grep -c '^+' "$LOG" >"$TMP/count"
[ "$(cat "$TMP/count")" -gt 100 ] || fail "too few bookmarks committed: $(cat "$TMP/count")"
exit 0

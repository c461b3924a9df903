#!/bin/sh
# SPDX-License-Identifier: ISC
# build_cache_interrupt.sh: Ctrl-C (SIGINT), SIGTERM or SIGHUP while
# --build-cache runs leaves no partial cache file behind: the build stops
# at the next issue, removes its temporary file, and the process dies of
# the signal (so the shell sees it).  Then a build runs to the end.
. "$top_srcdir/tests/lib.sh"
make_tmpdir

# Many issues of a few hundred kilobytes: a build long enough to be
# stopped in the middle, whatever the machine.
A="$TMP/archive"
mkdir -p "$A/daily"
para=$(printf '县里召开会议，部署今年的防汛工作。%.0s' $(seq 40))
for h in $(seq 60); do
	printf '第%d条消息\n\n%s\n\n' "$h" "$para"
done >"$TMP/page"
for m in 01 02; do
	for d in $(seq -w 1 28); do
		mkdir -p "$A/daily/2024-$m-$d"
		cp "$TMP/page" "$A/daily/2024-$m-$d/01.txt"
	done
done
D="$XDG_CACHE_HOME/kanbao"

# A shell starts background commands with SIGINT ignored (and kanbao
# leaves an ignored signal ignored): env --default-signal undoes that.
DEFSIG=
env --default-signal=INT true 2>/dev/null && DEFSIG="env --default-signal=INT"
SIGS="TERM:15 HUP:1"
[ -n "$DEFSIG" ] && SIGS="INT:2 $SIGS"
for sig in $SIGS; do
	num=${sig#*:}
	sig=${sig%:*}
	rm -rf "$D"
	$DEFSIG "$KANBAO" --build-cache "$A" >"$TMP/out" 2>"$TMP/err" &
	pid=$!
	# Wait for the temporary file (the build has begun), then signal.
	n=0
	while [ -z "$(ls "$D" 2>/dev/null)" ] && kill -0 $pid 2>/dev/null; do
		n=$((n + 1))
		[ $n -lt 2000 ] || fail "the build never began"
		sleep 0.01
	done
	kill -$sig $pid
	wait $pid
	rc=$?
	expect=$((128 + num))
	[ $rc -eq $expect ] || { cat "$TMP/err"; fail "SIG$sig: exit $rc, not $expect (did the build end first?)"; }
	grep -q "interrupted: no search cache written" "$TMP/err" ||
	    { cat "$TMP/err"; fail "SIG$sig: no message"; }
	left=$(ls -A "$D" 2>/dev/null)
	[ -z "$left" ] || fail "SIG$sig left files in the cache directory: $left"
	[ ! -s "$TMP/out" ] || fail "SIG$sig: a cache path was printed"
done

# Uninterrupted, the cache is built and named (on a few issues: quick).
rm -rf "$A/daily/2024-02-"* "$A/daily/2024-01-1"* "$A/daily/2024-01-2"* "$D"
"$KANBAO" --build-cache "$A" >"$TMP/out" 2>"$TMP/err" || { cat "$TMP/err"; fail "--build-cache"; }
[ -f "$(cat "$TMP/out")" ] || fail "the cache file is not where it was said to be"
[ "$(ls -A "$D" | wc -l)" -eq 1 ] || { ls -A "$D"; fail "more than the cache in its directory"; }
exit 0

#!/bin/sh
# SPDX-License-Identifier: ISC
# bookmark_cli.sh: --bookmarks, --export-bookmarks and --import-bookmarks on
# a bookmarks file written by hand, as a person may edit it.
. "$top_srcdir/tests/lib.sh"
make_tmpdir

A="$TMP/archive"
mkdir -p "$A/daily/2024-03-01"
printf 'Other news of the day\n\nSomething else happened in town today.\n' >"$A/daily/2024-03-01/01.txt"
printf 'School fair raises funds\n\nThe school fair raised four thousand dollars.\n' >"$A/daily/2024-03-01/03.txt"
# The title as the segmenter sees it: the tests hold whatever it makes of it.
TITLE=$("$KANBAO" --list --archive "$A" daily/2024-03-01/03/1 | cut -f3)
[ -n "$TITLE" ] || fail "cannot list the test archive"

HOME="$TMP/home"
XDG_DATA_HOME="$TMP/data"
export HOME XDG_DATA_HOME
F="$XDG_DATA_HOME/kanbao/bookmarks"
T1=2024-03-01T08:00:00.000Z
T2=2024-03-02T08:00:00.000Z

run() {
	"$KANBAO" "$@" >"$TMP/out" 2>"$TMP/err"
	status=$?
}
expect_out() {
	grep -qF -- "$1" "$TMP/out" || { cat "$TMP/out" "$TMP/err" >&2; fail "stdout lacks: $1"; }
}
expect_err() {
	grep -qF -- "$1" "$TMP/err" || { cat "$TMP/err" >&2; fail "stderr lacks: $1"; }
}
tab=$(printf '\t')

# No bookmarks yet: nothing listed, nothing written.
run --bookmarks
[ "$status" = 0 ] && [ ! -s "$TMP/out" ] || fail "--bookmarks without a file"
[ ! -e "$XDG_DATA_HOME/kanbao" ] || fail "listing created files"

# A file as a person would write it: tab-separated, one bookmark a line.
mkdir -p "$XDG_DATA_HOME/kanbao"
{
	echo "kanbao-bookmarks 1"
	echo "# written by hand"
	printf '1-00000001\t%s\t%s\tlive\ta\tdaily/2024-03-01/03/1\t0:0\t%s\tSchool fair\tread\\tlater\t%s\n' $T1 $T1 "$TITLE" "$A"
	printf '1-00000002\t%s\t%s\tlive\t\tdaily/2024-03-01/02/1\t0:0\t%s\tSchool fair\t\t%s\n' $T1 $T1 "$TITLE" "$A"
	printf '1-00000003\t%s\t%s\tlive\t\tdaily/2024-03-01/02/9\t1:0\tA story that is no more\tno more\t\t%s\n' $T1 $T1 "$A"
	printf '1-00000004\t%s\t%s\tdeleted\t\tdaily/2024-03-01/01/1\t0:0\t\t\t\t\n' $T1 $T2
} >"$F"
run --bookmarks
[ "$status" = 0 ] || { cat "$TMP/err" >&2; fail "--bookmarks: exit $status"; }
[ "$(wc -l <"$TMP/out")" = 3 ] || fail "tombstone listed, or bookmarks missing"
expect_out "daily/2024-03-01/03/1${tab}ok${tab}a${tab}$TITLE${tab}School fair${tab}read\\tlater"
expect_out "daily/2024-03-01/02/1${tab}moved to daily/2024-03-01/03/1${tab}${tab}$TITLE"
expect_out "daily/2024-03-01/02/9${tab}gone${tab}"
# --archive overrides the archive the bookmark was made in.
mkdir -p "$TMP/elsewhere/daily/2024-03-01"
cp "$A/daily/2024-03-01/01.txt" "$TMP/elsewhere/daily/2024-03-01/"
run --bookmarks --archive "$TMP/elsewhere"
expect_out "daily/2024-03-01/03/1${tab}gone${tab}a"

# Export: every record, tombstones too, to a file or to stdout.
run --export-bookmarks "$TMP/export"
[ "$status" = 0 ] || { cat "$TMP/err" >&2; fail "--export-bookmarks: exit $status"; }
[ "$(head -n 1 "$TMP/export")" = "kanbao-bookmarks 1" ] || fail "export header"
[ "$(grep -c '^1-0000000' "$TMP/export")" = 4 ] || fail "export lacks records"
run --export-bookmarks -
cmp -s "$TMP/out" "$TMP/export" || fail "export to - differs from export to a file"

# Import on "another machine": a merge, idempotent.
XDG_DATA_HOME="$TMP/other"
run --import-bookmarks "$TMP/export"
[ "$status" = 0 ] || { cat "$TMP/err" >&2; fail "--import-bookmarks: exit $status"; }
expect_out "4 new, 0 updated, 0 already known"
run --bookmarks
[ "$(wc -l <"$TMP/out")" = 3 ] || fail "imported bookmarks not listed"
run --import-bookmarks "$TMP/export"
expect_out "0 new, 0 updated, 4 already known"
# A deletion made on the first machine travels as a tombstone.
sed "s/^1-00000003\t$T1\t$T1\tlive/1-00000003\t$T1\t$T2\tdeleted/" "$TMP/export" >"$TMP/export2"
run --import-bookmarks "$TMP/export2"
expect_out "0 new, 1 updated, 3 already known"
run --bookmarks
[ "$(wc -l <"$TMP/out")" = 2 ] || fail "imported deletion not applied"
XDG_DATA_HOME="$TMP/data"

# A broken line: reported with file and line, the rest still loads.
echo "this line is broken" >>"$F"
run --bookmarks
[ "$status" = 1 ] || fail "broken file: exit $status, want 1"
expect_err "kanbao: $F:7: 1 tab-separated fields, want 11; bookmark skipped"
[ "$(wc -l <"$TMP/out")" = 3 ] || fail "good lines not listed beside a broken one"
# Saving over it (the import brings a deletion) keeps the broken file aside.
# The import succeeded: exit 0, the broken line still reported.
run --import-bookmarks "$TMP/export2"
[ "$status" = 0 ] || { cat "$TMP/err" >&2; fail "import into a broken file: exit $status, want 0"; }
expect_err "kanbao: $F:7: 1 tab-separated fields, want 11; bookmark skipped"
expect_err "kanbao: $F: warning: 1 broken line dropped; the file as it was is kept in $F.broken-"
ls "$F".broken-* >/dev/null 2>&1 || fail "broken file not kept aside"
grep -q "this line is broken" "$F".broken-* || fail "broken copy lacks the broken line"
grep -q "this line is broken" "$F" && fail "broken line still in the file"
run --bookmarks
[ "$status" = 0 ] || fail "file still broken after saving"

# Problems are messages and exit statuses.
run --import-bookmarks "$TMP/nowhere"
[ "$status" = 1 ] || fail "import of a missing file: exit $status"
expect_err "kanbao: cannot import the bookmarks: cannot read $TMP/nowhere"
run --bookmarks "$A"
[ "$status" = 2 ] || fail "--bookmarks with an operand: exit $status"
run --bookmarks --list
[ "$status" = 2 ] || fail "--bookmarks --list: exit $status"
XDG_DATA_HOME="$TMP/blocked"
echo "a file, not a directory" >"$XDG_DATA_HOME"
run --import-bookmarks "$TMP/export"
[ "$status" = 1 ] || fail "unwritable data directory: exit $status"
expect_err "kanbao: cannot save the bookmarks: cannot create $XDG_DATA_HOME"
unset XDG_DATA_HOME HOME
run --bookmarks
[ "$status" = 1 ] || fail "no HOME: exit $status"
expect_err "neither XDG_DATA_HOME nor HOME is set"
exit 0

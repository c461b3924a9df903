#!/bin/sh
# SPDX-License-Identifier: ISC
# hostile_cli.sh: text from files never reaches the terminal as control
# sequences, in any command-line output.  On the hostile archive
# (hostile_lib.sh) every output, stdout and stderr, is scanned byte by byte
# (hostile_scan.py); the placeholders must be there, and the JSON export
# must still parse.
. "$top_srcdir/tests/lib.sh"
[ -n "${PYTHON3:-}" ] || { echo "SKIP: python3 not found"; exit 77; }
make_tmpdir
export HOME="$TMP/home" XDG_DATA_HOME="$TMP/home/.local/share" \
	XDG_CONFIG_HOME="$TMP/home/.config"
. "$top_srcdir/tests/hostile_lib.sh"

n=0
run() {
	n=$((n + 1))
	"$KANBAO" -a "$A" "$@" >"$TMP/out.$n" 2>"$TMP/err.$n"
	echo "$*" >"$TMP/cmd.$n"
}
run --list
run --list evil
run --list evil/2024-01-02
run --list legacy/2024-01-02
run --list "$A/tricky${ESC}]0;pwned$(printf '\a')"
run --dump --width 30 evil/2024-01-02
run --dump --width 1 evil/2024-01-02/01/1
run --dump --raw evil/2024-01-02
run --dump --raw legacy/2024-01-02
run --dump legacy/2024-01-02
run --dump "$A/tricky${ESC}]0;pwned$(printf '\a')/2024-01-03"
run --export jsonl evil/2024-01-02
json=$n
run --export jsonl legacy/2024-01-02
run --search 育秧 evil
run --search gates evil
run --search caf legacy
run --search "pwned$ESC" evil
run --check evil/2024-01-02
run --check legacy/2024-01-02
run --bookmarks
run --dump "evil/2024-01-02/01/1$ESC]0;pwned"
run --dump "$A/no-such$ESC]0;pwned"

i=1
while [ $i -le $n ]; do
	"$PYTHON3" "$top_srcdir/tests/hostile_scan.py" "$TMP/out.$i" "$TMP/err.$i" ||
		fail "kanbao $(cat "$TMP/cmd.$i"): control characters in the output"
	i=$((i + 1))
done
# --export-bookmarks - writes the file format, in which ESC and the other
# controls are escaped (\x1B): no raw ESC into a pipe or on a terminal
# (script(1) gives it one), the escape itself kept.
"$KANBAO" -a "$A" --export-bookmarks - >"$TMP/bm.pipe" 2>&1
grep -q "$ESC" "$TMP/bm.pipe" && fail "--export-bookmarks - into a pipe: a raw ESC"
grep -qF '\x1B' "$TMP/bm.pipe" || fail "--export-bookmarks - into a pipe: the ESC lost"
if command -v script >/dev/null 2>&1; then
	script -q -e -c "'$KANBAO' -a '$A' --export-bookmarks -" /dev/null </dev/null |
	    tr -d '\r' >"$TMP/bm.tty"
	"$PYTHON3" "$top_srcdir/tests/hostile_scan.py" "$TMP/bm.tty" ||
		fail "--export-bookmarks - on a terminal: control characters"
	grep -qF '\x1B' "$TMP/bm.tty" || fail "--export-bookmarks - on a terminal: the ESC lost"
fi
# The placeholders are there: the hostile text was shown, not dropped.
grep -q '␛' "$TMP/out.6" || fail "--dump: no ␛ placeholder"
grep -q '␛' "$TMP/out.8" || fail "--dump --raw: no ␛ placeholder"
grep -q '␦' "$TMP/out.9" || fail "--dump --raw: no placeholder for a raw C1 byte"
"$PYTHON3" -c '
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert lines, "no articles"
texts = [json.dumps(json.loads(l), ensure_ascii=False) for l in lines]
assert any("\x1b]0;pwned" in t or "\\u001b]0;pwned" in t for t in texts), "escape lost"
' "$TMP/out.$json" || fail "--export jsonl: not valid JSON, or the text was lost"
exit 0

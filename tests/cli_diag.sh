#!/bin/sh
# SPDX-License-Identifier: ISC
# cli_diag.sh: every loading diagnostic names its file (and line, byte),
# the rest of the archive still loads, and exit statuses are as documented.
. "$top_srcdir/tests/lib.sh"
make_tmpdir

A="$TMP/archive"
I="$A/daily/2024-03-01"
mkdir -p "$I" "$A/weekly/2024-03-02"
printf '县里召开会议\n\n本报讯（记者 张三）今天上午，县里召开了全县工作会议。\n' > "$I/01.txt"
printf 'Bridge reopens\n\nThe bridge reopened on Monday.\n' > "$A/weekly/2024-03-02/01.txt"
ln -s /nonexistent/page "$I/02.txt"
head -c 4096 /dev/zero > "$I/03.txt"
# A long UTF-8 page with one stray byte on line 3.
{ printf '全县智能制造新城建设动员会暨生态工业发展大会召开\n\n'
  printf '本报讯 会议\377强调，要认真贯彻落实全省数字化改革大会精神。\n'; } > "$I/04.txt"
truncate -s 300M "$I/05.txt"
printf 'name = Daily\nthis line is wrong\n' > "$A/daily/publication.conf"

run() {
	"$KANBAO" "$@" >"$TMP/out" 2>"$TMP/err"
	status=$?
}
expect_err() {
	grep -qF -- "$1" "$TMP/err" || { cat "$TMP/err" >&2; fail "stderr lacks: $1"; }
}

run --list "$I"
[ "$status" = 1 ] || fail "--list with unreadable pages: exit $status, want 1"
expect_err "kanbao: $I/02.txt: cannot read: No such file or directory"
expect_err "kanbao: $I/03.txt: binary file, not a text page; not read"
expect_err "kanbao: $I/04.txt:3: warning: invalid UTF-8 sequence replaced by U+FFFD (byte "
expect_err "kanbao: $I/05.txt: too large for a page"
expect_err "kanbao: $A/daily/publication.conf:2: warning: expected 'key = value'"
grep -q '^daily/2024-03-01/01/1	' "$TMP/out" || fail "page 1 not listed despite bad neighbours"
grep -q '^daily/2024-03-01/04/1	' "$TMP/out" || fail "page 4 not listed"

# Warnings alone leave the exit status 0.
run --list "$I/04.txt"
[ "$status" = 0 ] || fail "warnings only: exit $status, want 0"

run --list "$A"
[ "$status" = 0 ] || fail "listing the archive: exit $status"
grep -q '^daily	publication	Daily$' "$TMP/out" || fail "publication name from publication.conf"
grep -q '^weekly/2024-03-02	issue' "$TMP/out" || fail "weekly issue listed"

run --list --encoding NO-SUCH-CHARSET "$I/01.txt"
[ "$status" = 1 ] || fail "unknown charset: exit $status"
expect_err "$I/01.txt: unknown charset 'NO-SUCH-CHARSET'"

run --list "$TMP/nowhere"
[ "$status" = 1 ] || fail "missing path: exit $status"
expect_err "$TMP/nowhere: no such file, and no such id"

run --dump --archive "$A" daily/2024-03-01/01/9
[ "$status" = 1 ] || fail "missing id: exit $status"

for bad in "--width 0 --dump x" "--raw --list" "--export xml x" "--dump" "--no-such-option"; do
	run $bad
	[ "$status" = 2 ] || fail "'$bad': exit $status, want 2"
	expect_err "Try 'kanbao --help'"
done

run --help
[ "$status" = 0 ] && grep -q '^Usage: kanbao' "$TMP/out" || fail "--help"
run --version
[ "$status" = 0 ] && grep -q '^kanbao [0-9]' "$TMP/out" || fail "--version"

# Text from files never reaches the output as control sequences.
printf 'Evil\033]0;owned\007 headline\033[2J\n\nBody \302\233 text\342\200\256.\n' > "$A/weekly/2024-03-02/02.txt"
run --list "$A/weekly/2024-03-02"
run --dump "$A/weekly/2024-03-02/02.txt"
run --dump --raw "$A/weekly/2024-03-02/02.txt"
for f in "$TMP/out" "$TMP/err"; do
	if LC_ALL=C grep -q "$(printf '[\001-\010\013-\037\177]')" "$f" ||
	    LC_ALL=C grep -q "$(printf '\302[\200-\237]')" "$f"; then
		fail "control characters in $f"
	fi
done
grep -q '␛]0;owned␇' "$TMP/out" || fail "escape not shown as a placeholder"
exit 0

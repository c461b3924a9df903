#!/bin/sh
# SPDX-License-Identifier: ISC
# check_golden.sh: --check on the sample archive and on pages with one flag
# of each kind, compared with tests/golden/check-*.out; the exit statuses.
# KANBAO_REGOLD=1 rewrites the golden files (review the diff).
. "$top_srcdir/tests/lib.sh"
make_tmpdir
# The user's config may switch kinds off: use none here.
export XDG_CONFIG_HOME="$TMP/config"
mkdir -p "$XDG_CONFIG_HOME/kanbao"

GOLDEN_OPTS=--check
golden check-archive.out "$SAMPLE"
golden check-songchuan-2024-04-03.out songchuan-daily/2024-04-03
golden check-songchuan-2024-05-08-01.out songchuan-daily/2024-05-08/01
golden check-songchuan-2024-04-03-01-1.out songchuan-daily/2024-04-03/01/1
# A page file alone: its jumps are still looked for in its issue.
golden check-harborton-2024-09-04-01-file.out "$SAMPLE/harborton-ledger/2024-09-04/01.txt"
golden check-flags-zh.out "$top_srcdir/tests/proof/flags-zh.txt"
golden check-flags-en.out "$top_srcdir/tests/proof/flags-en.txt"

# Notes beside a page are printed as kind 'note', in line order with the
# flags; a line that is not a note is a warning.
cp "$top_srcdir/tests/proof/flags-en.txt" "$TMP/en.txt"
printf 'kanbao-notes 1\n# checked by M.\n6:5-6:13\tcheck the\\tname\\nwith the desk\n1:1-1:7\tshorter head?\nbad line\n' \
	>"$TMP/en.txt.notes"
"$KANBAO" --check "$TMP/en.txt" >"$TMP/raw" 2>&1
echo "exit $?" >>"$TMP/raw"
sed "s#$TMP#TMP#g" "$TMP/raw" >"$TMP/check-notes.out"
check_golden tests/golden/check-notes.out "$TMP/check-notes.out"

# The config switches kinds off; a bad kind is a warning.
printf 'flags = -repeat, -jump-target\n' >"$XDG_CONFIG_HOME/kanbao/config"
golden check-flags-en-config.out "$top_srcdir/tests/proof/flags-en.txt"
printf 'flags = doubled nonsense\n' >"$XDG_CONFIG_HOME/kanbao/config"
golden check-flags-zh-bad-config.out "$top_srcdir/tests/proof/flags-zh.txt"
rm "$XDG_CONFIG_HOME/kanbao/config"

# Nothing found: no output, exit 0.
printf 'A clean page\n\nNothing here is wrong in any way at all.\n' >"$TMP/clean.txt"
out=$("$KANBAO" --check "$TMP/clean.txt" 2>&1)
rc=$?
[ "$rc" = 0 ] || fail "--check on a clean page: exit $rc"
[ -z "$out" ] || fail "--check on a clean page printed: $out"

# A bad command line: exit 2.
"$KANBAO" --check >/dev/null 2>&1
rc=$?
[ "$rc" = 2 ] || fail "--check without an operand: exit $rc, not 2"
"$KANBAO" --check --dump "$TMP/clean.txt" >/dev/null 2>&1
rc=$?
[ "$rc" = 2 ] || fail "--check --dump: exit $rc, not 2"
exit 0

#!/bin/sh
# SPDX-License-Identifier: ISC
# uninstalled.sh: a build run where it was built (_build/kanbao, not
# installed) finds the bundled sample archive: with no argument the reader
# opens it, and every example of the README's "Using it" runs as written
# (~/papers being an archive of the reader's: here the sample).
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"
[ -e "$(dirname "$KANBAO")/sample-archive" ] ||
    fail "no sample-archive beside $KANBAO (make all makes it)"
mkdir -p "$HOME"
ln -s "$(cd "$SAMPLE" && pwd)" "$HOME/papers"

"$KANBAO" --list > "$TMP/list" 2> "$TMP/err" || { cat "$TMP/err"; fail "--list with no archive"; }
grep -q '^songchuan-daily/2024-04-03	issue' "$TMP/list" || fail "--list does not list the sample archive"

# The README's examples, as printed there (the reader's own are run below).
sed -n '/^## Using it/,/^#/s/^    kanbao \(--.*\)$/\1/p' "$top_srcdir/README.md" |
    sed 's/  *# .*$//' > "$TMP/examples"
[ "$(wc -l < "$TMP/examples")" -ge 10 ] || fail "the README's examples were not found"
cd "$TMP" || fail "cd"
while IFS= read -r args; do
	eval "set -- $args" 2>/dev/null || fail "cannot read the example: $args"
	case $args in
	*' > '*) out=${args##*> }; args=${args% > *}; eval "set -- $args" ;;
	*) out=example.out ;;
	esac
	"$KANBAO" "$@" > "$out" 2> example.err
	rc=$?
	case $args in
	--check*) [ $rc -le 1 ] ;;	# 1: flags were found
	*) [ $rc -eq 0 ] ;;
	esac || { cat example.err; fail "README example 'kanbao $args' exited $rc"; }
	[ -s "$out" ] || fail "README example 'kanbao $args' printed nothing"
	grep -q 'no such' example.err && { cat example.err; fail "README example 'kanbao $args'"; }
done < "$TMP/examples"
cd - > /dev/null || fail "cd"

# The reader with no argument opens the sample archive.
TUI_NO_ARGS=1 tui_start 100 30
tui_wait "松川日报"
tui_keys q
tui_wait_exit 3
exit 0

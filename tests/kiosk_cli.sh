#!/bin/sh
# SPDX-License-Identifier: ISC
# Kiosk mode on the command line: the options that print or write are
# refused (exit 2, nothing written), so are PATH operands and --archive;
# --help lists --kiosk; the patron's config cannot turn kiosk mode off.
. "${top_srcdir:-.}/tests/lib.sh"
make_tmpdir
: "${KANBAO_SYSTEST:=$top_builddir/tests/kanbao_systest}"
[ -x "$KANBAO_SYSTEST" ] || { echo "SKIP: $KANBAO_SYSTEST not built"; exit 77; }
export HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/home/.config" \
	XDG_DATA_HOME="$TMP/home/.local/share" KANBAO_TEST_SYSCONF="$TMP/kanbao.conf"
mkdir -p "$XDG_CONFIG_HOME/kanbao" "$XDG_DATA_HOME"
printf 'kiosk = no\n' > "$XDG_CONFIG_HOME/kanbao/config"
ID=harborton-ledger/2024-09-18

"$KANBAO" --help | grep -q -- "--kiosk" || fail "--help does not list --kiosk"

# refused WHY ARG...: exit status 2 with a message saying why.
refused() {
	why=$1
	shift
	"$KANBAO_SYSTEST" "$@" > "$TMP/out" 2> "$TMP/err" </dev/null
	rc=$?
	[ $rc -eq 2 ] || { cat "$TMP/out" "$TMP/err"; fail "kanbao $* exited $rc, not 2"; }
	grep -q "kiosk mode: $why" "$TMP/err" || { cat "$TMP/err"; fail "kanbao $*: no message"; }
	[ ! -s "$TMP/out" ] || { cat "$TMP/out"; fail "kanbao $* printed something"; }
}

# Kiosk mode from the system config (the patron's kiosk = no is ignored).
printf 'kiosk = yes\nkiosk-archive = %s\n' "$SAMPLE" > "$KANBAO_TEST_SYSCONF"
refused "only the reader" --list
refused "only the reader" -a "$SAMPLE" --dump "$ID/01/1"
refused "only the reader" --export jsonl "$ID"
refused "only the reader" --search harvest
refused "only the reader" --check "$ID"
refused "only the reader" --bookmarks
refused "only the reader" --export-bookmarks "$TMP/exported"
refused "only the reader" --import-bookmarks /dev/null
refused "the reader opens" "$SAMPLE"
refused "the reader opens" --archive /
refused "the reader opens" /etc/passwd
[ ! -e "$TMP/exported" ] || fail "--export-bookmarks wrote a file"
[ -z "$(find "$HOME" -type f ! -path "$XDG_CONFIG_HOME/kanbao/config")" ] ||
	fail "files were written under HOME"

# kiosk-allow lifts a restriction: cli lets --list run.
printf 'kiosk = yes\nkiosk-allow = cli, open-path\n' > "$KANBAO_TEST_SYSCONF"
"$KANBAO_SYSTEST" --list "$SAMPLE" > "$TMP/out" 2>&1 || fail "--list with kiosk-allow = cli"
grep -q "^$ID	issue" "$TMP/out" || fail "--list printed no issue"

# --kiosk alone, with no system config.
rm -f "$KANBAO_TEST_SYSCONF"
refused "only the reader" --kiosk --list "$SAMPLE"
"$KANBAO_SYSTEST" --list "$SAMPLE" > /dev/null || fail "--list without kiosk mode"
# The installed build never reads KANBAO_TEST_SYSCONF.
printf 'kiosk = yes\n' > "$KANBAO_TEST_SYSCONF"
"$KANBAO" --list "$SAMPLE" > /dev/null || fail "kanbao read KANBAO_TEST_SYSCONF"
exit 0

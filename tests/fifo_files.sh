#!/bin/sh
# SPDX-License-Identifier: ISC
# FIFOs where kanbao expects files: an ALTO page a METS file names, a
# publication.conf, the bookmarks file, the config.  Opening a FIFO for
# reading waits for a writer for ever; every file is opened without
# blocking and refused when it is not a regular file, the same way for
# every loader.  Each command runs under timeout: 124 is the hang.
. "$top_srcdir/tests/lib.sh"
make_tmpdir
F="$top_srcdir/tests/formats"
A="$TMP/archive"
export HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/home/.config" \
	XDG_DATA_HOME="$TMP/home/.local/share"
mkdir -p "$A/library" "$A/daily/2024-01-02" "$XDG_CONFIG_HOME/kanbao" \
    "$XDG_DATA_HOME/kanbao"
cp "$F/mets-p1.xml" "$A/library/"
mkfifo "$A/library/mets-p2.xml"
cp "$F/mets-issue.xml" "$A/library/2024-01-05.xml"
printf 'Council meets\n\nThe council met today.\n' >"$A/daily/2024-01-02/01.txt"
mkfifo "$A/daily/publication.conf"

run() {
	what=$1
	shift
	timeout 10 "$KANBAO" "$@" >"$TMP/out" 2>"$TMP/err"
	status=$?
	[ $status != 124 ] || fail "$what: hung on a FIFO"
}

run "--list" --list "$A"
[ $status = 0 ] || { cat "$TMP/err"; fail "--list: exit $status"; }
grep -q "daily/2024-01-02" "$TMP/out" || fail "--list: the text issue not listed"
grep -q "publication.conf: .*not a regular file" "$TMP/err" ||
    { cat "$TMP/err"; fail "--list: the FIFO publication.conf not named"; }

if "$KANBAO" --help 2>&1 | grep -q -- --dump; then
	run "--dump METS" --dump "$A/library/2024-01-05.xml"
	grep -q "mets-p2.xml.*not a regular file" "$TMP/err" ||
	    grep -q "needs libxml2" "$TMP/err" ||
	    { cat "$TMP/err"; fail "--dump: the FIFO ALTO page not named"; }
fi
run "--search (cache)" --search council "$A"
grep -q "daily/2024-01-02" "$TMP/out" || fail "--search: the text page not found"
run "--search --no-cache" --search council --no-cache "$A"
grep -q "daily/2024-01-02" "$TMP/out" || fail "--search --no-cache: the text page not found"

# The user's files.
mkfifo "$XDG_DATA_HOME/kanbao/bookmarks"
run "--bookmarks" --bookmarks
grep -q "bookmarks.*not a regular file" "$TMP/err" ||
    { cat "$TMP/err"; fail "--bookmarks: the FIFO not named"; }
rm "$XDG_DATA_HOME/kanbao/bookmarks"
mkfifo "$XDG_CONFIG_HOME/kanbao/config"
run "--check with a FIFO config" --check "$A/daily/2024-01-02"
exit 0

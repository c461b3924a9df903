#!/bin/sh
# SPDX-License-Identifier: ISC
# --search says the same with the search cache as without it: pages and
# issue directories that cannot be read are named on standard error and
# make the exit status 2 (grep's "trouble"), also when the cache answers
# and loads nothing.
. "$top_srcdir/tests/lib.sh"
make_tmpdir
as_user=
A="$TMP/archive"
mkdir -p "$A/daily/2024-01-02" "$A/daily/2024-01-03" "$A/daily/2024-01-04"
printf 'Council meets\n\nThe council met today.\n' >"$A/daily/2024-01-02/01.txt"
printf 'Ferry\n\nThe council and the ferry.\n' >"$A/daily/2024-01-03/01.txt"
printf 'Lost\n\nThe council lost a page.\n' >"$A/daily/2024-01-04/01.txt"
ln -s nowhere "$A/daily/2024-01-02/02.txt"	# a dangling link
mkfifo "$A/daily/2024-01-03/02.txt"		# not a regular file

# compare WHAT ARG...: --search with and without the cache, same output.
compare() {
	what=$1
	shift
	$as_user "$KANBAO" --search council "$@" "$A" >"$TMP/cached" 2>"$TMP/cached.err"
	cached=$?
	$as_user "$KANBAO" --search council --no-cache "$@" "$A" >"$TMP/loaded" 2>"$TMP/loaded.err"
	loaded=$?
	[ $loaded = 2 ] || { cat "$TMP/loaded.err"; fail "$what: --no-cache exit $loaded, not 2"; }
	[ $cached = 2 ] || { cat "$TMP/cached.err"; fail "$what: cached exit $cached, not 2"; }
	diff -u "$TMP/loaded.err" "$TMP/cached.err" || fail "$what: other diagnostics with the cache"
	diff -u "$TMP/loaded" "$TMP/cached" || fail "$what: other hits with the cache"
}

"$KANBAO" --build-cache "$A" >/dev/null 2>&1 || fail "--build-cache"
compare "broken pages"
grep -q "2024-01-02/02.txt: cannot read: No such file" "$TMP/cached.err" ||
    fail "the dangling link not named"
grep -q "2024-01-03/02.txt: cannot read: not a regular file" "$TMP/cached.err" ||
    fail "the FIFO not named"
compare "broken pages, one publication" --from 2024-01-03

# Unreadable files and directories: root reads whatever the mode says, so
# as another user (setpriv, when root).
if [ "$(id -u)" = 0 ]; then
	command -v setpriv >/dev/null 2>&1 || exit 0
	as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
	chmod -R a+rwX "$TMP"
	# The build directory may not be open to others (then: done).
	$as_user "$KANBAO" --version >/dev/null 2>&1 || exit 0
fi
rm "$A/daily/2024-01-02/02.txt" "$A/daily/2024-01-03/02.txt"
printf 'Secret\n\nThe council in secret.\n' >"$A/daily/2024-01-02/03.txt"
chmod 000 "$A/daily/2024-01-02/03.txt"
chmod 000 "$A/daily/2024-01-04"
export XDG_CACHE_HOME="$TMP/cache2"
$as_user "$KANBAO" --build-cache "$A" >/dev/null 2>&1
compare "unreadable page and issue"
grep -q "2024-01-02/03.txt: cannot read: Permission denied" "$TMP/cached.err" ||
    fail "the unreadable page not named"
grep -q "2024-01-04: cannot read: Permission denied" "$TMP/cached.err" ||
    fail "the unreadable issue not named"
chmod 755 "$A/daily/2024-01-04"
exit 0

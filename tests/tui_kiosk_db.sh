#!/bin/sh
# SPDX-License-Identifier: ISC
# Kiosk mode on a database: the kiosk reads the archive in the database the
# system config names (database = URI; a patron's config naming another is
# ignored), lists, reads, searches and bookmarks it for the session, and
# writes nothing: no file under HOME, in the archive or beside the system
# config, and nothing in the database (no transaction id is taken while it
# runs: a write would take one).  The server is tests/pg_lib.sh's.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"
. "$top_srcdir/tests/kiosk_lib.sh"

if "$KANBAO" --database 'host=/nonexistent dbname=x' --list 2>&1 | grep -q 'built without PostgreSQL'; then
	echo "SKIP: built without libpq"
	exit 77
fi
. "$top_srcdir/tests/pg_lib.sh"
if [ -z "$PG_BIN" ]; then
	echo "SKIP: no PostgreSQL server binaries (Debian: postgresql)"
	exit 77
fi
if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
	echo "SKIP: root, and no postgres user to run the server"
	exit 77
fi
trap 'tui_kill_server; pg_stop; rm -rf "$TMP"' EXIT
chmod 755 "$TMP"
pg_setup "$TMP/pg/s" >/dev/null || fail "cannot start a private server"
# Nothing but the kiosk may take a transaction id while it runs.
pg_sql "ALTER SYSTEM SET autovacuum = off" postgres >/dev/null &&
    pg_sql "SELECT pg_reload_conf()" postgres >/dev/null || fail "autovacuum off"
pg_sql "CREATE ROLE kbreader LOGIN PASSWORD 'readerpw'" postgres || fail "create role"
DB="host=$PG_SOCK dbname=kanbao user=kbadmin password=adminpw"
READER="host=$PG_SOCK dbname=kanbao user=kbreader password=readerpw"
"$KANBAO" --ingest "$ARCHIVE" --database "$DB" 2>"$TMP/ingest" || { cat "$TMP/ingest"; fail "ingest"; }
pg_sql "GRANT SELECT ON ALL TABLES IN SCHEMA public TO kbreader" || fail "grant"

# The next transaction id: a write anywhere would move it on.
next_xid() {
	"$PG_BIN/psql" -X -A -t "$DB" -c "SELECT txid_snapshot_xmax(txid_current_snapshot())"
}

# The patron's config: another database, and kiosk mode off.  Ignored.
printf 'kiosk = no\ndatabase = host=%s/nowhere dbname=elsewhere user=x\n' "$TMP" \
	> "$XDG_CONFIG_HOME/kanbao/config"
sysconf "kiosk = yes" "database = $READER" "kiosk-idle = 0"
xid0=$(next_xid)
tui_start 100 30
tui_wait "Articles:"
snapshot before
# The archive search, in the database.
tui_keys S
tui_wait "Search the archive"
tui_keys 育秧 Enter
tui_wait "Search: 育秧  12 hits"
tui_keys Enter
tui_wait_gone "12 hits"
# A bookmark, for the session only; q does not quit.
key_then "Bookmark note" m
key_then "Bookmarked" n o t e Enter
key_then "public terminal" q
still_alone
snapshot after
same_snapshot before after
[ "$(next_xid)" = "$xid0" ] || fail "the kiosk wrote to the database"
if grep -q readerpw "/proc/$(cat "$TMP/pid")/cmdline"; then
	fail "the password in /proc/PID/cmdline"
fi
kill -TERM "$(cat "$TMP/pid")"
gone_clean 5
[ "$(next_xid)" = "$xid0" ] || fail "the kiosk wrote to the database"
echo "tui_kiosk_db: the kiosk read and searched the database, and wrote nothing"

#!/bin/sh
# SPDX-License-Identifier: ISC
# pg_archive.sh: the archive in PostgreSQL against the archive in files.
#
# Starts a private server (initdb and pg_ctl on a Unix socket in a
# temporary directory, stopped at exit; as the postgres user when run as
# root, as CI does), ingests the sample archive, and runs every command
# both ways -- --list, --dump (clean, raw, widths), --export, --search
# (folding, wraps, literal, dates, scope), --check -- comparing stdout,
# stderr and the exit status byte for byte.  Then: a second ingest loads
# nothing, a touched issue is loaded again alone; the reader's role cannot
# write; faults (server unreachable, wrong password, a newer schema) give
# a clear message naming the database and host and never the password;
# a password on the command line is not in /proc/PID/cmdline; database =
# URI in the config reaches every command.
# Skips (77) only when the server binaries or libpq are absent.
# The server is tests/pg_lib.sh's.
. "$top_srcdir/tests/lib.sh"
make_tmpdir

. "$top_srcdir/tests/pg_lib.sh"
pg_skip_unusable
trap 'pg_stop; rm -rf "$TMP"' EXIT
chmod 755 "$TMP"
pg_setup "$TMP/pg/s" || fail "cannot start a private server"
BIN=$PG_BIN
SOCK=$PG_SOCK
psql_admin() {
	pg_sql "$@"
}
psql_admin "CREATE ROLE kbreader LOGIN PASSWORD 'readerpw'" postgres || fail "create role"
DB="host=$SOCK dbname=kanbao user=kbadmin password=adminpw"
READER="host=$SOCK dbname=kanbao user=kbreader password=readerpw"

# --- ingest -----------------------------------------------------------------------
T0=$(date +%s.%N); "$KANBAO" --ingest "$SAMPLE" --database "$DB" 2>"$TMP/ingest1" || { cat "$TMP/ingest1"; fail "ingest"; }
grep -q 'ingested 8 issues into database "kanbao" on host ".*": 8 loaded, 0 unchanged' "$TMP/ingest1" ||
    { cat "$TMP/ingest1"; fail "first ingest's summary"; }
grep -q adminpw "$TMP/ingest1" && fail "the password in a message"
psql_admin "GRANT SELECT ON ALL TABLES IN SCHEMA public TO kbreader" || fail "grant"

# --- every command, both ways -------------------------------------------------------
n=0
both() {
	n=$((n + 1))
	"$KANBAO" --archive "$SAMPLE" "$@" >"$TMP/dir.out" 2>"$TMP/dir.err"
	s1=$?
	"$KANBAO" --database "$READER" "$@" >"$TMP/db.out" 2>"$TMP/db.err"
	s2=$?
	[ "$s1" = "$s2" ] || fail "$*: exit $s1 from the files, $s2 from the database"
	cmp -s "$TMP/dir.out" "$TMP/db.out" ||
	    { diff "$TMP/dir.out" "$TMP/db.out" | head -20; fail "$*: stdout differs"; }
	cmp -s "$TMP/dir.err" "$TMP/db.err" ||
	    { diff "$TMP/dir.err" "$TMP/db.err" | head -20; fail "$*: stderr differs"; }
}
both --list
both --list songchuan-daily harborton-ledger/2024-09-11 zhufeng-weekly/2024-03-15/01 \
    songchuan-daily/2024-04-03 harborton-ledger/2024-09-04 zhufeng-weekly
IDS="songchuan-daily/2024-04-03 songchuan-daily/2024-05-08 songchuan-daily/2024-06-14/02
    harborton-ledger zhufeng-weekly songchuan-daily/2024-05-08/01/2"
# shellcheck disable=SC2086
{
	both --dump --width 41 $IDS
	both --dump --width 80 $IDS
	both --dump --raw $IDS
	both --check $IDS
}
both --dump --width 20 songchuan-daily/2024-04-03/03
both --dump --explain songchuan-daily/2024-04-03/01
both --export jsonl songchuan-daily harborton-ledger zhufeng-weekly
both --check songchuan-daily harborton-ledger zhufeng-weekly
both --search 下洋村的集中育秧大棚
both --search '２０．３ 万亩' songchuan-daily
both --search 育秧 songchuan-daily/2024-04-03/01
both --search 'the ALTERNATIVE is' harborton-ledger
both --search 'Harborton City' --literal harborton-ledger/2024-09-04
both --search 'harborton city' --literal
both --search 工作 --from 2024-04 --to 2024-05
both --search 工作 --from 2024-06-14
both --search 工作 songchuan-daily/2024-06-14 zhufeng-weekly/2024-03-22
both --search 报道 --search 日报 --search 'no such phrase'
both --search 松陽
both --search 的
both --search e
# Bookmarks: found, moved and gone, the same in the database.
HOME="$TMP/home" XDG_DATA_HOME="$TMP/data"
export HOME XDG_DATA_HOME
mkdir -p "$XDG_DATA_HOME/kanbao"
T1=2024-03-01T08:00:00.000Z
TITLE=$("$KANBAO" --list --archive "$SAMPLE" songchuan-daily/2024-04-03/01/1 | cut -f3)
{
	echo "kanbao-bookmarks 1"
	printf '1-00000001\t%s\t%s\tlive\ta\tsongchuan-daily/2024-04-03/01/1\t0:0\t%s\tone\t\t%s\n' $T1 $T1 "$TITLE" "$SAMPLE"
	printf '1-00000002\t%s\t%s\tlive\t\tsongchuan-daily/2024-04-03/02/1\t0:0\t%s\tmoved\t\t%s\n' $T1 $T1 "$TITLE" "$SAMPLE"
	printf '1-00000003\t%s\t%s\tlive\t\tsongchuan-daily/2024-04-03/09/9\t1:0\tNo more\tgone\t\t%s\n' $T1 $T1 "$SAMPLE"
} >"$XDG_DATA_HOME/kanbao/bookmarks"
both --bookmarks
grep -q "${TITLE}" "$TMP/db.out" || fail "--bookmarks on the database"
both --list no-such-publication
both --dump songchuan-daily/2099-01-01

# --- database = URI in the config: every command reads that database -----------------
# Another archive than the sample (which the default archive is), in a
# database of its own: what the commands print shows which they read.
mkdir -p "$TMP/small/gazette/2024-01-02" "$TMP/small/gazette/2024-01-03"
printf 'Council meets\n\nThe council met today about the ferry.\n' >"$TMP/small/gazette/2024-01-02/01.txt"
printf 'Ferry\n\nThe ferry runs again.\n' >"$TMP/small/gazette/2024-01-03/01.txt"
psql_admin "CREATE DATABASE kanbao3" postgres || fail "createdb"
psql_admin "GRANT SELECT ON ALL TABLES IN SCHEMA public TO kbreader" kanbao3 || fail "grant"
"$KANBAO" --ingest "$TMP/small" --database "host=$SOCK dbname=kanbao3 user=kbadmin password=adminpw" \
    2>/dev/null || fail "ingest of the small archive"
psql_admin "GRANT SELECT ON ALL TABLES IN SCHEMA public TO kbreader" kanbao3 || fail "grant"
XDG_CONFIG_HOME="$TMP/config"
export XDG_CONFIG_HOME
mkdir -p "$XDG_CONFIG_HOME/kanbao"
printf 'database = host=%s dbname=kanbao3 user=kbreader password=readerpw\n' "$SOCK" \
    >"$XDG_CONFIG_HOME/kanbao/config"
{
	echo "kanbao-bookmarks 1"
	printf '1-00000001\t%s\t%s\tlive\t\tgazette/2024-01-03/01/1\t0:0\tFerry\tone\t\t%s\n' $T1 $T1 "$TMP/small"
} >"$XDG_DATA_HOME/kanbao/bookmarks"
# conf ARG...: the same output with the config's database as from the
# files of the small archive.
conf() {
	n=$((n + 1))
	"$KANBAO" --archive "$TMP/small" "$@" >"$TMP/dir.out" 2>"$TMP/dir.err"
	s1=$?
	"$KANBAO" "$@" >"$TMP/conf.out" 2>"$TMP/conf.err"
	s2=$?
	[ "$s1" = "$s2" ] || { cat "$TMP/conf.err"; fail "config: $*: exit $s1 from the files, $s2 from the config's database"; }
	cmp -s "$TMP/dir.out" "$TMP/conf.out" ||
	    { diff "$TMP/dir.out" "$TMP/conf.out" | head -20; fail "config: $*: stdout differs"; }
	cmp -s "$TMP/dir.err" "$TMP/conf.err" ||
	    { diff "$TMP/dir.err" "$TMP/conf.err" | head -20; fail "config: $*: stderr differs"; }
}
conf --list
conf --list gazette/2024-01-03
conf --dump gazette
conf --export jsonl gazette
conf --search ferry
conf --search council gazette/2024-01-02
conf --check gazette
conf --bookmarks
grep -q 'gazette/2024-01-03/01/1	[a-z]' "$TMP/conf.out" && ! grep -q 'gone' "$TMP/conf.out" ||
    { cat "$TMP/conf.out"; fail "config: --bookmarks did not find the article in the database"; }
# A path given is read as files, and --database wins over the config.
"$KANBAO" --list "$SAMPLE" | grep -q songchuan-daily || fail "config: a PATH was not read as files"
"$KANBAO" --database "$READER" --list | grep -q songchuan-daily || fail "config: --database did not win"
# An unreachable database in the config: every command says so.
printf 'database = host=%s/nowhere dbname=kanbao3 user=kbreader password=readerpw\n' "$TMP" \
    >"$XDG_CONFIG_HOME/kanbao/config"
# (--bookmarks lists them all the same, as missing.)
for args in --list "--dump gazette" "--export jsonl gazette" "--search ferry" "--check gazette" --bookmarks; do
	# shellcheck disable=SC2086
	"$KANBAO" $args >/dev/null 2>"$TMP/conf.err" && [ "$args" != --bookmarks ] &&
	    fail "config: $args: an unreachable database answered"
	grep -q "database \"kanbao3\" on host \"$TMP/nowhere\": cannot connect" "$TMP/conf.err" ||
	    { cat "$TMP/conf.err"; fail "config: $args: no message naming the database"; }
	grep -q readerpw "$TMP/conf.err" && fail "config: the password in a message"
done
rm -f "$XDG_CONFIG_HOME/kanbao/config"
unset XDG_CONFIG_HOME
echo "pg_archive: database = URI in the config reaches --list, --dump, --export, --search, --check and --bookmarks"

# --- a batch's second edition of a day keeps ids of its own in the database ---------
cp -R "$top_srcdir/tests/formats/batch_test_ver01" "$TMP/batch"
chmod -R u+w "$TMP/batch"	# the source tree is read-only in distcheck
cp -R "$TMP/batch/data/sn00000001/00000000017/2024010601" \
    "$TMP/batch/data/sn00000001/00000000017/2024010602"
psql_admin "CREATE DATABASE kanbao4" postgres || fail "createdb"
"$KANBAO" --ingest "$TMP/batch" --database "host=$SOCK dbname=kanbao4 user=kbadmin password=adminpw" \
    2>/dev/null || fail "ingest of the batch"
"$KANBAO" --list "$TMP/batch" >"$TMP/batch.dir" 2>&1
"$KANBAO" --list --database "host=$SOCK dbname=kanbao4 user=kbadmin password=adminpw" \
    >"$TMP/batch.db" 2>&1
cmp -s "$TMP/batch.dir" "$TMP/batch.db" ||
    { diff "$TMP/batch.dir" "$TMP/batch.db"; fail "the batch's list differs from the database"; }
grep -q '^sn00000001/2024-01-06-ed2	issue	edition 2$' "$TMP/batch.db" ||
    { cat "$TMP/batch.db"; fail "the database lost the second edition's id"; }

# --- an ingest stopped (Ctrl-C or SIGTERM) leaves whole issues; the next one
# finishes.  (A background job of a script ignores SIGINT: SIGTERM it is.)
psql_admin "CREATE DATABASE kanbao2" postgres || fail "createdb"
DB2="host=$SOCK dbname=kanbao2 user=kbadmin password=adminpw"
"$KANBAO" --ingest "$SAMPLE" --database "$DB2" 2>"$TMP/int1" &
ipid=$!
# Once it writes (its signal handlers are set by then).
i=0
while [ $i -lt 100 ] && ! pg_sql "SELECT 1 FROM kanbao_meta" kanbao2 >/dev/null 2>&1; do
	i=$((i + 1))
	sleep 0.05
done
kill -TERM $ipid 2>/dev/null
wait $ipid
st=$?
grep -q 'stopped after\|ingested 8 issues' "$TMP/int1" || { cat "$TMP/int1"; fail "stopped: no clear message"; }
if grep -q 'stopped after' "$TMP/int1"; then [ $st = 1 ] || fail "stopped: exit $st"; fi
sed 's/^kanbao: /pg_archive: SIGTERM: /' "$TMP/int1"
"$KANBAO" --ingest "$SAMPLE" --database "$DB2" 2>"$TMP/int2" || { cat "$TMP/int2"; fail "ingest after a stop"; }
"$KANBAO" --database "host=$SOCK dbname=kanbao2 user=kbadmin password=adminpw" --export jsonl \
    songchuan-daily harborton-ledger zhufeng-weekly >"$TMP/int.out" 2>&1
"$KANBAO" --archive "$SAMPLE" --export jsonl songchuan-daily harborton-ledger zhufeng-weekly >"$TMP/dir.out" 2>&1
cmp -s "$TMP/int.out" "$TMP/dir.out" || fail "the database after an interrupted ingest differs"

# --- a second ingest loads what changed only ------------------------------------------
"$KANBAO" --ingest "$SAMPLE" --database "$DB" 2>"$TMP/ingest2" || fail "second ingest"
grep -q ': 0 loaded, 8 unchanged' "$TMP/ingest2" || { cat "$TMP/ingest2"; fail "second ingest loaded something"; }
# A changed issue (a copy of the archive, one page touched) is loaded alone.
cp -R "$SAMPLE" "$TMP/copy"
chmod -R u+w "$TMP/copy"
"$KANBAO" --ingest "$TMP/copy" --database "$DB2" 2>/dev/null || fail "ingest of the copy"
touch -d '2001-01-01' "$TMP/copy/songchuan-daily/2024-04-03/01.txt"
"$KANBAO" --ingest "$TMP/copy" --database "$DB2" 2>"$TMP/ingest3" || fail "third ingest"
grep -q ': 1 loaded, 7 unchanged' "$TMP/ingest3" || { cat "$TMP/ingest3"; fail "a touched issue: not loaded alone"; }

# --- the reader's role cannot write ------------------------------------------------------
"$KANBAO" --ingest "$SAMPLE" --database "$READER" 2>"$TMP/ro" && fail "the reader's role wrote"
grep -q 'database "kanbao" on host' "$TMP/ro" || { cat "$TMP/ro"; fail "no clear message for the read-only role"; }
grep -q readerpw "$TMP/ro" && fail "the password in a message"

# --- faults ------------------------------------------------------------------------------
"$KANBAO" --database "host=$TMP/nowhere dbname=kanbao user=kbreader password=readerpw" --list \
    >/dev/null 2>"$TMP/f1" && fail "an unreachable server answered"
grep -q "database \"kanbao\" on host \"$TMP/nowhere\": cannot connect" "$TMP/f1" || { cat "$TMP/f1"; fail "unreachable: message"; }
"$KANBAO" --database "host=$SOCK dbname=kanbao user=kbreader password=WrongSecret" --list \
    >/dev/null 2>"$TMP/f2" && fail "a wrong password was let in"
grep -q 'password authentication failed' "$TMP/f2" || { cat "$TMP/f2"; fail "wrong password: message"; }
grep -q WrongSecret "$TMP/f2" && fail "the password in a message"
psql_admin "UPDATE kanbao_meta SET value = '99' WHERE key = 'schema_version'" || fail "psql"
"$KANBAO" --database "$READER" --list >/dev/null 2>"$TMP/f3" && fail "a newer schema was read"
grep -q 'holds schema version 99, from a newer kanbao' "$TMP/f3" || { cat "$TMP/f3"; fail "newer schema: message"; }
"$KANBAO" --ingest "$SAMPLE" --database "$DB" 2>"$TMP/f4" && fail "a newer schema was written"
grep -q 'holds schema version 99' "$TMP/f4" || { cat "$TMP/f4"; fail "newer schema (ingest): message"; }
psql_admin "UPDATE kanbao_meta SET value = '2' WHERE key = 'schema_version'" || fail "psql"
# A server restarted between two commands of one process: the next
# search connects again.
"$KANBAO" --database "$READER" --search 育秧 --search 工作 >/dev/null || fail "search after the faults"

# --- the password is not in ps's view of the process -----------------------------------
# A process that lives long enough to be looked at: the reader, in a
# pseudo-terminal when tmux is there.
if [ -n "${TMUX_BIN:-}" ] && [ -x "$TMUX_BIN" ]; then
	T="$TMUX_BIN -L kbpg$$ -f /dev/null"
	$T new-session -d -x 80 -y 24 "exec '$KANBAO' --database 'postgresql://kbreader:readerpw@/kanbao?host=$SOCK'"
	i=0
	pid=
	while [ $i -lt 50 ] && [ -z "$pid" ]; do
		pid=$($T list-panes -F '#{pane_pid}' 2>/dev/null)
		i=$((i + 1))
		sleep 0.1
	done
	i=0
	while [ $i -lt 50 ] && ! $T capture-pane -p 2>/dev/null | grep -q 'article '; do
		i=$((i + 1))
		sleep 0.1
	done
	$T capture-pane -p | grep -q 'article ' || { $T capture-pane -p; $T kill-server; kill "$pid"; fail "the reader on the database"; }
	tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q readerpw && { $T kill-server; fail "the password in /proc/PID/cmdline"; }
	tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q 'kbreader:x*@' || { $T kill-server; fail "cmdline not as expected"; }
	# The server restarts under the reader: the next archive search
	# connects again and finds its hits.
	$PG_AS "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -m fast \
	    -o "-k $PG_SOCK -c listen_addresses= -F" restart >/dev/null || { $T kill-server; fail "restart"; }
	$T send-keys S
	i=0
	while [ $i -lt 50 ] && ! $T capture-pane -p | grep -q 'Search the archive'; do i=$((i + 1)); sleep 0.1; done
	$T send-keys 育秧 Enter
	i=0
	while [ $i -lt 100 ] && ! $T capture-pane -p | grep -q 'Search: 育秧 .*hits'; do i=$((i + 1)); sleep 0.1; done
	$T capture-pane -p | grep -q 'Search: 育秧 .*hits' ||
	    { $T capture-pane -p; $T kill-server; kill "$pid"; fail "no hits after the server restarted"; }
	# Close the list, quit; the reader must be gone (never left behind).
	$T send-keys Escape
	sleep 0.2
	$T send-keys q
	i=0
	while [ $i -lt 50 ] && kill -0 "$pid" 2>/dev/null; do i=$((i + 1)); sleep 0.1; done
	$T kill-server 2>/dev/null
	if kill -0 "$pid" 2>/dev/null; then
		kill -9 "$pid"
		fail "the reader did not quit"
	fi
	echo "pg_archive: the reader on the database; password not in ps; search after a server restart"
fi
echo "pg_archive: $n commands the same from the files and the database"

# SPDX-License-Identifier: ISC
# tests/pg_lib.sh: a private PostgreSQL server for tests and benchmarks.
# Sourced, not run.  pg_setup DIR starts one on a Unix socket in DIR (as
# the postgres user when run as root: the server refuses root), with a
# superuser kbadmin (password adminpw) and a database kanbao; pg_stop
# stops it.  PG_BIN is where the server binaries are (PG_BINDIR, else the
# newest /usr/lib/postgresql/*/bin), empty when there are none.
PG_BIN=${PG_BINDIR:-}
if [ -z "$PG_BIN" ]; then
	for d in /usr/lib/postgresql/*/bin; do
		[ -x "$d/initdb" ] && PG_BIN=$d
	done
fi
[ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] && [ -x "$PG_BIN/pg_ctl" ] || PG_BIN=

# pg_skip_unusable: exit 77, saying why, when this kanbao has no libpq
# or this machine cannot run a private server (no server binaries; root
# without the postgres user to run it as).  Needs $KANBAO.
pg_skip_unusable() {
	if "$KANBAO" --database 'host=/nonexistent dbname=x' --list 2>&1 |
	    grep -q 'built without PostgreSQL'; then
		echo "SKIP: built without libpq"
		exit 77
	fi
	if [ -z "$PG_BIN" ]; then
		echo "SKIP: no PostgreSQL server binaries (Debian: postgresql)"
		exit 77
	fi
	if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
		echo "SKIP: root, and no postgres user to run the server"
		exit 77
	fi
}

# pg_setup DIR: 0 when the server runs (PG_SOCK, PG_ADMIN set).
pg_setup() {
	PG_DIR=$1
	PG_AS=
	mkdir -p "$PG_DIR" || return 1
	if [ "$(id -u)" = 0 ]; then
		id postgres >/dev/null 2>&1 || return 1
		chmod 755 "$(dirname "$PG_DIR")"
		chown postgres "$PG_DIR"
		PG_AS="runuser -u postgres --"
	fi
	printf 'adminpw\n' >"$PG_DIR.pw"
	chmod 644 "$PG_DIR.pw"
	$PG_AS "$PG_BIN/initdb" -D "$PG_DIR/data" -U kbadmin --pwfile="$PG_DIR.pw" \
	    --auth-local=scram-sha-256 --auth-host=reject -E UTF8 --locale=C.UTF-8 \
	    --no-sync --no-instructions >"$PG_DIR.initdb.log" 2>&1 || { cat "$PG_DIR.initdb.log"; return 1; }
	PG_SOCK=$PG_DIR
	PG_ADMIN="host=$PG_SOCK dbname=kanbao user=kbadmin password=adminpw"
	$PG_AS "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
	    -o "-k $PG_SOCK -c listen_addresses= -F -c max_connections=120" start >/dev/null ||
	    { cat "$PG_DIR/log"; return 1; }
	pg_sql "CREATE DATABASE kanbao" postgres
}

# pg_sql SQL [DB]: run SQL as kbadmin.
pg_sql() {
	"$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 \
	    "host=$PG_SOCK dbname=${2:-kanbao} user=kbadmin password=adminpw" -c "$1"
}

pg_stop() {
	[ -n "${PG_DIR:-}" ] && $PG_AS "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1
	PG_DIR=
	return 0
}

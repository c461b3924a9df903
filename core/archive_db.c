/* SPDX-License-Identifier: ISC */
/* archive_db.c: connecting to the database, its schema, and opening the
 * archive it holds.  Without libpq every entry point says so. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "archive.h"
#include "archive_db.h"
#include "i18n.h"
#include "xalloc.h"

#ifndef HAVE_LIBPQ

static const char *const adb_none =
    N_("this kanbao was built without PostgreSQL (libpq): --database and --ingest cannot be used");

bool archive_db_available(void) { return false; }
bool archive_is_db(const struct archive *a) { (void)a; return false; }

struct archive *
archive_open_db(const char *conninfo, char **cause)
{
	(void)conninfo;
	*cause = xstrdup(_(adb_none));
	return NULL;
}

struct archive *
archive_open_db_unlisted(const char *conninfo, char **cause)
{
	return archive_open_db(conninfo, cause);
}

int
archive_db_list(struct archive *a, char **cause)
{
	(void)a;
	*cause = NULL;
	return 0;
}

int
archive_db_reconnect(struct archive *a, char **cause)
{
	(void)a;
	*cause = xstrdup(_(adb_none));
	return -1;
}

char *
archive_db_where(const char *conninfo)
{
	(void)conninfo;
	return xstrdup("a database");
}

int
archive_db_ingest(const char *path, const char *encoding, const char *conninfo,
    archive_db_progress_fn fn, void *arg, volatile sig_atomic_t *stop,
    char **cause)
{
	(void)path; (void)encoding; (void)conninfo; (void)fn; (void)arg;
	(void)stop;
	*cause = xstrdup(_(adb_none));
	return -1;
}

void archive_db_scan_issue(struct issue *is) { (void)is; }
void archive_db_load_page(struct page *p) { p->failed = true; }
void archive_db_close(struct archive_db *db) { (void)db; }

long
asearch_db_each(struct archive *a, const struct search_pattern *sp,
    const struct asearch_scope *sc, enum asearch_order order,
    asearch_hit_fn fn, asearch_progress_fn progress, void *arg, char **cause)
{
	(void)a; (void)sp; (void)sc; (void)order; (void)fn; (void)progress;
	(void)arg;
	*cause = xstrdup(_(adb_none));
	return -1;
}

#else /* HAVE_LIBPQ */

#include <arpa/inet.h>
#include <stdint.h>

#include "archive_db_int.h"
#include "sanitize.h"
#include "searchfold.h"

bool
archive_db_available(void)
{
	return true;
}

bool
archive_is_db(const struct archive *a)
{
	return a != NULL && a->db != NULL;
}

/* --- where, and what went wrong ---------------------------------------------- */

/* The value of keyword in a parsed connection string, or NULL. */
static const char *
adb_opt(PQconninfoOption *o, const char *keyword)
{
	for (; o != NULL && o->keyword != NULL; o++)
		if (strcmp(o->keyword, keyword) == 0)
			return o->val;
	return NULL;
}

char *
archive_db_where(const char *conninfo)
{
	PQconninfoOption *o;
	const char *db, *host, *user;
	char *s, *err;

	if (adb_pq_load(&err) != 0) {
		free(err);
		return xstrdup(_("the database (libpq cannot be loaded)"));
	}
	if ((o = PQconninfoParse(conninfo, NULL)) == NULL)
		return xstrdup(_("the database (its connection string cannot be read)"));
	db = adb_opt(o, "dbname");
	host = adb_opt(o, "host");
	user = adb_opt(o, "user");
	if (db == NULL || *db == '\0')
		db = user != NULL && *user != '\0' ? user : getenv("PGDATABASE");
	if (host == NULL || *host == '\0')
		host = getenv("PGHOST");
	if (db == NULL)
		db = _("(default)");
	s = host != NULL ? xasprintf(_("database \"%s\" on host \"%s\""), db, host) :
	    xasprintf(_("database \"%s\" on the local server"), db);
	PQconninfoFree(o);
	return s;
}

/* The first line of libpq's message (server messages are one line, then
 * DETAIL and HINT lines). */
static char *
adb_first_line(const char *msg)
{
	size_t n;

	while (msg != NULL && (strncmp(msg, "FATAL:  ", 8) == 0 ||
	    strncmp(msg, "ERROR:  ", 8) == 0))
		msg += 8;
	if (msg == NULL || *msg == '\0')
		return xstrdup(_("no reason given"));
	n = strcspn(msg, "\n");
	return sanitize_text(msg, n, 0);
}

char *
adb_error(PGconn *conn, const char *where, const char *what)
{
	const char *msg = PQerrorMessage(conn);
	char *line, *s;

	/* "connection to server on socket ... failed: FATAL:  ..." */
	if (strstr(msg, "failed: ") != NULL)
		msg = strstr(msg, "failed: ") + 8;
	line = adb_first_line(msg);
	s = xasprintf("%s: %s: %s", where, what, line);
	free(line);
	return s;
}

PGconn *
adb_connect(const char *conninfo, char **cause)
{
	PQconninfoOption *o;
	char *where, *err = NULL;
	PGconn *conn;

	if (adb_pq_load(cause) != 0)
		return NULL;
	/* Parsed first: libpq's own message for a bad string may quote it,
	 * password and all. */
	if ((o = PQconninfoParse(conninfo, &err)) == NULL) {
		PQfreemem(err);
		*cause = xstrdup(_("the database connection string cannot be read (see \"Connection Strings\" in the PostgreSQL manual)"));
		return NULL;
	}
	PQconninfoFree(o);
	conn = PQconnectdb(conninfo);
	if (conn == NULL || PQstatus(conn) != CONNECTION_OK) {
		where = archive_db_where(conninfo);
		*cause = conn ? adb_error(conn, where, _("cannot connect")) :
		    xasprintf(_("%s: cannot connect: out of memory"), where);
		free(where);
		PQfinish(conn);
		return NULL;
	}
	PQclear(PQexec(conn, "SET client_min_messages = warning"));
	return conn;
}

int
adb_exec(PGconn *conn, const char *sql, const char *where, char **cause)
{
	PGresult *r = PQexec(conn, sql);
	ExecStatusType st = PQresultStatus(r);

	PQclear(r);
	if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK)
		return 0;
	*cause = adb_error(conn, where, _("a command failed"));
	return -1;
}

char *
adb_meta(PGconn *conn, const char *key)
{
	const char *params[1] = { key };
	PGresult *r = PQexecParams(conn,
	    "SELECT value FROM kanbao_meta WHERE key = $1", 1, NULL, params,
	    NULL, NULL, 0);
	char *v = NULL;

	if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1)
		v = xstrdup(PQgetvalue(r, 0, 0));
	PQclear(r);
	return v;
}

int
adb_schema_version(PGconn *conn, const char *where, char **cause)
{
	PGresult *r = PQexec(conn, "SELECT to_regclass('kanbao_meta') IS NOT NULL");
	char *v;
	int version;

	if (PQresultStatus(r) != PGRES_TUPLES_OK || PQntuples(r) != 1) {
		PQclear(r);
		*cause = adb_error(conn, where, _("cannot read the schema"));
		return -1;
	}
	if (strcmp(PQgetvalue(r, 0, 0), "t") != 0) {
		PQclear(r);
		return 0;
	}
	PQclear(r);
	if ((v = adb_meta(conn, "schema_version")) == NULL) {
		*cause = xasprintf(_("%s: kanbao_meta has no schema_version: not a kanbao archive"),
		    where);
		return -1;
	}
	version = atoi(v);
	free(v);
	return version;
}

/* --- binary values ---------------------------------------------------------------- */

static int64_t
adb_be(const unsigned char *p, int n)
{
	uint64_t v = 0;
	int i;

	for (i = 0; i < n; i++)
		v = v << 8 | p[i];
	if (n == 2)
		return (int16_t)v;
	if (n == 4)
		return (int32_t)v;
	return (int64_t)v;
}

int64_t
adb_int(const PGresult *r, int row, int col)
{
	int n = PQgetlength(r, row, col);

	if (PQgetisnull(r, row, col))
		return 0;
	if (n == 1)	/* bool */
		return *PQgetvalue(r, row, col) != 0;
	return adb_be((const unsigned char *)PQgetvalue(r, row, col), n);
}

char *
adb_str(const PGresult *r, int row, int col, size_t *len)
{
	size_t n;
	char *s;

	if (PQgetisnull(r, row, col)) {
		if (len)
			*len = 0;
		return NULL;
	}
	n = (size_t)PQgetlength(r, row, col);
	s = xmalloc(n + 1);
	memcpy(s, PQgetvalue(r, row, col), n);
	s[n] = '\0';
	if (len)
		*len = n;
	return s;
}

/* A one-dimensional array: ndim, has-null, element type, then (size,
 * lower bound), then each element as length and bytes. */
int
adb_array(const char *v, size_t vlen, size_t *n)
{
	const unsigned char *p = (const unsigned char *)v;

	*n = 0;
	if (vlen < 12)
		return -1;
	if (adb_be(p, 4) == 0)
		return 0;		/* empty */
	if (adb_be(p, 4) != 1 || vlen < 20)
		return -1;
	*n = (size_t)adb_be(p + 12, 4);
	return 0;
}

const char *
adb_array_next(const char *v, size_t vlen, size_t *off, int *len)
{
	const unsigned char *p = (const unsigned char *)v;
	int32_t l;

	if (*off < 20)
		*off = 20;
	if (*off + 4 > vlen)
		return NULL;
	l = (int32_t)adb_be(p + *off, 4);
	*off += 4;
	if (l < 0) {		/* NULL */
		*len = 0;
		return v + *off;
	}
	if (*off + (size_t)l > vlen)
		return NULL;
	*len = l;
	*off += (size_t)l;
	return v + *off - l;
}

/* --- COPY rows ------------------------------------------------------------------ */

static void
adb_put_be(struct strbuf *b, uint64_t v, int n)
{
	char buf[8];
	int i;

	for (i = n - 1; i >= 0; i--, v >>= 8)
		buf[i] = (char)(v & 0xFF);
	strbuf_add(b, buf, (size_t)n);
}

void
adb_copy_begin(struct strbuf *b)
{
	strbuf_truncate(b, 0);
	strbuf_add(b, "PGCOPY\n\377\r\n\0", 11);
	adb_put_be(b, 0, 4);	/* flags */
	adb_put_be(b, 0, 4);	/* header extension */
}

void
adb_copy_row(struct strbuf *b, int fields)
{
	adb_put_be(b, (uint64_t)fields, 2);
}

void
adb_copy_int(struct strbuf *b, int64_t v, int bytes)
{
	adb_put_be(b, (uint64_t)bytes, 4);
	adb_put_be(b, (uint64_t)v, bytes);
}

void
adb_copy_bool(struct strbuf *b, bool v)
{
	adb_put_be(b, 1, 4);
	strbuf_addc(b, v ? 1 : 0);
}

void
adb_copy_bytes(struct strbuf *b, const char *s, size_t len)
{
	adb_put_be(b, len, 4);
	strbuf_add(b, s, len);
}

void
adb_copy_str(struct strbuf *b, const char *s)
{
	if (s == NULL)
		adb_copy_null(b);
	else
		adb_copy_bytes(b, s, strlen(s));
}

void
adb_copy_null(struct strbuf *b)
{
	adb_put_be(b, 0xFFFFFFFFu, 4);
}

/* The array header of n elements of type oid. */
static void
adb_array_head(struct strbuf *b, size_t n, size_t body, unsigned oid)
{
	adb_put_be(b, (n ? 20 : 12) + body, 4);
	adb_put_be(b, n ? 1 : 0, 4);
	adb_put_be(b, 0, 4);
	adb_put_be(b, oid, 4);
	if (n) {
		adb_put_be(b, n, 4);
		adb_put_be(b, 1, 4);
	}
}

void
adb_copy_int_array(struct strbuf *b, const int64_t *v, size_t n, int bytes)
{
	size_t i;

	adb_array_head(b, n, n * (4 + (size_t)bytes), bytes == 8 ? 20 : 23);
	for (i = 0; i < n; i++) {
		adb_put_be(b, (uint64_t)bytes, 4);
		adb_put_be(b, (uint64_t)v[i], bytes);
	}
}

void
adb_copy_int32_array(struct strbuf *b, const int32_t *v, size_t n)
{
	size_t i;

	adb_array_head(b, n, n * 8, 23);
	for (i = 0; i < n; i++) {
		adb_put_be(b, 4, 4);
		adb_put_be(b, (uint32_t)v[i], 4);
	}
}

void
adb_copy_bytes_array(struct strbuf *b, const char *const *s, const size_t *len,
    size_t n)
{
	size_t i, body = 0;

	for (i = 0; i < n; i++)
		body += 4 + len[i];
	adb_array_head(b, n, body, 17);
	for (i = 0; i < n; i++)
		adb_copy_bytes(b, s[i], len[i]);
}

int
adb_copy_send(PGconn *conn, const char *table_cols, struct strbuf *b,
    const char *where, char **cause)
{
	char *sql = xasprintf("COPY %s FROM STDIN (FORMAT binary)", table_cols);
	PGresult *r = PQexec(conn, sql);
	int ok;

	free(sql);
	ok = PQresultStatus(r) == PGRES_COPY_IN;
	PQclear(r);
	if (!ok) {
		*cause = adb_error(conn, where, _("cannot load"));
		return -1;
	}
	adb_put_be(b, 0xFFFF, 2);	/* the trailer */
	ok = PQputCopyData(conn, b->s, (int)b->len) == 1 &&
	    PQputCopyEnd(conn, NULL) == 1;
	r = PQgetResult(conn);
	ok = ok && PQresultStatus(r) == PGRES_COMMAND_OK;
	PQclear(r);
	while ((r = PQgetResult(conn)) != NULL)
		PQclear(r);
	if (!ok) {
		*cause = adb_error(conn, where, _("cannot load"));
		return -1;
	}
	return 0;
}

/* --- opening the archive ------------------------------------------------------- */

void
archive_db_close(struct archive_db *db)
{
	if (db == NULL)
		return;
	PQfinish(db->conn);
	/* The connection string may hold a password: not left in memory. */
	explicit_bzero(db->conninfo, strlen(db->conninfo));
	free(db->conninfo);
	free(db->where);
	free(db->han_table);
	free(db);
}

/* A reader's session settings, sent with the connection (no round trip
 * of their own): read-only; and every query has an index to use, so the
 * planner may not scan instead -- it sees a few thousand rows of issue
 * keys and scans them rather than use their GIN index, not counting that
 * each row is tens of kilobytes out of line: 2 s instead of 70 ms on a
 * ten-year daily. */
static const char adb_reader_options[] =
    "-c default_transaction_read_only=on -c enable_seqscan=off -c client_min_messages=warning";

/* Connect for reading, with the reader's settings after any options the
 * connection string gives. */
static PGconn *
adb_connect_session(const char *conninfo, const char *where, char **cause)
{
	PQconninfoOption *o;
	const char *keys[3] = { "dbname", "options", NULL }, *vals[3], *given;
	char *err = NULL, *opts;
	PGconn *conn;

	if (adb_pq_load(cause) != 0)
		return NULL;
	/* Parsed first: libpq's own message for a bad string may quote it,
	 * password and all. */
	if ((o = PQconninfoParse(conninfo, &err)) == NULL) {
		PQfreemem(err);
		*cause = xstrdup(_("the database connection string cannot be read (see \"Connection Strings\" in the PostgreSQL manual)"));
		return NULL;
	}
	given = adb_opt(o, "options");
	opts = given != NULL && *given != '\0' ?
	    xasprintf("%s %s", given, adb_reader_options) :
	    xstrdup(adb_reader_options);
	PQconninfoFree(o);
	vals[0] = conninfo;
	vals[1] = opts;
	vals[2] = NULL;
	conn = PQconnectdbParams(keys, vals, 1);
	free(opts);
	if (conn == NULL || PQstatus(conn) != CONNECTION_OK) {
		*cause = conn ? adb_error(conn, where, _("cannot connect")) :
		    xasprintf(_("%s: cannot connect: out of memory"), where);
		PQfinish(conn);
		return NULL;
	}
	return conn;
}

/* The archive's kanbao_meta, all of it in one query, into a and a->db;
 * the schema version, 0 when there is none, -1 with *cause when it
 * cannot be read. */
static int
adb_read_meta(struct archive *a, PGconn *conn, const char *where,
    char **cause)
{
	PGresult *r = PQexec(conn, "SELECT key, value FROM kanbao_meta");
	const char *state;
	int i, version = -1;

	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
		if (state != NULL && strcmp(state, "42P01") == 0) {
			PQclear(r);	/* undefined_table: no archive */
			return 0;
		}
		*cause = adb_error(conn, where, _("cannot read the schema"));
		PQclear(r);
		return -1;
	}
	for (i = 0; i < PQntuples(r); i++) {
		const char *k = PQgetvalue(r, i, 0), *v = PQgetvalue(r, i, 1);

		if (strcmp(k, "schema_version") == 0)
			version = atoi(v);
		else if (strcmp(k, "root") == 0 && a->root == NULL)
			a->root = xstrdup(v);
		else if (strcmp(k, "scope") == 0)
			a->scope = (enum archive_scope)atoi(v);
		else if (strcmp(k, "forced_charset") == 0 &&
		    a->forced_charset == NULL)
			a->forced_charset = xstrdup(v);
		else if (strcmp(k, "fold_han") == 0)
			a->db->fold_han = strcmp(v, "1") == 0;
		else if (strcmp(k, "han_table") == 0 && a->db->han_table == NULL)
			a->db->han_table = xstrdup(v);
	}
	PQclear(r);
	if (version < 0)
		*cause = xasprintf(_("%s: kanbao_meta has no schema_version: not a kanbao archive"),
		    where);
	return version;
}

/* Whether the schema version v is the one this build reads; else why not
 * in *cause. */
static bool
adb_version_ok(int v, const char *where, char **cause)
{
	if (v == 0)
		*cause = xasprintf(_("%s holds no kanbao archive: load one with kanbao --ingest PATH --database URI"),
		    where);
	else if (v > ARCHIVE_DB_SCHEMA)
		*cause = xasprintf(_("%s holds schema version %d, from a newer kanbao (this one reads version %d): upgrade kanbao"),
		    where, v, ARCHIVE_DB_SCHEMA);
	else if (v > 0 && v < ARCHIVE_DB_SCHEMA)
		*cause = xasprintf(_("%s holds schema version %d: run kanbao --ingest again to migrate it to version %d"),
		    where, v, ARCHIVE_DB_SCHEMA);
	return v == ARCHIVE_DB_SCHEMA;
}

/* Connect again for reading: the session is read-only, and the schema is
 * one this build reads. */
static PGconn *
adb_connect_reader(const char *conninfo, const char *where, char **cause)
{
	PGconn *conn = adb_connect_session(conninfo, where, cause);
	int v;

	if (conn == NULL)
		return NULL;
	v = adb_schema_version(conn, where, cause);
	if (v < 0 || !adb_version_ok(v, where, cause)) {
		PQfinish(conn);
		return NULL;
	}
	return conn;
}

int
archive_db_reconnect(struct archive *a, char **cause)
{
	PGconn *conn;

	if (a->db == NULL) {
		*cause = xstrdup(_("not a database archive"));
		return -1;
	}
	if (PQstatus(a->db->conn) == CONNECTION_OK) {
		PGresult *r = PQexec(a->db->conn, "SELECT 1");
		bool ok = PQresultStatus(r) == PGRES_TUPLES_OK;

		PQclear(r);
		if (ok)
			return 0;
	}
	if ((conn = adb_connect_reader(a->db->conninfo, a->db->where,
	    cause)) == NULL)
		return -1;
	PQfinish(a->db->conn);
	a->db->conn = conn;
	return 0;
}

static PGresult *
adb_query(PGconn *conn, const char *sql)
{
	return PQexecParams(conn, sql, 0, NULL, NULL, NULL, NULL, 1);
}

/* The diagnostics of rows [0, n) of r (level, file, line, byte, message)
 * added to dl. */
void	adb_add_diags(struct diag_list *dl, const PGresult *r);

void
adb_add_diags(struct diag_list *dl, const PGresult *r)
{
	int i, n = PQntuples(r);

	for (i = 0; i < n; i++) {
		char *file = adb_str(r, i, 1, NULL), *msg = adb_str(r, i, 4, NULL);

		diag_add(dl, (enum diag_level)adb_int(r, i, 0), file,
		    (unsigned long)adb_int(r, i, 2), adb_int(r, i, 3), "%s",
		    msg ? msg : "");
		free(file);
		free(msg);
	}
}

/* The archive's own diagnostics. */
static int
adb_load_diags(struct archive *a, PGconn *conn, const char *where,
    char **cause)
{
	PGresult *r = adb_query(conn, "SELECT level, file, line, byte, message FROM kanbao_diag WHERE issue IS NULL ORDER BY seq");

	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		*cause = adb_error(conn, where, _("cannot read the archive"));
		PQclear(r);
		return -1;
	}
	adb_add_diags(&a->diags, r);
	PQclear(r);
	return 0;
}

/* The publications and the list of their issues. */
static int
adb_load_listing(struct archive *a, PGconn *conn, const char *where,
    char **cause)
{
	PGresult *r;
	size_t i, n, p;

	r = adb_query(conn, "SELECT id, name, charset, lang FROM kanbao_publication ORDER BY ord");
	if (PQresultStatus(r) != PGRES_TUPLES_OK)
		goto fail;
	a->n_pubs = (size_t)PQntuples(r);
	a->pubs = xcalloc(a->n_pubs ? a->n_pubs : 1, sizeof *a->pubs);
	for (i = 0; i < a->n_pubs; i++) {
		a->pubs[i].id = adb_str(r, (int)i, 0, NULL);
		a->pubs[i].name = adb_str(r, (int)i, 1, NULL);
		a->pubs[i].charset = adb_str(r, (int)i, 2, NULL);
		a->pubs[i].lang = adb_str(r, (int)i, 3, NULL);
		a->pubs[i].archive = a;
	}
	PQclear(r);
	r = adb_query(conn, "SELECT p.ord, i.pk, i.date, i.number, i.title, i.path, i.single_file "
	    "FROM kanbao_issue i JOIN kanbao_publication p ON p.id = i.pub "
	    "ORDER BY p.ord, i.ord");
	if (PQresultStatus(r) != PGRES_TUPLES_OK)
		goto fail;
	n = (size_t)PQntuples(r);
	for (i = 0; i < n; i++) {
		struct publication *pub;
		struct issue *is;
		size_t cap;

		p = (size_t)adb_int(r, (int)i, 0);
		if (p >= a->n_pubs)
			continue;
		pub = &a->pubs[p];
		cap = pub->n_issues;
		pub->issues = xgrow(pub->issues, &cap, cap + 1, sizeof *is);
		is = &pub->issues[pub->n_issues++];
		memset(is, 0, sizeof *is);
		is->db_id = adb_int(r, (int)i, 1);
		is->date = adb_str(r, (int)i, 2, NULL);
		is->number = (int)adb_int(r, (int)i, 3);
		is->title = adb_str(r, (int)i, 4, NULL);
		is->path = adb_str(r, (int)i, 5, NULL);
		is->single_file = adb_int(r, (int)i, 6) != 0;
		if (is->date == NULL)
			is->date = xstrdup("");
		if (is->path == NULL)
			is->path = xstrdup("");
		archive_issue_edition(is, archive_path_edition(is->path));
	}
	PQclear(r);
	for (i = 0; i < a->n_pubs; i++)
		for (p = 0; p < a->pubs[i].n_issues; p++)
			a->pubs[i].issues[p].publication = &a->pubs[i];
	return 0;
fail:
	*cause = adb_error(conn, where, _("cannot read the archive"));
	PQclear(r);
	return -1;
}

/* The table the text was folded with (adb_han_text's form in
 * archive_db_ingest.c) made this process's, unless it has one already or
 * the table is not for this build's ranges: queries are folded as the
 * text was, without loading OpenCC. */
static void
adb_han_preset(const char *text)
{
	size_t n = searchfold_han_size(), i;
	uint32_t *t;
	char *end;
	unsigned long v;

	if (text == NULL || strtoul(text, &end, 16) != n || *end != ';')
		return;
	t = xcalloc(n, sizeof *t);
	for (text = end + 1; *text != '\0'; text = end + 1) {
		i = strtoul(text, &end, 16);
		if (*end != ':' || i >= n)
			break;
		v = strtoul(end + 1, &end, 16);
		if (*end != ',')
			break;
		t[i] = (uint32_t)v;
	}
	if (*text == '\0')
		searchfold_han_preset(t);
	free(t);
}

static struct archive *
adb_open(const char *conninfo, bool listed, char **cause)
{
	struct archive *a;
	char *where = archive_db_where(conninfo);
	PGconn *conn;
	int v;

	*cause = NULL;
	if ((conn = adb_connect_session(conninfo, where, cause)) == NULL) {
		free(where);
		return NULL;
	}
	a = xcalloc(1, sizeof *a);
	a->scope = SCOPE_ARCHIVE;
	a->db = xcalloc(1, sizeof *a->db);
	a->db->conn = conn;
	a->db->conninfo = xstrdup(conninfo);
	a->db->where = where;
	v = adb_read_meta(a, conn, where, cause);
	if (v < 0 || !adb_version_ok(v, where, cause))
		goto fail;
	if (a->root == NULL) {
		*cause = xasprintf(_("%s holds no kanbao archive yet (an ingest has not finished its first step)"),
		    where);
		goto fail;
	}
	if (a->db->fold_han)
		adb_han_preset(a->db->han_table);
	if (adb_load_diags(a, conn, where, cause) != 0)
		goto fail;
	if (listed && archive_db_list(a, cause) != 0)
		goto fail;
	return a;
fail:
	archive_free(a);
	return NULL;
}

struct archive *
archive_open_db(const char *conninfo, char **cause)
{
	return adb_open(conninfo, true, cause);
}

struct archive *
archive_open_db_unlisted(const char *conninfo, char **cause)
{
	return adb_open(conninfo, false, cause);
}

int
archive_db_list(struct archive *a, char **cause)
{
	*cause = NULL;
	if (a->db == NULL || a->db->listed)
		return 0;
	if (PQstatus(a->db->conn) != CONNECTION_OK &&
	    archive_db_reconnect(a, cause) != 0)
		return -1;
	if (adb_load_listing(a, a->db->conn, a->db->where, cause) != 0)
		return -1;
	a->db->listed = true;
	return 0;
}

#endif /* HAVE_LIBPQ */

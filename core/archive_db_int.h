/* SPDX-License-Identifier: ISC */
/* archive_db_int.h: what the files of the PostgreSQL archive share.
 * Included by archive_db*.c and archive_search_db.c only, and only when
 * built with libpq. */
#ifndef KANBAO_ARCHIVE_DB_INT_H
#define KANBAO_ARCHIVE_DB_INT_H

#include <stdint.h>

#include "archive_db_pq.h"

#include "strbuf.h"

struct archive_db {
	PGconn		*conn;
	char		*conninfo;	/* kept to connect again; never shown */
	char		*where;		/* "database D on host H" */
	bool		 fold_han;	/* the text was folded with OpenCC */
	char		*han_table;	/* the table it was folded with */
	bool		 listed;	/* publications and issues read */
};

/* Connect to conninfo; NULL with *cause set (naming the database and its
 * host only). */
PGconn	*adb_connect(const char *conninfo, char **cause);
/* Why the last command on conn failed, one line, with where.  Caller
 * frees. */
char	*adb_error(PGconn *, const char *where, const char *what);
/* The schema version the database holds: 0 when none, -1 with *cause set
 * when it cannot be read. */
int	adb_schema_version(PGconn *, const char *where, char **cause);
/* A kanbao_meta value, or NULL.  Caller frees. */
char	*adb_meta(PGconn *, const char *key);

/* Reading binary results. */
int64_t	 adb_int(const PGresult *, int row, int col);
/* A bytea or text column: NULL when SQL NULL, else a NUL-terminated copy
 * (caller frees); its length in *len when len is not NULL. */
char	*adb_str(const PGresult *, int row, int col, size_t *len);
/* A one-dimensional binary array value: its count n, then its elements
 * one after the other, as a pointer and length into the result. */
int	 adb_array(const char *v, size_t vlen, size_t *n);
/* The element at *off (0: the first) and *off moved past it; NULL at the
 * end.  A walk over all n costs n, not n squared. */
const char *adb_array_next(const char *v, size_t vlen, size_t *off, int *len);

/* COPY ... FROM STDIN (FORMAT binary) rows, built in a buffer. */
void	adb_copy_begin(struct strbuf *);
void	adb_copy_row(struct strbuf *, int fields);
void	adb_copy_int(struct strbuf *, int64_t v, int bytes);
void	adb_copy_bool(struct strbuf *, bool v);
void	adb_copy_bytes(struct strbuf *, const char *s, size_t len);
/* s NUL-terminated; NULL is SQL NULL. */
void	adb_copy_str(struct strbuf *, const char *s);
void	adb_copy_null(struct strbuf *);
/* An int4[] or int8[] (bytes 4 or 8) of n values. */
void	adb_copy_int_array(struct strbuf *, const int64_t *v, size_t n,
	    int bytes);
void	adb_copy_int32_array(struct strbuf *, const int32_t *v, size_t n);
/* A bytea[] of n values. */
void	adb_copy_bytes_array(struct strbuf *, const char *const *s,
	    const size_t *len, size_t n);
/* Send the buffer as COPY table (columns) FROM STDIN; 0 or -1 with
 * *cause. */
int	adb_copy_send(PGconn *, const char *table_cols, struct strbuf *,
	    const char *where, char **cause);

/* Run sql (no parameters); 0, or -1 with *cause set. */
int	adb_exec(PGconn *, const char *sql, const char *where, char **cause);

#endif

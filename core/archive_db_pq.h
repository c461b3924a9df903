/* SPDX-License-Identifier: ISC */
/* archive_db_pq.h: libpq, opened when the first database is opened.
 *
 * libpq brings TLS, Kerberos, LDAP and their dependencies into every run
 * of kanbao (2 to 3 ms before main) though most runs open no database.
 * Where configure found its soname (LIBPQ_SONAME) it is not linked: each
 * PQ function used below names a pointer filled by adb_pq_load
 * (dynlib.h); elsewhere the names are libpq's own.  Included through
 * archive_db_int.h only. */
#ifndef KANBAO_ARCHIVE_DB_PQ_H
#define KANBAO_ARCHIVE_DB_PQ_H

#include <libpq-fe.h>

/* Every libpq function kanbao calls. */
#define ADB_PQ_FUNCTIONS(X) \
	X(PQcancel) X(PQclear) X(PQconnectdb) X(PQconnectdbParams) \
	X(PQconninfoFree) X(PQconninfoParse) X(PQerrorMessage) X(PQexec) \
	X(PQexecParams) X(PQfinish) X(PQfreeCancel) X(PQfreemem) \
	X(PQgetCancel) X(PQgetResult) X(PQgetisnull) X(PQgetlength) \
	X(PQgetvalue) X(PQntuples) X(PQputCopyData) X(PQputCopyEnd) \
	X(PQresultErrorField) X(PQresultStatus) X(PQsendQueryParams) \
	X(PQsetSingleRowMode) X(PQstatus)

/* Make libpq's functions callable: 0, or -1 with why (naming the
 * library) in *cause (caller frees).  Called before the first PQ call of
 * every entry point; later calls cost a test. */
int	adb_pq_load(char **cause);

#ifdef LIBPQ_SONAME
#define ADB_PQ_EXTERN(f)	extern __typeof__(f) *adb_pq_##f;
ADB_PQ_FUNCTIONS(ADB_PQ_EXTERN)
#undef ADB_PQ_EXTERN
/* From here on a call to PQexec is a call through adb_pq_PQexec. */
#define PQcancel		adb_pq_PQcancel
#define PQclear			adb_pq_PQclear
#define PQconnectdb		adb_pq_PQconnectdb
#define PQconnectdbParams	adb_pq_PQconnectdbParams
#define PQconninfoFree		adb_pq_PQconninfoFree
#define PQconninfoParse		adb_pq_PQconninfoParse
#define PQerrorMessage		adb_pq_PQerrorMessage
#define PQexec			adb_pq_PQexec
#define PQexecParams		adb_pq_PQexecParams
#define PQfinish		adb_pq_PQfinish
#define PQfreeCancel		adb_pq_PQfreeCancel
#define PQfreemem		adb_pq_PQfreemem
#define PQgetCancel		adb_pq_PQgetCancel
#define PQgetResult		adb_pq_PQgetResult
#define PQgetisnull		adb_pq_PQgetisnull
#define PQgetlength		adb_pq_PQgetlength
#define PQgetvalue		adb_pq_PQgetvalue
#define PQntuples		adb_pq_PQntuples
#define PQputCopyData		adb_pq_PQputCopyData
#define PQputCopyEnd		adb_pq_PQputCopyEnd
#define PQresultErrorField	adb_pq_PQresultErrorField
#define PQresultStatus		adb_pq_PQresultStatus
#define PQsendQueryParams	adb_pq_PQsendQueryParams
#define PQsetSingleRowMode	adb_pq_PQsetSingleRowMode
#define PQstatus		adb_pq_PQstatus
#endif

#endif

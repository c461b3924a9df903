/* SPDX-License-Identifier: ISC */
/* archive_db.h: an archive kept in a PostgreSQL database.
 *
 * kanbao --ingest PATH --database URI loads the archive at PATH (every
 * field of the model: publications, issues, pages with their decoded text,
 * furniture and removed artefacts, articles with every element and its
 * source span, the diagnostics loading gave) into the database URI, a
 * libpq connection string.  Each issue is one transaction; a run again
 * reloads only the issues whose files changed (their size, modification
 * time and a hash of their names).  kanbao creates the schema and
 * migrates it (kanbao_meta.schema_version); a newer schema is refused.
 *
 * archive_open_db gives a struct archive read from the database: its
 * issues are listed and its pages loaded from the database when asked, so
 * every command reads it as it reads the files, with the same output.
 * The reader's session is read-only.  The search of the database is in
 * archive_search.h.
 *
 * Messages name the database and its host, never the connection string
 * (which may hold a password).
 *
 * Core only: never includes curses, never prints. */
#ifndef KANBAO_ARCHIVE_DB_H
#define KANBAO_ARCHIVE_DB_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>

#include "archive_search.h"
#include "model.h"

/* The schema this build reads and writes. */
#define ARCHIVE_DB_SCHEMA	2

/* Whether this build can use a database at all (libpq). */
bool	archive_db_available(void);
/* Whether a was opened from a database. */
bool	archive_is_db(const struct archive *a);

/* The archive in the database conninfo.  NULL with *cause set (caller
 * frees) when it cannot be reached or read. */
struct archive *archive_open_db(const char *conninfo, char **cause);
/* The same without the list of its publications and issues (a search
 * needs none): n_pubs is 0 until archive_db_list reads them (0, or -1
 * with *cause set). */
struct archive *archive_open_db_unlisted(const char *conninfo, char **cause);
int	archive_db_list(struct archive *a, char **cause);
/* Connect again after a failure (the server restarted); 0 when the
 * database answers now, else -1 with *cause set. */
int	archive_db_reconnect(struct archive *a, char **cause);
/* "database D on host H" for messages.  Caller frees. */
char	*archive_db_where(const char *conninfo);

/* Called while ingesting: done of total issues, how many were loaded (the
 * rest unchanged).  Nonzero stops after the issue in hand. */
typedef int (*archive_db_progress_fn)(size_t done, size_t total,
	    size_t loaded, void *arg);
/* Load the archive at path into conninfo.  stop (may be NULL) is looked
 * at between issues: set by a signal handler, it ends the run cleanly.
 * Returns 0, 1 when stopped, -1 with *cause set. */
int	archive_db_ingest(const char *path, const char *encoding,
	    const char *conninfo, archive_db_progress_fn, void *arg,
	    volatile sig_atomic_t *stop, char **cause);

/* For archive.c: list an issue's pages, load a page, free the link. */
void	archive_db_scan_issue(struct issue *is);
void	archive_db_load_page(struct page *p);
void	archive_db_close(struct archive_db *);

/* For archive_search.c: asearch_each on a database archive. */
long	asearch_db_each(struct archive *a, const struct search_pattern *,
	    const struct asearch_scope *, enum asearch_order, asearch_hit_fn,
	    asearch_progress_fn, void *arg, char **cause);

#endif

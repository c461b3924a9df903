/* SPDX-License-Identifier: ISC */
/* bookmark_file.h: the bookmarks file: its format, reading, and saving that
 * survives crashes and other kanbao processes.
 *
 * The file ($XDG_DATA_HOME/kanbao/bookmarks) is UTF-8 text, one line each:
 *
 *	kanbao-bookmarks 1
 *	# comment lines and blank lines are ignored
 *	ID TAB CREATED TAB MODIFIED TAB STATE TAB NAME TAB ARTICLE TAB
 *	    BLOCK:OFFSET TAB HEADLINE TAB SNIPPET TAB NOTE TAB ARCHIVE
 *
 * CREATED and MODIFIED are UTC times, 2024-05-06T07:30:00.250Z; STATE is
 * "live" or "deleted" (a tombstone).  In every field a backslash, tab,
 * newline and carriage return are written \\, \t, \n and \r.  kanbao(1)
 * documents the format (man/bookmarks.section.txt).
 *
 * A line that cannot be read is reported as FILE:LINE and skipped; the
 * others load.  Before a broken file is replaced it is copied aside to
 * FILE.broken-YYYYMMDDTHHMMSSZ.  Core only: never prints. */
#ifndef KANBAO_BOOKMARK_FILE_H
#define KANBAO_BOOKMARK_FILE_H

#include <stddef.h>

#include "bookmark.h"
#include "strbuf.h"

#define BOOKMARK_FILE_MAGIC	"kanbao-bookmarks"
#define BOOKMARK_FILE_VERSION	1
#define BOOKMARK_FILE_FIELDS	11

/* $XDG_DATA_HOME/kanbao/bookmarks (or ~/.local/share/...), NULL when there
 * is no home directory.  Caller frees. */
char	*bookmark_file_default(void);

/* --- format --- */
/* "2024-05-06T07:30:00.250Z" for ms since the epoch; parsing returns 0, or
 * -1 for anything else. */
void	 bookmark_time_format(struct strbuf *, long long ms);
int	 bookmark_time_parse(const char *, long long *ms);
/* One record as a line, with its newline. */
void	 bookmark_format(struct strbuf *, const struct bookmark *);
/* One record line (no newline) into bm (which the caller clears).  Returns
 * 0 (warnings may have been added), or -1 with an error in dl. */
int	 bookmark_parse_line(const char *line, size_t len, struct bookmark *bm,
	    const char *file, unsigned long lineno, struct diag_list *dl);
/* A whole file's text, merged into st by id.  *version: the header's
 * version, 0 when it has none.  Returns the number of lines rejected (a
 * missing or unknown header counts). */
size_t	 bookmark_parse(struct bookmark_store *st, const char *text,
	    size_t len, const char *file, struct diag_list *dl, int *version);
/* The header and every record, tombstones included. */
void	 bookmark_serialise(struct strbuf *, const struct bookmark_store *);

/* --- the store and its file --- */
/* A store read from path (which need not exist yet); path NULL: in memory
 * only, nothing is ever read or written.  Problems are in st->diags; a
 * file that cannot be read at all is an error there, and saving will not
 * replace it.  Caller frees with bookmark_store_free. */
struct bookmark_store *bookmark_store_open(const char *path);
/* Write the store's changes: lock the file, read it again and merge it in
 * (changes other processes saved are kept), write the whole, unlock.
 * Returns 0 once the bookmarks are on disk, or -1 and *cause (caller
 * frees): the changes stay in the store and the next save tries again.
 * A store in memory only, or without changes, returns 0 at once. */
int	 bookmark_store_save(struct bookmark_store *, char **cause);
/* Read the file again and merge in what other processes saved.  Returns 0,
 * or -1 and *cause. */
int	 bookmark_store_reload(struct bookmark_store *, char **cause);
/* Merge the records of another bookmarks file (an export) into the store;
 * its problems go to dl.  Save afterwards.  Returns 0, or -1 and *cause
 * when it cannot be read or is from a newer kanbao. */
int	 bookmark_store_import(struct bookmark_store *, const char *path,
	    struct diag_list *dl, struct bookmark_merge_stats *, char **cause);
/* Write every record, tombstones included, to path, replacing it
 * atomically.  Returns 0, or -1 and *cause. */
int	 bookmark_store_export(const struct bookmark_store *, const char *path,
	    char **cause);
/* Called at each step of a save (see bookmark_file.c) when not NULL: a
 * test program sets it to crash there (tests/bookmark_crash_helper.c).
 * kanbao itself never sets it, so the installed binary has no such hook. */
extern void (*bookmark_save_step_hook)(void);

#endif

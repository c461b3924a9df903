/* SPDX-License-Identifier: ISC */
/* archive.h: finding publications, issues and pages on disk.
 *
 * Layouts read:
 *   ARCHIVE/PUBLICATION/YYYY-MM-DD/NN.txt   one file per page
 *   ARCHIVE/PUBLICATION/YYYY-MM-DD.txt      pages split by form feed
 *   ARCHIVE/PUBLICATION/publication.conf    optional: name, charset, lang
 *   BATCH/data/LCCN/REEL/YYYYMMDDEE/        a Chronicling America batch: a
 *       title (LCCN) is a publication, an edition an issue read through
 *       its METS (YYYYMMDDEE.xml), else its page files
 * A path on the command line may also be a publication directory, an issue
 * directory or file, or a single page file.
 *
 * Opening reads directories only; pages are read when loaded. */
#ifndef KANBAO_ARCHIVE_H
#define KANBAO_ARCHIVE_H

#include "model.h"

/* Open path (archive, publication, issue or page).  Always returns an
 * archive; problems are in its diagnostics.  forced_charset may be NULL.
 * Caller frees with archive_free. */
struct archive *archive_open(const char *path, const char *forced_charset);
void	archive_free(struct archive *);
/* The same, confined: a symlink (or a METS file's reference) that resolves
 * to somewhere outside path's real location is not followed; a warning
 * names it.  Kiosk mode opens its archive so. */
struct archive *archive_open_confined(const char *path, const char *forced_charset);
/* Whether path may be read: always for an archive that is not confined,
 * else only when its real location is inside the archive's.  When not, an
 * error for path is added to dl (when not NULL). */
int	archive_path_allowed(const struct archive *, const char *path,
	    struct diag_list *dl);

/* List an issue's pages (reads the directory, or for a single-file issue
 * the file).  Idempotent. */
void	issue_scan(struct issue *);
/* What loading would report about the issue's files without loading
 * them: the issue listed (issue_scan), each page file opened and closed.
 * A page that cannot be read gets loading's diagnostic and page->failed.
 * For a search answered from the cache, which loads nothing. */
void	issue_check_files(struct issue *);
/* Read and segment a page.  Idempotent; on failure page->failed is set and
 * the page has no articles. */
void	page_load(struct page *);
/* Load every page of an issue and link jump lines to their continuations. */
void	issue_load(struct issue *);

/* Stable ids: "PUB/YYYY-MM-DD", "PUB/YYYY-MM-DD/NN", "PUB/YYYY-MM-DD/NN/K"
 * (a day's second edition: YYYY-MM-DD-ed2).  Caller frees. */
char	*issue_id(const struct issue *);
char	*page_id(const struct page *);
char	*article_id(const struct article *);
/* A batch's edition n of a day (1: the first): the second and later say
 * so in lists and ids (DATE-edN, issue.key). */
void	archive_issue_edition(struct issue *, int n);
/* The edition a batch path names (REEL/YYYYMMDDEE, or its METS
 * YYYYMMDDEE.xml): EE, or 0 when it names none. */
int	archive_path_edition(const char *path);

/* What an id names; the lookup loads what it must.  Each returns NULL when
 * nothing matches. */
struct publication *archive_find_publication(struct archive *, const char *id);
struct issue	*archive_find_issue(struct archive *, const char *id);
struct page	*archive_find_page(struct archive *, const char *id);
const struct article *archive_find_article(struct archive *, const char *id);

#endif

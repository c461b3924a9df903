/* SPDX-License-Identifier: ISC */
/* textcache.h: the search cache, the clean text of a whole archive in one
 * file, mapped read-only and shared by every process that searches it.
 *
 * The file holds, for every article in archive order, its id, publication,
 * date, page number and title; for every block of its layout doc (the text
 * search_doc searches) the clean text, the same text folded as search
 * patterns are folded, and where its source lines begin; and the path,
 * size and modification time of every file and directory it was made from.
 * It lives in $XDG_CACHE_HOME/kanbao (else ~/.cache/kanbao), named by a
 * hash of the archive's real path.  A cache whose files changed, or that
 * fails any check (it is an untrusted file), is rebuilt, never trusted.
 * Building writes a temporary file and renames it, so a reader never sees
 * half a file.  When the old file is a sound cache of the same archive by
 * the same build, the rebuild is an update: the entries of every issue
 * whose files did not change are copied from it, and only the others are
 * loaded and segmented (textcache_update.c); the file is the same as a
 * full build's.
 *
 * Searching scans the folded text of a range of articles (memchr or vector
 * compares, textcache_find.c) and searches each block found again with
 * search_text, so the hits are exactly those of the path without the
 * cache.
 *
 * Core only: never includes curses, never prints. */
#ifndef KANBAO_TEXTCACHE_H
#define KANBAO_TEXTCACHE_H

#include <stdbool.h>
#include <stddef.h>

#include "search.h"
#include "strbuf.h"

/* textcache_open flags. */
#define TEXTCACHE_READONLY	0x1	/* read a cache, never write one (kiosk) */
#define TEXTCACHE_REBUILD	0x2	/* build even when the cache is valid */
/* Check only the archive's own files (its directory, its publications'
 * and their configuration: an issue added or removed is seen), not every
 * issue's: the caller checks those it reads with textcache_fresh. */
#define TEXTCACHE_QUICK		0x4

struct textcache;

/* One article of the cache.  Strings point into the mapping (not
 * NUL-terminated: lengths given). */
struct textcache_article {
	const char	*id, *pub, *pub_name, *date, *title;
	size_t		 id_len, pub_len, pub_name_len, date_len, title_len;
	int		 page;		/* page number */
};

/* One block of an article (block: its index in the article's layout doc),
 * its clean text, and the source line where byte off of it began. */
struct textcache_block {
	size_t		 article, block;
	const char	*text;
	size_t		 len;
	bool		 plain;		/* nothing in text needs a stand-in (sanitize.h) */
};

/* Called while building: done of total issues (those loaded, not those
 * an update copies).  Returns nonzero to stop
 * (the cache is then not written). */
typedef int (*textcache_progress_fn)(size_t done, size_t total, void *arg);

/* Where the cache of the archive at path (opened with encoding, may be
 * NULL) lives.  NULL when neither XDG_CACHE_HOME nor HOME says.  Caller
 * frees. */
char	*textcache_path(const char *archive_path, const char *encoding);

/* The cache of the archive at path: mapped when it is valid, else (unless
 * TEXTCACHE_READONLY) built first.  Returns NULL and sets *cause (caller
 * frees; NULL when stopped by progress) when there is none to be had.
 * Caller frees with textcache_close. */
struct textcache *textcache_open(const char *archive_path, const char *encoding,
	    unsigned flags, textcache_progress_fn, void *arg, char **cause);
void	textcache_close(struct textcache *);
/* Take the Traditional to Simplified table from the archive's cache file,
 * if there is one of this version, so that compiling a query with an
 * ideograph does not load OpenCC (tens of milliseconds).  Cheap: the
 * archive's files are not checked (the table does not depend on them). */
void	textcache_han_preload(const char *archive_path, const char *encoding);

/* Build the cache of the archive at path into file (replaced atomically),
 * updating what file holds when it can.  Returns 0, 1 when stopped by
 * progress, or -1 with *cause set. */
int	textcache_build(const char *archive_path, const char *encoding,
	    const char *file, textcache_progress_fn, void *arg, char **cause);

/* Map the cache file and check it: its structure, that it was made from
 * the archive at path with this encoding and this build's folding, and
 * that no file it was made from changed.  NULL with *cause set otherwise. */
struct textcache *textcache_map(const char *file, const char *archive_path,
	    const char *encoding, char **cause);

/* Whether the cache file is still whole: another process may truncate it
 * while it is mapped.  Touching the part cut off reads zeros, not SIGBUS
 * (textcache_guard.c), and then this says false: check it before using a
 * mapping kept between searches, and after a search (false: drop what it
 * found, close the cache and open it again, which rebuilds it). */
bool	textcache_intact(const struct textcache *);
/* Whether a file the mapped cache was made from changed since (one stat
 * of each): then open it again, which updates it. */
bool	textcache_stale(const struct textcache *, const char *archive_path);

/* Whether the files of the issues holding articles [first, last) are as
 * they were (one stat of each). */
bool	textcache_fresh(const struct textcache *, const char *archive_path,
	    size_t first, size_t last);
/* The path (below the archive) of the issue holding article i, or NULL
 * (damaged). */
const char *textcache_issue_path(const struct textcache *, size_t i);
/* The issues (their paths below the archive, and their numbers in
 * (*first)) that could not be read, whole or in part, when the cache was
 * made: their number.  Caller frees both arrays. */
size_t	textcache_troubled(const struct textcache *, const char ***paths,
	    size_t **first);
/* Whether the files of issue k (as textcache_troubled numbers it) are as
 * they were. */
bool	textcache_issue_fresh(const struct textcache *, const char *archive_path,
	    size_t k);
size_t	textcache_articles(const struct textcache *);
/* Article i (< textcache_articles).  Returns -1 when its entry is
 * damaged. */
int	textcache_article(const struct textcache *, size_t i,
	    struct textcache_article *);
/* Article i's id alone (what a hit's line starts with), and whether
 * nothing in it needs a stand-in on a terminal (sanitize.h).  -1 when its
 * entry is damaged. */
int	textcache_article_id(const struct textcache *, size_t i,
	    const char **id, size_t *len, bool *plain);
/* The source line of byte off of block bi (a global block number, as
 * textcache_search reports). */
unsigned long textcache_line(const struct textcache *, size_t bi, size_t off);

/* A hit found by textcache_search: block bi (global) of the cache, with
 * the hit in it as search_text gives it (h.block is the block's index in
 * its article's layout doc). */
typedef int (*textcache_hit_fn)(const struct textcache *, size_t bi,
	    const struct textcache_block *, const struct search_hit *h,
	    void *arg);

/* Every hit of sp in articles [first, last), in order.  fn returning
 * nonzero stops the search.  Returns the number of hits, or -1 when the
 * cache cannot answer (found damaged, or folded without the Traditional
 * to Simplified conversion the query needs): search without it. */
long	textcache_search(const struct textcache *, const struct search_pattern *,
	    size_t first, size_t last, textcache_hit_fn fn, void *arg);

/* textcache_search on several threads (textcache_par.c): the articles'
 * text is cut into chunks (between blocks) that worker threads search at
 * once.  put is called on a worker for each hit of a chunk, in order, to
 * add what the hit gives to out, the chunk's buffer; flush is called on
 * the calling thread with each chunk's buffer in archive order (s, len,
 * and how many hits went into it) as soon as the chunks before it are
 * flushed, so the output streams and is exactly the serial order.  put
 * runs on several threads at once: it must not change anything but out
 * (arg is shared).  put or flush returning nonzero stops the search.
 * threads is the number of workers; 0 chooses (textcache_threads), 1
 * searches on the calling thread, in chunks all the same.  Returns what
 * textcache_search returns, and the chunks flushed are those that would
 * have been reported before it stopped. */
typedef int (*textcache_put_fn)(const struct textcache *, size_t bi,
	    const struct textcache_block *, const struct search_hit *h,
	    struct strbuf *out, const void *arg);
typedef int (*textcache_flush_fn)(const char *s, size_t len, long hits,
	    void *arg);

long	textcache_search_par(const struct textcache *,
	    const struct search_pattern *, size_t first, size_t last,
	    unsigned threads, textcache_put_fn put, textcache_flush_fn flush,
	    void *arg);
/* The workers textcache_search_par uses for len bytes of text when asked
 * for 0: one per processor this process may run on, at most
 * TEXTCACHE_MAX_THREADS, and 1 for a short text (threads cost more than
 * they save there). */
#define TEXTCACHE_MAX_THREADS	8
unsigned textcache_threads(size_t len);

#endif

/* SPDX-License-Identifier: ISC */
/* archive_search.h: searching an archive, the one interface the reader and
 * the command line call.
 *
 * What is searched (struct asearch_scope): a publication, an id prefix (an
 * issue, page or article), and a range of dates; in which order: archive
 * order, or newest issue first (ties in archive order); literal or folded
 * is the pattern's (search_compile).  A progress function called between
 * issues stops the search by returning nonzero.
 *
 * Three backends give the same hits in the same order:
 *   - the archive's PostgreSQL database, when the archive was opened from
 *     one (archive_open_db; archive_search_db.c);
 *   - the local search cache (textcache.h), when the caller has one;
 *   - else the archive's pages, loaded issue by issue.
 *
 * Core only: never includes curses, never prints. */
#ifndef KANBAO_ARCHIVE_SEARCH_H
#define KANBAO_ARCHIVE_SEARCH_H

#include <stdbool.h>
#include <stddef.h>

#include "model.h"
#include "search.h"
#include "strbuf.h"

struct textcache;

/* The issues and articles searched.  Every field may be NULL (no limit). */
struct asearch_scope {
	const char	*pub;		/* a publication id */
	const char	*prefix;	/* an id: the article, page, issue or
					 * publication it names ("" all) */
	const char	*from, *to;	/* YYYY, YYYY-MM or YYYY-MM-DD, inclusive */
};

enum asearch_order {
	ASEARCH_ARCHIVE_ORDER,
	ASEARCH_NEWEST_FIRST
};

/* One hit.  Strings are not NUL-terminated (lengths given) and live until
 * the callback returns. */
struct asearch_hit {
	const char	*id, *pub_name, *date, *title;
	size_t		 id_len, pub_name_len, date_len, title_len;
	bool		 id_plain;	/* nothing in id needs a stand-in */
	int		 page;		/* page number */
	const char	*text;		/* the block's clean text */
	size_t		 len;
	bool		 plain;		/* nothing in text needs a stand-in */
	struct search_hit h;		/* h.block: the block in the article's doc */
	unsigned long	 line;		/* the source line where the hit begins */
};

/* Where to search: archive always; cache when the caller has one (NULL:
 * none), and its index (textcache_index.h; NULL: scan the cache). */
struct tc_index;
struct asearch_source {
	struct archive		*archive;
	const struct textcache	*cache;
	const struct tc_index	*index;
};

/* Called with each hit, in order, on the calling thread; nonzero stops. */
typedef int (*asearch_hit_fn)(const struct asearch_hit *, void *arg);
/* Called before each issue is searched (done of total, hits so far);
 * nonzero stops, keeping what was found. */
typedef int (*asearch_progress_fn)(size_t done, size_t total, size_t hits,
	    void *arg);
/* For asearch_stream: put may run on several threads at once and changes
 * nothing but out; flush gets the buffers in order on the calling
 * thread.  Either returning nonzero stops. */
typedef int (*asearch_put_fn)(const struct asearch_hit *, struct strbuf *out,
	    const void *arg);
typedef int (*asearch_flush_fn)(const char *s, size_t len, long hits,
	    void *arg);

/* Whether date (len bytes) is inside the scope's --from .. --to. */
bool	asearch_date_in(const struct asearch_scope *, const char *date,
	    size_t len);
/* Whether the article id (len bytes) is in the scope (pub, prefix). */
bool	asearch_id_in(const struct asearch_scope *, const char *id,
	    size_t len);
/* Whether an issue of publication pub and date may hold articles in the
 * scope. */
bool	asearch_issue_in(const struct asearch_scope *, const char *pub,
	    size_t pub_len, const char *date, size_t date_len);
/* YYYY, YYYY-MM or YYYY-MM-DD (n bytes), or nothing. */
bool	asearch_date_ok(const char *s, size_t n);
/* "FROM..TO" (either may be missing) into from and to; -1 when
 * malformed. */
int	asearch_parse_dates(const char *s, char from[11], char to[11]);

/* Every hit of sp in the scope, in order, one call of fn each.  Returns
 * the number of hits, or -1 with *cause set (caller frees) when the
 * database failed. */
long	asearch_each(const struct asearch_source *, const struct search_pattern *,
	    const struct asearch_scope *, enum asearch_order, asearch_hit_fn,
	    asearch_progress_fn, void *arg, char **cause);
/* The same in archive order through put and flush, put on threads workers
 * (0 chooses) where the backend can. */
long	asearch_stream(const struct asearch_source *,
	    const struct search_pattern *, const struct asearch_scope *,
	    unsigned threads, asearch_put_fn, asearch_flush_fn, void *arg,
	    char **cause);

/* The source line where byte off of a block of article a's layout doc
 * begins (the loaded path; the cache and database store it). */
struct layout_block;
unsigned long asearch_line(const struct article *a,
	    const struct layout_block *b, size_t off);

#endif

/* SPDX-License-Identifier: ISC */
/* textcache_index.h: an index of the search cache, so that a rare word's
 * search costs what its hits cost, not what the archive's text does.
 *
 * For every issue of the cache, a Bloom filter of the keys (dbgrams.h:
 * characters and overlapping pairs of characters) of its folded text.  A
 * query's keys are among those of every text holding it, so an issue whose
 * filter lacks one cannot hold a hit: only the others are scanned, by
 * textcache_search as before, so the hits are exactly the scan's.  A
 * filter answers in a few probes; a false positive only costs that
 * issue's scan.
 *
 * It lives beside the cache file (FILE.idx), made for that very file (its
 * inode, size and modification time): a cache rebuilt or updated makes it
 * stale, and it is built again at the next search.  Written to a
 * temporary file and renamed; an index that fails a check is not used.
 *
 * Core only: never includes curses, never prints. */
#ifndef KANBAO_TEXTCACHE_INDEX_H
#define KANBAO_TEXTCACHE_INDEX_H

#include <stdbool.h>
#include <stddef.h>

#include "search.h"
#include "textcache.h"

struct tc_index;

/* The index of cache tc, mapped from file: read from file.idx, else
 * (unless readonly) built there first.  NULL when there is none. */
struct tc_index *textcache_index_open(const struct textcache *tc,
	    const char *file, bool readonly);
void	textcache_index_close(struct tc_index *);

/* The articles of [first, last) that may hold sp, as runs (pairs of
 * first, last article in (*runs)[2i], (*runs)[2i + 1]), in order.
 * Returns the number of runs, or -1 when the index cannot tell or would
 * not save much (a literal query, or most issues are candidates): then
 * scan [first, last).  Caller frees *runs. */
long	textcache_index_runs(const struct tc_index *, const struct textcache *,
	    const struct search_pattern *sp, size_t first, size_t last,
	    size_t **runs);

#endif

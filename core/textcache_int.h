/* SPDX-License-Identifier: ISC */
/* textcache_int.h: the search cache's file format, shared by the builder
 * (textcache_build.c) and the reader (textcache.c, and its search in
 * textcache_scan.c, textcache_find.c, textcache_par.c).  No one else includes
 * this.
 *
 * All numbers are in the host's byte order (the file is a cache, made and
 * read on one machine); every section is 8-byte aligned.  Layout:
 *
 *	header | clean | folded | files | articles | blocks | starts | breaks |
 *	maps | issues | han | strings
 *
 * han is searchfold's Traditional to Simplified table when the text was
 * folded with it (TC_FLAG_HAN), so a search need not load OpenCC.
 *
 * Strings are (offset, length) into the strings section.  Each block's
 * clean and folded text are followed by a NUL, so a hit never runs from
 * one block into the next unnoticed (candidates are checked anyway). */
#ifndef KANBAO_TEXTCACHE_INT_H
#define KANBAO_TEXTCACHE_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "textcache.h"

#define TC_MAGIC	"KBSRCH\r\n"
#define TC_VERSION	7u	/* 7: issues that could not be read marked */

#define TC_FLAG_HAN	0x1u	/* folded with SEARCH_HAN */

struct tc_str {
	uint64_t	off;
	uint64_t	len;
};

struct tc_header {
	char		magic[8];
	uint32_t	version;
	uint32_t	flags;
	uint64_t	file_size;
	struct tc_str	key;		/* what the cache is of: see tc_key */
	uint64_t	n_files, files_off;
	uint64_t	n_articles, articles_off;
	uint64_t	n_blocks, blocks_off;
	uint64_t	starts_off;	/* the blocks' starts (below) */
	uint64_t	n_breaks, breaks_off;
	uint64_t	n_maps, maps_off;
	uint64_t	n_issues, issues_off;
	uint64_t	han_off, n_han;	/* uint32_t entries */
	uint64_t	strings_off, strings_len;
	uint64_t	clean_off, clean_len;
	uint64_t	fold_off, fold_len;
	/* How often each byte value occurs in the clean and the folded text:
	 * the scan looks for a query's rarest byte. */
	uint64_t	clean_freq[256], fold_freq[256];
};

/* A file or directory the cache was made from, as stat saw it.  The path
 * is relative to the archive ("." for the archive itself), NUL-terminated:
 * checking resolves only what lies below the archive. */
struct tc_file {
	struct tc_str	path;
	uint64_t	size;		/* 0 for directories */
	int64_t		mtime_sec;
	int64_t		mtime_nsec;
	uint32_t	is_dir;
	uint32_t	pad;
};

struct tc_article {
	struct tc_str	id, pub, pub_name, date, title;
	int32_t		page;
	uint32_t	flags;		/* TC_ARTICLE_* */
	uint64_t	first_block;	/* blocks [first_block, first_block + n_blocks) */
	uint64_t	n_blocks;
};

/* The id needs no stand-in on a terminal (checked when written). */
#define TC_ARTICLE_PLAIN_ID	0x1u

struct tc_block {
	uint64_t	clean_off;	/* into the clean section */
	uint64_t	fold_off;	/* into the folded section */
	uint32_t	clean_len;
	uint32_t	fold_len;
	uint32_t	article;
	uint32_t	flags;		/* TC_BLOCK_* */
	uint64_t	first_break;	/* breaks [first_break, next block's) */
	uint64_t	first_map;	/* maps [first_map, next block's) */
};

/* The block's clean text needs no stand-in on a terminal (sanitize.h), so
 * a snippet of it is copied as it is: checked when the block is written,
 * never taken from an old file. */
#define TC_BLOCK_PLAIN	0x1u

/* The starts section: where each block's folded text starts, then where
 * its clean text starts, n_blocks uint64_t each.  They are the block
 * entries' numbers in arrays of their own, so finding a hit's block reads
 * 8 bytes a block passed over instead of a whole entry. */

/* From byte off of a block's clean text on, hits begin on source line. */
struct tc_break {
	uint32_t	off;
	uint32_t	line;
};

/* Where folded text comes from: in a block, the character at folded byte
 * x >= fold (up to the next map's fold) began at clean byte clean + (x -
 * fold); before a block's first map, at x.  A map is kept only where
 * that stops being true (a full-width comma folds to one byte, a run of
 * spaces to one), so a hit is mapped back to the clean text with a
 * bisection instead of folding its block again. */
struct tc_map {
	uint32_t	fold;
	uint32_t	clean;
};

/* An issue, in archive order: its own files (its path, then its pages')
 * and its articles.  An update keeps the entries of an issue whose files
 * did not change (textcache_update.c). */
struct tc_issue {
	uint64_t	first_file, n_files;
	uint64_t	first_article, n_articles;
	uint64_t	flags;
};
/* tc_issue flags: the issue, or a page of it, could not be read when the
 * cache was made (a search that looks only at some issues looks at it
 * too, to report it as a search without the cache does). */
#define TC_ISSUE_TROUBLE	0x1u

/* A mapped cache (textcache.c maps it, textcache_scan.c searches it). */
struct textcache {
	const char		*base;
	size_t			 size;
	const struct tc_header	*h;
	const char		*clean, *fold, *strings;
	const struct tc_file	*files;
	const struct tc_article	*arts;
	const struct tc_block	*blocks;
	const struct tc_break	*breaks;
	const struct tc_map	*maps;
	const struct tc_issue	*issues;
	const uint64_t		*fold_starts, *clean_starts;
	int			 fd;	/* the mapped file, for its size; -1 */
	int			 guard;	/* its tc_guard slot; -1 */
	bool			 tables_checked;	/* else each search's
						 * range is (tc_check_range) */
};

/* The checks of the articles and blocks a search of articles [first,
 * last) reads (blocks [b0, b1), and where block b1 - 1 ends), for a cache
 * opened with TEXTCACHE_QUICK, whose tables were not all checked: 0 when
 * sound (or all were checked), -1 when damaged. */
int	tc_check_range(const struct textcache *, size_t first, size_t last,
	    size_t b0, size_t b1);

/* textcache_guard.c: a SIGBUS in a registered mapping (the file truncated
 * while mapped) reads zeros and marks it, instead of killing us.  add
 * returns the slot (-1: none free, unguarded). */
int	tc_guard_add(const char *base, size_t size);
void	tc_guard_remove(int slot);
bool	tc_guard_hit(int slot);

/* String s of the cache, or NULL when it lies outside the strings. */
const char *tc_string(const struct textcache *, struct tc_str s);
/* The path of file record f (NUL-terminated, relative to the archive), or
 * NULL when it is damaged. */
const char *tc_file_path(const struct textcache *, const struct tc_file *f);
/* NULL when file record f is as stat sees it now (dir: the archive, open),
 * else why not. */
const char *tc_check_file(const struct textcache *, int dir,
	    const struct tc_file *f);
/* Map a cache file and check what the file itself says (its layout and
 * tables), not whose it is nor its files: the fuzz harness reads any file
 * with it.  NULL with *cause set when it is not a sound cache. */
struct textcache *tc_map_any(const char *file, char **cause);
/* Map the cache file and check everything but its files (textcache.c):
 * the old cache an update starts from.  NULL when it is not one. */
struct textcache *tc_map_old(const char *file, const char *archive_path,
	    const char *encoding);

/* Looking for a folded query in the cache's text (textcache_find.c): the
 * way is chosen once per query from the text's byte counts. */
struct tc_finder {
	const char	*q;
	size_t		 len;
	size_t		 rare, rare2;	/* indexes in q of the two rarest bytes */
	int		 how;		/* TC_FIND_* */
	int		 avx2;		/* whether the processor has AVX2 */
};

void	tc_finder_init(struct tc_finder *, const char *q, size_t len,
	    const uint64_t freq[256], uint64_t text_len);
/* The first place in s[0, n) where the query is, or NULL. */
const char *tc_find(const struct tc_finder *, const char *s, size_t n);

/* textcache_search's checks (textcache_scan.c): the blocks of articles
 * [first, last) are [*b0, *b1); -1 when the cache cannot answer. */
int	tc_search_check(const struct textcache *, const struct search_pattern *,
	    size_t first, size_t last, size_t *b0, size_t *b1);
/* textcache_search of blocks [b0, b1) (from tc_search_check, or a run of
 * them): the same hits in the same order, wherever the run is cut. */
long	tc_search_blocks(const struct textcache *, const struct search_pattern *,
	    size_t b0, size_t b1, textcache_hit_fn, void *arg);

/* Where among block bi's breaks [lo, hi) the one for its clean byte off
 * probably is (textcache_line starts there; the search asks for it
 * ahead). */
uint64_t tc_line_guess(const struct textcache *, size_t bi, size_t off,
	    uint64_t lo, uint64_t hi);

/* What a cache is of: the format, the program's version (segmentation may
 * change between versions), the archive's real path and the encoding.
 * Caller frees. */
char	*tc_key(const char *realpath, const char *encoding);

#endif

/* SPDX-License-Identifier: ISC */
/* textcache_scan.c: searching the mapped cache (see textcache.h).
 *
 * The folded text of the articles asked for is one run of bytes, so the
 * folded query is looked for in it with tc_find (textcache_find.c: memchr
 * or vector compares): no per-character work on text without a hit.  A
 * hit names its block (the starts section: a walk, then bisection) and
 * is mapped back to the clean text with the block's maps (struct
 * tc_map): the folded text is what search_text would fold the block to,
 * so what is reported is exactly what the search without the cache
 * reports, without folding anything again.  Literal queries, and queries
 * whose folding differs from the cache's, scan the clean or folded text
 * the same way but search each block found with search_text.
 *
 * Every block entry was checked when the cache was mapped (textcache.c,
 * tc_check_tables: the blocks tile the text in order, each inside it and
 * of an article that exists), so a hit's block is not checked again. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "searchfold.h"
#include "textcache.h"
#include "textcache_int.h"

/* Whether the pattern's folded text holds a character that has. */
static bool
tc_query_has(const struct search_pattern *sp, bool (*has)(ucs4_t))
{
	const uint8_t *p, *end;
	size_t len;
	ucs4_t c;
	int k;

	p = (const uint8_t *)search_pattern_folded(sp, &len);
	for (end = p + len; p < end; p += k) {
		if ((k = u8_mbtouc(&c, p, (size_t)(end - p))) <= 0)
			k = 1;
		if (has(c))
			return true;
	}
	return false;
}

static bool
tc_is_cjk_block(ucs4_t c)
{
	return c >= 0x2E80;
}

/* Whether the cache's text was folded as the pattern's text would be: it
 * matters only when the pattern holds an ideograph (Traditional to
 * Simplified folding changes nothing else), so the OpenCC table is not
 * loaded for other queries. */
static bool
tc_folds_alike(const struct textcache *tc, const struct search_pattern *sp)
{
	unsigned flags = search_pattern_flags(sp);

	return (flags & SEARCH_LITERAL) ||
	    ((flags & SEARCH_HAN) != 0) == ((tc->h->flags & TC_FLAG_HAN) != 0) ||
	    !tc_query_has(sp, searchfold_is_han);
}

/* Where block bi's scanned text starts. */
static uint64_t
tc_block_at(const struct textcache *tc, size_t bi, bool literal)
{
	return literal ? tc->blocks[bi].clean_off : tc->blocks[bi].fold_off;
}

/* The block of [lo, hi) whose scanned text holds off: the last one that
 * starts at or before it, by the starts section (textcache_int.h). */
static size_t
tc_block_of(const struct textcache *tc, size_t lo, size_t hi, uint64_t off,
    bool literal)
{
	const uint64_t *st = literal ? tc->clean_starts : tc->fold_starts;
	size_t mid, step;

	/* Hits of a frequent word come a few blocks apart: walk ahead from
	 * the last hit's block (the starts come one after another, which the
	 * processor fetches ahead), then gallop and bisect what was stepped
	 * over. */
	for (step = 0; step < 16 && lo + 1 < hi; step++, lo++)
		if (st[lo + 1] > off)
			return lo;
	for (step = 1; step < hi - lo; step *= 2) {
		if (st[lo + step] > off) {
			hi = lo + step;
			break;
		}
		lo += step;
	}
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (st[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/* The blocks of articles [first, last): [*b0, *b1).  -1 when damaged. */
static int
tc_block_range(const struct textcache *tc, size_t first, size_t last,
    size_t *b0, size_t *b1)
{
	const struct tc_article *a = &tc->arts[first], *z = &tc->arts[last - 1];

	if (last > tc->h->n_articles || a->first_block > tc->h->n_blocks ||
	    z->first_block > tc->h->n_blocks ||
	    z->n_blocks > tc->h->n_blocks - z->first_block ||
	    a->first_block > z->first_block)
		return -1;
	*b0 = (size_t)a->first_block;
	*b1 = (size_t)(z->first_block + z->n_blocks);
	return tc_check_range(tc, first, last, *b0, *b1);
}

/* Search block bi's clean text and report its hits; returns the count, -1
 * when damaged, or -2 when fn asked to stop. */
static long
tc_verify(const struct textcache *tc, const struct search_pattern *sp,
    size_t bi, struct search_hits *hits, textcache_hit_fn fn, void *arg)
{
	const struct tc_block *b = &tc->blocks[bi];
	struct textcache_block tb;
	size_t i;

	tb.article = (size_t)b->article;
	tb.block = bi - (size_t)tc->arts[b->article].first_block;
	tb.text = tc->clean + b->clean_off;
	tb.len = b->clean_len;
	tb.plain = (b->flags & TC_BLOCK_PLAIN) != 0;
	search_hits_clear(hits);
	search_text(sp, tb.text, tb.len, tb.block, hits);
	for (i = 0; i < hits->n; i++)
		if (fn(tc, bi, &tb, &hits->v[i], arg) != 0)
			return -2;
	return (long)hits->n;
}

/* Whether the cache's folded text may be taken for the pattern's folding
 * of the clean text, hit for hit and byte for byte: when both were folded
 * alike, or the query holds nothing from the CJK blocks (folding Han
 * characters changes nothing else, and no hit can then hold one). */
static bool
tc_folded_exact(const struct textcache *tc, const struct search_pattern *sp)
{
	unsigned flags = search_pattern_flags(sp);

	if (flags & SEARCH_LITERAL)
		return false;
	return ((flags & SEARCH_HAN) != 0) == ((tc->h->flags & TC_FLAG_HAN) != 0) ||
	    !tc_query_has(sp, tc_is_cjk_block);
}

/* The clean byte of block bi where the character at its folded byte x
 * began (struct tc_map), or SIZE_MAX when the maps are damaged.  *m is
 * the index of the last map at or before x (the block's first when
 * none), from which tc_clean_next goes on. */
static size_t
tc_clean_of(const struct textcache *tc, size_t bi, size_t x, uint64_t *m)
{
	const struct tc_block *b = &tc->blocks[bi];
	uint64_t lo = b->first_map, mid, hi = bi + 1 < tc->h->n_blocks ?
	    tc->blocks[bi + 1].first_map : tc->h->n_maps;
	size_t c;

	*m = lo;
	if (hi > tc->h->n_maps || lo > hi)
		return SIZE_MAX;
	if (lo == hi || tc->maps[lo].fold > x)
		c = x;
	else {
		while (hi - lo > 1) {	/* the last map at or before x */
			mid = lo + (hi - lo) / 2;
			if (tc->maps[mid].fold <= x)
				lo = mid;
			else
				hi = mid;
		}
		c = tc->maps[lo].clean + (x - tc->maps[lo].fold);
		*m = lo;
	}
	return c < b->clean_len ? c : SIZE_MAX;
}

/* tc_clean_of for folded byte y at or after the x that set *m: a hit's
 * last character is a few bytes on, so a step or two from there. */
static size_t
tc_clean_next(const struct textcache *tc, size_t bi, size_t y, uint64_t m)
{
	const struct tc_block *b = &tc->blocks[bi];
	uint64_t hi = bi + 1 < tc->h->n_blocks ? tc->blocks[bi + 1].first_map :
	    tc->h->n_maps;
	size_t c;

	if (m >= hi || tc->maps[m].fold > y)
		c = y;		/* no map at or before y */
	else {
		while (m + 1 < hi && tc->maps[m + 1].fold <= y)
			m++;
		c = tc->maps[m].clean + (y - tc->maps[m].fold);
	}
	return c < b->clean_len ? c : SIZE_MAX;
}

/* Report the hit at folded bytes [x, x + qlen) of block bi, whose first
 * character began at clean byte start (tc_clean_of, which set m) and whose
 * last character is last bytes long, mapped back to the clean text as
 * search_text maps it.  The block's entry was checked with the tables
 * when the cache was opened (tc_check_tables).  0, -1 when damaged, or -2
 * when fn asked to stop. */
static long
tc_report(const struct textcache *tc, size_t bi, size_t x, size_t start,
    uint64_t m, size_t qlen, size_t last, textcache_hit_fn fn, void *arg)
{
	const struct tc_block *b = &tc->blocks[bi];
	struct textcache_block tb;
	struct search_hit h;
	size_t ls;
	ucs4_t c;
	int k;

	ls = tc_clean_next(tc, bi, x + qlen - last, m);
	if (start == SIZE_MAX || ls == SIZE_MAX || ls < start)
		return -1;
	tb.article = (size_t)b->article;
	tb.block = bi - (size_t)tc->arts[b->article].first_block;
	tb.text = tc->clean + b->clean_off;
	tb.len = b->clean_len;
	tb.plain = (b->flags & TC_BLOCK_PLAIN) != 0;
	if ((k = u8_mbtouc(&c, (const uint8_t *)tb.text + ls, tb.len - ls)) <= 0)
		k = 1;
	h.block = tb.block;
	h.start = start;
	h.end = ls + (size_t)k;
	return fn(tc, bi, &tb, &h, arg) != 0 ? -2 : 0;
}

#ifdef __GNUC__
#define TC_PREFETCH(p)	__builtin_prefetch(p)
#else
#define TC_PREFETCH(p)	((void)(p))
#endif

/* Hits found ahead of those reported: the memory each will need (its
 * block entry, then what that points to: its article, maps and lines,
 * then what those point to: its article's id, its clean text and its
 * line's break, all over a big mapping) is asked for in stages, a batch
 * of hits at a time, so the waits overlap instead of coming one after
 * another for every hit of a frequent word.  Each round finds a batch
 * (asking for its block entries), takes the batch before it one stage
 * on (tc_prefetch), the one before that another (tc_prefetch_late) and
 * reports the oldest. */
#define TC_BATCH	32
#define TC_STAGES	4

struct tc_pending {
	size_t		bi, x;
	size_t		start;	/* tc_clean_of x, by tc_prefetch_late */
	uint64_t	map;	/* and its map */
};

/* Entries [i, j) of a table of n 8-byte entries, the first few cache
 * lines of them (what a bisection in them reads). */
static void
tc_prefetch_run(const void *table, uint64_t i, uint64_t j, uint64_t n)
{
	const char *t = table;

	if (j > n || j > i + 32)
		j = i + 32 < n ? i + 32 : n;
	for (; i < j; i += 8)
		TC_PREFETCH(t + i * 8);
}

/* What a hit in block bi needs from its block entry (asked for when the
 * hit was found): its article's entry (both ends: it spans two cache
 * lines), its maps and its lines (up to the next block's). */
static void
tc_prefetch(const struct textcache *tc, size_t bi)
{
	const struct tc_block *b = &tc->blocks[bi];
	bool more = bi + 1 < tc->h->n_blocks;

	TC_PREFETCH(&tc->arts[b->article].id);
	TC_PREFETCH(&tc->arts[b->article].first_block);
	tc_prefetch_run(tc->maps, b->first_map, more ? b[1].first_map :
	    tc->h->n_maps, tc->h->n_maps);
	tc_prefetch_run(tc->breaks, b->first_break, more ? b[1].first_break :
	    tc->h->n_breaks, tc->h->n_breaks);
}

/* What the entries tc_prefetch asked for point to: the article's id, the
 * clean text around the hit (a snippet reaches some 60 bytes either side)
 * and its line's break.  Where the hit begins in the clean text is kept
 * in p for tc_report. */
static void
tc_prefetch_late(const struct textcache *tc, struct tc_pending *p)
{
	const struct tc_block *b = &tc->blocks[p->bi];
	const char *id, *t;
	uint64_t lo = b->first_break, hi = p->bi + 1 < tc->h->n_blocks ?
	    b[1].first_break : tc->h->n_breaks;
	size_t c;

	if ((id = tc_string(tc, tc->arts[b->article].id)) != NULL)
		TC_PREFETCH(id);
	p->start = c = tc_clean_of(tc, p->bi, p->x, &p->map);
	if (c != SIZE_MAX) {
		t = tc->clean + b->clean_off + c;
		TC_PREFETCH(t);
		if (t - tc->clean >= 64)
			TC_PREFETCH(t - 64);
		if (tc->h->clean_len - (size_t)(t - tc->clean) > 64)
			TC_PREFETCH(t + 64);
		/* The line textcache_line will look at first. */
		if (lo < hi && hi <= tc->h->n_breaks)
			TC_PREFETCH(&tc->breaks[tc_line_guess(tc, p->bi, c, lo, hi)]);
	}
}

/* The next batch of hits of find in the folded text from *at to end,
 * in blocks from *bi to b1: at most TC_BATCH into batch, each block entry
 * asked for.  Returns how many, or -1 when the cache is damaged. */
static long
tc_find_batch(const struct textcache *tc, const struct tc_finder *find,
    uint64_t *at, uint64_t end, size_t *bi, size_t b1,
    struct tc_pending *batch)
{
	const char *text = tc->fold, *hit;
	uint64_t off, bend;
	long nb = 0;

	while (nb < TC_BATCH && *at < end &&
	    (hit = tc_find(find, text + *at, end - *at)) != NULL) {
		off = (uint64_t)(hit - text);
		*bi = tc_block_of(tc, *bi, b1, off, false);
		if (off < tc->fold_starts[*bi])
			return -1;
		/* Where its text ends, from the starts (the entry is not
		 * here yet): each block's text is followed by a NUL. */
		bend = *bi + 1 < tc->h->n_blocks ? tc->fold_starts[*bi + 1] - 1 :
		    tc->blocks[*bi].fold_off + tc->blocks[*bi].fold_len;
		if (off + find->len > bend) {	/* runs into the next block */
			*at = off + 1;
			continue;
		}
		batch[nb].bi = *bi;
		batch[nb].x = (size_t)(off - tc->fold_starts[*bi]);
		TC_PREFETCH(&tc->blocks[*bi]);
		if (*bi + 1 < tc->h->n_blocks)	/* its maps' and lines' end */
			TC_PREFETCH(&tc->blocks[*bi + 1].first_map);
		nb++;
		*at = off + find->len;
	}
	return nb;
}

/* textcache_search when tc_folded_exact: every occurrence in the folded
 * text is a hit, left to right and not overlapping within a block, as
 * search_text finds them; each is mapped back with the block's maps. */
static long
tc_search_folded(const struct textcache *tc, const struct search_pattern *sp,
    size_t b0, size_t b1, textcache_hit_fn fn, void *arg)
{
	struct tc_pending batches[TC_STAGES][TC_BATCH], *b;
	long counts[TC_STAGES] = { 0 }, n = 0, k;
	struct tc_finder find;
	const char *q;
	uint64_t at, end;
	size_t bi = b0, qlen, last, round, stop = SIZE_MAX, i;

	q = search_pattern_folded(sp, &qlen);
	for (last = 1; last < qlen && ((unsigned char)q[qlen - last] & 0xC0) == 0x80;
	    last++)
		;
	tc_finder_init(&find, q, qlen, tc->h->fold_freq, tc->h->fold_len);
	at = tc->blocks[b0].fold_off;
	end = b1 < tc->h->n_blocks ? tc->blocks[b1].fold_off : tc->h->fold_len;
	if (end > tc->h->fold_len || at > end)
		return -1;
	for (round = 0; round <= stop; round++) {
		/* Batch round is found; round - 1, - 2 and - 3 go on. */
		k = 0;
		if (stop == SIZE_MAX &&
		    (k = tc_find_batch(tc, &find, &at, end, &bi, b1,
		    batches[round % TC_STAGES])) < 0)
			return -1;
		counts[round % TC_STAGES] = k;
		if (k < TC_BATCH && stop == SIZE_MAX)
			stop = round + TC_STAGES - 1;	/* the last: drain */
		if (round >= 1)
			for (i = 0, b = batches[(round - 1) % TC_STAGES];
			    i < (size_t)counts[(round - 1) % TC_STAGES]; i++)
				tc_prefetch(tc, b[i].bi);
		if (round >= 2)
			for (i = 0, b = batches[(round - 2) % TC_STAGES];
			    i < (size_t)counts[(round - 2) % TC_STAGES]; i++)
				tc_prefetch_late(tc, &b[i]);
		if (round >= 3)
			for (i = 0, b = batches[(round - 3) % TC_STAGES];
			    i < (size_t)counts[(round - 3) % TC_STAGES]; i++) {
				k = tc_report(tc, b[i].bi, b[i].x, b[i].start,
				    b[i].map, qlen, last, fn, arg);
				if (k == -1)
					return -1;
				if (k == -2)
					return n;
				n++;
			}
	}
	return n;
}

int
tc_search_check(const struct textcache *tc, const struct search_pattern *sp,
    size_t first, size_t last, size_t *b0, size_t *b1)
{
	*b0 = *b1 = 0;
	if (first >= last)
		return 0;
	if (!tc_folds_alike(tc, sp) || tc_block_range(tc, first, last, b0, b1) != 0)
		return -1;
	return 0;
}

long
tc_search_blocks(const struct textcache *tc, const struct search_pattern *sp,
    size_t b0, size_t b1, textcache_hit_fn fn, void *arg)
{
	bool literal = (search_pattern_flags(sp) & SEARCH_LITERAL) != 0;
	const char *text = literal ? tc->clean : tc->fold, *q, *hit;
	struct search_hits hits = { 0 };
	struct tc_finder find;
	uint64_t at, end, text_len = literal ? tc->h->clean_len : tc->h->fold_len;
	size_t bi, qlen;
	long n = 0, k = 0;

	if (b0 >= b1)
		return 0;
	if (tc_folded_exact(tc, sp))
		return tc_search_folded(tc, sp, b0, b1, fn, arg);
	q = search_pattern_folded(sp, &qlen);
	tc_finder_init(&find, q, qlen, literal ? tc->h->clean_freq :
	    tc->h->fold_freq, text_len);
	at = tc_block_at(tc, b0, literal);
	end = b1 < tc->h->n_blocks ? tc_block_at(tc, b1, literal) : text_len;
	if (end > text_len || at > end)
		return -1;
	bi = b0;
	while (at < end && (hit = tc_find(&find, text + at, end - at)) != NULL) {
		bi = tc_block_of(tc, bi, b1, (uint64_t)(hit - text), literal);
		if ((k = tc_verify(tc, sp, bi, &hits, fn, arg)) < 0)
			break;
		n += k;
		at = bi + 1 < b1 ? tc_block_at(tc, bi + 1, literal) : end;
		if (at <= (uint64_t)(hit - text))	/* offsets out of order */
			at = (uint64_t)(hit - text) + 1;
	}
	search_hits_free(&hits);
	if (k == -2)
		return n;
	return k == -1 ? -1 : n;
}

long
textcache_search(const struct textcache *tc, const struct search_pattern *sp,
    size_t first, size_t last, textcache_hit_fn fn, void *arg)
{
	size_t b0, b1;

	if (tc_search_check(tc, sp, first, last, &b0, &b1) != 0)
		return -1;
	return tc_search_blocks(tc, sp, b0, b1, fn, arg);
}

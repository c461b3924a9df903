/* textcache_scan.c: searching the mapped cache (see textcache.h).
 *
 * The folded text of the articles asked for is one run of bytes, so the
 * folded query is looked for in it with tc_find (textcache_find.c: memchr
 * or vector compares): no per-character work on text without a hit.  A
 * hit names its block (the sparse index, then bisection); the block's
 * clean text is then searched with search_text, which folds it again with
 * the map back to clean offsets, so what is reported is exactly what the
 * search without the cache reports, and the scan goes on after that block.  Literal
 * queries scan the clean text the same way. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "searchfold.h"
#include "textcache.h"
#include "textcache_int.h"

/* Whether the cache's text was folded as the pattern's text would be: it
 * matters only when the pattern holds an ideograph (Traditional to
 * Simplified folding changes nothing else), so the OpenCC table is not
 * loaded for other queries. */
static bool
tc_folds_alike(const struct textcache *tc, const struct search_pattern *sp)
{
	unsigned flags = search_pattern_flags(sp);
	const uint8_t *p, *end;
	size_t len;
	ucs4_t c;
	int k;

	if ((flags & SEARCH_LITERAL) ||
	    ((flags & SEARCH_HAN) != 0) == ((tc->h->flags & TC_FLAG_HAN) != 0))
		return true;
	p = (const uint8_t *)search_pattern_folded(sp, &len);
	for (end = p + len; p < end; p += k) {
		if ((k = u8_mbtouc(&c, p, (size_t)(end - p))) <= 0)
			k = 1;
		if (searchfold_is_han(c))
			return false;
	}
	return true;
}

/* Whether block bi's entry is sound. */
static bool
tc_block_ok(const struct textcache *tc, size_t bi)
{
	const struct tc_block *b = &tc->blocks[bi];

	return b->clean_off <= tc->h->clean_len &&
	    b->clean_len < tc->h->clean_len - b->clean_off &&
	    b->fold_off <= tc->h->fold_len &&
	    b->fold_len < tc->h->fold_len - b->fold_off &&
	    b->article < tc->h->n_articles &&
	    tc->arts[b->article].first_block <= bi;
}

/* Where block bi's scanned text starts. */
static uint64_t
tc_block_at(const struct textcache *tc, size_t bi, bool literal)
{
	return literal ? tc->blocks[bi].clean_off : tc->blocks[bi].fold_off;
}

/* The block of [lo, hi) whose scanned text holds off: the last one that
 * starts at or before it.  The sparse index (private, small) narrows it
 * to TC_SPARSE blocks first. */
static size_t
tc_block_of(const struct textcache *tc, size_t lo, size_t hi, uint64_t off,
    bool literal)
{
	const uint64_t *sp = literal ? tc->sparse_clean : tc->sparse_fold;
	size_t a = lo / TC_SPARSE, z = (hi - 1) / TC_SPARSE + 1, mid;

	while (z - a > 1) {
		mid = a + (z - a) / 2;
		if (sp[mid] <= off)
			a = mid;
		else
			z = mid;
	}
	if (a * TC_SPARSE > lo)
		lo = a * TC_SPARSE;
	if ((a + 1) * TC_SPARSE < hi)
		hi = (a + 1) * TC_SPARSE;
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (tc_block_at(tc, mid, literal) <= off)
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
	return 0;
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

	if (!tc_block_ok(tc, bi))
		return -1;
	tb.article = (size_t)b->article;
	tb.block = bi - (size_t)tc->arts[b->article].first_block;
	tb.text = tc->clean + b->clean_off;
	tb.len = b->clean_len;
	search_hits_clear(hits);
	search_text(sp, tb.text, tb.len, tb.block, hits);
	for (i = 0; i < hits->n; i++)
		if (fn(tc, bi, &tb, &hits->v[i], arg) != 0)
			return -2;
	return (long)hits->n;
}

long
textcache_search(const struct textcache *tc, const struct search_pattern *sp,
    size_t first, size_t last, textcache_hit_fn fn, void *arg)
{
	bool literal = (search_pattern_flags(sp) & SEARCH_LITERAL) != 0;
	const char *text = literal ? tc->clean : tc->fold, *q, *hit;
	struct search_hits hits = { 0 };
	struct tc_finder find;
	uint64_t at, end, text_len = literal ? tc->h->clean_len : tc->h->fold_len;
	size_t b0, b1, bi, qlen;
	long n = 0, k = 0;

	if (first >= last)
		return 0;
	if (!tc_folds_alike(tc, sp) || tc_block_range(tc, first, last, &b0, &b1) != 0)
		return -1;
	if (b0 == b1)
		return 0;
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

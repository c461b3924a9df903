/* SPDX-License-Identifier: ISC */
/* textcache_find.c: finding a query in a long text fast (see
 * textcache_int.h).
 *
 * The byte counts of the cache's text say how rare each byte of the query
 * is.  When its rarest byte is rare (under one byte in 4096), memchr finds
 * it and each stop is checked.  Otherwise, as for a CJK query whose every
 * byte is common, the two rarest bytes of the query are compared with the
 * text 16 or 32 positions at a time (SSE2, or AVX2 when the processor has
 * it): a position is a candidate only when both are there, which few
 * positions are, and each candidate is checked with memcmp.  Elsewhere
 * glibc's memmem does it. */
#include "config.h"

#include <stdint.h>
#include <string.h>

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#define TC_FIND_X86 1
#endif

#include "textcache_int.h"

enum {
	TC_FIND_MEMMEM,
	TC_FIND_MEMCHR,		/* the rarest byte, then memcmp */
	TC_FIND_PAIR		/* the two rarest bytes at once, then memcmp */
};

/* Whether index i of the query is 3 bytes or more from the rarest. */
static int
tc_far(const struct tc_finder *f, size_t i)
{
	return i >= f->rare + 3 || i + 3 <= f->rare;
}

void
tc_finder_init(struct tc_finder *f, const char *q, size_t len,
    const uint64_t freq[256], uint64_t text_len)
{
	size_t i;

	f->q = q;
	f->len = len;
	f->rare = 0;
	for (i = 1; i < len; i++)
		if (freq[(unsigned char)q[i]] < freq[(unsigned char)q[f->rare]])
			f->rare = i;
	/* The second from another character when there is one (bytes of one
	 * character come together): at least 3 bytes away. */
	f->rare2 = f->rare == 0 ? 1 : 0;
	for (i = 0; i < len; i++)
		if (i != f->rare && (tc_far(f, i) || !tc_far(f, f->rare2)) &&
		    (freq[(unsigned char)q[i]] < freq[(unsigned char)q[f->rare2]] ||
		    (tc_far(f, i) && !tc_far(f, f->rare2))))
			f->rare2 = i;
	/* Asked here, not in the hot loop, and kept in the finder: searches
	 * run on several threads at once (textcache_par.c). */
#ifdef TC_FIND_X86
	f->avx2 = __builtin_cpu_supports("avx2") != 0;
#else
	f->avx2 = 0;
#endif
	if (len == 1 || freq[(unsigned char)q[f->rare]] <= text_len / 4096)
		f->how = TC_FIND_MEMCHR;
	else
#ifdef TC_FIND_X86
		f->how = TC_FIND_PAIR;
#else
		f->how = TC_FIND_MEMMEM;
#endif
}

static const char *
tc_find_memchr(const struct tc_finder *f, const char *s, size_t n)
{
	const char *p, *end = s + n - (f->len - 1 - f->rare), *x;

	for (p = s + f->rare; p < end; p = x + 1) {
		if ((x = memchr(p, f->q[f->rare], (size_t)(end - p))) == NULL)
			return NULL;
		if (memcmp(x - f->rare, f->q, f->len) == 0)
			return x - f->rare;
	}
	return NULL;
}

#ifdef TC_FIND_X86
/* The candidates in mask (bit k: position p + k), checked in order. */
static const char *
tc_find_check(const struct tc_finder *f, const char *p, uint32_t mask)
{
	for (; mask != 0; mask &= mask - 1) {
		const char *x = p + __builtin_ctz(mask);

		if (memcmp(x, f->q, f->len) == 0)
			return x;
	}
	return NULL;
}

/* Positions [s, end) are candidates' starts; every load stays inside the
 * text since a start is at least len - 1 bytes before its end. */
__attribute__((target("avx2")))
static const char *
tc_find_pair32(const struct tc_finder *f, const char **pp, const char *end)
{
	const __m256i a = _mm256_set1_epi8(f->q[f->rare]);
	const __m256i b = _mm256_set1_epi8(f->q[f->rare2]);
	const char *p, *x;
	uint32_t m;

	for (p = *pp; p + 32 <= end; p += 32) {
		__m256i u = _mm256_loadu_si256((const __m256i *)(p + f->rare));
		__m256i v = _mm256_loadu_si256((const __m256i *)(p + f->rare2));

		m = (uint32_t)_mm256_movemask_epi8(_mm256_and_si256(
		    _mm256_cmpeq_epi8(u, a), _mm256_cmpeq_epi8(v, b)));
		if (m != 0 && (x = tc_find_check(f, p, m)) != NULL)
			return x;
	}
	*pp = p;
	return NULL;
}

static const char *
tc_find_pair16(const struct tc_finder *f, const char **pp, const char *end)
{
	const __m128i a = _mm_set1_epi8(f->q[f->rare]);
	const __m128i b = _mm_set1_epi8(f->q[f->rare2]);
	const char *p, *x;
	uint32_t m;

	for (p = *pp; p + 16 <= end; p += 16) {
		__m128i u = _mm_loadu_si128((const __m128i *)(p + f->rare));
		__m128i v = _mm_loadu_si128((const __m128i *)(p + f->rare2));

		m = (uint32_t)_mm_movemask_epi8(_mm_and_si128(
		    _mm_cmpeq_epi8(u, a), _mm_cmpeq_epi8(v, b)));
		if (m != 0 && (x = tc_find_check(f, p, m)) != NULL)
			return x;
	}
	*pp = p;
	return NULL;
}

static const char *
tc_find_pair(const struct tc_finder *f, const char *s, size_t n)
{
	const char *p = s, *end = s + n - f->len + 1, *x;

	if (f->avx2 && (x = tc_find_pair32(f, &p, end)) != NULL)
		return x;
	if ((x = tc_find_pair16(f, &p, end)) != NULL)
		return x;
	return memmem(p, (size_t)(s + n - p), f->q, f->len);
}
#endif

const char *
tc_find(const struct tc_finder *f, const char *s, size_t n)
{
	if (n < f->len)
		return NULL;
	switch (f->how) {
	case TC_FIND_MEMCHR:
		return tc_find_memchr(f, s, n);
#ifdef TC_FIND_X86
	case TC_FIND_PAIR:
		return tc_find_pair(f, s, n);
#endif
	default:
		return memmem(s, n, f->q, f->len);
	}
}

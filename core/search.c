/* SPDX-License-Identifier: ISC */
/* search.c: folding, matching and mapping hits back (see search.h).
 *
 * Text and query are folded to UTF-8 by the same rules, then the folded
 * query is found in the folded text with memmem: UTF-8 is self-
 * synchronising, so a hit always starts and ends on a character.  While a
 * text is folded, each folded byte remembers the original bytes of the
 * character it came from, so a hit maps back to the original text.
 *
 * Folding (not with SEARCH_LITERAL): each character with the combining
 * marks after it to the NFKC form of its full case folding (full-width
 * and half-width forms, Kangxi radicals from PDF extraction, ligatures,
 * ß = ss, decomposed input = composed), white space runs to one space, a space
 * next to a wide or width-ambiguous character dropped (as clean text drops
 * it; dropping it next to ambiguous marks too is looser than clean text but
 * the same on both sides), soft hyphens dropped, spaces at either end
 * trimmed, and, when the query holds an ideograph and OpenCC is there,
 * Traditional characters to Simplified (searchfold.c).  Invalid bytes
 * become U+FFFD and never match a valid query. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "clean.h"
#include "i18n.h"
#include "sanitize.h"
#include "search.h"
#include "searchfold.h"
#include "strbuf.h"
#include "xalloc.h"

struct search_pattern {
	char		*q;	/* folded query */
	size_t		 len;
	unsigned	 flags;
};

/* A folded text and, when asked for, its map back to the original. */
struct fold {
	char		*s;
	size_t		 len, cap;
	size_t		*from, *to;	/* per folded byte: original bytes */
	size_t		 mapcap;
	bool		 map;
};

static bool
search_is_space(uint32_t c)
{
	return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x3000 ||
	    c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0xFEFF;
}

/* A character folded alone, after its cluster was normalized. */
static uint32_t
search_fold_char(uint32_t c, unsigned flags)
{
	if (c >= 'A' && c <= 'Z')
		return c + ('a' - 'A');
	if ((flags & SEARCH_HAN) && searchfold_is_han(c))
		return searchfold_han(c);
	return c;
}

/* Characters that normalization and case folding leave as they are, and
 * that nothing after them combines with: folded without libunistring's
 * normalizer, which is most of the text (ASCII and CJK ideographs). */
static bool
search_fold_is_plain(uint32_t c)
{
	return c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) ||
	    (c >= 0x3400 && c <= 0x4DBF);
}

/* Whether c belongs to the character before it when normalizing: a
 * combining mark (NFD input: e U+0301), or a compatibility character that
 * decomposes to one (half-width kana's voiced sound marks). */
static bool
search_is_mark(uint32_t c)
{
	ucs4_t d[UC_DECOMPOSITION_MAX_LENGTH];
	int tag;

	if (c < 0x300 || search_fold_is_plain(c))
		return false;
	if (uc_combining_class(c) != 0)
		return true;
	return uc_decomposition(c, &tag, d) > 0 && uc_combining_class(d[0]) != 0;
}

/* The longest cluster (a character and the marks after it) folded as one;
 * the rest of a longer run is folded on its own. */
#define SEARCH_CLUSTER_MAX	32

/* Fold cluster c[0..n): NFKC of its full case folding (Kangxi radicals
 * and compatibility ideographs to ideographs, full-width and half-width
 * forms to their usual ones, ligatures apart, ß to ss, combining marks
 * composed).  Returns the count put in out (at most cap). */
static size_t
search_fold_cluster(const uint32_t *c, size_t n, uint32_t *out, size_t cap)
{
	uint32_t buf[4 * SEARCH_CLUSTER_MAX], *r;
	size_t len = sizeof buf / sizeof buf[0], i;

	if (n == 1 && search_fold_is_plain(c[0])) {
		out[0] = c[0];
		return 1;
	}
	r = u32_casefold(c, n, NULL, UNINORM_NFKC, buf, &len);
	if (r == NULL) {	/* out of memory or invalid: as it is */
		len = n < cap ? n : cap;
		memcpy(out, c, len * sizeof *out);
		return len;
	}
	if (len > cap)
		len = cap;
	for (i = 0; i < len; i++)
		out[i] = r[i];
	if (r != buf)
		free(r);
	return len;
}

/* A space between a and b is dropped when either side is wide or
 * ambiguous (a is 0 at the start: leading spaces go). */
static bool
search_space_dropped(uint32_t a, uint32_t b)
{
	return a == 0 || clean_is_wide(a) || clean_is_wide(b) ||
	    clean_is_ambiguous(a) || clean_is_ambiguous(b);
}

/* Make room for k more folded bytes (and their map). */
static void
fold_room(struct fold *f, size_t k)
{
	if (f->len + k + 1 > f->cap)
		f->s = xgrow(f->s, &f->cap, f->len + k + 1, 1);
	if (f->map && f->len + k > f->mapcap) {
		f->mapcap = f->cap;
		f->from = xrealloc(f->from, f->mapcap * sizeof *f->from);
		f->to = xrealloc(f->to, f->mapcap * sizeof *f->to);
	}
}

static void
fold_emit(struct fold *f, uint32_t c, size_t from, size_t to)
{
	uint8_t buf[8];
	int k, i;

	if (c < 0x80) {		/* most of it, even in Chinese text */
		buf[0] = (uint8_t)c;
		k = 1;
	} else if ((k = u8_uctomb(buf, c, sizeof buf)) <= 0) {
		buf[0] = '?';
		k = 1;
	}
	fold_room(f, (size_t)k);
	for (i = 0; i < k; i++) {
		if (f->map) {
			f->from[f->len] = from;
			f->to[f->len] = to;
		}
		f->s[f->len++] = (char)buf[i];
	}
	f->s[f->len] = '\0';
}

/* Fold one character of text (in the folded form of its cluster) at
 * original bytes [from, to). */
static void
fold_one(struct fold *f, uint32_t c, unsigned flags, size_t from, size_t to,
    bool *space, size_t *sp_from, size_t *sp_to, uint32_t *prev)
{
	c = search_fold_char(c, flags);
	if (c == 0xAD)
		return;
	if (search_is_space(c)) {
		if (!*space) {
			*space = true;
			*sp_from = from;
			*sp_to = to;
		}
		return;
	}
	if (*space && !search_space_dropped(*prev, c))
		fold_emit(f, ' ', *sp_from, *sp_to);
	*space = false;
	fold_emit(f, c, from, to);
	*prev = c;
}

static void
fold_text(struct fold *f, const char *s, size_t len, unsigned flags)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + len, *q;
	bool literal = (flags & SEARCH_LITERAL) != 0, space = false;
	size_t sp_from = 0, sp_to = 0, at, n, m, i;
	uint32_t prev = 0, cl[SEARCH_CLUSTER_MAX], out[4 * SEARCH_CLUSTER_MAX];
	ucs4_t c;
	int k;

	for (; p < end; p = q) {
		k = u8_mbtouc(&c, p, (size_t)(end - p));
		if (k <= 0)
			k = 1;
		at = (size_t)(p - (const uint8_t *)s);
		q = p + k;
		if (literal) {
			fold_emit(f, c, at, at + (size_t)k);
			continue;
		}
		/* The character and the marks that combine with it. */
		cl[0] = c;
		for (n = 1; q < end && n < SEARCH_CLUSTER_MAX; n++) {
			ucs4_t d;
			int kd = u8_mbtouc(&d, q, (size_t)(end - q));

			if (kd <= 0 || !search_is_mark(d))
				break;
			cl[n] = d;
			q += kd;
		}
		m = search_fold_cluster(cl, n, out, sizeof out / sizeof out[0]);
		for (i = 0; i < m; i++)
			fold_one(f, out[i], flags, at,
			    (size_t)(q - (const uint8_t *)s), &space, &sp_from,
			    &sp_to, &prev);
	}
}

static void
fold_free(struct fold *f)
{
	free(f->s);
	free(f->from);
	free(f->to);
}

/* --- patterns ------------------------------------------------------------ */

/* Whether the query (valid UTF-8) holds an ideograph: only then is text
 * folded to Simplified Chinese, which costs a table look-up a character. */
static bool
search_has_han(const char *s, size_t len)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + len;
	ucs4_t c;
	int k;

	for (; p < end; p += k) {
		k = u8_mbtouc(&c, p, (size_t)(end - p));
		if (k <= 0)
			k = 1;
		if (searchfold_is_han(c))
			return true;
	}
	return false;
}

struct search_pattern *
search_compile(const char *query, size_t len, unsigned flags, char **cause)
{
	struct fold f = { 0 };
	struct search_pattern *sp;

	*cause = NULL;
	if (len > SEARCH_MAX_QUERY) {
		*cause = xasprintf(_("query too long (more than %d bytes)"),
		    SEARCH_MAX_QUERY);
		return NULL;
	}
	if (u8_check((const uint8_t *)query, len) != NULL) {
		*cause = xstrdup(_("query is not valid UTF-8"));
		return NULL;
	}
	if (!(flags & SEARCH_LITERAL) && search_has_han(query, len) &&
	    searchfold_han_available())
		flags |= SEARCH_HAN;
	fold_text(&f, query, len, flags);
	if (f.len == 0) {
		fold_free(&f);
		*cause = xstrdup(_("empty query"));
		return NULL;
	}
	sp = xcalloc(1, sizeof *sp);
	sp->q = f.s;
	sp->len = f.len;
	sp->flags = flags;
	return sp;
}

void
search_pattern_free(struct search_pattern *sp)
{
	if (sp == NULL)
		return;
	free(sp->q);
	free(sp);
}

const char *
search_pattern_folded(const struct search_pattern *sp, size_t *len)
{
	*len = sp->len;
	return sp->q;
}

unsigned
search_pattern_flags(const struct search_pattern *sp)
{
	return sp->flags;
}

char *
search_fold_map(const char *text, size_t len, unsigned flags, size_t *outlen,
    size_t **from)
{
	struct fold f = { 0 };

	f.map = true;
	fold_text(&f, text, len, flags);
	free(f.to);
	*outlen = f.len;
	*from = f.from;
	return f.s != NULL ? f.s : xstrdup("");
}

char *
search_fold(const char *text, size_t len, unsigned flags, size_t *outlen)
{
	struct fold f = { 0 };

	fold_text(&f, text, len, flags);
	*outlen = f.len;
	return f.s != NULL ? f.s : xstrdup("");
}

/* --- matching ------------------------------------------------------------ */

bool
search_contains(const struct search_pattern *sp, const char *text, size_t len)
{
	struct fold f = { 0 };
	bool found;

	if (sp->flags & SEARCH_LITERAL)
		return memmem(text, len, sp->q, sp->len) != NULL;
	fold_text(&f, text, len, sp->flags);
	found = f.len > 0 && memmem(f.s, f.len, sp->q, sp->len) != NULL;
	fold_free(&f);
	return found;
}

static void
search_hits_add(struct search_hits *h, size_t block, size_t start, size_t end)
{
	h->v = xgrow(h->v, &h->cap, h->n + 1, sizeof *h->v);
	h->v[h->n].block = block;
	h->v[h->n].start = start;
	h->v[h->n].end = end;
	h->n++;
}

size_t
search_text(const struct search_pattern *sp, const char *text, size_t len,
    size_t block, struct search_hits *hits)
{
	struct fold f = { 0 };
	const char *p, *hit;
	size_t n0 = hits->n, at;

	f.map = true;
	fold_text(&f, text, len, sp->flags);
	for (p = f.s; f.len > 0 && (size_t)(p - f.s) < f.len; p = hit + sp->len) {
		hit = memmem(p, f.len - (size_t)(p - f.s), sp->q, sp->len);
		if (hit == NULL)
			break;
		at = (size_t)(hit - f.s);
		search_hits_add(hits, block, f.from[at], f.to[at + sp->len - 1]);
	}
	fold_free(&f);
	return hits->n - n0;
}

size_t
search_doc(const struct search_pattern *sp, const struct layout_doc *doc,
    struct search_hits *hits)
{
	size_t i, n = 0;

	for (i = 0; i < doc->n_blocks; i++)
		n += search_text(sp, doc->blocks[i].text, doc->blocks[i].len, i,
		    hits);
	return n;
}

void
search_hits_clear(struct search_hits *h)
{
	h->n = 0;
}

void
search_hits_free(struct search_hits *h)
{
	if (h == NULL)
		return;
	free(h->v);
	memset(h, 0, sizeof *h);
}

/* --- snippets -------------------------------------------------------------- */

/* Start of the n-th character before off in s (at most n). */
static size_t
search_back(const char *s, size_t off, int n)
{
	const uint8_t *u = (const uint8_t *)s, *p = u + off, *q;
	ucs4_t c;

	while (n-- > 0 && p > u) {
		/* Most of it: ASCII, or a CJK character (U+1000..U+CFFF). */
		if (p[-1] < 0x80)
			q = p - 1;
		else if (p - u >= 3 && p[-3] >= 0xE1 && p[-3] <= 0xEC &&
		    (p[-2] & 0xC0) == 0x80 && (p[-1] & 0xC0) == 0x80)
			q = p - 3;
		else if ((q = u8_prev(&c, p, u)) == NULL)
			break;
		p = q;
	}
	return (size_t)(p - u);
}

/* End of the n-th character after off in s (at most n). */
static size_t
search_fwd(const char *s, size_t len, size_t off, int n)
{
	const uint8_t *u = (const uint8_t *)s;
	ucs4_t c;
	int k;

	while (n-- > 0 && off < len) {
		/* Most of it: ASCII, or a CJK character (U+1000..U+CFFF). */
		if (u[off] < 0x80) {
			off++;
			continue;
		}
		if (u[off] >= 0xE1 && u[off] <= 0xEC && len - off >= 3 &&
		    (u[off + 1] & 0xC0) == 0x80 && (u[off + 2] & 0xC0) == 0x80) {
			off += 3;
			continue;
		}
		k = u8_mbtouc(&c, u + off, len - off);
		off += k > 0 ? (size_t)k : 1;
	}
	return off;
}

#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define SEARCH_WORDS 1
/* In valid UTF-8 a character starts at every byte that is not a
 * continuation byte (10xxxxxx), so characters can be counted eight bytes
 * at a time: bit 8k + 7 of the result is set when byte k of p starts
 * one. */
static uint64_t
search_starts8(const uint8_t *p)
{
	uint64_t w;

	memcpy(&w, p, sizeof w);
	return ~(w & ~(w << 1)) & 0x8080808080808080ULL;
}

/* How many characters m (of search_starts8) starts: one bit a byte, so a
 * multiply adds them up (no popcount instruction in baseline x86-64). */
static int
search_count8(uint64_t m)
{
	return (int)(((m >> 7) * 0x0101010101010101ULL) >> 56);
}

static bool
search_starts1(uint8_t c)
{
	return (c & 0xC0) != 0x80;
}

/* search_back for valid UTF-8. */
static size_t
search_back_valid(const uint8_t *u, size_t off, int n)
{
	uint64_t m;
	int c;

	for (; n > 0 && off >= 8; off -= 8) {
		m = search_starts8(u + off - 8);
		if ((c = search_count8(m)) >= n) {
			for (; n > 1; n--)	/* the n-th start from the top */
				m &= ~(1ULL << (63 - __builtin_clzll(m)));
			return off - 8 + (size_t)(63 - __builtin_clzll(m)) / 8;
		}
		n -= c;
	}
	while (n > 0 && off > 0)
		if (search_starts1(u[--off]))
			n--;
	return off;
}

/* search_fwd for valid UTF-8: where the (n + 1)-th character from off
 * starts. */
static size_t
search_fwd_valid(const uint8_t *u, size_t len, size_t off, int n)
{
	uint64_t m;
	int c, k = n + 1;

	for (; off + 8 <= len; off += 8) {
		m = search_starts8(u + off);
		if ((c = search_count8(m)) >= k) {
			for (; k > 1; k--)
				m &= m - 1;
			return off + (size_t)__builtin_ctzll(m) / 8;
		}
		k -= c;
	}
	for (; off < len; off++)
		if (search_starts1(u[off]) && --k == 0)
			return off;
	return len;
}
#endif

void
search_snippet_bounds(const char *text, size_t len, const struct search_hit *h,
    int context, bool valid, size_t *from, size_t *to)
{
#ifdef SEARCH_WORDS
	if (valid) {
		*from = search_back_valid((const uint8_t *)text, h->start, context);
		*to = search_fwd_valid((const uint8_t *)text, len, h->end, context);
		return;
	}
#else
	(void)valid;
#endif
	*from = search_back(text, h->start, context);
	*to = search_fwd(text, len, h->end, context);
}

char *
search_snippet(const char *text, size_t len, const struct search_hit *h,
    int context, size_t *hit_start, size_t *hit_end)
{
	struct strbuf b = STRBUF_INIT;
	size_t from, to;

	search_snippet_bounds(text, len, h, context, false, &from, &to);
	strbuf_add(&b, "", 0);
	sanitize_append(&b, text + from, h->start - from, 0);
	*hit_start = b.len;
	sanitize_append(&b, text + h->start, h->end - h->start, 0);
	*hit_end = b.len;
	sanitize_append(&b, text + h->end, to - h->end, 0);
	return strbuf_take(&b);
}


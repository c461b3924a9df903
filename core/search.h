/* SPDX-License-Identifier: ISC */
/* search.h: finding a query in clean article text.
 *
 * Text and query are folded to one normal form before they are compared,
 * so what a reader does not see as different matches: full-width ASCII and
 * digits (ＧＤＰ２０２１ = GDP2021), Latin case, the ideographic space, and
 * the extraction spaces that clean text drops next to CJK ("4 月" = "4月"),
 * and with OpenCC Traditional and Simplified Chinese (松陽 = 松阳).
 * With SEARCH_LITERAL nothing is folded.  Every hit maps back to the bytes
 * of the original text, so the TUI and the command line can show it.
 *
 * Core only: never includes curses, never prints. */
#ifndef KANBAO_SEARCH_H
#define KANBAO_SEARCH_H

#include <stdbool.h>
#include <stddef.h>

#include "layout.h"

#define SEARCH_LITERAL	0x1	/* compare code points as they are */
/* Fold Traditional Chinese to Simplified: search_compile sets it when the
 * query holds an ideograph and OpenCC is there; the search cache folds its
 * text with it (searchfold_han_available). */
#define SEARCH_HAN	0x100

/* Longest query accepted, in bytes. */
#define SEARCH_MAX_QUERY 65536

struct search_pattern;

/* A hit: bytes [start, end) of a text (a block of a layout doc). */
struct search_hit {
	size_t	block;
	size_t	start, end;
};

/* A growable list of hits, in text order. */
struct search_hits {
	struct search_hit *v;
	size_t	 n, cap;
};

/* Compile query (len bytes of UTF-8).  Returns NULL and sets *cause (caller
 * frees) when the query is empty once folded, longer than SEARCH_MAX_QUERY,
 * or not valid UTF-8.  Caller frees with search_pattern_free. */
struct search_pattern *search_compile(const char *query, size_t len,
	    unsigned flags, char **cause);
void	search_pattern_free(struct search_pattern *);
/* The folded query (what is looked for in folded text), and the flags it
 * was compiled with. */
const char *search_pattern_folded(const struct search_pattern *, size_t *len);
unsigned search_pattern_flags(const struct search_pattern *);
/* text folded by the rules patterns are folded by (flags as for
 * search_compile, plus SEARCH_HAN), NUL-terminated, its length in *outlen.
 * Caller frees. */
char	*search_fold(const char *text, size_t len, unsigned flags,
	    size_t *outlen);
/* search_fold, and where each folded byte came from: byte i of the result
 * is part of the character at byte (*from)[i] of text.  Caller frees
 * both. */
char	*search_fold_map(const char *text, size_t len, unsigned flags,
	    size_t *outlen, size_t **from);

/* True when text (len bytes, any bytes) holds a hit; no allocation beyond
 * the folding. */
bool	search_contains(const struct search_pattern *, const char *text,
	    size_t len);
/* Append the hits in text (non-overlapping, left to right) to hits, each
 * with the given block number.  Returns how many were added. */
size_t	search_text(const struct search_pattern *, const char *text,
	    size_t len, size_t block, struct search_hits *);
/* Every hit in every block of doc, in display order.  Returns the count
 * added. */
size_t	search_doc(const struct search_pattern *, const struct layout_doc *,
	    struct search_hits *);
void	search_hits_clear(struct search_hits *);
void	search_hits_free(struct search_hits *);

/* A snippet for hit h of text: up to context characters either side of
 * the hit, made safe to print (sanitize_text); the hit is bytes
 * [*hit_start, *hit_end) of the result.  Caller frees. */
char	*search_snippet(const char *text, size_t len, const struct search_hit *h,
	    int context, size_t *hit_start, size_t *hit_end);
/* The bytes [*from, *to) of text that search_snippet shows, before they
 * are made safe.  valid: the caller knows text is valid UTF-8 (then
 * characters are counted faster). */
void	search_snippet_bounds(const char *text, size_t len,
	    const struct search_hit *h, int context, bool valid, size_t *from,
	    size_t *to);

#endif

/* SPDX-License-Identifier: ISC */
/* fuzz_search.c: search queries and folding.  The first line is the query,
 * the rest the text searched; every hit must lie in the text, hits must
 * not overlap, search_contains must agree with search_text, and in valid
 * UTF-8 the snippet's bounds counted a word at a time must be those
 * counted a character at a time. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "fuzz.h"
#include "search.h"

FUZZ_TARGET(search)
{
	const char		*q = (const char *)data, *text, *nl;
	struct search_hits	 hits = { 0 };
	struct search_pattern	*pat;
	char			*cause = NULL;
	size_t			 qlen, tlen, i, hs, he, last = 0, f1, t1, f2, t2;
	bool			 valid;

	nl = memchr(q, '\n', size);
	qlen = nl ? (size_t)(nl - q) : size;
	text = nl ? nl + 1 : q + size;
	tlen = size - (text - q);
	pat = search_compile(q, qlen, size % 2 ? SEARCH_LITERAL : 0, &cause);
	if (pat == NULL) {
		free(cause);
		return 0;
	}
	search_text(pat, text, tlen, 0, &hits);
	valid = u8_check((const uint8_t *)text, tlen) == NULL;
	if (search_contains(pat, text, tlen) != (hits.n > 0))
		abort();
	for (i = 0; i < hits.n; i++) {
		char *snip;

		if (hits.v[i].start < last || hits.v[i].start >= hits.v[i].end ||
		    hits.v[i].end > tlen)
			abort();
		last = hits.v[i].end;
		if (valid) {
			search_snippet_bounds(text, tlen, &hits.v[i], 8, false, &f1, &t1);
			search_snippet_bounds(text, tlen, &hits.v[i], 8, true, &f2, &t2);
			if (f1 != f2 || t1 != t2)
				abort();
		}
		snip = search_snippet(text, tlen, &hits.v[i], 8, &hs, &he);
		if (hs > he || he > strlen(snip))
			abort();
		free(snip);
	}
	search_hits_free(&hits);
	search_pattern_free(pat);
	return 0;
}

/* SPDX-License-Identifier: ISC */
/* fuzz_bookmark.c: the bookmarks file.  What is read is written out, read
 * back and written again: the two writings must be the same. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "bookmark_file.h"
#include "fuzz.h"
#include "xalloc.h"

FUZZ_TARGET(bookmark)
{
	struct bookmark_store	*st = bookmark_store_new(NULL);
	struct bookmark_store	*back = bookmark_store_new(NULL);
	struct strbuf		 one = STRBUF_INIT, two = STRBUF_INIT;
	struct diag_list	 dl = { 0 };
	char			*text = xmalloc(size + 1);
	long long		 ms;
	int			 version;

	memcpy(text, data, size);
	bookmark_parse(st, text, size, "fuzz.bookmarks", &dl, &version);
	bookmark_serialise(&one, st);
	bookmark_parse(back, one.s, one.len, "again", &dl, &version);
	bookmark_serialise(&two, back);
	if (one.len != two.len || memcmp(one.s, two.s, one.len) != 0)
		abort();
	text[size] = '\0';
	bookmark_time_parse(text, &ms);
	strbuf_free(&one);
	strbuf_free(&two);
	bookmark_store_free(st);
	bookmark_store_free(back);
	diag_list_free(&dl);
	free(text);
	return 0;
}

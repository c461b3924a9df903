/* SPDX-License-Identifier: ISC */
/* fuzz_textcache.c: the search cache reader.  The reader maps a file that
 * may say anything (another user's, a damaged disk, a truncated write):
 * the input is written as a cache file and mapped with every check of the
 * file's own layout and tables (not whose archive or build it is, which a
 * fuzzer cannot forge); whatever it accepts is read through every entry
 * point, and every string and hit must lie inside the file and its
 * block. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"
#include "search.h"
#include "textcache.h"
#include "textcache_int.h"

struct fuzz_tc_out {
	const struct textcache	*tc;
	size_t			 hits;
};

/* A hit: inside its block, its article one of the cache's. */
static int
fuzz_tc_hit(const struct textcache *tc, size_t bi,
    const struct textcache_block *b, const struct search_hit *h, void *arg)
{
	struct fuzz_tc_out *o = arg;
	struct textcache_article a;

	if (h->start > h->end || h->end > b->len ||
	    b->article >= textcache_articles(tc))
		abort();
	if (textcache_article(tc, b->article, &a) == 0 && a.id_len > 0)
		(void)a.id[a.id_len - 1];
	(void)textcache_line(tc, bi, h->start);
	(void)textcache_line(tc, bi, b->len);
	return ++o->hits >= 64;
}

/* Every string of article i read to its end (ASan: inside the mapping). */
static void
fuzz_tc_article(const struct textcache *tc, size_t i)
{
	struct textcache_article a;
	const char *id;
	size_t len;
	bool plain;
	volatile char sink = 0;

	if (textcache_article(tc, i, &a) == 0) {
		if (a.id_len) sink ^= a.id[a.id_len - 1];
		if (a.pub_len) sink ^= a.pub[a.pub_len - 1];
		if (a.pub_name_len) sink ^= a.pub_name[a.pub_name_len - 1];
		if (a.date_len) sink ^= a.date[a.date_len - 1];
		if (a.title_len) sink ^= a.title[a.title_len - 1];
	}
	if (textcache_article_id(tc, i, &id, &len, &plain) == 0 && len > 0)
		sink ^= id[len - 1];
	(void)sink;
}

static char path[64];

static void
fuzz_tc_remove(void)
{
	unlink(path);
}

FUZZ_TARGET(textcache)
{
	static const char *const queries[] = { "the", "的", "a b", "育秧" };
	struct fuzz_tc_out o = { NULL, 0 };
	struct search_pattern *sp;
	struct textcache *tc;
	char *cause = NULL;
	size_t i, n;
	FILE *f;

	if (path[0] == '\0') {
		int fd;

		strcpy(path, "/tmp/kanbao-fuzz-tc.XXXXXX");
		if ((fd = mkstemp(path)) < 0)
			abort();
		close(fd);
		atexit(fuzz_tc_remove);
	}
	if ((f = fopen(path, "wb")) == NULL)
		abort();
	if (size > 0 && fwrite(data, 1, size, f) != size)
		abort();
	if (fclose(f) != 0)
		abort();
	if ((tc = tc_map_any(path, &cause)) == NULL) {
		free(cause);
		return 0;
	}
	o.tc = tc;
	n = textcache_articles(tc);
	for (i = 0; i < n && i < 256; i++)
		fuzz_tc_article(tc, i);
	for (i = 0; i < sizeof queries / sizeof queries[0]; i++) {
		sp = search_compile(queries[i], strlen(queries[i]),
		    size % 2 ? SEARCH_LITERAL : 0, &cause);
		if (sp == NULL) {
			free(cause);
			cause = NULL;
			continue;
		}
		(void)textcache_search(tc, sp, 0, n, fuzz_tc_hit, &o);
		if (n > 1)
			(void)textcache_search(tc, sp, n / 2, n, fuzz_tc_hit, &o);
		search_pattern_free(sp);
	}
	if (!textcache_intact(tc))	/* nothing truncates it here */
		abort();
	textcache_close(tc);
	return 0;
}

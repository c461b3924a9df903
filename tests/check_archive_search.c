/* SPDX-License-Identifier: ISC */
/* check_archive_search.c: the archive search's scope and order rules, its
 * three backends agreeing on the sample archive, and the database's keys
 * (dbgrams) always holding a folded query's. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "archive.h"
#include "archive_search.h"
#include "dbgrams.h"
#include "strbuf.h"
#include "textcache.h"
#include "textcache_index.h"
#include "xalloc.h"

#include "check_run.h"

START_TEST(dates_are_compared_as_prefixes)
{
	struct asearch_scope sc = { NULL, NULL, "2024-04", "2024-05" };

	ck_assert(asearch_date_in(&sc, "2024-04-01", 10));
	ck_assert(asearch_date_in(&sc, "2024-05-31", 10));
	ck_assert(!asearch_date_in(&sc, "2024-03-31", 10));
	ck_assert(!asearch_date_in(&sc, "2024-06-01", 10));
	sc.from = NULL;
	ck_assert(asearch_date_in(&sc, "1999-01-01", 10));
	sc.to = "2024";
	ck_assert(asearch_date_in(&sc, "2024-12-31", 10));
	ck_assert(!asearch_date_in(&sc, "2025-01-01", 10));
}
END_TEST

START_TEST(ids_are_in_a_prefix_at_a_slash)
{
	struct asearch_scope sc = { NULL, "pub/2024-04-03", NULL, NULL };

	ck_assert(asearch_id_in(&sc, "pub/2024-04-03/01/1", 19));
	ck_assert(asearch_id_in(&sc, "pub/2024-04-03", 14));
	ck_assert(!asearch_id_in(&sc, "pub/2024-04-030/01/1", 20));
	ck_assert(!asearch_id_in(&sc, "bub/2024-04-03/01/1", 19));
	ck_assert(asearch_issue_in(&sc, "pub", 3, "2024-04-03", 10));
	ck_assert(!asearch_issue_in(&sc, "pub", 3, "2024-04-04", 10));
	sc.prefix = "pub/2024-04-03/01/2";	/* an article: its issue holds it */
	ck_assert(asearch_issue_in(&sc, "pub", 3, "2024-04-03", 10));
	sc.prefix = NULL;
	sc.pub = "pub";
	ck_assert(!asearch_issue_in(&sc, "pubx", 4, "2024-04-03", 10));
}
END_TEST

START_TEST(date_ranges_parse)
{
	char from[11], to[11];

	ck_assert_int_eq(asearch_parse_dates("2024-01..2024-03", from, to), 0);
	ck_assert_str_eq(from, "2024-01");
	ck_assert_str_eq(to, "2024-03");
	ck_assert_int_eq(asearch_parse_dates("..2024", from, to), 0);
	ck_assert_str_eq(from, "");
	ck_assert_int_eq(asearch_parse_dates("2024-1", from, to), -1);
	ck_assert_int_eq(asearch_parse_dates("2024-01-01..x", from, to), -1);
}
END_TEST

/* A query's keys are all among the keys of any text holding it. */
START_TEST(query_keys_are_in_the_text_keys)
{
	static const char *const cases[][2] = {
		{ "县二十万亩早稻育秧全面铺开", "育秧" },
		{ "县二十万亩早稻育秧全面铺开", "秧" },
		{ "the alternative is", "alternative is" },
		{ "ab", "b" },
	};
	struct dbgrams t = { 0 }, q = { 0 };
	size_t i, j, k;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		t.n = 0;
		dbgrams_add(&t, cases[i][0], strlen(cases[i][0]));
		dbgrams_finish(&t);
		dbgrams_query(&q, cases[i][1], strlen(cases[i][1]));
		ck_assert_uint_gt(q.n, 0);
		for (j = 0; j < q.n; j++) {
			for (k = 0; k < t.n && t.v[k] != q.v[j]; k++)
				;
			ck_assert_msg(k < t.n, "case %zu: key %zu not in the text", i, j);
		}
	}
	/* A word not in the text: some key is missing. */
	dbgrams_query(&q, "鹳雀", strlen("鹳雀"));
	for (j = 0, k = 0; j < q.n; j++)
		for (i = 0; i < t.n; i++)
			k += t.v[i] == q.v[j];
	ck_assert_uint_lt(k, q.n);
	dbgrams_free(&t);
	dbgrams_free(&q);
}
END_TEST

static int
collect(const struct asearch_hit *h, void *arg)
{
	strbuf_printf(arg, "%.*s:%lu:%zu:%zu:%zu|", (int)h->id_len, h->id,
	    h->line, h->h.block, h->h.start, h->h.end);
	return 0;
}

static int
count_progress(size_t done, size_t total, size_t hits, void *arg)
{
	(void)hits;
	ck_assert_uint_lt(done, total);
	return ++*(int *)arg > 1000;
}

/* The loaded pages and the cache give the same hits in both orders, and
 * a progress function that says stop ends the search. */
START_TEST(backends_agree_on_the_sample)
{
	static const char *const queries[] = { "育秧", "工作", "本报", "下洋村",
	    "集中育秧大棚", "没有这个词语" };
	char *sample = xasprintf("%s/sample-archive", getenv("top_srcdir") ?
	    getenv("top_srcdir") : ".");
	char *dir = xstrdup("/tmp/kanbao-asearch.XXXXXX"), *cause = NULL;
	struct archive *a = archive_open(sample, NULL);
	struct textcache *tc;
	struct asearch_source loaded = { a, NULL, NULL }, cached = { a, NULL, NULL },
	    indexed = { a, NULL, NULL };
	struct tc_index *ix;
	char *file;
	size_t *runs;
	long nr;
	struct asearch_scope sc = { NULL, "songchuan-daily", "2024-04", NULL };
	struct strbuf x = STRBUF_INIT, y = STRBUF_INIT;
	size_t i;
	int o, n;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	setenv("XDG_CACHE_HOME", dir, 1);
	tc = textcache_open(sample, NULL, 0, NULL, NULL, &cause);
	ck_assert_msg(tc != NULL, "%s", cause ? cause : "");
	cached.cache = tc;
	/* The index, built beside the cache, and found again. */
	file = textcache_path(sample, NULL);
	ix = textcache_index_open(tc, file, false);
	ck_assert_ptr_nonnull(ix);
	textcache_index_close(ix);
	ix = textcache_index_open(tc, file, true);
	ck_assert_ptr_nonnull(ix);
	indexed.cache = tc;
	indexed.index = ix;
	{
		/* A word of one issue: the index leaves the others out. */
		struct search_pattern *sp = search_compile("下洋村", 9, 0, &cause);

		nr = textcache_index_runs(ix, tc, sp, 0, textcache_articles(tc),
		    &runs);
		ck_assert_int_eq(nr, 1);
		ck_assert_uint_lt(runs[1] - runs[0], textcache_articles(tc) / 4);
		free(runs);
		search_pattern_free(sp);
		/* Literal: the index cannot tell. */
		sp = search_compile("下洋村", 9, SEARCH_LITERAL, &cause);
		ck_assert_int_eq(textcache_index_runs(ix, tc, sp, 0,
		    textcache_articles(tc), &runs), -1);
		search_pattern_free(sp);
	}
	for (o = 0; o < 2; o++)
		for (i = 0; i < sizeof queries / sizeof queries[0]; i++) {
			struct search_pattern *sp = search_compile(queries[i],
			    strlen(queries[i]), 0, &cause);

			strbuf_truncate(&x, 0);
			strbuf_truncate(&y, 0);
			ck_assert_int_ge(asearch_each(&loaded, sp, &sc,
			    (enum asearch_order)o, collect, NULL, &x, &cause), 0);
			ck_assert_int_ge(asearch_each(&cached, sp, &sc,
			    (enum asearch_order)o, collect, NULL, &y, &cause), 0);
			ck_assert_str_eq(x.len ? x.s : "", y.len ? y.s : "");
			if (i < 3)
				ck_assert_uint_gt(x.len, 0);
			strbuf_truncate(&y, 0);
			ck_assert_int_ge(asearch_each(&indexed, sp, &sc,
			    (enum asearch_order)o, collect, NULL, &y, &cause), 0);
			ck_assert_str_eq(x.len ? x.s : "", y.len ? y.s : "");
			n = 1000;
			ck_assert_int_eq(asearch_each(&cached, sp, &sc,
			    (enum asearch_order)o, collect, count_progress, &n,
			    &cause), 0);
			search_pattern_free(sp);
		}
	strbuf_free(&x);
	strbuf_free(&y);
	textcache_index_close(ix);
	free(file);
	textcache_close(tc);
	archive_free(a);
	free(sample);
	{
		char *cmd = xasprintf("rm -rf '%s'", dir);

		ck_assert_int_eq(system(cmd), 0);
		free(cmd);
	}
	free(dir);
}
END_TEST

static Suite *
archive_search_suite(void)
{
	Suite *s = suite_create("archive_search");
	TCase *tc = tcase_create("rules");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, dates_are_compared_as_prefixes);
	tcase_add_test(tc, ids_are_in_a_prefix_at_a_slash);
	tcase_add_test(tc, date_ranges_parse);
	tcase_add_test(tc, query_keys_are_in_the_text_keys);
	tcase_add_test(tc, backends_agree_on_the_sample);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(archive_search_suite)

/* SPDX-License-Identifier: ISC */
/* check_textcache.c: the search cache: built, mapped, checked; damaged,
 * truncated and stale files rejected; hits identical to the search
 * without it.  Works on a copy of the sample archive, with XDG_CACHE_HOME
 * in a temporary directory. */
#include "config.h"

#include <check.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "archive.h"
#include "check_run.h"
#include "layout.h"
#include "pagetext.h"
#include "search.h"
#include "sanitize.h"
#include "searchfold.h"
#include "srcmap.h"
#include "strbuf.h"
#include "textcache.h"
#include "textcache_int.h"
#include "xalloc.h"

static char tmpdir[] = "/tmp/kanbao-tc.XXXXXX";
static char *archive_dir, *cache_file;

static void
setup(void)
{
	const char *top = getenv("top_srcdir");
	char *cmd;

	ck_assert_ptr_nonnull(mkdtemp(strcpy(tmpdir, "/tmp/kanbao-tc.XXXXXX")));
	archive_dir = xasprintf("%s/archive", tmpdir);
	cmd = xasprintf("cp -R '%s/sample-archive' '%s'", top ? top : ".",
	    archive_dir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
	cmd = xasprintf("%s/cache", tmpdir);
	setenv("XDG_CACHE_HOME", cmd, 1);
	free(cmd);
	cache_file = textcache_path(archive_dir, NULL);
	ck_assert_ptr_nonnull(cache_file);
}

static void
teardown(void)
{
	char *cmd = xasprintf("rm -rf '%s'", tmpdir);

	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
	free(archive_dir);
	free(cache_file);
}

static struct textcache *
open_cache(unsigned flags)
{
	char *cause = NULL;
	struct textcache *tc = textcache_open(archive_dir, NULL, flags, NULL,
	    NULL, &cause);

	if (tc == NULL)
		ck_abort_msg("no cache: %s", cause ? cause : "(no cause)");
	free(cause);
	return tc;
}

/* Map cache_file; NULL when it is rejected, with why in *cause. */
static struct textcache *
map_cache(char **cause)
{
	return textcache_map(cache_file, archive_dir, NULL, cause);
}

/* --- hits both ways ----------------------------------------------------------- */

static int
cached_hit(const struct textcache *tc, size_t bi,
    const struct textcache_block *b, const struct search_hit *h, void *arg)
{
	struct textcache_article a;

	ck_assert_int_eq(textcache_article(tc, b->article, &a), 0);
	strbuf_printf(arg, "%.*s %zu %zu-%zu line %lu\n", (int)a.id_len, a.id,
	    h->block, h->start, h->end, textcache_line(tc, bi, h->start));
	return 0;
}

/* The source line as the search without the cache gives it. */
static unsigned long
loaded_line(const struct article *a, const struct layout_block *b, size_t off)
{
	const struct page *p = a->page;
	const struct span *sp = b->span;

	if (sp == NULL)
		return a->span.first_line + p->line_offset;
	if (p->text.text == NULL || sp->byte_end <= sp->byte_start ||
	    sp->byte_end > p->text.len)
		return sp->first_line + p->line_offset;
	return pagetext_line_of(&p->text, sp->byte_start +
	    srcmap_raw_offset(p->text.text + sp->byte_start,
	    sp->byte_end - sp->byte_start, b->text, b->len, off)) + p->line_offset;
}

static void
loaded_hits(struct archive *ar, const struct search_pattern *sp,
    struct strbuf *out)
{
	struct search_hits hits = { 0 };
	struct layout_doc doc;
	size_t i, j, k, m, n;

	for (i = 0; i < ar->n_pubs; i++)
		for (j = 0; j < ar->pubs[i].n_issues; j++) {
			struct issue *is = &ar->pubs[i].issues[j];

			issue_load(is);
			for (k = 0; k < is->n_pages; k++)
				for (m = 0; m < is->pages[k].n_articles; m++) {
					const struct article *a = &is->pages[k].articles[m];
					char *id = article_id(a);

					layout_doc_from_article(&doc, a);
					search_hits_clear(&hits);
					search_doc(sp, &doc, &hits);
					for (n = 0; n < hits.n; n++)
						strbuf_printf(out, "%s %zu %zu-%zu line %lu\n",
						    id, hits.v[n].block, hits.v[n].start,
						    hits.v[n].end, loaded_line(a,
						    &doc.blocks[hits.v[n].block],
						    hits.v[n].start));
					layout_doc_free(&doc);
					free(id);
				}
		}
	search_hits_free(&hits);
}

START_TEST(hits_are_those_of_the_search_without_the_cache)
{
	static const struct { const char *q; unsigned flags; } qs[] = {
		{ "育秧", 0 }, { "下洋村的集中育秧大棚", 0 }, { "记者", 0 },
		{ "２０．３ 万亩", 0 }, { "the ALTERNATIVE is", 0 },
		{ "Harborton City", SEARCH_LITERAL },
		{ "harborton city", SEARCH_LITERAL }, { "harborton", 0 },
		{ "竹峰", 0 }, { "鎮", 0 }, { "，", 0 }, { "e", 0 },
		/* Hits mapped back across folded commas, spaces and case: */
		{ "，记者", 0 }, { "。", 0 }, { "a", 0 }, { "S", 0 },
		{ "0", 0 }, { "city h", 0 },
	};
	struct textcache *tc = open_cache(0);
	struct archive *ar = archive_open(archive_dir, NULL);
	size_t i, total = 0;

	for (i = 0; i < sizeof qs / sizeof qs[0]; i++) {
		struct strbuf a = STRBUF_INIT, b = STRBUF_INIT;
		char *cause = NULL;
		struct search_pattern *sp = search_compile(qs[i].q,
		    strlen(qs[i].q), qs[i].flags, &cause);
		long n;

		ck_assert_ptr_nonnull(sp);
		n = textcache_search(tc, sp, 0, textcache_articles(tc), cached_hit, &a);
		ck_assert_int_ge(n, 0);
		loaded_hits(ar, sp, &b);
		ck_assert_msg(strcmp(a.s ? a.s : "", b.s ? b.s : "") == 0,
		    "query %s: cache\n%s\nwithout\n%s", qs[i].q, a.s, b.s);
		total += (size_t)n;
		search_pattern_free(sp);
		strbuf_free(&a);
		strbuf_free(&b);
	}
	ck_assert_uint_gt(total, 100);	/* the queries do find things */
	archive_free(ar);
	textcache_close(tc);
}
END_TEST

START_TEST(a_range_of_articles_is_searched_alone)
{
	struct textcache *tc = open_cache(0);
	struct textcache_article a;
	struct strbuf all = STRBUF_INIT, part = STRBUF_INIT;
	char *cause = NULL;
	struct search_pattern *sp = search_compile("的", 3, 0, &cause);
	size_t n = textcache_articles(tc), i, first = n, last = n;

	/* The articles of songchuan-daily/2024-05-08. */
	for (i = 0; i < n; i++) {
		ck_assert_int_eq(textcache_article(tc, i, &a), 0);
		if (a.date_len == 10 && memcmp(a.date, "2024-05-08", 10) == 0) {
			if (first == n)
				first = i;
			last = i + 1;
		}
	}
	ck_assert_uint_lt(first, last);
	ck_assert_int_gt(textcache_search(tc, sp, first, last, cached_hit, &part), 0);
	textcache_search(tc, sp, 0, n, cached_hit, &all);
	ck_assert_ptr_nonnull(strstr(all.s, part.s));
	ck_assert_ptr_null(strstr(part.s, "2024-04-03"));
	ck_assert_uint_lt(part.len, all.len);
	search_pattern_free(sp);
	strbuf_free(&all);
	strbuf_free(&part);
	textcache_close(tc);
}
END_TEST

/* --- on several threads ---------------------------------------------------------- */

/* What flush is given, and how often; where put and flush say stop. */
struct par_out {
	struct strbuf	 s;
	long		 hits, flushes;
	long		 stop_after;	/* flushes; 0: never */
	const char	*stop_at;	/* a hit's line; NULL: none */
};

/* The line cached_hit writes, without check's asserts (put runs on
 * worker threads); the hit whose line is stop_at asks to stop. */
static int
par_put(const struct textcache *tc, size_t bi, const struct textcache_block *b,
    const struct search_hit *h, struct strbuf *out, const void *arg)
{
	const struct par_out *o = arg;
	struct textcache_article a;
	size_t len = out->len;

	if (textcache_article(tc, b->article, &a) != 0)
		return 1;
	strbuf_printf(out, "%.*s %zu %zu-%zu line %lu\n", (int)a.id_len, a.id,
	    h->block, h->start, h->end, textcache_line(tc, bi, h->start));
	if (o->stop_at != NULL && strcmp(out->s + len, o->stop_at) == 0) {
		strbuf_truncate(out, len);
		return 1;
	}
	return 0;
}

static int
par_flush(const char *s, size_t len, long hits, void *arg)
{
	struct par_out *o = arg;

	ck_assert_uint_gt(len, 0);
	strbuf_add(&o->s, s, len);
	o->hits += hits;
	return ++o->flushes == o->stop_after;
}

START_TEST(threads_give_the_serial_hits_in_order)
{
	static const char *const qs[] = {
		"的", "记者", "，", "。", "e", "a", "S", "0", "育秧", "harborton",
		"city h", "the ALTERNATIVE is", "２０．３ 万亩", "鎮", "，记者",
		"下洋村的集中育秧大棚", "没有这个词语", "Harborton City",
	};
	static const unsigned threads[] = { 1, 2, 3, 7 };
	struct textcache *tc = open_cache(0);
	size_t n = textcache_articles(tc), i, t, r;
	/* The whole archive, and ranges cut anywhere. */
	const size_t ranges[][2] = { { 0, n }, { 1, n - 1 }, { n / 3, n / 2 },
		{ 5, 6 }, { n - 1, n }, { 4, 4 } };

	for (i = 0; i < sizeof qs / sizeof qs[0]; i++) {
		char *cause = NULL;
		struct search_pattern *sp = search_compile(qs[i], strlen(qs[i]),
		    i == sizeof qs / sizeof qs[0] - 1 ? SEARCH_LITERAL : 0, &cause);

		ck_assert_ptr_nonnull(sp);
		for (r = 0; r < sizeof ranges / sizeof ranges[0]; r++) {
			struct strbuf serial = STRBUF_INIT;
			long ns = textcache_search(tc, sp, ranges[r][0],
			    ranges[r][1], cached_hit, &serial);

			ck_assert_int_ge(ns, 0);
			for (t = 0; t < sizeof threads / sizeof threads[0]; t++) {
				struct par_out o = { STRBUF_INIT, 0, 0, 0, NULL };
				long np = textcache_search_par(tc, sp, ranges[r][0],
				    ranges[r][1], threads[t], par_put, par_flush, &o);

				ck_assert_msg(np == ns && o.hits == ns &&
				    strcmp(o.s.s ? o.s.s : "", serial.s ? serial.s : "") == 0,
				    "query %s, articles %zu-%zu, %u threads: %ld hits, serially %ld",
				    qs[i], ranges[r][0], ranges[r][1], threads[t], np, ns);
				strbuf_free(&o.s);
			}
			strbuf_free(&serial);
		}
		search_pattern_free(sp);
	}
	textcache_close(tc);
}
END_TEST

START_TEST(threads_stop_where_the_serial_search_stops)
{
	struct textcache *tc = open_cache(0);
	char *cause = NULL, *nl;
	struct search_pattern *sp = search_compile("的", 3, 0, &cause);
	struct strbuf serial = STRBUF_INIT, line = STRBUF_INIT;
	size_t n = textcache_articles(tc), k, before;
	unsigned t;

	ck_assert_int_gt(textcache_search(tc, sp, 0, n, cached_hit, &serial), 100);
	for (t = 1; t <= 4; t++) {
		/* put says stop at the 101st hit: the 100 before it are
		 * flushed and counted, nothing after. */
		struct par_out o = { STRBUF_INIT, 0, 0, 0, NULL };

		for (k = 0, nl = serial.s; k < 100; k++)
			nl = strchr(nl, '\n') + 1;
		before = (size_t)(nl - serial.s);
		strbuf_truncate(&line, 0);
		strbuf_add(&line, nl, (size_t)(strchr(nl, '\n') + 1 - nl));
		o.stop_at = line.s;
		ck_assert_int_eq(textcache_search_par(tc, sp, 0, n, t, par_put,
		    par_flush, &o), 100);
		ck_assert_uint_eq(o.s.len, before);
		ck_assert_int_eq(memcmp(o.s.s, serial.s, before), 0);
		strbuf_free(&o.s);
		/* flush says stop after the second chunk. */
		o = (struct par_out){ STRBUF_INIT, 0, 0, 2, NULL };
		ck_assert_int_eq(textcache_search_par(tc, sp, 0, n, t, par_put,
		    par_flush, &o), o.hits);
		ck_assert_int_eq(o.flushes, 2);
		ck_assert_uint_lt(o.s.len, serial.len);
		ck_assert_int_eq(memcmp(o.s.s, serial.s, o.s.len), 0);
		strbuf_free(&o.s);
	}
	search_pattern_free(sp);
	strbuf_free(&serial);
	strbuf_free(&line);
	textcache_close(tc);
}
END_TEST

/* --- validity -------------------------------------------------------------------- */

START_TEST(a_built_cache_maps_and_a_readonly_open_builds_nothing)
{
	struct textcache *tc;
	char *cause = NULL;
	struct stat st;

	tc = textcache_open(archive_dir, NULL, TEXTCACHE_READONLY, NULL, NULL,
	    &cause);
	ck_assert_ptr_null(tc);
	free(cause);
	ck_assert_int_ne(stat(cache_file, &st), 0);
	textcache_close(open_cache(0));
	ck_assert_int_eq(stat(cache_file, &st), 0);
	tc = map_cache(&cause);
	ck_assert_ptr_nonnull(tc);
	ck_assert_uint_gt(textcache_articles(tc), 20);
	textcache_close(tc);
	tc = textcache_open(archive_dir, NULL, TEXTCACHE_READONLY, NULL, NULL,
	    &cause);
	ck_assert_ptr_nonnull(tc);
	textcache_close(tc);
}
END_TEST

static int
count_hit(const struct textcache *tc, size_t bi,
    const struct textcache_block *b, const struct search_hit *h, void *arg)
{
	(void)tc, (void)bi, (void)b, (void)h;
	++*(size_t *)arg;
	return 0;
}

/* Another process cuts the file short while it is mapped: touching the
 * part cut off would raise SIGBUS and kill the reader.  It reads zeros
 * instead, and textcache_intact says the cache must be let go.  The size
 * check alone (before touching) says so too. */
START_TEST(a_cache_cut_short_while_mapped_is_no_crash)
{
	struct textcache *tc = open_cache(0);
	char *cause = NULL;
	struct search_pattern *sp = search_compile("the", 3, 0, &cause);
	size_t hits = 0, i, n;
	struct textcache_article a;

	ck_assert_ptr_nonnull(sp);
	ck_assert(textcache_intact(tc));
	n = textcache_articles(tc);
	ck_assert_int_gt(textcache_search(tc, sp, 0, n, count_hit, &hits), 0);
	ck_assert_int_eq(truncate(cache_file, 4096), 0);
	ck_assert(!textcache_intact(tc));	/* seen before touching */
	/* Touching it all: no SIGBUS (this process would die of it). */
	hits = 0;
	textcache_search(tc, sp, 0, n, count_hit, &hits);
	for (i = 0; i < n; i++)
		(void)textcache_article(tc, i, &a);
	ck_assert(!textcache_intact(tc));
	textcache_close(tc);
	/* Opened again: rebuilt, whole. */
	tc = open_cache(0);
	ck_assert(textcache_intact(tc));
	textcache_close(tc);
	search_pattern_free(sp);
}
END_TEST

static void
assert_maps(void)
{
	char *cause = NULL;
	struct textcache *tc = map_cache(&cause);

	if (tc == NULL)
		ck_abort_msg("rejected: %s", cause);
	textcache_close(tc);
}

START_TEST(the_han_table_is_saved_with_the_text)
{
	struct textcache *tc = open_cache(0);
	const uint32_t *han = searchfold_han_table();

	if (han == NULL)
		ck_assert_uint_eq(tc->h->flags & TC_FLAG_HAN, 0);
	else {
		ck_assert_uint_ne(tc->h->flags & TC_FLAG_HAN, 0);
		ck_assert_uint_ge(tc->h->n_han, searchfold_han_size());
		ck_assert_int_eq(memcmp(tc->base + tc->h->han_off, han,
		    searchfold_han_size() * sizeof *han), 0);
	}
	textcache_close(tc);
}
END_TEST

/* Reject the cache with a reason containing why. */
static void
assert_rejected(const char *why)
{
	char *cause = NULL;
	struct textcache *tc = map_cache(&cause);

	ck_assert_ptr_null(tc);
	ck_assert_ptr_nonnull(cause);
	ck_assert_msg(strstr(cause, why) != NULL, "'%s' is not about '%s'",
	    cause, why);
	free(cause);
}

START_TEST(a_page_touched_or_added_makes_the_cache_stale)
{
	struct timespec ts[2] = { { 1000000000, 0 }, { 1000000000, 0 } };
	char *page = xasprintf("%s/songchuan-daily/2024-05-08/02.txt", archive_dir);
	char *added = xasprintf("%s/songchuan-daily/2024-05-08/04.txt", archive_dir);
	struct textcache *tc;
	FILE *f;

	textcache_close(open_cache(0));
	ck_assert_int_eq(utimensat(AT_FDCWD, page, ts, 0), 0);
	assert_rejected("stale");
	textcache_close(open_cache(0));		/* rebuilt */
	assert_maps();
	ck_assert_ptr_nonnull(f = fopen(added, "w"));
	fputs("新增的一版\n\n本报讯 今天新增一版，内容是检验缓存的新鲜程度。\n", f);
	fclose(f);
	assert_rejected("stale");
	tc = open_cache(0);
	{
		struct strbuf b = STRBUF_INIT;
		char *cause = NULL;
		struct search_pattern *sp = search_compile("检验缓存", 12, 0, &cause);

		ck_assert_int_eq(textcache_search(tc, sp, 0,
		    textcache_articles(tc), cached_hit, &b), 1);
		search_pattern_free(sp);
		strbuf_free(&b);
	}
	textcache_close(tc);
	free(page);
	free(added);
}
END_TEST

/* Read the cache file, let fn damage it, write it back. */
static void
damage(void (*fn)(char *, size_t *))
{
	FILE *f = fopen(cache_file, "rb");
	struct stat st;
	char *buf;
	size_t len;

	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(fstat(fileno(f), &st), 0);
	len = (size_t)st.st_size;
	buf = xmalloc(len);
	ck_assert_uint_eq(fread(buf, 1, len, f), len);
	fclose(f);
	fn(buf, &len);
	ck_assert_ptr_nonnull(f = fopen(cache_file, "wb"));
	ck_assert_uint_eq(fwrite(buf, 1, len, f), len);
	fclose(f);
	free(buf);
}

static void cut(char *b, size_t *len) { (void)b; *len -= 100; }
static void magic(char *b, size_t *len) { (void)len; b[0] = 'X'; }
static void version(char *b, size_t *len)
{
	(void)len;
	((struct tc_header *)b)->version++;
}
static void block_offset(char *b, size_t *len)
{
	struct tc_header *h = (struct tc_header *)b;
	struct tc_block *blk = (struct tc_block *)(b + h->blocks_off);

	(void)len;
	blk[h->n_blocks / 2].clean_off += 1000000;
}
static void section(char *b, size_t *len)
{
	(void)len;
	((struct tc_header *)b)->strings_off = ((struct tc_header *)b)->file_size;
}
static void article(char *b, size_t *len)
{
	struct tc_header *h = (struct tc_header *)b;
	struct tc_article *a = (struct tc_article *)(b + h->articles_off);

	(void)len;
	a[1].id.off = h->strings_len + 5;
}
static void starts(char *b, size_t *len)
{
	struct tc_header *h = (struct tc_header *)b;
	uint64_t *st = (uint64_t *)(b + h->starts_off);

	(void)len;
	st[h->n_blocks + h->n_blocks / 2] += 5;	/* a clean start */
}
static void key(char *b, size_t *len)
{
	struct tc_header *h = (struct tc_header *)b;

	(void)len;
	b[h->strings_off + h->key.off + h->key.len - 2] ^= 1;
}

START_TEST(damaged_files_are_rejected_and_rebuilt)
{
	static const struct { void (*fn)(char *, size_t *); const char *why; } d[] = {
		{ cut, "truncated" }, { magic, "not a kanbao" },
		{ version, "another version" }, { block_offset, "damaged" },
		{ section, "damaged" }, { article, "damaged" },
		{ key, "another archive" }, { starts, "damaged" },
	};
	size_t i;

	for (i = 0; i < sizeof d / sizeof d[0]; i++) {
		textcache_close(open_cache(0));
		damage(d[i].fn);
		assert_rejected(d[i].why);
	}
	textcache_close(open_cache(0));
	assert_maps();
}
END_TEST

/* Flip bytes all over the file (a fixed sequence): whatever is accepted
 * must search and read without stepping outside the file. */
static unsigned long flip_seed;
static void flip(char *b, size_t *len)
{
	int i;

	for (i = 0; i < 8; i++) {
		flip_seed = flip_seed * 6364136223846793005UL + 1442695040888963407UL;
		b[(flip_seed >> 33) % *len] ^= (char)(1 + (flip_seed >> 20) % 255);
	}
}

/* Keep the file as it is, to put it back before each flip. */
static char *kept;
static size_t kept_len;
static void keep(char *b, size_t *len)
{
	free(kept);
	kept = xmalloc(*len);
	memcpy(kept, b, *len);
	kept_len = *len;
}
static void restore(char *b, size_t *len)
{
	ck_assert_uint_eq(*len, kept_len);
	memcpy(b, kept, kept_len);
}

START_TEST(flipped_bytes_never_lead_outside_the_file)
{
	struct textcache_article a;
	char *cause = NULL;
	struct search_pattern *sp = search_compile("的", 3, 0, &cause);
	struct textcache *tc;
	struct strbuf out = STRBUF_INIT;
	struct par_out po = { STRBUF_INIT, 0, 0, 0, NULL };
	size_t i, k;

	textcache_close(open_cache(0));
	damage(keep);
	for (i = 0; i < 200; i++) {
		flip_seed = i + 1;
		damage(restore);
		damage(flip);
		if ((tc = map_cache(&cause)) == NULL) {
			free(cause);
			continue;
		}
		textcache_search(tc, sp, 0, textcache_articles(tc), cached_hit, &out);
		po.s = out;
		textcache_search_par(tc, sp, 0, textcache_articles(tc), 3, par_put,
		    par_flush, &po);
		out = po.s;
		for (k = 0; k < textcache_articles(tc); k++)
			textcache_article(tc, k, &a);
		strbuf_truncate(&out, 0);
		textcache_close(tc);
	}
	search_pattern_free(sp);
	strbuf_free(&out);
	free(kept);
	kept = NULL;
}
END_TEST

/* The same, opened with TEXTCACHE_QUICK: the tables are checked a
 * search's range at a time, each article alone and all of them. */
START_TEST(quickly_opened_flipped_bytes_never_lead_outside_the_file)
{
	char *cause = NULL;
	struct search_pattern *sp = search_compile("的", 3, 0, &cause);
	struct textcache *tc;
	struct strbuf out = STRBUF_INIT;
	size_t i, k, n, damaged = 0;

	textcache_close(open_cache(0));
	damage(keep);
	for (i = 0; i < 200; i++) {
		flip_seed = i + 1001;
		damage(restore);
		damage(flip);
		tc = textcache_open(archive_dir, NULL,
		    TEXTCACHE_QUICK | TEXTCACHE_READONLY, NULL, NULL, &cause);
		free(cause);
		cause = NULL;
		if (tc == NULL)
			continue;
		n = textcache_articles(tc);
		damaged += textcache_search(tc, sp, 0, n, cached_hit, &out) < 0;
		for (k = 0; k < n; k++)
			textcache_search(tc, sp, k, k + 1, cached_hit, &out);
		strbuf_truncate(&out, 0);
		textcache_close(tc);
	}
	/* Some flips land in the tables and are found there. */
	ck_assert_uint_gt(damaged, 0);
	damage(restore);
	search_pattern_free(sp);
	strbuf_free(&out);
	free(kept);
	kept = NULL;
}
END_TEST

START_TEST(an_empty_or_missing_file_is_rejected)
{
	char *cause = NULL;
	int fd;

	ck_assert_ptr_null(map_cache(&cause));
	free(cause);
	textcache_close(open_cache(0));
	ck_assert_int_ge(fd = open(cache_file, O_WRONLY | O_TRUNC), 0);
	close(fd);
	assert_rejected("not a kanbao");
}
END_TEST

/* --- updating ------------------------------------------------------------------ */

/* Issues the last build said it loads: progress counts those alone. */
static size_t loaded;
static int
count_loaded(size_t done, size_t total, void *arg)
{
	(void)arg;
	ck_assert_uint_le(done, total);
	loaded = total;
	return 0;
}

static char *
slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	struct stat st;
	char *buf;

	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(fstat(fileno(f), &st), 0);
	*len = (size_t)st.st_size;
	buf = xmalloc(*len + 1);
	ck_assert_uint_eq(fread(buf, 1, *len, f), *len);
	fclose(f);
	return buf;
}

/* Build into file; returns how many issues were loaded. */
static size_t
build_into(const char *file)
{
	char *cause = NULL;

	loaded = 0;
	if (textcache_build(archive_dir, NULL, file, count_loaded, NULL,
	    &cause) != 0)
		ck_abort_msg("build failed: %s", cause ? cause : "(stopped)");
	return loaded;
}

/* Update the cache (it holds the archive before change), check that it
 * loaded n issues and that it is byte for byte a full build's. */
static void
assert_update(void (*change)(void), size_t n)
{
	char *full = xasprintf("%s/full.cache", tmpdir), *a, *b;
	size_t alen, blen;

	textcache_close(open_cache(0));
	change();
	ck_assert_uint_eq(build_into(cache_file), n);
	unlink(full);
	ck_assert_uint_gt(build_into(full), n);
	a = slurp(cache_file, &alen);
	b = slurp(full, &blen);
	ck_assert_uint_eq(alen, blen);
	ck_assert_msg(memcmp(a, b, alen) == 0, "the update differs from a full build");
	assert_maps();
	free(a);
	free(b);
	free(full);
}

static void
write_file(const char *rel, const char *text)
{
	char *path = xasprintf("%s/%s", archive_dir, rel);
	FILE *f = fopen(path, "w");

	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	ck_assert_int_eq(fclose(f), 0);
	free(path);
}

static void
run(const char *fmt, const char *arg)
{
	char *cmd = xasprintf(fmt, archive_dir, arg);

	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

/* Counts the hits in plain blocks and in the others, checking each flag. */
static int
plain_hit(const struct textcache *tc, size_t bi,
    const struct textcache_block *b, const struct search_hit *h, void *arg)
{
	size_t *counts = arg;

	(void)tc;
	(void)bi;
	(void)h;
	ck_assert_int_eq(b->plain, sanitize_plain_len(b->text, b->len, 0) == b->len);
	counts[b->plain]++;
	return 0;
}

START_TEST(a_block_is_plain_when_nothing_in_it_needs_a_stand_in)
{
	struct search_pattern *sp;
	struct textcache *tc;
	char *cause = NULL;
	size_t counts[2] = { 0, 0 };

	/* An escape sequence and a bidi override in paragraphs of their own. */
	run("printf '\\n本报讯 育秧的消息\\033[31m红色。\\n\\n育秧\\342\\200\\256反向。\\n' >> '%s/%s'",
	    "songchuan-daily/2024-05-08/02.txt");
	tc = open_cache(0);
	sp = search_compile("育秧", strlen("育秧"), 0, &cause);
	ck_assert_ptr_nonnull(sp);
	ck_assert_int_gt(textcache_search(tc, sp, 0, textcache_articles(tc),
	    plain_hit, counts), 0);
	ck_assert_uint_ge(counts[0], 2);	/* the two hostile paragraphs */
	ck_assert_uint_gt(counts[1], 0);
	search_pattern_free(sp);
	textcache_close(tc);
}
END_TEST

static void nothing(void) { }
static void page_changed(void)
{
	run("printf '\\n本报讯 一版改过的消息。\\n' >> '%s/%s'",
	    "songchuan-daily/2024-05-08/02.txt");
}
static void page_added(void)
{
	write_file("songchuan-daily/2024-05-08/04.txt",
	    "新增的一版\n\n本报讯 今天新增一版，内容是检验缓存的新鲜程度。\n");
}
static void issue_added(void)
{
	run("mkdir '%s/%s'", "songchuan-daily/2024-07-01");
	write_file("songchuan-daily/2024-07-01/01.txt",
	    "七月一日\n\n本报讯 新的一期到了，缓存只读这一期。\n");
}
static void issue_removed(void) { run("rm -r '%s/%s'", "zhufeng-weekly/2024-03-22"); }
static void file_issue_changed(void)
{
	run("printf '\\fA late page\\n\\nIt was added to the issue file.\\n' >> '%s/%s'",
	    "harborton-ledger/2024-09-11.txt");
}
static void publication_added(void)
{
	run("mkdir -p '%s/%s'", "new-gazette/2025-01-02");
	write_file("new-gazette/2025-01-02/01.txt",
	    "A new paper\n\nThe first issue of a new publication.\n");
	write_file("new-gazette/2025-01-02/02.txt",
	    "Page two\n\nMore of the first issue.\n");
}
static void conf_changed(void)
{
	run("printf '# touched\\n' >> '%s/%s'", "zhufeng-weekly/publication.conf");
}

START_TEST(an_update_is_a_full_build)
{
	static const struct { void (*change)(void); size_t loaded; } c[] = {
		{ nothing, 0 }, { page_changed, 1 }, { page_added, 1 },
		{ issue_added, 1 }, { issue_removed, 0 },
		{ file_issue_changed, 1 }, { publication_added, 1 },
		{ conf_changed, 1 },	/* zhufeng-weekly's one issue left */
	};
	size_t i;

	for (i = 0; i < sizeof c / sizeof c[0]; i++)
		assert_update(c[i].change, c[i].loaded);
}
END_TEST

/* What an update finds is what was changed. */
START_TEST(an_update_finds_the_new_text_and_not_the_old)
{
	struct textcache *tc = open_cache(0);
	char *cause = NULL;
	struct search_pattern *gone = search_compile("检验缓存", 12, 0, &cause),
	    *added = search_compile("新鲜程度", 12, 0, &cause);
	struct strbuf out = STRBUF_INIT;

	ck_assert_int_eq(textcache_search(tc, added, 0, textcache_articles(tc),
	    cached_hit, &out), 0);
	page_added();
	ck_assert(textcache_stale(tc, archive_dir));
	textcache_close(tc);
	tc = open_cache(0);
	ck_assert(!textcache_stale(tc, archive_dir));
	ck_assert_int_eq(textcache_search(tc, added, 0, textcache_articles(tc),
	    cached_hit, &out), 1);
	textcache_close(tc);
	write_file("songchuan-daily/2024-05-08/04.txt", "另一版\n\n本报讯 换了。\n");
	tc = open_cache(0);
	ck_assert_int_eq(textcache_search(tc, gone, 0, textcache_articles(tc),
	    cached_hit, &out), 0);
	textcache_close(tc);
	search_pattern_free(gone);
	search_pattern_free(added);
	strbuf_free(&out);
}
END_TEST

/* Flipped bytes the checks let through are copied as they are, but an
 * update never reads outside the old file, and makes a sound one. */
START_TEST(an_update_from_flipped_bytes_stays_in_the_file)
{
	size_t i;
	FILE *f;

	textcache_close(open_cache(0));
	damage(keep);
	for (i = 0; i < 30; i++) {
		ck_assert_ptr_nonnull(f = fopen(cache_file, "wb"));
		ck_assert_uint_eq(fwrite(kept, 1, kept_len, f), kept_len);
		ck_assert_int_eq(fclose(f), 0);
		flip_seed = i + 1000;
		damage(flip);
		build_into(cache_file);
		assert_maps();
	}
	free(kept);
	kept = NULL;
}
END_TEST

START_TEST(a_damaged_old_cache_is_not_copied)
{
	static void (*const d[])(char *, size_t *) = { block_offset, version,
	    article, cut };
	size_t i, all;

	textcache_close(open_cache(0));
	all = build_into(cache_file);
	ck_assert_uint_eq(all, 0);
	unlink(cache_file);
	all = build_into(cache_file);
	for (i = 0; i < sizeof d / sizeof d[0]; i++) {
		damage(d[i]);
		ck_assert_uint_eq(build_into(cache_file), all);
		assert_maps();
	}
}
END_TEST

static Suite *
textcache_suite(void)
{
	Suite *s = suite_create("textcache");
	TCase *tc = tcase_create("textcache");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, hits_are_those_of_the_search_without_the_cache);
	tcase_add_test(tc, a_range_of_articles_is_searched_alone);
	tcase_add_test(tc, threads_give_the_serial_hits_in_order);
	tcase_add_test(tc, threads_stop_where_the_serial_search_stops);
	tcase_add_test(tc, a_built_cache_maps_and_a_readonly_open_builds_nothing);
	tcase_add_test(tc, a_page_touched_or_added_makes_the_cache_stale);
	tcase_add_test(tc, damaged_files_are_rejected_and_rebuilt);
	tcase_add_test(tc, quickly_opened_flipped_bytes_never_lead_outside_the_file);
	tcase_add_test(tc, an_empty_or_missing_file_is_rejected);
	tcase_add_test(tc, flipped_bytes_never_lead_outside_the_file);
	tcase_add_test(tc, the_han_table_is_saved_with_the_text);
	tcase_add_test(tc, an_update_is_a_full_build);
	tcase_add_test(tc, an_update_finds_the_new_text_and_not_the_old);
	tcase_add_test(tc, a_damaged_old_cache_is_not_copied);
	tcase_add_test(tc, an_update_from_flipped_bytes_stays_in_the_file);
	tcase_add_test(tc, a_block_is_plain_when_nothing_in_it_needs_a_stand_in);
	tcase_add_test(tc, a_cache_cut_short_while_mapped_is_no_crash);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(textcache_suite)

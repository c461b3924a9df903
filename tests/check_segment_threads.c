/* SPDX-License-Identifier: ISC */
/* check_segment_threads.c: segmentation keeps no global mutable state, so
 * pages segmented on several threads at once come out exactly as on one.
 *
 * The pages: every text page of the sample archive (default output), each
 * again without its blank lines (read as -raw output), and pairs of them
 * set side by side (read as -layout output, which sorts blocks).  Each is
 * segmented alone first; then THREADS threads segment all of them ROUNDS
 * times, each in another order (each compiling its own line patterns),
 * and every result (articles and furniture as --export writes them) must
 * equal the first.  Run under ThreadSanitizer (configure
 * CFLAGS=-fsanitize=thread) it reports no race. */
#include "config.h"

#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "check_run.h"
#include "jsonl.h"
#include "pagetext.h"
#include "segment.h"
#include "segment_int.h"
#include "strbuf.h"
#include "xalloc.h"

#define THREADS	4
#define ROUNDS	3
#define MAX_PAGES 96

static const char *const sample_pages[] = {
	"harborton-ledger/2024-09-04/01.txt", "harborton-ledger/2024-09-04/02.txt",
	"harborton-ledger/2024-09-04/03.txt", "harborton-ledger/2024-09-18/01.txt",
	"harborton-ledger/2024-09-18/02.txt", "songchuan-daily/2024-04-03/01.txt",
	"songchuan-daily/2024-04-03/02.txt", "songchuan-daily/2024-04-03/03.txt",
	"songchuan-daily/2024-04-03/04.txt", "songchuan-daily/2024-05-08/01.txt",
	"songchuan-daily/2024-05-08/02.txt", "songchuan-daily/2024-05-08/03.txt",
	"songchuan-daily/2024-06-14/01.txt", "songchuan-daily/2024-06-14/02.txt",
	"zhufeng-weekly/2024-03-15/01.txt", "zhufeng-weekly/2024-03-15/02.txt",
	"zhufeng-weekly/2024-03-22/01.txt", "zhufeng-weekly/2024-03-22/02.txt",
};
#define N_SAMPLE (sizeof sample_pages / sizeof *sample_pages)

static char	*texts[MAX_PAGES];
static char	*expect[MAX_PAGES];
static size_t	 n_texts;

static char *
read_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	struct strbuf b = STRBUF_INIT;
	char buf[4096];
	size_t n;

	ck_assert_msg(f != NULL, "cannot open %s", path);
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		strbuf_add(&b, buf, n);
	fclose(f);
	strbuf_add(&b, "", 0);
	return strbuf_take(&b);
}

/* The text without its blank lines: what -raw output looks like. */
static char *
without_blanks(const char *s)
{
	struct strbuf b = STRBUF_INIT;
	const char *e;

	for (; *s; s = *e ? e + 1 : e) {
		e = strchr(s, '\n');
		if (e == NULL)
			e = s + strlen(s);
		if (strspn(s, " \t") < (size_t)(e - s)) {
			strbuf_add(&b, s, (size_t)(e - s));
			strbuf_addc(&b, '\n');
		}
	}
	strbuf_add(&b, "", 0);
	return strbuf_take(&b);
}

/* Two pages' lines side by side, the left one padded to a column: what
 * -layout output of two columns looks like. */
static char *
side_by_side(const char *l, const char *r)
{
	struct strbuf b = STRBUF_INIT;

	while (*l || *r) {
		size_t nl = strcspn(l, "\n"), nr = strcspn(r, "\n"), w;
		strbuf_add(&b, l, nl);
		for (w = (size_t)u8_mbsnlen((const uint8_t *)l, nl) * 2; w < 90; w++)
			strbuf_addc(&b, ' ');
		strbuf_add(&b, r, nr);
		strbuf_addc(&b, '\n');
		l += nl + (l[nl] == '\n');
		r += nr + (r[nr] == '\n');
	}
	strbuf_add(&b, "", 0);
	return strbuf_take(&b);
}

/* Segment text as page 1 and write what --export would. */
static char *
segment_to_json(const char *text)
{
	struct page pg;
	struct diag_list dl;
	struct segment_options so = { NULL };
	struct strbuf b = STRBUF_INIT;
	size_t i;

	memset(&pg, 0, sizeof pg);
	memset(&dl, 0, sizeof dl);
	pg.path = "test/01.txt";
	pg.number = 1;
	pagetext_from_text(&pg.text, xstrdup(text), strlen(text));
	segment_page(&pg, &so, &dl);
	for (i = 0; i < pg.n_articles; i++) {
		jsonl_article(&b, &pg.articles[i]);
		strbuf_addc(&b, '\n');
	}
	jsonl_furniture(&b, &pg);
	strbuf_add(&b, "", 0);
	page_unload(&pg);
	diag_list_free(&dl);
	return strbuf_take(&b);
}

static void
setup(void)
{
	const char *top = getenv("top_srcdir");
	char *raw[N_SAMPLE];
	size_t i;

	n_texts = 0;
	for (i = 0; i < N_SAMPLE; i++) {
		char *path = xasprintf("%s/sample-archive/%s", top ? top : ".",
		    sample_pages[i]);
		raw[i] = read_file(path);
		free(path);
		texts[n_texts++] = raw[i];
		texts[n_texts++] = without_blanks(raw[i]);
	}
	for (i = 0; i + 1 < N_SAMPLE; i++)
		texts[n_texts++] = side_by_side(raw[i], raw[i + 1]);
	for (i = 0; i < n_texts; i++)
		expect[i] = segment_to_json(texts[i]);
}

static void
teardown(void)
{
	size_t i;

	for (i = 0; i < n_texts; i++) {
		free(texts[i]);
		free(expect[i]);
	}
	n_texts = 0;
	segment_lines_done();
}

struct worker {
	pthread_t	 tid;
	size_t		 start;		/* first page, then on round the list */
	size_t		 done;		/* pages segmented */
	size_t		 differ;	/* and how many came out otherwise */
	size_t		 first_bad;
};

static void *
work(void *arg)
{
	struct worker *w = arg;
	size_t r, k, i;

	for (r = 0; r < ROUNDS; r++)
		for (k = 0; k < n_texts; k++) {
			char *got;
			i = (w->start + k * (r + 1)) % n_texts;
			got = segment_to_json(texts[i]);
			if (strcmp(got, expect[i]) != 0 && w->differ++ == 0)
				w->first_bad = i;
			free(got);
			w->done++;
		}
	return NULL;
}

START_TEST(threads_agree_with_one)
{
	struct worker w[THREADS];
	size_t t, modes[3] = { 0, 0, 0 };

	/* The pages cover the three readings of text. */
	for (t = 0; t < n_texts; t++) {
		struct page_text pt;
		memset(&pt, 0, sizeof pt);
		pagetext_from_text(&pt, xstrdup(texts[t]), strlen(texts[t]));
		modes[segment_columns_mode(&pt)]++;
		page_text_free(&pt);
	}
	ck_assert_uint_gt(modes[SEG_MODE_DEFAULT], 0);
	ck_assert_uint_gt(modes[SEG_MODE_RAW], 0);
	ck_assert_uint_gt(modes[SEG_MODE_LAYOUT], 0);
	for (t = 0; t < n_texts; t++)
		ck_assert_ptr_nonnull(strstr(expect[t], "\"kind\":"));
	memset(w, 0, sizeof w);
	for (t = 0; t < THREADS; t++) {
		w[t].start = t * 7;
		ck_assert_int_eq(pthread_create(&w[t].tid, NULL, work, &w[t]), 0);
	}
	for (t = 0; t < THREADS; t++)
		ck_assert_int_eq(pthread_join(w[t].tid, NULL), 0);
	for (t = 0; t < THREADS; t++) {
		ck_assert_uint_eq(w[t].done, ROUNDS * n_texts);
		ck_assert_msg(w[t].differ == 0, "thread %zu: %zu pages differ "
		    "from one thread's result, the first page %zu", t,
		    w[t].differ, w[t].first_bad);
	}
}
END_TEST

static Suite *
segment_threads_suite(void)
{
	Suite *s = suite_create("segment_threads");
	TCase *tc = tcase_create("core");

	tcase_add_unchecked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, threads_agree_with_one);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(segment_threads_suite)

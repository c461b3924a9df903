/* SPDX-License-Identifier: ISC */
/* check_search.c: folding, matching, hits mapped back to text and source. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "archive.h"
#include "check_run.h"
#include "layout.h"
#include "pagetext.h"
#include "search.h"
#include "srcmap.h"
#include "strbuf.h"
#include "xalloc.h"

static struct search_hits hits;

static void
teardown(void)
{
	search_hits_free(&hits);
}

/* The hits of query in text (hits cleared first); -1 for a bad query. */
static int
find(const char *query, const char *text, unsigned flags)
{
	char *cause = NULL;
	struct search_pattern *sp = search_compile(query, strlen(query), flags,
	    &cause);

	search_hits_clear(&hits);
	if (sp == NULL) {
		ck_assert_ptr_nonnull(cause);
		free(cause);
		return -1;
	}
	ck_assert_ptr_null(cause);
	search_text(sp, text, strlen(text), 0, &hits);
	search_pattern_free(sp);
	return (int)hits.n;
}

START_TEST(full_width_folds_to_ascii)
{
	ck_assert_int_eq(find("ＧＤＰ", "今年GDP增长", 0), 1);
	ck_assert_int_eq(find("gdp", "今年ＧＤＰ增长", 0), 1);
	ck_assert_int_eq(find("2021年", "２０２１年全县", 0), 1);
	ck_assert_int_eq(find("２０２１", "2021年", 0), 1);
}
END_TEST

START_TEST(hit_maps_to_original_bytes)
{
	/* 今年 is 6 bytes; ＧＤＰ 9; 增 3. */
	ck_assert_int_eq(find("gdp增", "今年ＧＤＰ增长", 0), 1);
	ck_assert_uint_eq(hits.v[0].start, 6);
	ck_assert_uint_eq(hits.v[0].end, 18);
	ck_assert_int_eq(find("bridge", "A Bridge, a bridge", 0), 2);
	ck_assert_uint_eq(hits.v[0].start, 2);
	ck_assert_uint_eq(hits.v[0].end, 8);
	ck_assert_uint_eq(hits.v[1].start, 12);
}
END_TEST

START_TEST(latin_case_folds)
{
	ck_assert_int_eq(find("harbor", "The HARBOR and the Harbor", 0), 2);
	ck_assert_int_eq(find("ΑΘΗΝΑ", "αθηνα", 0), 1);
}
END_TEST

START_TEST(literal_folds_nothing)
{
	ck_assert_int_eq(find("harbor", "The Harbor", SEARCH_LITERAL), 0);
	ck_assert_int_eq(find("Harbor", "The Harbor", SEARCH_LITERAL), 1);
	ck_assert_int_eq(find("ＧＤＰ", "GDP", SEARCH_LITERAL), 0);
	ck_assert_int_eq(find("4 月", "4月", SEARCH_LITERAL), 0);
}
END_TEST

START_TEST(extraction_spaces_fold)
{
	ck_assert_int_eq(find("4 月 2 日", "截至4月2日", 0), 1);
	ck_assert_int_eq(find("4月2日", "截至 4 月 2 日", 0), 1);
	ck_assert_int_eq(find("  松阳 县 ", "松阳县", 0), 1);
	ck_assert_int_eq(find("松阳　县", "松阳县", 0), 1);
	/* Spaces between Latin words stay, collapsed. */
	ck_assert_int_eq(find("hog  manure", "the hog manure at", 0), 1);
	ck_assert_int_eq(find("hogmanure", "the hog manure at", 0), 0);
	ck_assert_int_eq(find("hog manure", "the hog\nmanure at", 0), 1);
}
END_TEST

/* NFKC: what PDF extraction and old encodings leave matches what is typed. */
START_TEST(compatibility_forms_fold)
{
	/* Kangxi radical U+2F08 (as pdftotext gives 人 from some fonts). */
	ck_assert_int_eq(find("人民日报", "\u2F08民日报", 0), 1);
	ck_assert_int_eq(find("\u2F08民日报", "今日人民日报", 0), 1);
	ck_assert_uint_eq(hits.v[0].start, 6);
	/* Half-width katakana, with a voiced mark: ｶﾞｲﾄﾞ = ガイド. */
	ck_assert_int_eq(find("ガイド", "\uFF76\uFF9E\uFF72\uFF84\uFF9E", 0), 1);
	ck_assert_uint_eq(hits.v[0].start, 0);
	ck_assert_uint_eq(hits.v[0].end, 15);
	/* Ligatures: ﬁnance = finance. */
	ck_assert_int_eq(find("finance", "the \uFB01nance office", 0), 1);
	ck_assert_uint_eq(hits.v[0].start, 4);
	ck_assert_uint_eq(hits.v[0].end, 12);
	ck_assert_int_eq(find("\u2F08", "人", SEARCH_LITERAL), 0);
}
END_TEST

START_TEST(full_case_folding)
{
	ck_assert_int_eq(find("strasse", "Die Stra\u00DFe", 0), 1);
	ck_assert_uint_eq(hits.v[0].start, 4);
	ck_assert_uint_eq(hits.v[0].end, 11);
	ck_assert_int_eq(find("STRASSE", "STRA\u1E9EE", 0), 1);
	ck_assert_int_eq(find("stra\u00DFe", "Strasse", 0), 1);
	ck_assert_int_eq(find("\u03C3\u03BF\u03C6\u03CC\u03C2", "\u03A3\u039F\u03A6\u038C\u03A3", 0), 1);
}
END_TEST

/* Decomposed input (as macOS file names and some OCR give it) matches
 * composed text both ways, and a hit covers the marks. */
START_TEST(decomposed_input_folds)
{
	ck_assert_int_eq(find("caf\u00E9", "un cafe\u0301 noir", 0), 1);
	ck_assert_uint_eq(hits.v[0].start, 3);
	ck_assert_uint_eq(hits.v[0].end, 9);
	ck_assert_int_eq(find("cafe\u0301", "un caf\u00E9 noir", 0), 1);
	ck_assert_int_eq(find("CAFE\u0301", "caf\u00E9", 0), 1);
	/* A mark alone does not make e match é. */
	ck_assert_int_eq(find("cafe noir", "un caf\u00E9 noir", 0), 0);
	ck_assert_int_eq(find("cafe\u0301", "caf\u00E9", SEARCH_LITERAL), 0);
}
END_TEST

START_TEST(hits_do_not_overlap)
{
	ck_assert_int_eq(find("aa", "aaaaa", 0), 2);
	ck_assert_uint_eq(hits.v[1].start, 2);
	ck_assert_int_eq(find("育秧", "育秧育秧，育秧", 0), 3);
}
END_TEST

START_TEST(traditional_folds_to_simplified)
{
#ifdef HAVE_OPENCC
	ck_assert_int_eq(find("松阳", "松陽縣", 0), 1);
	ck_assert_int_eq(find("松陽县", "今日松阳县", 0), 1);
	ck_assert_uint_eq(hits.v[0].start, 6);
	ck_assert_uint_eq(hits.v[0].end, 15);
	ck_assert_int_eq(find("松阳", "松陽", SEARCH_LITERAL), 0);
#else
	ck_assert_int_eq(find("松阳", "松陽", 0), 0);
#endif
}
END_TEST

START_TEST(bad_queries_are_refused)
{
	char *big = xmalloc(SEARCH_MAX_QUERY + 2);

	ck_assert_int_eq(find("", "text", 0), -1);
	ck_assert_int_eq(find("   ", "text", 0), -1);
	ck_assert_int_eq(find("　", "text", 0), -1);
	ck_assert_int_eq(find("\xff" "abc", "abc", 0), -1);
	ck_assert_int_eq(find("\xe5\x9c", "松阳", 0), -1);
	memset(big, 'a', SEARCH_MAX_QUERY + 1);
	big[SEARCH_MAX_QUERY + 1] = '\0';
	ck_assert_int_eq(find(big, "aaaa", 0), -1);
	/* Long but allowed: longer than the text, no hit. */
	big[SEARCH_MAX_QUERY] = '\0';
	ck_assert_int_eq(find(big, "aaaa", 0), 0);
	free(big);
}
END_TEST

START_TEST(invalid_text_is_searched_around)
{
	ck_assert_int_eq(find("cd", "ab\xff" "cd", 0), 1);
	ck_assert_uint_eq(hits.v[0].start, 3);
	ck_assert_uint_eq(hits.v[0].end, 5);
	ck_assert_int_eq(find("bc", "ab\xff" "cd", 0), 0);
	ck_assert_int_eq(find("松", "\xe6\x9d", 0), 0);
}
END_TEST

START_TEST(contains_agrees_with_text)
{
	char *cause;
	struct search_pattern *sp = search_compile("ＧＤＰ", strlen("ＧＤＰ"), 0,
	    &cause);

	ck_assert(search_contains(sp, "gdp", 3));
	ck_assert(!search_contains(sp, "gd p", 4));
	search_pattern_free(sp);
	sp = search_compile("GDP", 3, SEARCH_LITERAL, &cause);
	ck_assert(search_contains(sp, "xGDPx", 5));
	ck_assert(!search_contains(sp, "gdp", 3));
	search_pattern_free(sp);
}
END_TEST

START_TEST(source_offset_skips_what_cleaning_dropped)
{
	const char *raw = "下洋村的集中\n育秧大棚", *clean = "下洋村的集中育秧大棚";
	const char *lraw = "the alter-\nnative is", *lclean = "the alternative is";

	ck_assert_uint_eq(srcmap_raw_offset(raw, strlen(raw), clean,
	    strlen(clean), 18), 19);
	ck_assert_uint_eq(srcmap_raw_offset(raw, strlen(raw), clean,
	    strlen(clean), 0), 0);
	ck_assert_uint_eq(srcmap_raw_offset(lraw, strlen(lraw), lclean,
	    strlen(lclean), 9), 11);
	ck_assert_uint_eq(srcmap_raw_offset(lraw, strlen(lraw), lclean,
	    strlen(lclean), 16), 18);
}
END_TEST

/* Hits in order through one cursor: the offsets of srcmap_raw_offset, and
 * the block walked once in all, not once per hit (a 20 MB paragraph with
 * 10,000 hits took minutes). */
START_TEST(source_offsets_of_many_hits_walk_the_block_once)
{
	struct strbuf raw = STRBUF_INIT, clean = STRBUF_INIT;
	struct srcmap_cursor cur;
	size_t i, off, calls = 0, chars = 0;

	for (i = 0; i < 400; i++) {
		strbuf_adds(&raw, i % 7 == 6 ? "pump-\nkin " : "pumpkin  fair\n");
		strbuf_adds(&clean, i % 7 == 6 ? "pumpkin " : "pumpkin fair ");
	}
	for (i = 0; i < clean.len; i++)
		chars += clean.s[i] != ' ';
	srcmap_cursor_init(&cur, raw.s, raw.len, clean.s, clean.len);
	for (off = 0; off <= clean.len; off += 5, calls++) {
		size_t want = srcmap_raw_offset(raw.s, raw.len, clean.s,
		    clean.len, off);

		ck_assert_uint_eq(srcmap_cursor_raw(&cur, off), want);
		ck_assert_uint_eq(srcmap_cursor_raw(&cur, off), want);
	}
	ck_assert_uint_gt(calls, 900);
	ck_assert_uint_le(cur.steps, chars);
	strbuf_free(&raw);
	strbuf_free(&clean);
}
END_TEST

/* Load a page of the sample archive; the caller frees the archive. */
static struct page *
sample_page(const char *rel, struct archive **ap)
{
	const char *top = getenv("top_srcdir");
	char *path = xasprintf("%s/sample-archive/%s", top ? top : ".", rel);
	struct page *p;

	*ap = archive_open(path, NULL);
	free(path);
	ck_assert_uint_eq((*ap)->n_pubs, 1);
	ck_assert_uint_eq((*ap)->pubs[0].n_issues, 1);
	ck_assert_uint_ge((*ap)->pubs[0].issues[0].n_pages, 1);
	p = &(*ap)->pubs[0].issues[0].pages[0];
	page_load(p);
	ck_assert(!p->failed);
	return p;
}

/* The source line (1-based, in the page) of the first hit of query on p;
 * 0 when there is none. */
static unsigned long
page_hit_line(const struct page *p, const char *query)
{
	struct search_pattern *sp;
	struct layout_doc doc;
	unsigned long line = 0;
	char *cause;
	size_t i;

	sp = search_compile(query, strlen(query), 0, &cause);
	ck_assert_ptr_nonnull(sp);
	for (i = 0; i < p->n_articles && line == 0; i++) {
		const struct layout_block *b;
		size_t off;

		layout_doc_from_article(&doc, &p->articles[i]);
		search_hits_clear(&hits);
		if (search_doc(sp, &doc, &hits) > 0 &&
		    (b = &doc.blocks[hits.v[0].block])->span != NULL) {
			off = b->span->byte_start + srcmap_raw_offset(
			    p->text.text + b->span->byte_start,
			    b->span->byte_end - b->span->byte_start, b->text,
			    b->len, hits.v[0].start);
			line = pagetext_line_of(&p->text, off);
		}
		layout_doc_free(&doc);
	}
	search_pattern_free(sp);
	return line;
}

START_TEST(phrase_across_a_hard_wrap_is_found)
{
	struct archive *a;
	struct page *p = sample_page("songchuan-daily/2024-04-03/01.txt", &a);
	size_t len;
	const char *ln;

	/* Printed as "…下洋村的集中" / "育秧大棚里…". */
	ck_assert_ptr_null(strstr(p->text.text, "下洋村的集中育秧大棚"));
	ck_assert_uint_ne(page_hit_line(p, "下洋村的集中育秧大棚"), 0);
	ln = pagetext_line(&p->text, page_hit_line(p, "下洋村的集中育秧大棚"),
	    &len);
	ck_assert_ptr_nonnull(memmem(ln, len, "下洋村", strlen("下洋村")));
	ln = pagetext_line(&p->text, page_hit_line(p, "育秧大棚"), &len);
	ck_assert_ptr_nonnull(memmem(ln, len, "育秧大棚", strlen("育秧大棚")));
	archive_free(a);
}
END_TEST

START_TEST(latin_phrase_across_a_hyphenated_wrap_is_found)
{
	struct archive *a;
	struct page *p = sample_page("harborton-ledger/2024-09-04/01.txt", &a);
	size_t len;
	const char *ln;
	unsigned long line = page_hit_line(p, "The ALTERNATIVE is a bridge");

	ck_assert_uint_ne(line, 0);
	ln = pagetext_line(&p->text, line, &len);
	ck_assert_ptr_nonnull(memmem(ln, len, "the alter-", 10));
	archive_free(a);
}
END_TEST

/* Counting characters a word at a time in valid UTF-8 gives the bounds
 * the character-by-character walk gives: text of 1- to 4-byte
 * characters, every hit position, contexts from 0 to 24, and the text
 * running out on either side. */
START_TEST(snippet_bounds_of_valid_text_are_those_of_the_walk)
{
	static const char *const chars[] = { "a", " ", "\xc3\xa9", "记", "，",
	    "\xf0\x9f\x98\x80" };
	unsigned long seed = 7;
	struct search_hit h = { 0 };
	size_t len, at[200], n, i, j, f1, t1, f2, t2;
	char text[900];
	int round, ctx;

	for (round = 0; round < 40; round++) {
		len = n = 0;
		for (i = (size_t)round * 7 % 150; i > 0; i--) {
			seed = seed * 6364136223846793005UL + 1442695040888963407UL;
			at[n++] = len;
			strcpy(text + len, chars[(seed >> 33) % 6]);
			len += strlen(text + len);
		}
		at[n] = len;
		for (i = 0; i <= n; i++)
			for (j = i; j <= n && j <= i + 3; j++)
				for (ctx = 0; ctx <= 24; ctx += 1 + ctx / 4) {
					h.start = at[i];
					h.end = at[j];
					search_snippet_bounds(text, len, &h, ctx, false, &f1, &t1);
					search_snippet_bounds(text, len, &h, ctx, true, &f2, &t2);
					ck_assert_uint_eq(f1, f2);
					ck_assert_uint_eq(t1, t2);
					ck_assert_uint_eq(f1, at[i >= (size_t)ctx ? i - ctx : 0]);
					ck_assert_uint_eq(t1, at[j + ctx <= n ? j + ctx : n]);
				}
	}
}
END_TEST

static Suite *
search_suite(void)
{
	Suite *s = suite_create("search");
	TCase *tc = tcase_create("fold");

	/* The snippet walk's half a million calls take a fraction of a
	 * second, but 4 s (Check's default) of wall time was too little on
	 * a machine shared by several test runs (make distcheck timed out). */
	tcase_set_timeout(tc, 30);
	tcase_add_checked_fixture(tc, NULL, teardown);
	/* Tens of thousands of assertions (snippet bounds): slow on a loaded
	 * machine, where the default 4 s ran out. */
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, full_width_folds_to_ascii);
	tcase_add_test(tc, hit_maps_to_original_bytes);
	tcase_add_test(tc, latin_case_folds);
	tcase_add_test(tc, literal_folds_nothing);
	tcase_add_test(tc, extraction_spaces_fold);
	tcase_add_test(tc, hits_do_not_overlap);
	tcase_add_test(tc, compatibility_forms_fold);
	tcase_add_test(tc, full_case_folding);
	tcase_add_test(tc, decomposed_input_folds);
	tcase_add_test(tc, traditional_folds_to_simplified);
	tcase_add_test(tc, bad_queries_are_refused);
	tcase_add_test(tc, invalid_text_is_searched_around);
	tcase_add_test(tc, contains_agrees_with_text);
	tcase_add_test(tc, source_offset_skips_what_cleaning_dropped);
	tcase_add_test(tc, phrase_across_a_hard_wrap_is_found);
	tcase_add_test(tc, latin_phrase_across_a_hyphenated_wrap_is_found);
	tcase_add_test(tc, snippet_bounds_of_valid_text_are_those_of_the_walk);
	tcase_add_test(tc, source_offsets_of_many_hits_walk_the_block_once);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(search_suite)

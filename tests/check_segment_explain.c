/* SPDX-License-Identifier: ISC */
/* check_segment_explain.c: what segmentation records beside the articles:
 * each furniture line's kind, the characters it removes as artefacts, and
 * for --explain each line's class, article, reading order and the rule
 * that decided it. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "check_run.h"
#include "segment_fixture.h"

static struct segment_explain ex;

static void
explain_teardown(void)
{
	segment_explain_free(&ex);
	teardown();
}

static void
seg(const char *text)
{
	seg_load(text);
	seg_run();
}

/* The note of the first piece of source line n. */
static const struct segment_line_note *
note(unsigned long n)
{
	size_t i;

	for (i = 0; i < ex.n; i++)
		if (ex.v[i].line == n)
			return &ex.v[i];
	ck_abort_msg("no note for line %lu", n);
	return NULL;
}

static const char page_zh[] =
	"清溪日报\n"				/* 1 */
	"\n"
	"2001年1月3日\n"			/* 3 */
	"\n"
	"星期三\n"				/* 5 */
	"\n"
	"第01版\n"				/* 7 */
	"\n"
	"白马雪山自然保护区扩建\n"		/* 9 */
	"本报讯国务院日前批准了白马雪山国家\n"	/* 10 */
	"级自然保护区扩建规划，保护区面积由\n"
	"原来的十九万公顷扩大到二十八万公顷。\n"
	"\n"
	"老街改造工程启动\n"			/* 14 */
	"本报讯 老街改造工程昨日正式启动，\n"	/* 15 */
	"工期两年，预计后年年底完工。\n"
	"\n"
	"北京高校创业股份有限公司\n"		/* 18 */
	"北京高校创业股份有限公司\n"		/* 19 */
	"\n"
	"责任编辑：蒋建科\n";			/* 21 */

START_TEST(furniture_kinds)
{
	size_t i;

	seg(page_zh);
	ck_assert_uint_eq(pg.meta.n_lines, 5);
	for (i = 0; i < pg.meta.n_lines; i++)
		ck_assert_ptr_nonnull(pg.meta.kinds);
	ck_assert_str_eq(pg.meta.lines[0], "清溪日报");
	ck_assert_int_eq(pg.meta.kinds[0], FURNITURE_MASTHEAD);
	ck_assert_int_eq(pg.meta.kinds[1], FURNITURE_DATE_LINE);
	ck_assert_int_eq(pg.meta.kinds[2], FURNITURE_DATE_LINE);
	ck_assert_int_eq(pg.meta.kinds[3], FURNITURE_FOLIO);
	ck_assert_str_eq(pg.meta.lines[4], "责任编辑：蒋建科");
	ck_assert_int_eq(pg.meta.kinds[4], FURNITURE_EDITOR_LINE);
	/* The line printed twice: once in the ad, once as an artefact. */
	ck_assert_str_eq(pg.meta.removed, "北京高校创业股份有限公司");
	ck_assert_uint_eq(pg.meta.n_removed, strlen(pg.meta.removed));
}
END_TEST

/* A running header run into one line, a price, a page number alone; on
 * an inner page a name at the top is its running header. */
START_TEST(furniture_kinds_by_words)
{
	struct seg_page sp;

	memset(&sp, 0, sizeof sp);
	sp.page = &pg;
	pg.number = 3;
	ck_assert_int_eq(segment_lines_furniture_kind(&sp,
	    "清溪日报 2001年1月3日 星期三 第03版", true, true, false),
	    FURNITURE_RUNNING_HEADER);
	ck_assert_int_eq(segment_lines_furniture_kind(&sp,
	    "May 4, 2024 | Page A3 | Sports", false, true, true),
	    FURNITURE_RUNNING_FOOTER);
	ck_assert_int_eq(segment_lines_furniture_kind(&sp, "零售价：1.00元",
	    true, true, false), FURNITURE_PRICE);
	ck_assert_int_eq(segment_lines_furniture_kind(&sp, "Price 25 cents",
	    true, true, false), FURNITURE_PRICE);
	ck_assert_int_eq(segment_lines_furniture_kind(&sp, "A3", false, false,
	    true), FURNITURE_FOLIO);
	ck_assert_int_eq(segment_lines_furniture_kind(&sp, "Editor: Jane Roe",
	    false, true, true), FURNITURE_EDITOR_LINE);
	ck_assert_int_eq(segment_lines_furniture_kind(&sp, "Vol. 12 No. 3",
	    true, true, false), FURNITURE_MASTHEAD);
	ck_assert_int_eq(segment_lines_furniture_kind(&sp, "Friday, May 3, 2024",
	    true, true, false), FURNITURE_DATE_LINE);
	ck_assert_int_eq(segment_lines_furniture_kind(&sp, "清溪日报", true,
	    true, false), FURNITURE_RUNNING_HEADER);
	ck_assert_int_eq(segment_lines_furniture_kind(&sp, "要闻简报", false,
	    true, false), FURNITURE_OTHER);
	pg.number = 1;
	ck_assert_int_eq(segment_lines_furniture_kind(&sp, "清溪日报", true,
	    true, false), FURNITURE_MASTHEAD);
	/* A section name after the front page's date: the running header's. */
	ck_assert_int_eq(segment_lines_furniture_kind(&sp, "国内新闻", true,
	    false, false), FURNITURE_RUNNING_HEADER);
}
END_TEST

/* A fake-bold staircase keeps each glyph once; the second copies are
 * the page's removed artefacts, so nothing is lost. */
START_TEST(staircase_removed)
{
	seg("中\n"
	    "中国\n"
	    "国通\n"
	    "通用\n"
	    "用\n"
	    "\n"
	    "老街改造工程启动\n"
	    "本报讯 老街改造工程昨日正式启动。\n");
	ck_assert_int_eq(pg.articles[0].kind, ARTICLE_AD);
	ck_assert_str_eq(pg.articles[0].blocks[0].text, "中国通用");
	ck_assert_str_eq(pg.meta.removed, "中国通用");
}
END_TEST

START_TEST(explain_lines)
{
	const struct segment_line_note *n;
	size_t i, n_articles;

	seg(page_zh);
	n_articles = pg.n_articles;
	segment_explain_page(&pg, &ex);
	ck_assert(ex.resegmented);
	ck_assert_uint_eq(pg.n_articles, n_articles);	/* page unchanged */
	/* Every source line, in order; blank lines have no reading order. */
	ck_assert_uint_eq(ex.n, pg.text.n_lines);
	for (i = 0; i < ex.n; i++) {
		ck_assert_uint_eq(ex.v[i].line, i + 1);
		ck_assert_ptr_nonnull(ex.v[i].why);
		if (ex.v[i].role == SEGR_BLANK)
			ck_assert_uint_eq(ex.v[i].order, 0);
		else
			ck_assert_uint_gt(ex.v[i].order, 0);
	}
	n = note(1);
	ck_assert_int_eq(n->role, SEGR_FURNITURE);
	ck_assert_int_eq(n->furniture, FURNITURE_MASTHEAD);
	ck_assert_uint_eq(n->article, 0);
	ck_assert_ptr_nonnull(strstr(n->why, "header"));
	ck_assert_int_eq(note(2)->role, SEGR_BLANK);
	ck_assert_int_eq(note(7)->furniture, FURNITURE_FOLIO);
	n = note(9);
	ck_assert_int_eq(n->role, SEGR_HEADLINE);
	ck_assert_uint_eq(n->article, 1);
	ck_assert(strncmp(n->why, "headline:", 9) == 0);
	n = note(10);
	ck_assert_int_eq(n->role, SEGR_BYLINE);
	ck_assert_uint_eq(n->article, 1);
	ck_assert_ptr_nonnull(strstr(n->why, "本报讯"));
	ck_assert_int_eq(note(11)->role, SEGR_BODY);
	ck_assert_uint_eq(note(11)->article, 1);
	ck_assert_uint_eq(note(11)->order, note(10)->order + 1);
	ck_assert_ptr_nonnull(strstr(note(11)->why, "goes on"));
	ck_assert_int_eq(note(14)->role, SEGR_HEADLINE);
	ck_assert_uint_eq(note(14)->article, 2);
	ck_assert_int_eq(note(15)->role, SEGR_BYLINE);
	ck_assert_uint_eq(note(15)->article, 2);
	n = note(18);
	ck_assert_int_eq(n->role, SEGR_AD);
	ck_assert_uint_eq(n->article, 3);
	ck_assert_ptr_nonnull(strstr(n->why, "printed twice"));
	n = note(19);
	ck_assert_int_eq(n->role, SEGR_REMOVED);
	ck_assert_uint_eq(n->article, 3);
	n = note(21);
	ck_assert_int_eq(n->role, SEGR_FURNITURE);
	ck_assert_int_eq(n->furniture, FURNITURE_EDITOR_LINE);
	ck_assert_str_eq(segment_role_name(SEGR_REMOVED), "removed-artefact");
	ck_assert_str_eq(segment_role_name(SEGR_SECTION_HEAD), "section-head");
}
END_TEST

/* A page that segmentation did not build (a structured loader's): its
 * lines get their roles from the articles' spans, no rule. */
START_TEST(explain_structured_page)
{
	seg(page_zh);
	/* Make the page's articles differ from what its text gives. */
	article_free(&pg.articles[--pg.n_articles]);
	segment_explain_page(&pg, &ex);
	ck_assert(!ex.resegmented);
	ck_assert_int_eq(note(9)->role, SEGR_HEADLINE);
	ck_assert_uint_eq(note(9)->article, 1);
	ck_assert_ptr_nonnull(strstr(note(9)->why, "structure"));
	ck_assert_int_eq(note(2)->role, SEGR_BLANK);
	ck_assert_int_eq(note(18)->role, SEGR_FURNITURE);
}
END_TEST

static Suite *
segment_explain_suite(void)
{
	Suite *s = suite_create("segment_explain");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, NULL, explain_teardown);
	tcase_add_test(tc, furniture_kinds);
	tcase_add_test(tc, furniture_kinds_by_words);
	tcase_add_test(tc, staircase_removed);
	tcase_add_test(tc, explain_lines);
	tcase_add_test(tc, explain_structured_page);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(segment_explain_suite)

/* check_segment_columns.c: -layout pages (columns side by side) read in
 * reading order, on small pages written here. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "check_run.h"
#include "pagetext.h"
#include "segment.h"
#include "segment_int.h"
#include "xalloc.h"

static struct page pg;
static struct diag_list dl;

static void
teardown(void)
{
	page_unload(&pg);
	memset(&pg, 0, sizeof pg);
	diag_list_free(&dl);
	memset(&dl, 0, sizeof dl);
	segment_lines_done();
}

static void
seg(const char *text)
{
	struct segment_options so = { NULL };

	page_unload(&pg);
	memset(&pg, 0, sizeof pg);
	pg.path = "test/01.txt";
	pg.number = 1;
	pagetext_from_text(&pg.text, xstrdup(text), strlen(text));
	ck_assert_int_eq(segment_columns_mode(&pg.text), SEG_MODE_LAYOUT);
	segment_page(&pg, &so, &dl);
}

/* The article whose first deck is headline, or fail. */
static const struct article *
find(const char *headline)
{
	size_t i;

	for (i = 0; i < pg.n_articles; i++)
		if (pg.articles[i].n_decks > 0 &&
		    strcmp(pg.articles[i].decks[0].text, headline) == 0)
			return &pg.articles[i];
	ck_abort_msg("no article headed %s", headline);
	return NULL;
}

/* All of a's paragraphs, one after another. */
static char *
body(const struct article *a)
{
	size_t i, n = 1;
	char *s;

	for (i = 0; i < a->n_blocks; i++)
		n += strlen(a->blocks[i].text);
	s = xcalloc(n, 1);
	for (i = 0; i < a->n_blocks; i++)
		strcat(s, a->blocks[i].text);
	return s;
}

/* Every article's paragraphs, one after another, in reading order.
 * Caller frees. */
static char *
page_body(void)
{
	size_t i, j, n = 1;
	char *s;

	for (i = 0; i < pg.n_articles; i++)
		for (j = 0; j < pg.articles[i].n_blocks; j++)
			n += strlen(pg.articles[i].blocks[j].text) + 1;
	s = xcalloc(n, 1);
	for (i = 0; i < pg.n_articles; i++)
		for (j = 0; j < pg.articles[i].n_blocks; j++) {
			strcat(s, pg.articles[i].blocks[j].text);
			strcat(s, " ");
		}
	return s;
}

/* A headline centred over two columns, right above them (no blank row),
 * in a large font: it lines up with neither column and is read first,
 * then the left column, then the right one. */
START_TEST(header_over_columns_read_first)
{
	const struct article *a;
	char *b;

	seg("本报        2024年3月2日          第01版\n"
	    "\n"
	    "\n"
	    "            全县召开春耕生产会议\n"
	    "本报讯（记者 王明）3月2     李华出席会议并讲话，要求\n"
	    "日上午，全县春耕生产工       各地抓好春耕备耕，确保\n"
	    "作会议召开。县长          粮食稳产。\n"
	    "  会议指出，今年全县粮          会议要求，各部门要加强\n"
	    "食播种面积要稳定在十万       协作，形成工作合力。\n"
	    "亩以上，各乡镇要落实责       今年春耕物资已全部到位。\n"
	    "任。\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	a = find("全县召开春耕生产会议");
	b = body(a);
	ck_assert_ptr_eq(strstr(b, "3月2日上午，全县春耕生产工作会议召开。"), b);
	ck_assert_ptr_nonnull(strstr(b, "李华出席会议并讲话"));
	ck_assert(strstr(b, "落实责任") < strstr(b, "李华出席"));
	free(b);
}
END_TEST

/* A justified line with wide gaps between its words is one line of its
 * column, not pieces of three columns: no gutter runs down the page
 * there.  The left column is read to its end before the right one. */
START_TEST(justified_gaps_are_not_gutters)
{
	char *b;

	seg("The Harbor Gazette                          Friday, March 1, 2024\n"
	    "\n"
	    "\n"
	    "Harbor budget approved                  Ferry service resumes\n"
	    "    BOSTON (AP) - The council on        The ferry to the islands\n"
	    "Thursday approved a budget for          ran again on Friday after\n"
	    "new piers and a longer break-           a month of repairs to its\n"
	    "water.     Council    chairman          engine, the operator said.\n"
	    "Jane Doe called it a fair deal          Tickets cost the same as\n"
	    "for the harbor and the town.            they did last summer.\n"
	    "    The vote was seven to two,          The first boat leaves at\n"
	    "with two members absent.                seven in the morning.\n");
	b = page_body();
	ck_assert_ptr_nonnull(strstr(b,
	    "longer breakwater. Council chairman Jane Doe called it"));
	ck_assert_ptr_nonnull(strstr(b, "The ferry to the islands ran again"));
	ck_assert(strstr(b, "members absent") < strstr(b, "The ferry"));
	free(b);
}
END_TEST

/* A line of an ad in fake bold, drawn glyph by glyph twice a little
 * apart, comes out as a staircase of overlapping pairs, each row further
 * right: one block, read as one ad line. */
START_TEST(fake_bold_staircase_is_one_ad)
{
	const struct article *a = NULL;
	size_t i;

	seg(	    "  本报          2024年3月2日           第01版      要闻\n"
	    "\n"
	    "\n"
	    "   全县召开春耕生产会议\n"
	    "  本报讯（记者 王明）3月2     李华出席会议并讲话，要求\n"
	    "  日上午，全县春耕生产工       各地抓好春耕备耕，确保\n"
	    "  作会议召开。县长          粮食稳产。\n"
	    "  会议指出，今年全县粮          会议要求，各部门要加强\n"
	    "  食播种面积要稳定在十万       协作，形成工作合力。\n"
	    "\n"
	    "\n"
	    "          中\n"
	    "          中国国通通用\n"
	    "               用技技术\n"
	    "                  术（（集\n"
	    "                     集团团））\n");
	for (i = 0; i < pg.n_articles; i++)
		if (pg.articles[i].kind == ARTICLE_AD)
			a = &pg.articles[i];
	ck_assert_ptr_nonnull(a);
	ck_assert_uint_eq(a->n_blocks, 1);
	ck_assert_str_eq(a->blocks[0].text, "中国通用技术（集团）");
}
END_TEST

/* The right column's article ends; the left column runs on two more
 * lines while the right one is blank, then a new headline sits lower in
 * the right column.  The blank line ends the right column's block: the
 * new article is not read as part of the one above it. */
START_TEST(blank_line_in_column_ends_block)
{
	char *b;

	seg(	    "  本报          2024年3月2日           第01版      要闻\n"
	    "\n"
	    "\n"
	    "   城南新区公园开放                      老街改造工程启动\n"
	    "    本报讯 城南新区公园昨日向               本报讯 老街改造工程昨\n"
	    "  市民开放，占地三百亩，                 日正式启动，将拓宽道路、\n"
	    "  设有步道和健身场地，全天                翻新沿街房屋，工期一年。\n"
	    "  开放。公园内种植了三十多                改造期间老街单向通行。\n"
	    "  种花木，春天花开时节将举办花\n"
	    "  展。管理处表示，将定期维\n"
	    "  护设施，欢迎市民游览，并请                  新品种水稻试种成功\n"
	    "  爱护花草树木，共同维护公园环                本报讯 我省培育的新品\n"
	    "  境卫生。                        种水稻日前在南方试种成\n"
	    "                              功，亩产比老品种高一成。\n");
	b = body(find("老街改造工程启动"));
	ck_assert_ptr_null(strstr(b, "新品种"));
	ck_assert_ptr_nonnull(strstr(b, "改造期间老街单向通行。"));
	free(b);
	b = body(find("新品种水稻试种成功"));
	ck_assert_str_eq(b, "我省培育的新品种水稻日前在南方试种成功，亩产比老品种"
	    "高一成。");
	free(b);
	b = body(find("城南新区公园开放"));
	ck_assert_ptr_nonnull(strstr(b, "共同维护公园环境卫生。"));
	free(b);
}
END_TEST

/* A headline under the columns of one article, with a blank row under
 * it, while the article beside them runs down to the headline's row:
 * the blank row does not end a band, so the headline is read with its
 * own columns, before the article beside them. */
START_TEST(headline_keeps_its_body_across_blank_row)
{
	char *b;

	seg(	    "  本报          2024年3月2日           第01版      要闻\n"
	    "\n"
	    "\n"
	    "   全县召开春耕生产会议                               城南新区公园开放\n"
	    "  本报讯（记者 王明）3月2     李华出席会议并讲话，要求          本报讯 城南公园昨日向市\n"
	    "  日上午，全县春耕生产工       各地抓好春耕备耕，确保           民开放，占地三百亩，设有\n"
	    "  作会议召开。县长          粮食稳产。                 步道和健身场地，全天开\n"
	    "                                          放，欢迎市民游览。\n"
	    "                                          公园设有停车场。\n"
	    "        新品种水稻试种成功                         开放时间为早六点至晚十点。\n"
	    "\n"
	    "  本报讯 我省培育的新品       比老品种高出一成。专家\n"
	    "  种水稻日前在南方试种成       说，新品种耐旱抗倒伏，\n"
	    "  功，亩产              适合丘陵地区推广。\n");
	b = body(find("新品种水稻试种成功"));
	ck_assert_ptr_nonnull(strstr(b, "我省培育的新品种水稻"));
	ck_assert_ptr_nonnull(strstr(b, "适合丘陵地区推广。"));
	ck_assert_ptr_null(strstr(b, "公园"));
	free(b);
	b = body(find("城南新区公园开放"));
	ck_assert_ptr_nonnull(strstr(b, "开放时间为早六点至晚十点。"));
	ck_assert_ptr_null(strstr(b, "水稻"));
	free(b);
	b = body(find("全县召开春耕生产会议"));
	ck_assert_ptr_nonnull(strstr(b, "县长李华出席会议"));
	free(b);
}
END_TEST

static Suite *
segment_columns_suite(void)
{
	Suite *s = suite_create("segment_columns");
	TCase *tc = tcase_create("layout");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, header_over_columns_read_first);
	tcase_add_test(tc, justified_gaps_are_not_gutters);
	tcase_add_test(tc, fake_bold_staircase_is_one_ad);
	tcase_add_test(tc, blank_line_in_column_ends_block);
	tcase_add_test(tc, headline_keeps_its_body_across_blank_row);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(segment_columns_suite)

/* SPDX-License-Identifier: ISC */
/* check_segment_layout.c: -layout pages (columns side by side) read in
 * reading order, on small pages written here. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "check_run.h"
#include "segment_fixture.h"

static void
seg(const char *text)
{
	seg_load(text);
	ck_assert_int_eq(segment_columns_mode(&pg.text), SEG_MODE_LAYOUT);
	seg_run();
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

/* The lines of text in the order segment_columns reads them, each after
 * "|", or after "/" where a blank line (a column break) comes before it.
 * Caller frees. */
static char *
reading_order(const char *text)
{
	struct seg_page sp;
	size_t i, n = 1;
	char *s;

	page_unload(&pg);
	memset(&pg, 0, sizeof pg);
	pagetext_from_text(&pg.text, xstrdup(text), strlen(text));
	memset(&sp, 0, sizeof sp);
	sp.page = &pg;
	segment_columns_read(&sp);
	ck_assert_int_eq(sp.mode, SEG_MODE_LAYOUT);
	for (i = 0; i < sp.n; i++)
		n += sp.v[i].len + 1;
	s = xcalloc(n, 1);
	for (i = 0; i < sp.n; i++) {
		strcat(s, sp.v[i].gap ? "/" : "|");
		strncat(s, sp.v[i].s, sp.v[i].len);
	}
	free(sp.v);
	return s;
}

static void
assert_order(const char *order, const char *want)
{
	ck_assert_msg(strstr(order, want) != NULL, "%s not in %s", want, order);
}

/* A section head in sentence case inside a story's column: the learned
 * model labels it one, and the story is not split there. */
START_TEST(model_section_head)
{
	const struct article *a;
	size_t i;

	seg("The Harbor Ledger                                        Monday, March 2, 2026\n"
	    "\n"
	    "\n"
	    "Board weighs later start                           Ferry keeps winter hours\n"
	    "By LENA HARGROVE                                   By ANN LEE\n"
	    "  The school board on Monday began a               The ferry board voted on Monday\n"
	    "discussion about moving the high                   night to keep the winter timetable\n"
	    "school's starting time from 7:25 to                until the end of March, after a long\n"
	    "8:30 a.m., a change students want.                 debate about the cost of fuel.\n"
	    "  The chairman said no decision                      The boats will leave the landing\n"
	    "would be made before January.                      every two hours, the board said, and\n"
	    "                                                   the first boat leaves at six.\n"
	    "What the survey found\n"
	    "  A district survey this summer                      Fares stay the same through the\n"
	    "drew 611 responses. Of the parents,                winter, and the board will look at\n"
	    "64 percent said they would support                 them again in the spring, when the\n"
	    "a later start for the high school.                 summer timetable is set.\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	a = find("Board weighs later start");
	for (i = 0; i < a->n_blocks; i++)
		if (a->blocks[i].kind == BLOCK_SECTION_HEAD)
			break;
	ck_assert_uint_lt(i, a->n_blocks);
	ck_assert_str_eq(a->blocks[i].text, "What the survey found");
}
END_TEST

/* A headline centred over four columns, right above them (no blank row),
 * in a large font: it lines up with none of them and stands over the
 * second and the gutter after it in characters, yet it is read first,
 * running on into the first column, then the others in turn. */
START_TEST(header_over_columns_read_first)
{
	static const char text[] =
	    "  本报          2024年3月2日           第01版      要闻\n"
	    "\n"
	    "\n"
	    "                          全县召开春耕生产工作会议\n"
	    "  本报讯3月2日上午，全县      粮食稳产。会议指出，今年        服务工作。会议要求，各部        两万吨、良种三百吨，组织\n"
	    "  春耕生产工作会议召开。县      全县粮食播种面积要稳定在        门要加强协作，形成工作合        农技人员深入田间地头，指\n"
	    "  长李华出席会议并讲话，要      十万亩以上，各乡镇要落实        力，切实保障春耕生产顺利        导农民科学种田。\n"
	    "  求各地抓好春耕备耕，确保      责任，做好农资供应和技术        进行。今年全县已调运化肥\n";
	char *b = reading_order(text);

	assert_order(b, "/全县召开春耕生产工作会议|本报讯3月2日上午，全县|");
	assert_order(b, "|求各地抓好春耕备耕，确保/粮食稳产。会议指出，今年|");
	free(b);
	seg(text);
	ck_assert_uint_eq(pg.n_articles, 1);
	b = body(find("全县召开春耕生产工作会议"));
	ck_assert_str_eq(b, "3月2日上午，全县春耕生产工作会议召开。县长李华出席会议"
	    "并讲话，要求各地抓好春耕备耕，确保粮食稳产。会议指出，今年全县粮食"
	    "播种面积要稳定在十万亩以上，各乡镇要落实责任，做好农资供应和技术服"
	    "务工作。会议要求，各部门要加强协作，形成工作合力，切实保障春耕生产"
	    "顺利进行。今年全县已调运化肥两万吨、良种三百吨，组织农技人员深入田"
	    "间地头，指导农民科学种田。");
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
	    "water.        Council chairman          engine, the operator said.\n"
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
	static const char text[] =
	    "  本报          2024年3月2日           第01版      要闻\n"
	    "\n"
	    "\n"
	    "   全县召开春耕生产会议\n"
	    "  本报讯（记者 王明）3月2     李华出席会议并讲话，要求\n"
	    "  日上午，全县春耕生产工       各地抓好春耕备耕，确保\n"
	    "  作会议召开。县长          粮食稳产。\n"
	    "\n"
	    "\n"
	    "                              中\n"
	    "                              中国国通通用\n"
	    "                                   用技技术\n"
	    "                                      术（（集\n"
	    "                                         集团团））\n"
	    "                                控\n"
	    "                                控股股有\n"
	    "                                   有限限责\n"
	    "                                      责任任公\n"
	    "                                         公司司\n";
	const struct article *a = NULL;
	char *o = reading_order(text);
	size_t i;

	assert_order(o, "/中|中国国通通用|用技技术|术（（集|集团团））");
	assert_order(o, "/控|控股股有|有限限责|责任任公|公司司");
	free(o);
	seg(text);
	for (i = 0; i < pg.n_articles; i++)
		if (pg.articles[i].kind == ARTICLE_AD)
			a = &pg.articles[i];
	ck_assert_ptr_nonnull(a);
	ck_assert_uint_eq(a->n_blocks, 2);
	ck_assert_str_eq(a->blocks[0].text, "中国通用技术（集团）");
	ck_assert_str_eq(a->blocks[1].text, "控股有限责任公司");
}
END_TEST

/* The right column's article ends; the left column runs on two more
 * lines while the right one is blank, then a new headline sits lower in
 * the right column.  The blank line ends the right column's block: the
 * new article is not read as part of the one above it. */
START_TEST(blank_line_in_column_ends_block)
{
	static const char text[] =
	    "  本报          2024年3月2日           第01版      要闻\n"
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
	    "                              功，亩产比老品种高一成。\n";
	char *b = reading_order(text);

	assert_order(b, "|改造期间老街单向通行。/新品种水稻试种成功|");
	free(b);
	seg(text);
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
	static const char text[] =
	    "  本报          2024年3月2日           第01版      要闻\n"
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
	    "  功，亩产              适合丘陵地区推广。\n";
	char *b = reading_order(text);

	assert_order(b, "|粮食稳产。/新品种水稻试种成功|本报讯 我省培育的新品|");
	assert_order(b, "|适合丘陵地区推广。/城南新区公园开放|");
	free(b);
	seg(text);
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

/* Two articles side by side, the right one's headline a row higher than
 * the left one's: it heads its own column, not the page, and is read
 * after the left article. */
START_TEST(higher_headline_beside_is_no_header)
{
	static const char text[] =
	    "  本报          2024年3月2日           第01版      要闻\n"
	    "\n"
	    "\n"
	    "                                     老街改造工程启动\n"
	    "        城南新区公园开放              本报讯 老街改造工程昨\n"
	    "  本报讯 城南新区公园昨日向               日正式启动，将拓宽道路、\n"
	    "  市民开放，占地三百亩，设有               翻新沿街房屋，工期一年。\n"
	    "  步道和健身场地，全天开放。               改造期间老街单向通行。\n"
	    "  公园内种植了三十多种花木。               沿街商户照常营业。\n";
	char *b = reading_order(text);

	assert_order(b, "要闻/城南新区公园开放|");
	assert_order(b, "|公园内种植了三十多种花木。/老街改造工程启动|");
	free(b);
}
END_TEST

/* Under a band of columns side by side, one column further right runs
 * on alone: its lines have no gap inside, but they start far in, as no
 * default or -raw line does, so the page is still read as -layout and
 * the lone column keeps its place after the band. */
START_TEST(deep_indented_column_is_layout)
{
	static const char text[] =
	    "Harbor Times                                    Page 1\n"
	    "\n"
	    "\n"
	    "Ferry landing rebuilt          Fair draws a crowd\n"
	    "The old landing reopened on    The fair drew more\n"
	    "Monday after a year of work.   people than last year.\n"
	    "\n"
	    "                               Bakery turns fifty\n"
	    "                               The bakery on Main\n"
	    "                               Street marked fifty\n"
	    "                               years with free cake\n"
	    "                               for every customer.\n"
	    "                               Lines formed before\n"
	    "                               dawn on Saturday.\n"
	    "                               The owner thanked\n"
	    "                               her regulars.\n"
	    "\n"
	    "\n"
	    "                               老街改造工程启动\n"
	    "                               本报讯 老街改造工程\n"
	    "                               昨日正式启动。\n";
	char *b = reading_order(text);

	assert_order(b, "|Monday after a year of work./Fair draws a crowd|");
	assert_order(b, "|people than last year.");
	assert_order(b, "/老街改造工程启动|本报讯 老街改造工程|昨日正式启动。");
	free(b);
}
END_TEST

/* A headline too wide for its column leaves two ideographs on a line of
 * their own; -layout keeps its deck right under them in the same block
 * (no blank line), and the deck, like a byline, shows the two close the
 * headline rather than open the text. */
START_TEST(title_tail_before_deck)
{
	static const char text[] =
	    "  本报          2024年3月2日           第01版      要闻\n"
	    "\n"
	    "\n"
	    "青石乡早稻育秧全面                    白沙镇开通公交新线路\n"
	    "铺开                            本报讯 新线路每天发车四班，\n"
	    "七万亩秧苗长势喜人                首班车早上六点从汽车站发出。\n"
	    "  本报讯（记者 柯文静）种粮      全程约四十公里，沿途设站十\n"
	    "大户说，今年用上了叠盘暗出      二个，票价两元。\n"
	    "苗，出苗齐、病害少，比往年      运营企业投放了十辆新能源\n"
	    "省心多了。秧苗已经冒出一寸      公交车。\n"
	    "多高，长势喜人。\n";
	const struct article *a;

	seg(text);
	a = find("青石乡早稻育秧全面铺开");
	ck_assert_uint_eq(a->n_decks, 2);
	ck_assert_str_eq(a->decks[1].text, "七万亩秧苗长势喜人");
	find("白沙镇开通公交新线路");
}
END_TEST

/* A kicker in small type a row above the headline it tops, in the same
 * block: the first line, shorter than the headline and set apart from
 * it, is the kicker, not the headline's first deck. */
START_TEST(kicker_above_headline)
{
	static const char text[] =
	    "  本报          2024年3月2日           第01版      要闻\n"
	    "\n"
	    "\n"
	    "新春走基层                         白沙镇开通公交新线路\n"
	    "                               本报讯 新线路每天发车四班，\n"
	    "下洋村消费市场持续回暖               首班车早上六点从汽车站发出。\n"
	    "  本报讯（记者 柯文静）节日      全程约四十公里，沿途设站十\n"
	    "期间，下洋村重点监测的七家      二个，票价两元。\n"
	    "商贸企业销售额同比增长两成      运营企业投放了十辆新能源\n"
	    "，客流比去年多了不少。商场      公交车。\n"
	    "经理说，年货卖得最好。\n";
	const struct article *a;

	seg(text);
	a = find("下洋村消费市场持续回暖");
	ck_assert_uint_eq(a->n_decks, 1);
	ck_assert_ptr_nonnull(a->kicker.text);
	ck_assert_str_eq(a->kicker.text, "新春走基层");
	find("白沙镇开通公交新线路");
}
END_TEST

/* The running header is one printed row that -layout cuts into pieces at
 * its gaps: the weekday and edition after the paper's name and date, and
 * the section name after them, are furniture, not a brief. */
START_TEST(header_row_pieces_are_furniture)
{
	static const char text[] =
	    "青溪晚报                          2024年10月28日   星期日    第01版   要闻\n"
	    "\n"
	    "\n"
	    "城南新区公园开放                      老街改造工程启动\n"
	    "  本报讯 城南新区公园昨日向           本报讯 老街改造工程昨\n"
	    "市民开放，占地三百亩，设有           日正式启动，将拓宽道路、\n"
	    "步道和健身场地，全天开放。           翻新沿街房屋，工期一年。\n";
	size_t i;

	seg(text);
	ck_assert_uint_eq(pg.n_articles, 2);
	for (i = 0; i < pg.n_articles; i++)
		ck_assert_uint_eq(pg.articles[i].n_decks, 1);
	find("城南新区公园开放");
	find("老街改造工程启动");
}
END_TEST

/* A headline in large type wraps in a narrow column, leaving its last
 * word (up to three ideographs) on a line of its own at the headline's
 * column, right before the indented first line or the byline: the tail
 * ends the headline; it is neither text nor a subhead. */
START_TEST(wrapped_headline_tail_in_column)
{
	static const char text[] =
	    "  本报          2024年3月2日           第01版      要闻\n"
	    "\n"
	    "\n"
	    "河口区古桥保护修缮工                  青石乡老旧小区改造\n"
	    "程启动                          提速\n"
	    "  本报讯 古桥全长六米，是        据介绍，第一批十六个小\n"
	    "当地保存最完整的石拱桥之        区已于十一月底完工，其\n"
	    "一，始建于清代。               余小区将在年底前交付。\n";
	const struct article *a;
	char *b;

	seg(text);
	a = find("河口区古桥保护修缮工程启动");
	ck_assert_uint_eq(a->n_decks, 1);
	ck_assert_ptr_null(a->subhead.text);
	a = find("青石乡老旧小区改造提速");
	ck_assert_uint_eq(a->n_decks, 1);
	b = body(a);
	ck_assert_str_eq(b, "据介绍，第一批十六个小区已于十一月底完工，其余小区将在"
	    "年底前交付。");
	free(b);
}
END_TEST

/* Columns set with other leading interleave their rows, so the rows right
 * above and below a line of the right column belong to the left one and
 * stop short of it.  A justified line's wide gaps are no gutter: the
 * right column's own lines above and below it have text there. */
START_TEST(justified_line_between_interleaved_rows)
{
	static const char text[] =
	    "The Harbor Times                                    Page 1\n"
	    "\n"
	    "\n"
	    "Ferry landing rebuilt\n"
	    "                                  Fair draws a crowd\n"
	    "The old landing reopened on\n"
	    "                                  \"This fair has been held for\n"
	    "Monday after a year of work\n"
	    "                                  ninety years, and it is time to\n"
	    "on new pilings, the harbor\n"
	    "                                  do it properly,\" said Owen\n"
	    "master said. Ferries will run\n"
	    "                                  Pryce,      who      chairs     the\n"
	    "every hour in the summer.\n"
	    "                                  committee. A public hearing on\n"
	    "    The landing cost more\n"
	    "                                  the design is planned for next\n"
	    "than planned.\n"
	    "                                  month at the library.\n";
	char *b;

	seg(text);
	b = page_body();
	ck_assert_ptr_nonnull(strstr(b, "said Owen Pryce, who chairs the "
	    "committee. A public hearing"));
	free(b);
}
END_TEST

/* A photo's credit alone on its row, its words spaced apart: with no
 * column beside it, its gaps are no gutters and it is one credit line.
 * (A short line under the edition's row is a headline, not the section
 * name.) */
START_TEST(credit_alone_is_one_line)
{
	static const char text[] =
	    "  本报          2024年3月2日           第01版      要闻\n"
	    "\n"
	    "\n"
	    "城南新区公园开放            老街改造工程启动\n"
	    "  本报讯 城南新区公园昨日向     本报讯 老街改造工程昨日\n"
	    "市民开放，占地三百亩，设有       正式启动，将拓宽道路。\n"
	    "步道和健身场地，全天开放。\n"
	    "公园内种植了三十多种花木。       图为老街改造工程施工现场。\n"
	    "  管理处表示，将定期维护设\n"
	    "施，欢迎市民游览。                           新华社记者   李铁军   摄\n";
	size_t i;
	const struct article *a = NULL;

	seg(text);
	find("城南新区公园开放");
	find("老街改造工程启动");
	for (i = 0; i < pg.n_articles; i++)
		if (pg.articles[i].kind == ARTICLE_PHOTO)
			a = &pg.articles[i];
	ck_assert_ptr_nonnull(a);
	ck_assert_str_eq(a->credit.text, "新华社记者 李铁军 摄");
}
END_TEST

/* A kicker in small type on the row right above a stack of headline
 * lines (a headline wrapped, a deck): short over a longer line, it tops
 * a stack of three, which a short headline with its deck is not. */
START_TEST(kicker_right_above_stack)
{
	static const char text[] =
	    "青溪晚报                          2024年3月2日   星期六   第01版   要闻\n"
	    "\n"
	    "\n"
	    "民生实事面对面                 老街改造工程启动\n"
	    "白沙镇推进河道综合整              本报讯 老街改造工程昨日正式\n"
	    "治                       启动，将拓宽道路、翻新沿街房\n"
	    "水质连续六个月达标               屋，工期一年。改造期间老街单\n"
	    "  本报讯 白沙镇设立了三名民         向通行，沿街商户照常营业。\n"
	    "间河长，每天巡河并记录水质变\n"
	    "化。整治后的河道两岸种上了垂\n"
	    "柳和花草。\n";
	const struct article *a;

	seg(text);
	a = find("白沙镇推进河道综合整治");
	ck_assert_ptr_nonnull(a->kicker.text);
	ck_assert_str_eq(a->kicker.text, "民生实事面对面");
	ck_assert_uint_eq(a->n_decks, 2);
	ck_assert_str_eq(a->decks[1].text, "水质连续六个月达标");
}
END_TEST

/* The page's photo, or fail. */
static const struct article *
photo(void)
{
	size_t i;

	for (i = 0; i < pg.n_articles; i++)
		if (pg.articles[i].kind == ARTICLE_PHOTO)
			return &pg.articles[i];
	ck_abort_msg("no photo");
	return NULL;
}

/* A caption set beside the columns, its credit under it: the column
 * before it ends a sentence, and the caption, a block of a few lines
 * that a credit ends, is a photo of its own, not that sentence's
 * paragraph going on. */
START_TEST(caption_block_is_a_photo)
{
	static const char zh[] =
	    "青溪晚报                          2024年3月2日   星期六   第01版   要闻\n"
	    "\n"
	    "\n"
	    "城南新区公园开放\n"
	    "  本报讯 城南新区公园昨日向市        公园内种植了三十多种花木，春\n"
	    "民开放，占地三百亩，设有步道          天将举办花展。管理处表示，将\n"
	    "和健身场地，全天开放。             定期维护设施，欢迎市民游览。              市民在城南新区公园的步道上散步\n"
	    "                                                    健身。\n"
	    "                                                              新华社发\n";
	static const char en[] =
	    "The Harbor Times                                    Page 1\n"
	    "\n"
	    "\n"
	    "Park opens in new district\n"
	    "By Sam Reed\n"
	    "The new park in the south           thirty kinds of trees, and a\n"
	    "district opened to the public       flower show is planned for the\n"
	    "on Friday. It has paths, a pond     spring, the park office said.       Visitors walk along the paths\n"
	    "and a playground, and it stays                                          of the new park on Friday.\n"
	    "open all day. Gardeners planted                                                       Photo: Ann Lee\n";
	const struct article *a;
	char *b;

	seg(zh);
	a = photo();
	ck_assert_str_eq(a->credit.text, "新华社发");
	ck_assert_uint_eq(a->n_blocks, 1);
	ck_assert_str_eq(a->blocks[0].text, "市民在城南新区公园的步道上散步健身。");
	b = body(find("城南新区公园开放"));
	ck_assert_ptr_null(strstr(b, "散步"));
	free(b);
	seg(en);
	a = photo();
	ck_assert_str_eq(a->credit.text, "Photo: Ann Lee");
	ck_assert_uint_eq(a->n_blocks, 1);
	ck_assert_str_eq(a->blocks[0].text,
	    "Visitors walk along the paths of the new park on Friday.");
	b = body(find("Park opens in new district"));
	ck_assert_ptr_null(strstr(b, "Visitors"));
	free(b);
}
END_TEST

/* English: a block that starts unindented after a paragraph's end opens
 * an article; its first lines, ragged short of the column's justified
 * width and ending no sentence, over a line that opens one, are its
 * headline, though no byline or blank line follows them. */
START_TEST(ragged_lines_open_a_block_headline)
{
	static const char text[] =
	    "The Harbor Times                                    Page 1\n"
	    "\n"
	    "\n"
	    "Ferry landing rebuilt               Old bakery marks its\n"
	    "By Sam Reed                         fifty years on Main Street\n"
	    "The old landing reopened on         When Ann Lee opened a small\n"
	    "Monday after a year of work on      bakery in Pine Hollow in 1974,\n"
	    "new pilings, the harbor master      she sold bread from a single\n"
	    "said. Ferries will run every        oven. Customers lined up be-\n"
	    "hour in the summer.                 fore dawn on Saturday for free\n"
	    "                                    coffee and anniversary cake.\n";
	const struct article *a;
	char *b;

	seg(text);
	find("Ferry landing rebuilt");
	a = find("Old bakery marks its fifty years on Main Street");
	b = body(a);
	ck_assert(strncmp(b, "When Ann Lee opened a small bakery", 34) == 0);
	free(b);
}
END_TEST

/* English headlines in large type side by side, blank rows between
 * their lines: the lines going on in lower case under each headline are
 * its own, read with it, not a band of their own. */
START_TEST(headline_lines_across_blank_rows)
{
	static const char text[] =
	    "The Harbor Times                                    Page 1\n"
	    "\n"
	    "\n"
	    "School board weighs                 Storm knocks out power\n"
	    "\n"
	    "\n"
	    "\n"
	    "later start times                   across the harbor\n"
	    "By Dan Brooks                       By Ann Lee\n"
	    "The board is considering push-      High winds and heavy rain left\n"
	    "ing back the start time by half     about 3,000 customers without\n"
	    "an hour next fall.                  power on Sunday night.\n";
	const struct article *a;

	seg(text);
	ck_assert_uint_eq(pg.n_articles, 2);
	a = find("School board weighs later start times");
	ck_assert_str_eq(a->byline.text, "By Dan Brooks");
	a = find("Storm knocks out power across the harbor");
	ck_assert_str_eq(a->byline.text, "By Ann Lee");
}
END_TEST

/* English: a name alone, centred under the last sentence of a story
 * (set in from its column, within its width), is the byline set at the
 * story's end, not a headline. */
START_TEST(centred_name_ends_story)
{
	static const char text[] =
	    "The Harbor Times                                    Page 1\n"
	    "\n"
	    "\n"
	    "Ferry landing rebuilt               Harvest fair draws a crowd\n"
	    "By Sam Reed                         The annual harvest fair drew an\n"
	    "The old landing reopened on         estimated 9,000 visitors over\n"
	    "Monday after a year of work on      two days, organizers said. The\n"
	    "new pilings, the harbor master      heaviest pumpkin weighed 561\n"
	    "said. Ferries will run every        pounds, breaking the record.\n"
	    "hour in the summer.                         Irene Weatherbee\n";
	const struct article *a;

	seg(text);
	ck_assert_uint_eq(pg.n_articles, 2);
	a = find("Harvest fair draws a crowd");
	ck_assert_str_eq(a->byline.text, "Irene Weatherbee");
	ck_assert_str_eq(find("Ferry landing rebuilt")->byline.text,
	    "By Sam Reed");
}
END_TEST

/* A headline a row higher than an article beside it, its wrapped tail on
 * that article's first row: the article beside it opens with its own
 * headline over an indented first line, so the higher headline heads
 * only its own column and is read after the article on its left. */
START_TEST(higher_headline_beside_headed_block)
{
	static const char text[] =
	    "青溪晚报                          2024年3月2日   星期六   第02版   国际\n"
	    "\n"
	    "\n"
	    "                加拿大西部发生石油\n"
	    "德国首批女兵加入作战部队          管道泄漏\n"
	    "  首批女兵从二日起正     新华社温哥华六月八日电 据加\n"
	    "式开始在德国联邦国防军     拿大媒体八日报道，加拿大西部\n"
	    "作战部队服役，从而改写     一条石油管道七日晚发生泄漏。\n"
	    "了妇女只能从事医疗工作     当地政府已派员前往处置。\n"
	    "的历史。\n";
	char *o = reading_order(text), *b;

	assert_order(o, "|的历史。/加拿大西部发生石油|管道泄漏|");
	assert_order(o, "/德国首批女兵加入作战部队|");
	free(o);
	seg(text);
	b = body(find("德国首批女兵加入作战部队"));
	ck_assert_str_eq(b, "首批女兵从二日起正式开始在德国联邦国防军作战部队服役，"
	    "从而改写了妇女只能从事医疗工作的历史。");
	free(b);
	b = body(find("加拿大西部发生石油"));
	ck_assert_ptr_nonnull(strstr(b, "据加拿大媒体八日报道"));
	free(b);
}
END_TEST

/* A headline in large type set in lines rows apart, its deck a blank
 * band under it at about that pitch: the deck is the next thing in the
 * headline's column and belongs to it, with the byline under the deck. */
START_TEST(deck_at_headline_pitch)
{
	static const char text[] =
	    "The Harbor Times                                    Page 1\n"
	    "\n"
	    "\n"
	    "School board weighs                 Storm knocks out power\n"
	    "                                    By Ann Lee\n"
	    "                                    High winds and heavy rain left\n"
	    "                                    about 3,000 customers without\n"
	    "later start times                   power on Sunday night. Crews\n"
	    "\n"
	    "\n"
	    "\n"
	    "\n"
	    "Parents split on proposal           worked through the morning to\n"
	    "By Dan Brooks                       clear fallen trees from roads.\n"
	    "The board is considering push-      No serious injuries were re-\n"
	    "ing back the start time by half     ported, the county said.\n"
	    "an hour next fall.\n";
	const struct article *a;

	seg(text);
	ck_assert_uint_eq(pg.n_articles, 2);
	a = find("School board weighs later start times");
	ck_assert_uint_eq(a->n_decks, 2);
	ck_assert_str_eq(a->decks[1].text, "Parents split on proposal");
	ck_assert_str_eq(a->byline.text, "By Dan Brooks");
	ck_assert_str_eq(find("Storm knocks out power")->byline.text,
	    "By Ann Lee");
}
END_TEST

/* A justified line's wide gap, the word after it where columns lower on
 * the page start: the lines above and below run through the gap, so it
 * is spacing, not a column's edge. */
START_TEST(justified_gap_at_a_column_edge)
{
	static const char text[] =
	    "The Harbor Times                                    Page 1\n"
	    "\n"
	    "\n"
	    "Harvest fair draws a crowd\n"
	    "The oyster shucking contest was\n"
	    "won by a local shellfish farmer\n"
	    "from the bay,  said     who\n"
	    "opened 35 oysters in two minutes.\n"
	    "Organizers said the only real\n"
	    "complaint was the cider lines.\n"
	    "\n"
	    "\n"
	    "Ferry landing rebuilt   Bakery turns fifty\n"
	    "The old landing         The bakery on Main\n"
	    "reopened on Monday      Street marked fifty\n"
	    "after a year of         years with cake for\n"
	    "work on the pilings.    every customer.\n";
	char *b;

	seg(text);
	b = page_body();
	ck_assert_ptr_nonnull(strstr(b, "from the bay, said who opened 35"));
	free(b);
}
END_TEST

/* A line that opens a column flush with it, over an indented paragraph
 * start, heads that paragraph though the column before ends in a source
 * in brackets rather than a sentence: text never breaks mid-sentence
 * before a paragraph's start. */
START_TEST(flush_line_over_indent_is_headline)
{
	static const char text[] =
	    "青溪晚报                          2024年3月2日   星期六   第02版   国际\n"
	    "\n"
	    "\n"
	    "生活垃圾可制氢气\n"
	    "  日本一位教授最近使用生活      德国首批女兵加入作战部队\n"
	    "垃圾制取出氢气，获得的氢气         首批女兵从二日起正式开\n"
	    "能用作燃料电池的原料。         始在德国联邦国防军作战部队\n"
	    "（据新华社电）             服役，改写了妇女只能从事医\n"
	    "                    疗工作的历史。\n";
	char *b;

	seg(text);
	b = body(find("德国首批女兵加入作战部队"));
	ck_assert_str_eq(b, "首批女兵从二日起正式开始在德国联邦国防军作战部队服役，"
	    "改写了妇女只能从事医疗工作的历史。");
	free(b);
}
END_TEST

/* A kicker right above a headline and a subhead that wrapped (its tail
 * on a line of its own): the kicker tops the stack, the dash line and
 * its tail are the subhead, the headline alone is the deck. */
START_TEST(kicker_headline_wrapped_subhead)
{
	static const char text[] =
	    "青溪晚报                          2024年3月2日   星期六   第01版   要闻\n"
	    "\n"
	    "\n"
	    "民生实事面对面                       老街改造工程启动\n"
	    "白沙镇古桥保护修缮工程启动                 本报讯 老街改造工程昨日正式\n"
	    "                              启动，将拓宽道路、翻新沿街房\n"
	    "——桐坪镇举办首届农民丰收                 屋，工期一年。改造期间老街单\n"
	    "节                             向通行，沿街商户照常营业。\n"
	    "  本报讯 记者周启明报道： 区教育局\n"
	    "聘请文物专家制定方案，坚持修旧如旧\n"
	    "的原则，尽量保留原有风貌和石料，工\n"
	    "程预计明年八月完工，届时将向游客开\n"
	    "放。\n";
	const struct article *a;

	seg(text);
	a = find("白沙镇古桥保护修缮工程启动");
	ck_assert_uint_eq(a->n_decks, 1);
	ck_assert_str_eq(a->kicker.text, "民生实事面对面");
	ck_assert_str_eq(a->subhead.text, "——桐坪镇举办首届农民丰收节");
	ck_assert_str_eq(a->byline.text, "本报讯 记者周启明报道：");
}
END_TEST

/* English briefs stacked in a column: the blank row under one holds a
 * line of the column beside it, so no blank line shows; yet after the
 * brief's last sentence an unindented ragged line over a sentence is
 * the next brief's headline. */
START_TEST(stacked_briefs_without_blank_line)
{
	static const char text[] =
	    "The Harbor Times                                    Page 1\n"
	    "\n"
	    "\n"
	    "Harbor commission raises              Rowing team takes regional title\n"
	    "mooring fees                          By Sam Reed\n"
	    "The commission said the increase      The Westbrook varsity eight won\n"
	    "will pay for dredging and new         the regional championship on\n"
	    "floats, the harbor master said.       Saturday, finishing in 9 minutes\n"
	    "   \"Nobody likes a fee increase,      32 seconds. The team will com-\n"
	    "but the floats are falling apart,\"    pete at the national regatta in\n"
	    "said Priya Natarajan.                 June for the first time since\n"
	    "                                      2009. Coach Ann Lee credited\n"
	    "Westbrook votes to rebuild            a cold winter of early-morning\n"
	    "the old ferry landing                 practices on the river. Two\n"
	    "Members of the county planning        seniors on the crew have al-\n"
	    "office voted 6 to 3 on Tuesday to     ready committed to row in col-\n"
	    "rebuild the ferry landing at the      lege, the coach said on Sunday.\n"
	    "north end of town.                    The team trains at dawn.\n";
	char *b;

	seg(text);
	ck_assert_uint_eq(pg.n_articles, 3);
	b = body(find("Harbor commission raises mooring fees"));
	ck_assert_ptr_null(strstr(b, "Westbrook"));
	free(b);
	b = body(find("Westbrook votes to rebuild the old ferry landing"));
	ck_assert(strncmp(b, "Members of the county planning", 30) == 0);
	free(b);
}
END_TEST

static Suite *
segment_layout_suite(void)
{
	Suite *s = suite_create("segment_layout");
	TCase *tc = tcase_create("layout");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, header_over_columns_read_first);
	tcase_add_test(tc, model_section_head);
	tcase_add_test(tc, justified_gaps_are_not_gutters);
	tcase_add_test(tc, fake_bold_staircase_is_one_ad);
	tcase_add_test(tc, blank_line_in_column_ends_block);
	tcase_add_test(tc, headline_keeps_its_body_across_blank_row);
	tcase_add_test(tc, higher_headline_beside_is_no_header);
	tcase_add_test(tc, deep_indented_column_is_layout);
	tcase_add_test(tc, title_tail_before_deck);
	tcase_add_test(tc, kicker_above_headline);
	tcase_add_test(tc, header_row_pieces_are_furniture);
	tcase_add_test(tc, wrapped_headline_tail_in_column);
	tcase_add_test(tc, justified_line_between_interleaved_rows);
	tcase_add_test(tc, credit_alone_is_one_line);
	tcase_add_test(tc, kicker_right_above_stack);
	tcase_add_test(tc, caption_block_is_a_photo);
	tcase_add_test(tc, ragged_lines_open_a_block_headline);
	tcase_add_test(tc, headline_lines_across_blank_rows);
	tcase_add_test(tc, centred_name_ends_story);
	tcase_add_test(tc, higher_headline_beside_headed_block);
	tcase_add_test(tc, deck_at_headline_pitch);
	tcase_add_test(tc, justified_gap_at_a_column_edge);
	tcase_add_test(tc, flush_line_over_indent_is_headline);
	tcase_add_test(tc, kicker_headline_wrapped_subhead);
	tcase_add_test(tc, stacked_briefs_without_blank_line);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(segment_layout_suite)

/* SPDX-License-Identifier: ISC */
/* check_segment.c: page text -> articles, on small pages written here. */
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
	seg_run();
}

static const struct article *
art(size_t i)
{
	ck_assert_uint_gt(pg.n_articles, i);
	return &pg.articles[i];
}

static const char *
deck(size_t i, size_t d)
{
	ck_assert_uint_gt(art(i)->n_decks, d);
	return art(i)->decks[d].text;
}

static const char *
para(size_t i, size_t b)
{
	ck_assert_uint_gt(art(i)->n_blocks, b);
	return art(i)->blocks[b].text;
}

/* ---- paragraphs and column breaks ---------------------------------------- */

/* A story's headline and first paragraph, the opening of several pages. */
#define ZH_STORY_OPENING \
    "全县召开春耕生产工作会议\n" \
    "本报讯（记者 王明） 3 月 2 日上午，全\n" \
    "县春耕生产工作会议召开。县长\n" \
    "李华出席会议并讲话，要求各地\n" \
    "抓好春耕备耕，确保粮食稳产。\n"

static const char zh_page[] =
    ZH_STORY_OPENING
    "\n"
    "会议指出，今年全县粮食播种面\n"
    "积要稳定在十万亩以上，各乡镇\n"
    "要落实责任，做好农资供应和技\n"
    "\n"
    "术服务工作，切实保障春耕生产\n"
    "顺利进行。\n"
    "会议要求，各部门要加强协作，\n"
    "形成工作合力。\n";

START_TEST(column_break_joins_paragraph_break_splits)
{
	seg(zh_page);
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_str_eq(deck(0, 0), "全县召开春耕生产工作会议");
	ck_assert_str_eq(art(0)->byline.text, "本报讯（记者 王明）");
	ck_assert_uint_eq(art(0)->n_blocks, 3);
	ck_assert_str_eq(para(0, 0), "3月2日上午，全县春耕生产工作会议召开。"
	    "县长李华出席会议并讲话，要求各地抓好春耕备耕，确保粮食稳产。");
	/* "技 / (blank) / 术服务": a column break inside a sentence. */
	ck_assert_str_eq(para(0, 1), "会议指出，今年全县粮食播种面积要稳定在"
	    "十万亩以上，各乡镇要落实责任，做好农资供应和技术服务工作，切实"
	    "保障春耕生产顺利进行。");
	/* A short last line ends a paragraph without a blank line. */
	ck_assert_str_eq(para(0, 2), "会议要求，各部门要加强协作，形成工作合力。");
}
END_TEST

START_TEST(spans_point_into_the_text)
{
	const struct article *a;
	const char *s;
	size_t len;

	seg(zh_page);
	a = art(0);
	ck_assert_uint_eq(a->index, 1);
	ck_assert_ptr_eq(a->page, &pg);
	ck_assert_str_eq(a->span.file, "test/01.txt");
	ck_assert_uint_eq(a->span.first_line, 1);
	ck_assert_uint_eq(a->span.last_line, 14);
	ck_assert_uint_eq(a->decks[0].span.first_line, 1);
	ck_assert_uint_eq(a->blocks[1].span.first_line, 7);
	ck_assert_uint_eq(a->blocks[1].span.last_line, 12);
	s = pagetext_line(&pg.text, 7, &len);
	ck_assert_uint_eq(a->blocks[1].span.byte_start,
	    (size_t)(s - pg.text.text));
	ck_assert_uint_eq(a->byline.span.first_line, 2);
	/* The byline ends before the first paragraph starts. */
	ck_assert_uint_le(a->byline.span.byte_end, a->blocks[0].span.byte_start);
	ck_assert_uint_eq(a->span.byte_end, pg.text.len - 1);
}
END_TEST

/* The page's text is the same bytes after segmenting: lines whose clean
 * text is their own bytes are read in place (their newlines NULs for the
 * while), and every newline is put back; with trailing spaces, a last line
 * without a newline, a NUL and a line cut at an inline jump label too. */
START_TEST(text_unchanged_by_segmenting)
{
	static const char page[] =
	    "全县召开春耕生产工作会议  \n"
	    "本报讯（记者 王明） 3 月 2 日上午，全\n"
	    "县春耕生产工作会议召开。（下转二版）\n"
	    "\n"
	    "Council  approves   the budget\n"
	    "a line with a \0 NUL in it\n"
	    "the last line, no newline";
	size_t n = sizeof page - 1;
	char *text = xmalloc(n + 1);

	memcpy(text, page, n + 1);
	seg_load("");
	page_text_free(&pg.text);
	pagetext_from_text(&pg.text, text, n);
	seg_run();
	ck_assert_uint_gt(pg.n_articles, 0);
	ck_assert_uint_eq(pg.text.len, n);
	ck_assert_mem_eq(pg.text.text, page, n);
}
END_TEST

/* ---- bylines ---------------------------------------------------------------- */

START_TEST(byline_agency_forms)
{
	seg("中方代表团抵达日内瓦\n"
	    "新华社北京3月1日电（记者 张三） 中方代\n"
	    "表团1日抵达日内瓦，将出席会议。\n"
	    "\n"
	    "新品种水稻试种成功\n"
	    "本报讯记者李四报道： 我省培育的新\n"
	    "品种水稻日前在南方试种成功。\n"
	    "\n"
	    "老街改造工程启动\n"
	    "本报记者 王五 通讯员 赵六\n"
	    "\n"
	    "老街改造工程昨日正式启动，工期\n"
	    "为一年。\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	ck_assert_str_eq(art(0)->byline.text, "新华社北京3月1日电（记者 张三）");
	ck_assert_str_eq(para(0, 0), "中方代表团1日抵达日内瓦，将出席会议。");
	ck_assert_str_eq(art(1)->byline.text, "本报讯记者李四报道：");
	ck_assert_str_eq(para(1, 0), "我省培育的新品种水稻日前在南方试种成功。");
	ck_assert_str_eq(art(2)->byline.text, "本报记者 王五 通讯员 赵六");
	ck_assert_str_eq(deck(2, 0), "老街改造工程启动");
	ck_assert_uint_eq(art(2)->n_blocks, 1);
}
END_TEST

START_TEST(byline_traditional_forms)
{
	/* The same habits in Traditional characters: 本報訊（記者 …）,
	 * 記者…報導：, a reporter's line, a photo credit. */
	ck_assert_uint_eq(segment_lines_byline_prefix("本報訊（記者 陳文） 昨日，"),
	    strlen("本報訊（記者 陳文）"));
	ck_assert_uint_eq(segment_lines_byline_prefix("記者林華報導：市區"),
	    strlen("記者林華報導："));
	ck_assert(segment_lines_is_own_byline("本報記者 張國強"));
	ck_assert(segment_lines_is_own_byline("特約通訊員 許明"));
	ck_assert(!segment_lines_is_own_byline("記者從市政府獲悉"));
	ck_assert(segment_lines_is_credit("林華 攝"));
	ck_assert(segment_lines_is_jump("（下轉第三版）", NULL, NULL));
	ck_assert(segment_lines_is_meta("責任編輯：陳文"));
	/* 訊 in prose (資訊, 訊號, 這樣的訊息) opens no byline */
	ck_assert_uint_eq(segment_lines_byline_prefix("資訊顯示今年"), 0);
	ck_assert_uint_eq(segment_lines_byline_prefix("這樣的訊號可以"), 0);
	ck_assert_uint_eq(segment_lines_byline_prefix("一條這樣的消息"), 0);
	ck_assert_uint_eq(segment_lines_byline_prefix("本報台北5月2日訊 今年"),
	    strlen("本報台北5月2日訊 "));
	ck_assert_uint_eq(segment_lines_byline_prefix("荆楚网消息 今天"),
	    strlen("荆楚网消息 "));
	seg("港口新航線開通\n"
	    "本報訊（記者 陳文） 港口新航\n"
	    "線昨日開通，每週三班。\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_str_eq(art(0)->byline.text, "本報訊（記者 陳文）");
	ck_assert_str_eq(para(0, 0), "港口新航線昨日開通，每週三班。");
	/* its reporter group wrapped, the bracket closing on the next line */
	seg("港口新航線開通\n"
	    "本報訊（記者陳文\n"
	    "通訊員林華） 港口新航\n"
	    "線昨日開通，每週三班。\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_str_eq(art(0)->byline.text, "本報訊（記者陳文 通訊員林華）");
	ck_assert_str_eq(para(0, 0), "港口新航線昨日開通，每週三班。");
}
END_TEST

/* 本报记者 / 刘青 马宁: the title alone on a line, the names under it. */
START_TEST(byline_title_over_names)
{
	seg("山区公路全线贯通\n"
	    "本报记者\n"
	    "刘青　马宁\n"
	    "\n"
	    "连接三个乡镇的山区公路昨日全\n"
	    "线贯通，沿线群众出行更加方便。\n"
	    "\n"
	    "老城區夜市重新開放\n"
	    "本報記者\n"
	    "黃佳\n"
	    "\n"
	    "老城區夜市經過整修後昨晚重新\n"
	    "開放，吸引大批市民前往。\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_str_eq(deck(0, 0), "山区公路全线贯通");
	ck_assert_ptr_nonnull(strstr(art(0)->byline.text, "本报记者"));
	ck_assert_ptr_nonnull(strstr(art(0)->byline.text, "马宁"));
	ck_assert_uint_eq(art(0)->n_blocks, 1);
	ck_assert_str_eq(deck(1, 0), "老城區夜市重新開放");
	ck_assert_ptr_nonnull(strstr(art(1)->byline.text, "黃佳"));
	/* a line of prose under a lone title stays the text */
	ck_assert(!segment_lines_is_own_byline("本报记者 获悉，"));
}
END_TEST

/* A signature on its own line after the last sentence, run on with the
 * paragraph by the reader, is the byline of an item that has none. */
START_TEST(byline_signature_at_end)
{
	seg("河堤加固工程完工\n"
	    "沿河十二公里河堤加固工程昨日\n"
	    "完工，汛期前可全部投入使用。\n"
	    "（本报记者 孟南）\n"
	    "\n"
	    "Harbor ferry adds a route\n"
	    "\n"
	    "The harbor ferry will add an evening\n"
	    "route to the islands from next week.\n"
	    "— Nora Lindqvist\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_str_eq(art(0)->byline.text, "（本报记者 孟南）");
	ck_assert_str_eq(para(0, 0), "沿河十二公里河堤加固工程昨日完工，"
	    "汛期前可全部投入使用。");
	ck_assert_uint_eq(art(0)->n_blocks, 1);
	ck_assert_str_eq(art(1)->byline.text, "— Nora Lindqvist");
	ck_assert_uint_eq(art(1)->n_blocks, 1);
}
END_TEST

/* The page's own lines: its price and its editors' line are furniture,
 * never an item's headline; prose that names a price or an editor is
 * not. */
START_TEST(furniture_price_and_editors)
{
	ck_assert(segment_lines_is_meta("每份0.80元"));
	ck_assert(segment_lines_is_meta("本期十二版零售价1.50元"));
	ck_assert(segment_lines_is_meta("本期四版 零售價：2元"));
	ck_assert(!segment_lines_is_meta("每份报纸都送到了订户手中。"));
	ck_assert(segment_lines_is_meta("Edited by Mara Quist"));
	ck_assert(segment_lines_is_meta("Page editor: Lena Hovde"));
	ck_assert(segment_lines_is_meta("Design: Ana Ruiz · Editor: Ben Ode"));
	ck_assert(!segment_lines_is_meta("Editor: the word the council used for"
	    " its new clerk."));
	ck_assert(!segment_lines_is_meta("Edited by hand, the list was short."));
}
END_TEST

START_TEST(byline_prefix_patterns)
{
	ck_assert_uint_eq(segment_lines_byline_prefix("本报讯日前，广西"),
	    strlen("本报讯"));
	ck_assert_uint_eq(segment_lines_byline_prefix(
	    "晨报讯（记者 刘映花）中国大豆"), strlen("晨报讯（记者 刘映花）"));
	ck_assert_uint_eq(segment_lines_byline_prefix(
	    "人民网开罗6月3日电（记者张梦旭）贝鲁特"),
	    strlen("人民网开罗6月3日电（记者张梦旭）"));
	ck_assert_uint_eq(segment_lines_byline_prefix("会议指出，要坚持"), 0);
	ck_assert_uint_eq(segment_lines_byline_prefix("据新华社电，昨日"), 0);
	/* the tail of 通讯员 after a line break is no agency */
	ck_assert_uint_eq(segment_lines_byline_prefix("讯员 黄小梅） 来自"), 0);
	ck_assert_uint_eq(segment_lines_byline_prefix("通讯员 黄小梅） 来自"), 0);
}
END_TEST

/* An English continuation: its headline, repeated above the continued-
 * from line with no byline after it, is the continuation's headline. */
START_TEST(english_continuation_headline)
{
	seg("The Shoal Bay Courier May 4, 2024 | Page A2 | Sports\n"
	    "Ferry landing vote draws a crowd\n"
	    "FERRY, from Page A1\n"
	    "Residents who spoke at the meeting\n"
	    "mostly supported the plan, though\n"
	    "several asked about parking.\n"
	    "A public hearing is planned for\n"
	    "next month at the library.\n");
	ck_assert_uint_ge(pg.n_articles, 1);
	ck_assert_int_eq(art(0)->kind, ARTICLE_CONTINUATION);
	ck_assert_str_eq(deck(0, 0), "Ferry landing vote draws a crowd");
	ck_assert_int_eq(art(0)->jumps[0].dir, JUMP_FROM);
	ck_assert_int_eq(art(0)->jumps[0].page_number, 1);
	ck_assert_ptr_nonnull(strstr(para(0, 0), "Residents who spoke"));
}
END_TEST

/* A "By" byline too long for its column wraps; its short tail of
 * capitalised words belongs to it even with the body right under it. */
/* A reporter's title on its own line under the name goes to the credit
 * line; after an agency it stands alone too ("By Ann Lee, dpa" / "Staff
 * Writer"), while a name's tail after a comma stays with it. */
START_TEST(english_byline_title_line)
{
	seg("Ferry fares to rise in spring\n"
	    "By TOMAS REYES\n"
	    "Correspondent\n"
	    "\n"
	    "Ferry fares will rise by a tenth in\n"
	    "the spring, the harbor board said on\n"
	    "Monday after a long meeting.\n"
	    "\n"
	    "Rail link study gets under way\n"
	    "By Ines Kalder, dpa\n"
	    "Staff Writer\n"
	    "\n"
	    "A study of a rail link between the\n"
	    "two harbor towns began this week and\n"
	    "will take a year, planners said.\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_str_eq(art(0)->byline.text, "By TOMAS REYES");
	ck_assert_str_eq(art(0)->credit.text, "Correspondent");
	ck_assert_str_eq(art(1)->byline.text, "By Ines Kalder, dpa");
	ck_assert_str_eq(art(1)->credit.text, "Staff Writer");
	ck_assert_uint_eq(art(1)->kind, ARTICLE_NEWS);
	/* a job's name alone after the agency */
	seg("Rail link study gets under way\n"
	    "By Ines Kalder, Reuters\n"
	    "Correspondent\n"
	    "\n"
	    "A study of a rail link between the two harbor towns\n"
	    "began this week and will take a year, planners said.\n");
	ck_assert_str_eq(art(0)->byline.text, "By Ines Kalder, Reuters");
	ck_assert_str_eq(art(0)->credit.text, "Correspondent");
	/* a title worded as one, the byline line wider than the body's
	 * lines (pdftotext's default text), and "Special to ..." */
	seg("Rail link study gets under way\n"
	    "By Nathan Lambert, Associated Press\n"
	    "AP Sports Writer\n"
	    "\n"
	    "A study of a rail link between the\n"
	    "two towns began this week.\n"
	    "\n"
	    "Ferry fares to rise in spring\n"
	    "By Frank Vasquez\n"
	    "Special to the Ledger\n"
	    "\n"
	    "Ferry fares will rise by a tenth in\n"
	    "the spring, the board said.\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_str_eq(art(0)->byline.text,
	    "By Nathan Lambert, Associated Press");
	ck_assert_str_eq(art(0)->credit.text, "AP Sports Writer");
	ck_assert_str_eq(art(1)->byline.text, "By Frank Vasquez");
	ck_assert_str_eq(art(1)->credit.text, "Special to the Ledger");
}
END_TEST

/* The byline line in other Latin-script papers: di / von / par NAME. */
START_TEST(byline_latin_languages)
{
	ck_assert(segment_lines_is_own_byline("di Marco Bellini"));
	ck_assert(segment_lines_is_own_byline("von Anna Keller und Jonas Brandt"));
	ck_assert(segment_lines_is_own_byline("par Claire Dubois"));
	ck_assert(!segment_lines_is_own_byline("di solito il porto chiude"));
	ck_assert(!segment_lines_is_own_byline("Par for the course, he said."));
	seg("Il porto apre una nuova linea\n"
	    "di Marco Bellini\n"
	    "\n"
	    "Il porto ha aperto ieri una nuova linea\n"
	    "di traghetti verso le isole, con tre\n"
	    "corse al giorno fino a settembre.\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_str_eq(deck(0, 0), "Il porto apre una nuova linea");
	ck_assert_str_eq(art(0)->byline.text, "di Marco Bellini");
	ck_assert_uint_eq(art(0)->n_blocks, 1);
}
END_TEST

START_TEST(english_byline_wrapped)
{
	seg("Library wing opens to the public\n"
	    "By Priya Natarajan, Staff\n"
	    "Writer\n"
	    "The new wing of the public library\n"
	    "opened on Wednesday with a reading\n"
	    "room for children, officials said.\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_str_eq(art(0)->byline.text, "By Priya Natarajan, Staff Writer");
	ck_assert_ptr_nonnull(strstr(para(0, 0), "The new wing"));
}
END_TEST

/* A one-line headline set across two columns is wider than the column
 * of its text, so it never shortens at its end as a headline run does;
 * a body line as wide (two lines joined at a hyphen) is no headline. */
START_TEST(english_wide_headline)
{
	seg("The old pier will be rebuilt.\n"
	    "\n"
	    "Bakery in Westbrook marks fifty years on Main Street\n"
	    "Customers lined up before dawn\n"
	    "on Saturday for free coffee and\n"
	    "cake, the owner said on Monday.\n"
	    "The shop now employs 36 people\n"
	    "and ships its rye loaves across\n"
	    "the whole state, she said.\n"
	    "\n"
	    "The council approved the budget on Tuesday night after\n"
	    "a long debate about the cost\n"
	    "of the new roof for the school.\n");
	ck_assert_uint_ge(pg.n_articles, 2);
	ck_assert_str_eq(deck(1, 0),
	    "Bakery in Westbrook marks fifty years on Main Street");
	ck_assert_ptr_nonnull(strstr(para(1, 0), "Customers lined up"));
	ck_assert_ptr_nonnull(strstr(para(1, art(1)->n_blocks - 1),
	    "a long debate"));
}
END_TEST

/* Headlines drawn in a band above their text: each stands between
 * blank lines after a paragraph's end, ends no sentence, and is a
 * headline however wide its lines are; a dateline or a label is not. */
START_TEST(english_headline_band)
{
	seg("The pier will be rebuilt next year.\n"
	    "\n"
	    "Harbor commission\n"
	    "raises mooring fees\n"
	    "\n"
	    "Rowing team takes regional title\n"
	    "\n"
	    "By Ann Lee\n"
	    "\n"
	    "By Sam Reed\n"
	    "\n"
	    "The commission said the increase\n"
	    "will pay for new floats and a\n"
	    "dredging of the inner harbor.\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	ck_assert_str_eq(deck(1, 0), "Harbor commission raises mooring fees");
	ck_assert_str_eq(deck(2, 0), "Rowing team takes regional title");
	ck_assert_str_eq(art(2)->byline.text, "By Sam Reed");
	/* a dateline between blank lines is no headline */
	seg("The pier will be rebuilt next year.\n"
	    "\n"
	    "NEW YORK (AP) — The gas from hog manure at\n"
	    "\n"
	    "farms across the state heats the planet.\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_uint_eq(art(1)->n_decks, 0);
	ck_assert_ptr_nonnull(strstr(para(1, 0), "NEW YORK (AP)"));
}
END_TEST

/* English credits: a photographer in capitals with the paper after a
 * slash, and a bracketed credit that wraps onto a second line. */
START_TEST(english_credits)
{
	ck_assert(segment_lines_is_credit("DANIEL BROOKS/STAFF"));
	ck_assert(segment_lines_is_credit("MARK LEE/AP"));
	ck_assert(!segment_lines_is_credit("Bids are due Sept. 27/28"));
	seg("Storm closes the harbor road\n"
	    "By ANN LEE\n"
	    "The storm left the harbor road closed for the night.\n"
	    "\n"
	    "Volunteers plant trees along the river\n"
	    "path on Saturday morning.\n"
	    "(Photo by Priya Natarajan/The\n"
	    "Ledger)\n"
	    "\n"
	    "Library wing opens to the public\n"
	    "By SAM REED\n"
	    "The new wing of the public library\n"
	    "opened on Wednesday, officials said.\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	ck_assert_int_eq(art(1)->kind, ARTICLE_PHOTO);
	ck_assert_str_eq(art(1)->credit.text,
	    "(Photo by Priya Natarajan/The Ledger)");
	ck_assert_str_eq(deck(2, 0), "Library wing opens to the public");
}
END_TEST

/* A caption's first line, short and set apart, has a headline's shape;
 * its credit right under its short rest makes it a caption: a photo of
 * its own, not a brief with a credit. */
START_TEST(caption_first_line_not_headline)
{
	seg(ZH_STORY_OPENING
	    "\n"
	    "村民在城东的田间抢种\n"
	    "早稻和晚稻的秧苗，一派\n"
	    "忙碌景象。\n"
	    "本报记者 李华 摄\n"
	    "\n"
	    "新建的文化广场对外开放\n"
	    "本报讯（记者 张红） 广场占地三十\n"
	    "亩，设有健身区和儿童游乐区，每\n"
	    "天吸引大批市民前来休闲。\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	ck_assert_int_eq(art(1)->kind, ARTICLE_PHOTO);
	ck_assert_uint_eq(art(1)->n_decks, 0);
	ck_assert_str_eq(para(1, 0), "村民在城东的田间抢种早稻和晚稻的秧苗，"
	    "一派忙碌景象。");
	ck_assert_str_eq(art(1)->credit.text, "本报记者 李华 摄");
	ck_assert_str_eq(deck(2, 0), "新建的文化广场对外开放");
}
END_TEST

/* A byline under a headline's standfirst (a short paragraph) belongs to
 * that headline, not to one still waiting for its text: the standfirst
 * stays the story's first paragraph. */
START_TEST(byline_under_standfirst)
{
	seg("Council backs bridge repairs\n"
	    "\n"
	    "Ferry keeps its winter timetable\n"
	    "The board will look at fares again in the spring.\n"
	    "\n"
	    "By ANN LEE\n"
	    "The ferry board voted on Monday night to keep the\n"
	    "winter timetable until the end of March, after a\n"
	    "long debate about the cost of fuel and crews.\n"
	    "The boats will leave the landing every two hours.\n"
	    "\n"
	    "The council voted on Tuesday to spend $4 million on\n"
	    "the Mill Street bridge, which will close for months.\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_str_eq(deck(1, 0), "Ferry keeps its winter timetable");
	ck_assert_str_eq(art(1)->byline.text, "By ANN LEE");
	ck_assert_str_eq(para(1, 0),
	    "The board will look at fares again in the spring.");
	ck_assert_ptr_nonnull(strstr(para(1, 1), "The ferry board voted"));
}
END_TEST

/* A Chinese headline too wide for its column leaves its last character on
 * a line of its own: that line is still the headline's. */
START_TEST(headline_tail_character)
{
	seg("南非第一部禁止吸烟法1日正式生效。\n"
	    "\n"
	    "伦敦千年大厦正式关\n"
	    "闭\n"
	    "英国为迎接新千年而耗资建造的千年大厦\n"
	    "日前正式关闭，大厦将另作他用。\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_str_eq(deck(1, 0), "伦敦千年大厦正式关闭");
	ck_assert_ptr_nonnull(strstr(para(1, 0), "英国为迎接"));
	/* two characters, with the byline right under them */
	seg("南非第一部禁止吸烟法1日正式生效。\n"
	    "\n"
	    "山西省委书记：煤老板将淡出历史\n"
	    "舞台\n"
	    "本报讯（记者 梁波） 山西煤老板是历史现象，\n"
	    "随着时代发展将淡出历史舞台。\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_str_eq(deck(1, 0), "山西省委书记：煤老板将淡出历史舞台");
	ck_assert_str_eq(art(1)->byline.text, "本报讯（记者 梁波）");
	/* two characters under a long headline line, then a blank */
	seg("南非第一部禁止吸烟法1日正式生效。\n"
	    "\n"
	    "石门乡新建的变电站投入\n"
	    "运行\n"
	    "\n"
	    "大约五十公顷，扩大到二百公\n"
	    "顷。近年来，保护区南部发现\n"
	    "了较为集中的金丝猴分布。\n");
	ck_assert_str_eq(deck(1, 0), "石门乡新建的变电站投入运行");
}
END_TEST

/* A continuation's text may open under a section head right under its
 * "continued from" line: the head is the continuation's, not a story. */
START_TEST(continuation_opens_with_section_head)
{
	seg("Harbor works begin\n"
	    "Continued from A1\n"
	    "\n"
	    "COSTS\n"
	    "\n"
	    "The city expects the work to take three months and to cost\n"
	    "about $2 million, most of it paid by a state grant.\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_int_eq(art(0)->kind, ARTICLE_CONTINUATION);
	ck_assert_int_eq(art(0)->blocks[0].kind, BLOCK_SECTION_HEAD);
	ck_assert_str_eq(art(0)->blocks[0].text, "COSTS");
}
END_TEST

/* A name alone under a story's last sentence is its signature even
 * where it stands last on the page, set apart by the blank lines under
 * it like a headline (林能). */
START_TEST(end_name_set_apart)
{
	seg("全公社社员冬修水库\n"
	    "\n"
	    "全公社社员冬修水库，挑土筑坝，不到一个月就把水库大坝加高了三米，\n"
	    "蓄水量比去年增加一倍，下游三个大队的稻田都能浇上水库的水了。\n"
	    "\n"
	    "社员们说，水库修好了，旱年也能保丰收，明年还要在水库边再开一\n"
	    "条渠，把水引到山坡上的茶园里去，让茶园也能用上水库里的水，\n"
	    "茶叶的产量还能再提高一成。\n"
	    "林小能\n"
	    "\n"
	    "\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_ptr_nonnull(art(0)->byline.text);
	ck_assert_str_eq(art(0)->byline.text, "林小能");
}
END_TEST

/* An English head of one word set apart inside a story is a section
 * head, not a new story; over a dateline it opens one. */
START_TEST(english_one_word_section_head)
{
	seg("Harbor works begin\n"
	    "\n"
	    "By ANN LEE\n"
	    "\n"
	    "Workers began driving new pilings under the old ferry pier\n"
	    "on Monday, the first repair of the pier since 1961.\n"
	    "\n"
	    "Costs\n"
	    "The city expects the work to take three months and to cost\n"
	    "about $2 million, most of it paid by a state grant.\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_uint_eq(art(0)->n_blocks, 3);
	ck_assert_int_eq(art(0)->blocks[1].kind, BLOCK_SECTION_HEAD);
	ck_assert_str_eq(art(0)->blocks[1].text, "Costs");
}
END_TEST

/* The running footer set apart under the last text (the paper's name
 * beside the date, a page number) is furniture, no headline. */
START_TEST(running_footer_furniture)
{
	size_t i;
	int footer = 0;

	seg("Harbor works begin\n"
	    "\n"
	    "Workers began driving new pilings under the old ferry pier\n"
	    "on Monday, the first repair of the pier since 1961.\n"
	    "\n"
	    "The Ledger \xc2\xb7 Monday, March 2, 2026\n"
	    "\n"
	    "A2\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	for (i = 0; i < pg.meta.n_lines; i++)
		footer += strstr(pg.meta.lines[i], "March 2, 2026") != NULL ||
		    strcmp(pg.meta.lines[i], "A2") == 0;
	ck_assert_int_eq(footer, 2);
}
END_TEST

/* Fake bold: an ad line with spaces, drawn twice a little apart, comes
 * out as a staircase of words; each staircase is one line of the ad. */
START_TEST(latin_fake_bold_staircase)
{
	ck_assert(segment_blocks_words_paired("Cobb Cobb Mill Mill"));
	ck_assert(!segment_blocks_words_paired("Cobb Mill Mill Diner"));
	ck_assert(!segment_blocks_words_paired("12 12"));
	seg("The storm left the harbor road closed.\n"
	    "\n"
	    "Cobb\n"
	    "Cobb Mill\n"
	    "Mill Diner\n"
	    "Diner\n"
	    "Open\n"
	    "Open all\n"
	    "all day\n"
	    "day\n"
	    "\n"
	    "Crews worked through the night.\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	ck_assert_int_eq(art(1)->kind, ARTICLE_AD);
	ck_assert_uint_eq(art(1)->n_blocks, 2);
	ck_assert_str_eq(para(1, 0), "Cobb Mill Diner");
	ck_assert_str_eq(para(1, 1), "Open all day");
	/* glyph by glyph, a spaced line breaks at its words into longer
	 * steps */
	seg("The storm left the harbor road closed.\n"
	    "\n"
	    "N\n"
	    "Neew\n"
	    "w ppaattiieennttss w\n"
	    "weellccoom\n"
	    "mee\n"
	    "\n"
	    "Crews worked through the night.\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	ck_assert_int_eq(art(1)->kind, ARTICLE_AD);
	ck_assert_str_eq(para(1, 0), "New patients welcome");
	/* a CJK ad line with a space in it climbs the same staircase */
	seg("青石茶业有限公司\n"
	    "青石茶业有限公司\n"
	    "高山绿茶\n"
	    "高山绿茶 诚招代理\n"
	    "诚招代理\n"
	    "\n"
	    "北山区举办首届农民丰收节\n"
	    "本报讯 日前，北山区首届农民丰收节开幕。\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_int_eq(art(0)->kind, ARTICLE_AD);
	ck_assert_uint_eq(art(0)->n_blocks, 2);
	ck_assert_str_eq(para(0, 0), "青石茶业有限公司");
	ck_assert_str_eq(para(0, 1), "高山绿茶 诚招代理");
	ck_assert_str_eq(deck(1, 0), "北山区举办首届农民丰收节");
}
END_TEST

/* An inline byline that a line break cuts inside 通讯员 stays the byline;
 * its first line is not a headline deck. */
START_TEST(inline_byline_wrapped)
{
	seg("存最完整的石拱桥之一。\n"
	    "石门乡举办首届农民丰收节\n"
	    "本报讯（记者 郑国梁 通\n"
	    "讯员 黄小梅） 来自3个村的种\n"
	    "植户带来了高山茶叶、土蜂蜜\n"
	    "和手工米粉。开幕式上，14家\n"
	    "企业与合作社签订了购销协议。\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_uint_eq(art(1)->n_decks, 1);
	ck_assert_str_eq(deck(1, 0), "石门乡举办首届农民丰收节");
	ck_assert_ptr_nonnull(strstr(art(1)->byline.text, "黄小梅）"));
	ck_assert_ptr_nonnull(strstr(para(1, 0), "来自3个村"));
}
END_TEST

/* An agency alone on its line and a reporter cut before 道 (本报讯 /
 * 记者许文报 / 道：…) are one inline byline, not a headline line and a
 * byline of their own. */
START_TEST(inline_byline_three_lines)
{
	seg("存最完整的石拱桥之一。\n"
	    "\n"
	    "石门乡举办首届农民丰收节\n"
	    "茶叶现场签约三百万元整\n"
	    "本报讯\n"
	    "记者许文报\n"
	    "道： 来自3个村的种植户带\n"
	    "来了高山茶叶、土蜂蜜和手\n"
	    "工米粉。开幕式上，14家企\n"
	    "业与合作社签订了购销协议。\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_uint_eq(art(1)->n_decks, 2);
	ck_assert_str_eq(deck(1, 1), "茶叶现场签约三百万元整");
	ck_assert_ptr_nonnull(art(1)->byline.text);
	ck_assert_ptr_nonnull(strstr(art(1)->byline.text, "许文报"));
	ck_assert_ptr_nonnull(strstr(art(1)->byline.text, "道："));
	ck_assert_ptr_nonnull(strstr(para(1, 0), "来自3个村"));
}
END_TEST

/* 记者从县教育局获悉: a sentence about the reporter, not a byline. */
START_TEST(reporter_sentence_no_byline)
{
	ck_assert(segment_lines_is_own_byline("本报记者 王五"));
	ck_assert(!segment_lines_is_own_byline("记者从县教育局获"));
	ck_assert(!segment_lines_is_own_byline("记者近日走访了下洋村"));
}
END_TEST

START_TEST(english_byline_and_dateline)
{
	seg("The Harbor Gazette\n"
	    "\n"
	    "Friday, December 11, 2015\n"
	    "\n"
	    "City council approves\n"
	    "new harbor budget\n"
	    "By JANE DOE\n"
	    "AP Business Writer\n"
	    "\n"
	    "BOSTON (AP) — The city council on\n"
	    "Thursday approved a budget that will\n"
	    "pay for new piers and a longer break-\n"
	    "water, officials said.\n"
	    "The vote was seven to two, with two\n"
	    "members absent from the meeting.\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_str_eq(deck(0, 0), "City council approves new harbor budget");
	/* the title on its own line under the name is the credit line */
	ck_assert_str_eq(art(0)->byline.text, "By JANE DOE");
	ck_assert_str_eq(art(0)->credit.text, "AP Business Writer");
	ck_assert_str_eq(art(0)->dateline.text, "BOSTON (AP)");
	ck_assert_uint_eq(art(0)->n_blocks, 2);
	ck_assert_str_eq(para(0, 0), "BOSTON (AP) — The city council on Thursday "
	    "approved a budget that will pay for new piers and a longer "
	    "breakwater, officials said.");
	ck_assert_uint_eq(pg.meta.n_lines, 2);
	ck_assert_str_eq(pg.meta.lines[0], "The Harbor Gazette");
}
END_TEST

/* ---- headlines ---------------------------------------------------------------- */

START_TEST(kicker_two_decks_subhead)
{
	seg("全县各级组织扛起监督首责，为奋力打造清廉家园提供坚强保障———\n"
	    "\n"
	    "砥砺奋进扬清风\n"
	    "忠诚担当谱新篇\n"
	    "\n"
	    "本报记者 叶文 通讯员 纪宣\n"
	    "\n"
	    "2020 年，全县各级纪检监察组织以\n"
	    "党的政治建设为统领，推动工作迈出\n"
	    "坚实步伐。\n"
	    "\n"
	    "山区小城的新变化\n"
	    "全县生态工业发展大会暨项目签约仪式昨日召开\n"
	    "本报讯（记者 宋词） 会议由县长\n"
	    "主持，各部门负责人参加。\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_str_eq(art(0)->kicker.text, "全县各级组织扛起监督首责，为奋力打造"
	    "清廉家园提供坚强保障———");
	ck_assert_uint_eq(art(0)->n_decks, 2);
	ck_assert_str_eq(deck(0, 0), "砥砺奋进扬清风");
	ck_assert_str_eq(deck(0, 1), "忠诚担当谱新篇");
	ck_assert_ptr_null(art(0)->subhead.text);
	ck_assert_str_eq(deck(1, 0), "山区小城的新变化");
	ck_assert_str_eq(art(1)->subhead.text,
	    "全县生态工业发展大会暨项目签约仪式昨日召开");
	ck_assert_str_eq(art(1)->byline.text, "本报讯（记者 宋词）");
}
END_TEST

START_TEST(section_heads)
{
	seg("清廉建设全面推进\n"
	    "本报讯（记者 叶文） 全县各级纪检监察组织以党的政\n"
	    "治建设为统领，强化监督执纪问责，成效明显。\n"
	    "\n"
	    "压实“两个责任”，建设全面推进\n"
	    "\n"
	    "建立政治生态建设档案和领导干部廉政档案，对县委\n"
	    "领导班子成员实施政治画像。\n"
	    "（二）\n"
	    "不断夯实主体责任，以直面点评汇报会为载体，开展\n"
	    "面对面质询点评。\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_uint_eq(art(0)->n_blocks, 5);
	ck_assert_int_eq(art(0)->blocks[1].kind, BLOCK_SECTION_HEAD);
	ck_assert_str_eq(para(0, 1), "压实“两个责任”，建设全面推进");
	ck_assert_int_eq(art(0)->blocks[3].kind, BLOCK_SECTION_HEAD);
	ck_assert_str_eq(para(0, 3), "（二）");
	ck_assert_int_eq(art(0)->blocks[4].kind, BLOCK_PARAGRAPH);
}
END_TEST

/* ---- photos, ads, jumps, furniture -------------------------------------------- */

START_TEST(photo_credits)
{
	seg("为方便群众接种，3 月 31 日上午，\n"
	    "我县首个疫苗接种点正式启用。\n"
	    "\n"
	    "周晴 刘俊杰\n"
	    "摄影报道\n"
	    "\n"
	    "图为市民在公园里观赏盛开的樱花。\n"
	    "新华社记者张凤国摄\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_int_eq(art(0)->kind, ARTICLE_PHOTO);
	ck_assert_str_eq(art(0)->credit.text, "周晴 刘俊杰 摄影报道");
	ck_assert_uint_eq(art(0)->n_blocks, 1);
	ck_assert_int_eq(art(1)->kind, ARTICLE_PHOTO);
	ck_assert_str_eq(art(1)->credit.text, "新华社记者张凤国摄");
	ck_assert(segment_lines_is_credit("(Photo by John Smith)"));
	ck_assert(segment_lines_is_credit("亚心网记者 李铁军 摄"));
	ck_assert(!segment_lines_is_credit("会议指出，要加强拍摄"));
}
END_TEST

START_TEST(fake_bold_ads)
{
	seg("农农信信手手机机银银行行\n"
	    "您您的的随随身身银银行行\n"
	    "\n"
	    "中\n"
	    "中国\n"
	    "国通\n"
	    "通用\n"
	    "用\n"
	    "\n"
	    "老街改造工程启动\n"
	    "本报讯 老街改造工程昨日正式启动。\n"
	    "\n"
	    "北京高校创业股份有限公司\n"
	    "北京高校创业股份有限公司\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	ck_assert_int_eq(art(0)->kind, ARTICLE_AD);
	ck_assert_uint_eq(art(0)->n_blocks, 3);
	ck_assert_str_eq(para(0, 0), "农信手机银行");
	ck_assert_str_eq(para(0, 1), "您的随身银行");
	ck_assert_str_eq(para(0, 2), "中国通用");
	ck_assert_int_eq(art(1)->kind, ARTICLE_NEWS);
	ck_assert_int_eq(art(2)->kind, ARTICLE_AD);
	ck_assert_uint_eq(art(2)->n_blocks, 1);
	ck_assert_str_eq(para(2, 0), "北京高校创业股份有限公司");
}
END_TEST

START_TEST(jump_lines)
{
	enum jump_dir dir;
	int n;

	seg("全县纪检监察工作综述\n"
	    "本报讯（记者 叶文） 全县各级纪检\n"
	    "监察组织强化监督，成效明显。\n"
	    "（下转二版）\n"
	    "\n"
	    "全县纪检监察工作综述\n"
	    "（上接第一版）\n"
	    "不断夯实主体责任，开展面对面质\n"
	    "询点评。\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_uint_eq(art(0)->n_jumps, 1);
	ck_assert_int_eq(art(0)->jumps[0].dir, JUMP_TO);
	ck_assert_int_eq(art(0)->jumps[0].page_number, 2);
	ck_assert_str_eq(art(0)->jumps[0].label, "（下转二版）");
	ck_assert_uint_eq(art(0)->n_blocks, 1);
	ck_assert_int_eq(art(1)->kind, ARTICLE_CONTINUATION);
	ck_assert_int_eq(art(1)->jumps[0].dir, JUMP_FROM);
	ck_assert_int_eq(art(1)->jumps[0].page_number, 1);
	ck_assert_str_eq(deck(1, 0), "全县纪检监察工作综述");
	ck_assert(segment_lines_is_jump("（下转第3版）", &dir, &n));
	ck_assert(dir == JUMP_TO && n == 3);
	ck_assert(segment_lines_is_jump("（上接第十二版）", &dir, &n));
	ck_assert(dir == JUMP_FROM && n == 12);
	ck_assert(segment_lines_is_jump("Continued on Page 4", &dir, &n));
	ck_assert(dir == JUMP_TO && n == 4);
	ck_assert(segment_lines_is_jump("Continued from Page 1", &dir, &n));
	ck_assert(dir == JUMP_FROM && n == 1);
	ck_assert(segment_lines_is_jump("See POLLUTION, Page A6", &dir, &n));
	ck_assert(dir == JUMP_TO && n == 6);
	ck_assert(!segment_lines_is_jump("（据新华社电）", &dir, &n));
	/* bare, without brackets */
	ck_assert(segment_lines_is_jump("下转2版", &dir, &n));
	ck_assert(dir == JUMP_TO && n == 2);
	ck_assert(segment_lines_is_jump("上接第1版", &dir, &n));
	ck_assert(dir == JUMP_FROM && n == 1);
	ck_assert(!segment_lines_is_jump("转型发展", &dir, &n));
}
END_TEST

START_TEST(header_footer_to_meta)
{
	seg("清溪日报\n"
	    "\n"
	    "2001年1月3日\n"
	    "\n"
	    "星期三\n"
	    "\n"
	    "第01版\n"
	    "\n"
	    "国内新闻\n"
	    "\n"
	    "白马雪山自然保护区扩建\n"
	    "本报讯国务院日前批准了白马\n"
	    "雪山国家级自然保护区扩建规划。\n"
	    "\n"
	    "责任编辑：蒋建科\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_str_eq(deck(0, 0), "白马雪山自然保护区扩建");
	ck_assert_str_eq(art(0)->byline.text, "本报讯");
	ck_assert_uint_eq(pg.meta.n_lines, 6);
	ck_assert_str_eq(pg.meta.lines[0], "清溪日报");
	ck_assert_str_eq(pg.meta.lines[5], "责任编辑：蒋建科");
	ck_assert_str_eq(pg.meta.section_name, "国内新闻");
}
END_TEST

/* Mastheads and running headers are furniture, in either script. */
START_TEST(mastheads_to_meta)
{
	seg("The Harborton Ledger\n"
	    "Serving Harborton and the Shoal Bay towns since 1911\n"
	    "Wednesday, September 4, 2024\n"
	    "Vol. 113, No. 36 $1.50\n"
	    "\n"
	    "CITY COUNCIL\n"
	    "Council backs $4.2\n"
	    "million fix for Mill\n"
	    "Street bridge\n"
	    "Repairs will close the 1931 span\n"
	    "for up to seven months\n"
	    "By MARGARET OKAFOR\n"
	    "Ledger Staff Writer\n"
	    "The Harborton City Council voted\n"
	    "5-2 on Tuesday night to spend\n"
	    "$4.2 million repairing the Mill\n"
	    "Street bridge, ending more than a\n"
	    "year of argument over whether the\n"
	    "narrow steel span should go.\n");
	ck_assert_uint_eq(pg.meta.n_lines, 4);
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_str_eq(art(0)->kicker.text, "CITY COUNCIL");
	ck_assert_str_eq(deck(0, 0), "Council backs $4.2 million fix for Mill "
	    "Street bridge");
	ck_assert_str_eq(deck(0, 1), "Repairs will close the 1931 span for up "
	    "to seven months");
	ck_assert_str_eq(art(0)->byline.text, "By MARGARET OKAFOR");
	ck_assert_str_eq(art(0)->credit.text, "Ledger Staff Writer");
	seg("松川日报\n"
	    "SONGCHUAN RIBAO\n"
	    "中共松川县委机关报 县内资料性出版物\n"
	    "2024年4月3日 星期三 农历甲辰年二月廿五\n"
	    "第 6127 期 今日 4 版\n"
	    "县政府召开常务会议\n"
	    "本报讯 （记者 柯文静） 4 月 1 日，县长主持召开\n"
	    "常务会议，研究部署安全生产工作。会议要求各\n"
	    "部门压实责任，确保全县安全形势稳定向好。\n"
	    "本报地址：松川县城关镇解放路 88 号 邮编：999001\n");
	ck_assert_uint_eq(pg.meta.n_lines, 6);
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_str_eq(deck(0, 0), "县政府召开常务会议");
	/* -raw runs the running header into one line: the name and the
	 * masthead under it follow. */
	seg("红星通讯 1970年5月4日 星期一 第01版\n"
	    "红星通讯\n"
	    "总第12期 1970年5月4日\n"
	    "红星通讯编辑部\n"
	    "春耕生产捷报频传\n"
	    "本报讯 全县春耕生产进展顺利，各公社\n"
	    "已完成早稻播种任务的八成以上。\n");
	ck_assert_uint_eq(pg.meta.n_lines, 4);
	ck_assert_str_eq(deck(0, 0), "春耕生产捷报频传");
	seg("The Harbor Ledger Friday, May 8, 2020 Page A1 Front Page\n"
	    "Bridge reopens after\n"
	    "seven-month repair\n"
	    "By ANN LEE\n"
	    "The Mill Street bridge reopened on Thursday after\n"
	    "seven months of repairs.\n");
	ck_assert_uint_eq(pg.meta.n_lines, 1);
	ck_assert_str_eq(deck(0, 0), "Bridge reopens after seven-month repair");
	/* The price and the founding year, lines of their own after the
	 * date, a blank line apart. */
	seg("The Elm Falls Herald\n"
	    "Saturday, July 15, 2023\n"
	    "\n"
	    "Price: $2.00\n"
	    "\n"
	    "Founded 1887\n"
	    "\n"
	    "Bridge reopens after\n"
	    "seven-month repair\n"
	    "By ANN LEE\n"
	    "The Mill Street bridge reopened on Thursday after\n"
	    "seven months of repairs.\n");
	ck_assert_uint_eq(pg.meta.n_lines, 4);
	ck_assert_int_eq(pg.meta.kinds[2], FURNITURE_PRICE);
	ck_assert_int_eq(pg.meta.kinds[3], FURNITURE_MASTHEAD);
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_str_eq(deck(0, 0), "Bridge reopens after seven-month repair");
	/* A date in the years of the Republic (Taiwan's papers). */
	seg("竹峰週報\n"
	    "中華民國113年3月22日 星期五\n"
	    "\n"
	    "福安宮遶境 萬人空巷\n"
	    "本報訊 福安宮昨日舉行遶境活動，信眾沿路擺設\n"
	    "香案迎接，老街擠滿了人潮。\n");
	ck_assert_uint_eq(pg.meta.n_lines, 2);
	ck_assert_int_eq(pg.meta.kinds[1], FURNITURE_DATE_LINE);
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_str_eq(deck(0, 0), "福安宮遶境萬人空巷");
}
END_TEST

/* A headline the rules leave in the body (under a kicker they do not
 * know, it reads as the kicker's paragraph going on) is found by the
 * learned model, which sees the story's text under it (segment_vote.c). */
START_TEST(model_finds_headline)
{
	const struct article *a;

	seg("The Harbor Ledger\n"
	    "Monday, March 2, 2026\n"
	    "\n"
	    "HARBOR DENTAL\n"
	    "New patients welcome\n"
	    "\n"
	    "— ON THE RECORD\n"
	    "\n"
	    "Ferry Board This is the winter timetable kept\n"
	    "\n"
	    "NEW YORK (AP) — Ferry\n"
	    "board keeps the winter\n"
	    "timetable until the end\n"
	    "of March after a vote of\n"
	    "the board on Monday night.\n"
	    "The boats leave the landing\n"
	    "every two hours, it said.\n");
	a = find("Ferry Board This is the winter timetable kept");
	ck_assert_ptr_nonnull(strstr(a->blocks[0].text, "Ferry board keeps"));
}
END_TEST

/* A line of a story's text left short by a column break has a headline's
 * shape (short, set apart, no sentence end); the learned model reads it
 * as the text it is, and the story is not split there (segment_vote.c). */
START_TEST(model_keeps_text_line_in_story)
{
	seg(ZH_STORY_OPENING
	    "\n"
	    "会议指出，今年全县粮食播种面\n"
	    "积要稳定在十万亩以上，各乡镇\n"
	    "要落实责任，做好农资供应。\n"
	    "\n"
	    "会议要求各部门加强协作\n"
	    "\n"
	    "形成工作合力，切实保障春耕生\n"
	    "产顺利进行。今年全县已调运化\n"
	    "肥两万吨、良种三百吨。\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_uint_eq(art(0)->n_blocks, 3);
	ck_assert_str_eq(para(0, 2), "会议要求各部门加强协作形成工作合力，"
	    "切实保障春耕生产顺利进行。今年全县已调运化肥两万吨、良种三百吨。");
}
END_TEST

/* A section head of a few words, taken for a headline, whose text all
 * goes back to the story it repeats the words of (segment_regroup.c),
 * goes with it as a section head: no headline-only article, no lost
 * line. */
START_TEST(section_head_follows_its_text)
{
	const struct article *a;

	seg("Board weighs later start for high school\n"
	    "By LENA HARGROVE\n"
	    "The Harborton School Board on Monday began a\n"
	    "months-long discussion about moving the high\n"
	    "school's starting time from 7:25 a.m. to 8:30\n"
	    "a.m., a change students have lobbied for.\n"
	    "\n"
	    "Board chairman Victor Almeida said no decision\n"
	    "would be made before January.\n"
	    "\n"
	    "What the survey found\n"
	    "A district survey this summer drew 611\n"
	    "responses. Of the parents, 64 percent said they\n"
	    "would support a later start for the high school\n"
	    "and most students agreed. The board will study\n"
	    "the survey before the January vote on the start.\n"
	    "\n"
	    "Ferry keeps its winter timetable\n"
	    "By ANN LEE\n"
	    "The ferry board voted on Monday night to keep the\n"
	    "winter timetable until the end of March, after a\n"
	    "long debate about the cost of fuel and crews.\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	a = find("Board weighs later start for high school");
	ck_assert_uint_eq(a->n_blocks, 4);
	ck_assert_int_eq(a->blocks[2].kind, BLOCK_SECTION_HEAD);
	ck_assert_str_eq(a->blocks[2].text, "What the survey found");
	ck_assert_ptr_nonnull(strstr(a->blocks[3].text, "A district survey"));
	ck_assert_uint_eq(pg.meta.n_lines, 0);
}
END_TEST

/* A signature in brackets on its own line after a sentence's end signs
 * the item off: the text after a column break is not run on with it. */
START_TEST(signature_ends_paragraph)
{
	seg("全县召开春耕生产工作会议\n"
	    "\n"
	    "3 月 2 日上午，全县春耕生产工作\n"
	    "会议召开。县长李华出席会议并讲\n"
	    "话，要求各地抓好春耕备耕。\n"
	    "（本报记者 王明）\n"
	    "\n"
	    "新建的文化广场对外开放，占地三十亩，\n"
	    "设有健身区和儿童游乐区，每天吸引大\n"
	    "批市民前来休闲。\n");
	ck_assert_str_eq(art(0)->byline.text, "（本报记者 王明）");
	ck_assert_str_eq(para(0, 0), "3月2日上午，全县春耕生产工作会议召开。"
	    "县长李华出席会议并讲话，要求各地抓好春耕备耕。");
	for (size_t i = 0; i < pg.n_articles; i++)
		for (size_t b = 0; b < pg.articles[i].n_blocks; b++)
			ck_assert_ptr_null(strstr(pg.articles[i].blocks[b].text,
			    "本报记者"));
}
END_TEST

/* A headline wrapped onto a line that opens in lower case, with no blank
 * line before the text: the tail is the headline's. */
START_TEST(headline_lower_case_tail)
{
	seg("The ferry board met on Monday and agreed to\n"
	    "keep the winter timetable.\n"
	    "\n"
	    "Island ferry keeps\n"
	    "its winter timetable\n"
	    "The island ferry keeps its winter\n"
	    "timetable until the end of March,\n"
	    "the harbor board said on Monday.\n");
	ck_assert_ptr_nonnull(find("Island ferry keeps its winter timetable"));
}
END_TEST

/* A hyphen at a headline line's end is the word's own (-raw keeps it;
 * a headline is not hyphenated). */
START_TEST(headline_keeps_line_end_hyphen)
{
	seg("Heat beat Hawks as short-\n"
	    "handed Miami rallies\n"
	    "By JOHN DOE\n"
	    "ATLANTA (AP) — Miami won on Friday night with only\n"
	    "nine players, coming back from 15 down.\n");
	ck_assert_str_eq(deck(0, 0), "Heat beat Hawks as short-handed Miami "
	    "rallies");
}
END_TEST

/* A headline with no text before the next headline labels a section;
 * short unsigned items are briefs, notices say so. */
START_TEST(labels_briefs_notices)
{
	seg("要闻简报\n"
	    "\n"
	    "县图书馆新馆开放\n"
	    "本报讯 4 月 1 日起，位于城东新区的县图书馆新馆\n"
	    "正式对外开放，新馆藏书三十万册。 （柯文静）\n"
	    "\n"
	    "停电通知\n"
	    "因线路检修，4 月 6 日城关镇部分地区停电，请\n"
	    "用户提前做好准备，不便之处敬请谅解。\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_str_eq(pg.meta.lines[pg.meta.n_lines - 1], "要闻简报");
	ck_assert_str_eq(deck(0, 0), "县图书馆新馆开放");
	ck_assert_int_eq(art(0)->kind, ARTICLE_BRIEF);
	ck_assert_int_eq(art(1)->kind, ARTICLE_NOTICE);
}
END_TEST

/* ---- text pdftotext displaced ------------------------------------------------ */

/* Two-column briefs read out of order: each column stops mid-sentence
 * at a blank line and its rest comes after another item.  The rest has
 * as many lines or one fewer (balanced columns); a piece ending in a
 * credit continues the caption (图为…), not the story before it. */
START_TEST(displaced_columns_rejoined)
{
	seg("河北春季植树面积创新高\n"
	    "本报讯（记者王林）河北\n"
	    "省今年春季植树造林面积达到\n"
	    "三百万亩，比去年增加两成，\n"
	    "各地组织群众在河岸荒山种下\n"
	    "\n"
	    "山区小学用上新校车\n"
	    "本报讯（记者赵明）县里\n"
	    "为山区小学配备的十辆新校车\n"
	    "近日投入使用，每天接送两百\n"
	    "多名学生上下学，校车配有专\n"
	    "职司机和照管员，家长们说孩\n"
	    "\n"
	    "树苗，林业部门派出技术人员\n"
	    "指导栽植和管护，确保成活。\n"
	    "今年还将新建苗圃十处。\n"
	    "\n"
	    "图为村民在河岸边种植杨\n"
	    "树苗，志愿者帮助老人提水浇\n"
	    "灌新栽的树苗，现场一片忙碌\n"
	    "\n"
	    "子上学再也不用走远路了，这\n"
	    "项工作还将推广到全县其他乡\n"
	    "镇，明年所有山区小学都将通\n"
	    "上校车，县里还将增加一批照\n"
	    "管员。\n"
	    "\n"
	    "景象。\n"
	    "本报记者 王林 摄\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	ck_assert_str_eq(deck(0, 0), "河北春季植树面积创新高");
	ck_assert_str_eq(para(0, 0), "河北省今年春季植树造林面积达到三百万亩，"
	    "比去年增加两成，各地组织群众在河岸荒山种下树苗，林业部门派出"
	    "技术人员指导栽植和管护，确保成活。今年还将新建苗圃十处。");
	ck_assert_str_eq(deck(1, 0), "山区小学用上新校车");
	ck_assert_str_eq(para(1, 0), "县里为山区小学配备的十辆新校车近日投入"
	    "使用，每天接送两百多名学生上下学，校车配有专职司机和照管员，"
	    "家长们说孩子上学再也不用走远路了，这项工作还将推广到全县其他"
	    "乡镇，明年所有山区小学都将通上校车，县里还将增加一批照管员。");
	ck_assert_int_eq(art(2)->kind, ARTICLE_PHOTO);
	ck_assert_str_eq(para(2, 0), "图为村民在河岸边种植杨树苗，志愿者帮助"
	    "老人提水浇灌新栽的树苗，现场一片忙碌景象。");
	ck_assert_ptr_nonnull(strstr(art(2)->credit.text, "摄"));
}
END_TEST

/* Verse stops short anywhere: stanzas keep their order. */
START_TEST(verse_not_rejoined)
{
	const char *t, *a, *b, *c;

	seg("春到河边\n"
	    "柳 青\n"
	    "雨是昨夜来的\n"
	    "它先敲了敲瓦\n"
	    "又敲了敲窗\n"
	    "\n"
	    "早起的人看见\n"
	    "河水涨了三寸\n"
	    "柳条垂下来\n"
	    "\n"
	    "父亲弯腰的时候\n"
	    "整片田都低下头\n"
	    "秧苗一行一行\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	t = para(0, art(0)->n_blocks - 1);
	a = strstr(t, "又敲了敲窗");
	b = strstr(t, "早起的人看见");
	c = strstr(t, "父亲弯腰的时候");
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_nonnull(b);
	ck_assert_ptr_nonnull(c);
	ck_assert(a < b && b < c);
}
END_TEST

/* 者 of 记者 lifted onto a line of its own above the byline. */
START_TEST(lifted_byline_glyph)
{
	seg("县里举办春季招聘会\n"
	    "者\n"
	    "\n"
	    "新华社北京３月５日电（记\n"
	    "李华）县人力资源市场昨日举\n"
	    "办春季招聘会，两百多家企业\n"
	    "提供岗位五千多个，吸引求职\n"
	    "者一万多人次。\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_str_eq(art(0)->byline.text, "新华社北京３月５日电（记者李华）");
	ck_assert_str_eq(para(0, 0), "县人力资源市场昨日举办春季招聘会，两百多家"
	    "企业提供岗位五千多个，吸引求职者一万多人次。");
}
END_TEST

/* -raw output: no blank lines at all.  A headline after a sentence's
 * end in a full line; a paragraph's first line short by its indent's
 * room; a caption (图为…, or a short last paragraph) above its credit
 * is a photo of its own. */
START_TEST(raw_page_units)
{
	seg("县城新建三座公园\n"
	    "本报讯 县城今年新建的三\n"
	    "座公园日前全部建成开放，总面\n"
	    "积达到十二万平方米，园内种植\n"
	    "乔木两万多株，铺设步道八公里\n"
	    "，为市民休闲健身提供了好去处\n"
	    "。今年县里还将建设两座口袋公\n"
	    "园，方便老城区居民就近休闲。\n"
	    "图为市民在新公园里散步\n"
	    "赏花，孩子们在草地上放风筝，场面十分热闹。\n"
	    "本报记者 孙丽 摄\n"
	    "乡村公路通到家门口\n"
	    "今年全县新建改建农村公\n"
	    "路一百二十公里，实现了所有行\n"
	    "政村通硬化路，群众出行更加方\n"
	    "便，农产品运输成本明显下降。\n"
	    "县交通局表示，明年将继\n"
	    "续推进农村公路提档升级，重点\n"
	    "建设旅游路和产业路，带动沿线\n"
	    "村庄发展乡村旅游和特色种植。\n"
	    "一位老人在新建公园里晨\n"
	    "练，他说公园建好后每天都来这\n"
	    "里锻炼身体。\n"
	    "本报记者 王林 摄\n"
	    "图为村民在新修的公路上骑\n"
	    "车赶集。\n"
	    "本报记者 赵明 摄\n");
	ck_assert_uint_eq(pg.n_articles, 5);
	ck_assert_str_eq(deck(0, 0), "县城新建三座公园");
	ck_assert_uint_eq(art(0)->n_blocks, 1);
	ck_assert_int_eq(art(1)->kind, ARTICLE_PHOTO);
	ck_assert_str_eq(para(1, 0), "图为市民在新公园里散步赏花，孩子们在草地上"
	    "放风筝，场面十分热闹。");
	ck_assert_str_eq(deck(2, 0), "乡村公路通到家门口");
	ck_assert_uint_eq(art(2)->n_blocks, 2);
	ck_assert_str_eq(para(2, 1), "县交通局表示，明年将继续推进农村公路提档"
	    "升级，重点建设旅游路和产业路，带动沿线村庄发展乡村旅游和特色种植。");
	ck_assert_ptr_null(art(2)->credit.text);
	ck_assert_int_eq(art(3)->kind, ARTICLE_PHOTO);
	ck_assert_str_eq(para(3, 0), "一位老人在新建公园里晨练，他说公园建好后"
	    "每天都来这里锻炼身体。");
	ck_assert_str_eq(art(3)->credit.text, "本报记者 王林 摄");
	ck_assert_int_eq(art(4)->kind, ARTICLE_PHOTO);
}
END_TEST

/* -raw: a box after a jump line is narrower than the story above it;
 * its first line, short of the box's width, is no headline. */
START_TEST(raw_box_after_jump)
{
	seg("全县掀起冬季积肥热潮\n"
	    "本报讯 入冬以来，全县各公社组织社员开展冬\n"
	    "季积肥运动，男女老少齐上阵，挖塘泥、割青草、\n"
	    "收集草木灰，到处是一片热火朝天的景象。据统\n"
	    "计，全县已积肥一百多万担，比去年同期增加了\n"
	    "三成，为明年农业丰收打下了坚实的基础。各公\n"
	    "社还推广了先进的积肥经验，组织社员互相参观\n"
	    "学习，比干劲，比措施，比效果，积肥运动越搞\n"
	    "越红火。县里要求各地继续发扬艰苦奋斗的精神，\n"
	    "把积肥运动坚持到春耕，力争明年粮食产量再上\n"
	    "一个新台阶，为国家多作贡献。许多老农说，多\n"
	    "积一担肥，就能多打一斗粮，大家干得更起劲了，\n"
	    "有的生产队还提出了明年每亩多积十担肥的目标。\n"
	    "（下转第2版）\n"
	    "人民群众是真正的英雄而我\n"
	    "们自己往往是幼稚可笑的，不了\n"
	    "解这一点，就不能得到起码的知\n"
	    "识，这是我们工作的根本方法，\n"
	    "必须牢牢记住。\n"
	    "李明\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_uint_eq(art(1)->n_decks, 0);
	ck_assert_str_eq(para(1, 0), "人民群众是真正的英雄而我们自己往往是幼稚"
	    "可笑的，不了解这一点，就不能得到起码的知识，这是我们工作的根本方法，"
	    "必须牢牢记住。");
	ck_assert_str_eq(art(1)->byline.text, "李明");
}
END_TEST

/* Headlines drawn after all the text: each goes above the run of
 * paragraphs it shares the most words with, the first above the jump
 * label that opens the page. */
START_TEST(headlines_drawn_last)
{
	seg("东风通讯 1968年3月2日 星期六 第02版\n"
	    "（上接第1版）\n"
	    "全公社社员冬修水库，挑土\n"
	    "筑坝，不到一个月就把水库大坝\n"
	    "加高了三米，蓄水量比去年增加\n"
	    "一倍，下游三个大队的稻田都能\n"
	    "浇上水库的水了。\n"
	    "社员们说，水库修好了，旱\n"
	    "年也能保丰收，明年要在水库边\n"
	    "再开一条渠，把水引到山坡上的\n"
	    "茶园里去。\n"
	    "山区的孩子上学难，过去要\n"
	    "走二十里山路。去年大队办起了\n"
	    "学校，请来两位教师，学校就设\n"
	    "在祠堂里，全村三十多个孩子都\n"
	    "进了学校读书。\n"
	    "教师白天上课，晚上还办夜\n"
	    "校，教社员识字，学校成了全村\n"
	    "最热闹的地方。\n"
	    "（下转第3版）\n"
	    "修好水库保丰收\n"
	    "山区学校办得好\n"
	    "评一所农村小学的办学经验\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_int_eq(art(0)->kind, ARTICLE_CONTINUATION);
	ck_assert_str_eq(deck(0, 0), "修好水库保丰收");
	ck_assert_uint_eq(art(0)->n_blocks, 2);
	ck_assert_str_eq(deck(1, 0), "山区学校办得好");
	ck_assert_str_eq(art(1)->subhead.text, "评一所农村小学的办学经验");
	ck_assert_uint_eq(art(1)->n_blocks, 2);
	ck_assert_uint_eq(art(1)->n_jumps, 1);
}
END_TEST

/* -raw, headlines drawn after all the text: two one-line headlines side
 * by side come out as one line with a space between them, a headline
 * wrapped leaves its last characters on a line of their own, and a short
 * line over a longer one is a kicker.  Each group goes above the run of
 * text it shares the most words with. */
START_TEST(raw_headlines_drawn_last_zh)
{
	seg("东风通讯 1968年3月2日 星期六 第02版\n"
	    "本报讯 全公社社员冬修水库，挑土\n"
	    "筑坝，不到一个月就把水库大坝\n"
	    "加高了三米，蓄水量比去年增加\n"
	    "一倍，下游的稻田都能浇上水了。\n"
	    "社员们说，水库修好了，旱\n"
	    "年也能保丰收。\n"
	    "本报记者 李明\n"
	    "过去孩子上学要走二十里山\n"
	    "路。去年大队办起了学校，请来\n"
	    "两位教师，全村孩子都进了学校\n"
	    "读书。学校就设在祠堂里。\n"
	    "教师晚上还办夜校，教社员\n"
	    "识字，学校成了全村最热闹的\n"
	    "地方。\n"
	    "本报讯 公社今年种下茶树三\n"
	    "千株，茶园沿着山坡铺开，社员\n"
	    "们说，再过三年茶园就能采茶了。\n"
	    "茶园旁还要修一条新路，方便\n"
	    "运茶下山。\n"
	    "冬修水库保丰收 大队办起学校\n"
	    "山村新貌\n"
	    "山坡上种下三千株茶\n"
	    "树\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	ck_assert_str_eq(deck(0, 0), "冬修水库保丰收");
	ck_assert_ptr_nonnull(strstr(para(0, 0), "旱年也能保丰收。"));
	ck_assert_str_eq(deck(1, 0), "大队办起学校");
	ck_assert_str_eq(art(1)->byline.text, "本报记者 李明");
	ck_assert_uint_eq(art(1)->n_blocks, 2);
	ck_assert_str_eq(art(2)->kicker.text, "山村新貌");
	ck_assert_str_eq(deck(2, 0), "山坡上种下三千株茶树");
	ck_assert_ptr_nonnull(strstr(para(2, 0), "公社今年种下茶树"));
}
END_TEST

/* -raw, headlines drawn last: a photo's caption (its credit under it)
 * between two items gets no headline, however many words it shares. */
START_TEST(raw_late_headline_not_over_caption)
{
	seg("东风通讯 1968年3月2日 星期六 第02版\n"
	    "本报讯 全公社社员冬修水库，挑土\n"
	    "筑坝，不到一个月就把水库大坝\n"
	    "加高了三米，蓄水量比去年增加\n"
	    "一倍，下游的稻田都能浇上水了。\n"
	    "社员们说，水库修好了，旱\n"
	    "年也能保丰收，明年要在水库边\n"
	    "再开一条渠，把水引到山坡上的\n"
	    "茶园里去。\n"
	    "大队办起学校，孩子们在祠堂里读书。\n"
	    "李明 摄\n"
	    "过去孩子上学要走二十里山路。\n"
	    "去年大队办起了学校，请来\n"
	    "两位教师，全村孩子都进了学校\n"
	    "读书。教师晚上还办夜校，教社\n"
	    "员识字，学校成了全村最热闹的\n"
	    "地方。\n"
	    "大队还请来老师傅，教社员\n"
	    "修理农具。\n"
	    "冬修水库保丰收\n"
	    "大队办起学校\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	ck_assert_str_eq(deck(0, 0), "冬修水库保丰收");
	ck_assert_int_eq(art(1)->kind, ARTICLE_PHOTO);
	ck_assert_str_eq(deck(2, 0), "大队办起学校");
	ck_assert_ptr_eq(strstr(para(2, 0), "过去孩子"), para(2, 0));
}
END_TEST

/* Three stories of a -raw English page whose headlines are drawn after
 * all the text (each test adds them its own way), with the editor's line
 * under the text. */
#define LATE_EN_STORIES \
	    "By MARY STONE\n" \
	    "The harbor's fishing fleet came\n" \
	    "back two days early on Tuesday\n" \
	    "as a storm moved up the coast,\n" \
	    "and the fleet's crews said the\n" \
	    "catch was the best in years.\n" \
	    "Dock workers unloaded more\n" \
	    "than forty tons of cod before\n" \
	    "the storm arrived.\n" \
	    "By TOM REED\n" \
	    "The city's new library opened\n" \
	    "its doors on Saturday, with a\n" \
	    "line of readers that went\n" \
	    "around the block before ten.\n" \
	    "The library holds twice the\n" \
	    "books of the old one.\n" \
	    "By ANN LEE\n" \
	    "The ferry landing will be\n" \
	    "rebuilt next year after a vote\n" \
	    "of the town council, which\n" \
	    "found the pilings worn out.\n" \
	    "Editor: Jane Doe\n"

/* -raw, English, headlines drawn last: a headline wrapped goes on in
 * lower case, a line in capitals is the kicker of the one under it, and
 * the editor's line under the text is page furniture. */
START_TEST(raw_headlines_drawn_last_en)
{
	seg("The Harbor Ledger March 2, 2024 | Page A3 | Local\n"
	    LATE_EN_STORIES
	    "Storm sends fishing fleet\n"
	    "home early\n"
	    "New library opens its doors\n"
	    "WATERFRONT\n"
	    "Council votes to rebuild ferry landing\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	ck_assert_str_eq(deck(0, 0), "Storm sends fishing fleet home early");
	ck_assert_str_eq(art(0)->byline.text, "By MARY STONE");
	ck_assert_str_eq(deck(1, 0), "New library opens its doors");
	ck_assert_str_eq(art(1)->byline.text, "By TOM REED");
	ck_assert_str_eq(art(2)->kicker.text, "WATERFRONT");
	ck_assert_str_eq(deck(2, 0), "Council votes to rebuild ferry landing");
	ck_assert_uint_eq(art(2)->n_blocks, 1);
	ck_assert_str_eq(para(2, 0), "The ferry landing will be rebuilt next "
	    "year after a vote of the town council, which found the pilings "
	    "worn out.");
}
END_TEST

/* -raw, English, headlines drawn last: two headlines side by side come
 * out as one line; a capital after three words may start the second,
 * and the words they share with the text decide. */
START_TEST(raw_latin_headlines_joined)
{
	seg("The Harbor Ledger March 2, 2024 | Page A3 | Local\n"
	    LATE_EN_STORIES
	    "Storm sends fishing fleet home early "
	    "New library opens its doors\n"
	    "Council votes to rebuild ferry landing\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	ck_assert_str_eq(deck(0, 0), "Storm sends fishing fleet home early");
	ck_assert_str_eq(art(0)->byline.text, "By MARY STONE");
	ck_assert_str_eq(deck(1, 0), "New library opens its doors");
	ck_assert_str_eq(art(1)->byline.text, "By TOM REED");
	ck_assert_str_eq(deck(2, 0), "Council votes to rebuild ferry landing");
	ck_assert_uint_eq(art(2)->n_blocks, 1);
	ck_assert_str_eq(para(2, 0), "The ferry landing will be rebuilt next "
	    "year after a vote of the town council, which found the pilings "
	    "worn out.");
}
END_TEST

/* -raw: one headline drawn after the page's only text goes above it;
 * under text that ends in a jump it is the next item's, its text on
 * another page. */
START_TEST(raw_one_headline_drawn_last)
{
	static const char body[] =
	    "By ANN LEE\n"
	    "The weather was fine today in\n"
	    "Norfolk, and the tide tables\n"
	    "promise a good weekend for the\n"
	    "boats in the harbor.\n"
	    "Tides in Norfolk are running\n"
	    "normal this week, and the tide\n"
	    "tables below show the best\n"
	    "hours for fishing on the\n"
	    "shore.\n"
	    "Fishing fans may want to keep\n"
	    "an eye on the weather and the\n"
	    "wind before they set out, as\n"
	    "the forecast may change late\n"
	    "in the week.\n"
	    "The harbor master said the\n"
	    "boats should be back before\n"
	    "the evening tide on Sunday,\n"
	    "when the wind turns.\n";
	char *text = xasprintf("%s%s", body,
	    "Weather and tides favour Norfolk anglers\n"
	    "A good weekend for fishing\n");

	seg(text);
	free(text);
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_ptr_eq(strstr(deck(0, 0), "Weather and tides"), deck(0, 0));
	ck_assert_str_eq(art(0)->byline.text, "By ANN LEE");
	text = xasprintf("%s%s", body,
	    "Continued on Page 3\n"
	    "Weather and tides favour Norfolk anglers\n"
	    "A good weekend for fishing\n");
	seg(text);
	free(text);
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_uint_eq(art(0)->n_decks, 0);
	ck_assert_uint_eq(art(0)->n_jumps, 1);
}
END_TEST

/* -raw: an ad's line in fake bold is printed twice, one copy after the
 * other; at the top of the page, under the edition line, it is the ad's
 * line and not the page's section. */
START_TEST(raw_doubled_ad_under_edition)
{
	seg("东风通讯 1968年3月2日 星期六 第01版 经济\n"
	    "红星农机厂\n"
	    "红星农机厂\n"
	    "修理农具 随叫随到\n"
	    "修理农具 随叫随到\n"
	    "全公社冬修水库保丰收\n"
	    "本报讯 全公社社员冬修水库，挑土\n"
	    "筑坝，不到一个月就把水库大坝\n"
	    "加高了三米，蓄水量比去年增加\n"
	    "一倍，下游的稻田都能浇上水了。\n"
	    "社员们说，水库修好了，旱\n"
	    "年也能保丰收，明年要在水库边\n"
	    "再开一条渠，把水引到山坡上的\n"
	    "茶园里去。\n"
	    "山区的孩子上学难，过去要\n"
	    "走二十里山路。去年大队办起了\n"
	    "学校，请来两位教师，学校就设\n"
	    "在祠堂里，全村三十多个孩子都\n"
	    "进了学校读书。\n"
	    "教师白天上课，晚上还办夜\n"
	    "校，教社员识字。\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_int_eq(art(0)->kind, ARTICLE_AD);
	ck_assert_str_eq(para(0, 0), "红星农机厂");
	ck_assert_str_eq(deck(1, 0), "全公社冬修水库保丰收");
}
END_TEST

/* -raw: a headline too long for its column leaves two characters on a
 * line of their own, and the text follows at once (no blank line). */
START_TEST(raw_title_tail)
{
	seg("东风通讯 1968年3月2日 星期六 第02版\n"
	    "全公社社员冬修水库加固大\n"
	    "坝\n"
	    "本报讯 全公社社员冬修水库，挑土\n"
	    "筑坝，不到一个月就把水库大坝\n"
	    "加高了三米，蓄水量比去年增加\n"
	    "一倍，下游的稻田都能浇上水了。\n"
	    "社员们说，水库修好了，旱\n"
	    "年也能保丰收。\n"
	    "山区大队开办农民夜校扫\n"
	    "盲\n"
	    "过去孩子上学要走二十里山\n"
	    "路。去年大队办起了学校，请来\n"
	    "两位教师，全村孩子都进了学校\n"
	    "读书。教师晚上还办夜校，教社\n"
	    "员识字，学校成了全村最热闹的\n"
	    "地方。\n"
	    "县里修通公路连接山区各个\n"
	    "大队\n"
	    "公路修通以后，山里的木材和\n"
	    "茶叶都能用汽车运出去了，社员\n"
	    "们再也不用挑着担子走山路。\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	ck_assert_str_eq(deck(0, 0), "全公社社员冬修水库加固大坝");
	ck_assert_str_eq(deck(1, 0), "山区大队开办农民夜校扫盲");
	ck_assert_str_eq(deck(2, 0), "县里修通公路连接山区各个大队");
	ck_assert_ptr_eq(strstr(para(2, 0), "公路修通"), para(2, 0));
}
END_TEST

/* -raw, English: after an ad (its lines printed twice for fake bold)
 * the next item begins; its headline is the title-shaped run before the
 * text's first sentence, a kicker in capitals and a wrapped line with
 * it.  A caption after a credit is no headline: it ends a sentence. */
START_TEST(raw_latin_title_after_ad)
{
	seg("The Harbor Ledger March 2, 2024 | Page A3 | Local\n"
	    "By MARY STONE\n"
	    "The harbor's fishing fleet came\n"
	    "back two days early on Tuesday\n"
	    "as a storm moved up the coast.\n"
	    "Dock workers unloaded more\n"
	    "than forty tons of cod before\n"
	    "the storm arrived.\n"
	    "HARBOR HARDWARE\n"
	    "HARBOR HARDWARE\n"
	    "Paint sale all week\n"
	    "Paint sale all week\n"
	    "Rowing team takes regional title\n"
	    "The Elm Falls varsity eight won\n"
	    "the regional championship on\n"
	    "Saturday by two lengths.\n"
	    "Boats at the north pier, early\n"
	    "this morning.\n"
	    "JANE DOE/STAFF\n"
	    "SCHOOLS\n"
	    "School board weighs\n"
	    "later start times\n"
	    "A final vote is expected in\n"
	    "December after two more public\n"
	    "forums, the board said.\n");
	ck_assert_uint_eq(pg.n_articles, 5);
	ck_assert_int_eq(art(1)->kind, ARTICLE_AD);
	ck_assert_str_eq(deck(2, 0), "Rowing team takes regional title");
	ck_assert_str_eq(para(2, 0), "The Elm Falls varsity eight won the "
	    "regional championship on Saturday by two lengths.");
	ck_assert_int_eq(art(3)->kind, ARTICLE_PHOTO);
	ck_assert_str_eq(art(4)->kicker.text, "SCHOOLS");
	ck_assert_str_eq(deck(4, 0), "School board weighs later start times");
}
END_TEST

/* -raw, English: a name alone after a story's last sentence, above a
 * kicker in capitals, is that story's byline set at its end. */
START_TEST(raw_latin_end_byline)
{
	seg("The Harbor Ledger March 2, 2024 | Page A3 | Local\n"
	    "SHOAL BAY (AP) — The annual harvest\n"
	    "fair drew a record crowd over\n"
	    "three days, organizers said.\n"
	    "The oyster shucking contest was\n"
	    "won by a local shellfish farmer\n"
	    "who opened forty oysters in two\n"
	    "minutes. Gate receipts were well\n"
	    "above last year, organizers said.\n"
	    "Irene Weatherbee\n"
	    "HIGH SCHOOL SPORTS\n"
	    "Rowing team takes regional title\n"
	    "By TOM REED\n"
	    "The varsity eight won the title\n"
	    "on Saturday by two lengths.\n"
	    "The crew will row at the national\n"
	    "regatta in June for the first\n"
	    "time since the school opened,\n"
	    "the coach said after the race.\n"
	    "Two seniors have committed to\n"
	    "row in college next year.\n"
	    "The team trains on the river\n"
	    "every morning before school.\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_str_eq(art(0)->byline.text, "Irene Weatherbee");
	ck_assert_ptr_nonnull(strstr(para(0, art(0)->n_blocks - 1),
	    "organizers said."));
	ck_assert_ptr_null(strstr(para(0, art(0)->n_blocks - 1), "Irene"));
	ck_assert_str_eq(art(1)->kicker.text, "HIGH SCHOOL SPORTS");
	ck_assert_str_eq(deck(1, 0), "Rowing team takes regional title");
}
END_TEST

/* Two headlines side by side come out stacked before their bodies: the
 * text under the stack goes to the headline it shares words with, not to
 * the last one, and the byline that follows starts the other's body. */
START_TEST(headline_stack_text_by_words)
{
	seg("东风通讯 1968年3月2日 星期六 第02版\n"
	    "\n"
	    "全公社冬修水库保丰收\n"
	    "\n"
	    "山区大队办起学校\n"
	    "\n"
	    "全公社社员冬修水库，挑土\n"
	    "筑坝，不到一个月就把水库大坝\n"
	    "加高了三米，蓄水量比去年增加\n"
	    "一倍，下游的稻田都能浇上水了。\n"
	    "\n"
	    "本报记者 李明\n"
	    "\n"
	    "过去孩子上学要走二十里山\n"
	    "路。去年大队办起了学校，请来\n"
	    "两位教师，全村的孩子都进了学\n"
	    "校读书。\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_str_eq(deck(0, 0), "全公社冬修水库保丰收");
	ck_assert_uint_eq(art(0)->n_blocks, 1);
	ck_assert_ptr_null(art(0)->byline.text);
	ck_assert_str_eq(deck(1, 0), "山区大队办起学校");
	ck_assert_str_eq(art(1)->byline.text, "本报记者 李明");
	ck_assert_uint_eq(art(1)->n_blocks, 1);
	ck_assert_str_eq(para(1, 0), "过去孩子上学要走二十里山路。去年大队办起了"
	    "学校，请来两位教师，全村的孩子都进了学校读书。");
}
END_TEST

/* pdftotext's order strays and puts the last column of one story under
 * the next story's text: a stretch between blank lines that repeats
 * another headline's words, and none of its own headline's, goes back to
 * that headline, after its text. */
START_TEST(stretch_back_to_its_headline)
{
	seg("东风通讯 1968年3月2日 星期六 第02版\n"
	    "\n"
	    "全公社冬修水库保丰收\n"
	    "本报讯（记者 王明） 全公社社员冬\n"
	    "修水库，挑土筑坝，不到一个月就\n"
	    "把冬修水库的大坝加高了三米。\n"
	    "\n"
	    "山区大队办起学校\n"
	    "本报讯（记者 李明） 过去孩子上学\n"
	    "要走二十里山路。去年大队办起了\n"
	    "学校，请来两位教师。\n"
	    "\n"
	    "全村的孩子都进了学校读书，家长\n"
	    "们都说大队办学办得好。\n"
	    "\n"
	    "冬修水库以后，蓄水量比去年增加\n"
	    "一倍，下游的稻田都能浇上水，明\n"
	    "年保丰收有了底。\n"
	    "\n"
	    "公社供销社送货下乡\n"
	    "本报讯 公社供销社组织货郎担，把\n"
	    "油盐酱醋送到各个生产队。\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	ck_assert_str_eq(deck(0, 0), "全公社冬修水库保丰收");
	ck_assert_uint_eq(art(0)->n_blocks, 2);
	ck_assert_str_eq(para(0, 1), "冬修水库以后，蓄水量比去年增加一倍，"
	    "下游的稻田都能浇上水，明年保丰收有了底。");
	ck_assert_str_eq(deck(1, 0), "山区大队办起学校");
	ck_assert_uint_eq(art(1)->n_blocks, 2);
	ck_assert_str_eq(para(1, 1), "全村的孩子都进了学校读书，家长们都说"
	    "大队办学办得好。");
}
END_TEST

/* The same in English: the text under the stacked headlines goes to the
 * one it repeats, with the byline just above it, and first. */
START_TEST(english_stretch_back_to_its_headline)
{
	seg("THE VALLEY TIMES  Tuesday, May 4, 2024  Page 2\n"
	    "\n"
	    "Harbor Fishing Fleet Returns Early\n"
	    "\n"
	    "School Board Approves Library\n"
	    "\n"
	    "By ANN LEE\n"
	    "The school board voted on Monday\n"
	    "to build a new library beside the\n"
	    "middle school, with room for books\n"
	    "and a reading garden.\n"
	    "\n"
	    "PORTLAND (AP) — The harbor's fishing\n"
	    "fleet came back two days early on\n"
	    "Tuesday as a storm moved in.\n"
	    "\n"
	    "The library will open next year, the\n"
	    "school board said.\n"
	    "\n"
	    "Captains said the fleet would wait in\n"
	    "the harbor until the fishing grounds\n"
	    "were calm again.\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_str_eq(deck(0, 0), "Harbor Fishing Fleet Returns Early");
	ck_assert_uint_eq(art(0)->n_blocks, 2);
	ck_assert_str_eq(art(0)->dateline.text, "PORTLAND (AP)");
	ck_assert_str_eq(para(0, 0), "PORTLAND (AP) — The harbor's fishing "
	    "fleet came back two days early on Tuesday as a storm moved in.");
	ck_assert_str_eq(para(0, 1), "Captains said the fleet would wait in "
	    "the harbor until the fishing grounds were calm again.");
	ck_assert_ptr_null(art(0)->byline.text);
	ck_assert_str_eq(deck(1, 0), "School Board Approves Library");
	ck_assert_str_eq(art(1)->byline.text, "By ANN LEE");
	ck_assert_uint_eq(art(1)->n_blocks, 2);
	ck_assert_str_eq(para(1, 0), "The school board voted on Monday to "
	    "build a new library beside the middle school, with room for books "
	    "and a reading garden.");
	ck_assert_str_eq(para(1, 1), "The library will open next year, the "
	    "school board said.");
}
END_TEST

/* Headlines of items side by side come one per blank-line block before
 * their texts, as wide as a column line: two or more lone lines without
 * punctuation are headlines, not a column's text. */
START_TEST(lone_headline_stack)
{
	seg("东风通讯 1968年3月2日 星期六 第02版\n"
	    "\n"
	    "全公社社员冬修水库保丰收\n"
	    "\n"
	    "山区生产大队办起耕读学校\n"
	    "\n"
	    "本报讯（记者 王明） 全公社社\n"
	    "员冬修水库，挑土筑坝，不到一\n"
	    "个月就把水库大坝加高了三米。\n"
	    "\n"
	    "本报讯（记者 李明） 过去孩子\n"
	    "上学要走二十里山路。去年大队\n"
	    "办起了学校，请来两位教师。\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_str_eq(deck(0, 0), "全公社社员冬修水库保丰收");
	ck_assert_str_eq(art(0)->byline.text, "本报讯（记者 王明）");
	ck_assert_str_eq(para(0, 0), "全公社社员冬修水库，挑土筑坝，不到一个月"
	    "就把水库大坝加高了三米。");
	ck_assert_str_eq(deck(1, 0), "山区生产大队办起耕读学校");
	ck_assert_str_eq(art(1)->byline.text, "本报讯（记者 李明）");
}
END_TEST

/* An inline byline whose reporter group the line's end cuts inside its
 * brackets (本报讯（记者 何明远 / 通讯员 方志远） 种粮大…) is neither a
 * headline nor a byline line of its own: the joined paragraph opens with
 * it. */
START_TEST(inline_byline_bracket_wrapped)
{
	seg("全县早稻育秧全面铺开\n"
	    "\n"
	    "本报讯（记者 何明远\n"
	    "通讯员 方志远） 种粮大\n"
	    "户周启明说，今年用上了\n"
	    "叠盘暗出苗，出苗齐、病\n"
	    "害少，比往年省心多了。\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_str_eq(deck(0, 0), "全县早稻育秧全面铺开");
	ck_assert_str_eq(art(0)->byline.text, "本报讯（记者 何明远 通讯员 方志远）");
	ck_assert_str_eq(para(0, 0), "种粮大户周启明说，今年用上了叠盘暗出苗，"
	    "出苗齐、病害少，比往年省心多了。");
	/* The bracket may close two lines down. */
	seg("山区大队办起耕读学校\n"
	    "\n"
	    "本报讯（记者 李明\n"
	    "通讯员 王红、张\n"
	    "华） 过去孩子上学\n"
	    "要走二十里山路。\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_str_eq(art(0)->byline.text, "本报讯（记者 李明 通讯员 王红、张 华）");
	ck_assert_str_eq(para(0, 0), "过去孩子上学要走二十里山路。");
}
END_TEST

/* English words are compared without a plural's s: the stray stretch's
 * "fees" and "moorings" are the headline's "Mooring Fees". */
START_TEST(english_stretch_plural_words)
{
	seg("THE VALLEY TIMES  Tuesday, May 4, 2024  Page 2\n"
	    "\n"
	    "Harbor Raises Mooring Fees\n"
	    "\n"
	    "By ANN LEE\n"
	    "The harbor board voted on Monday\n"
	    "to charge boat owners more for each\n"
	    "season at the town docks, starting\n"
	    "in April.\n"
	    "\n"
	    "School Board Approves Library\n"
	    "\n"
	    "By TOM REED\n"
	    "The school board voted on Monday to\n"
	    "build a new library beside the middle\n"
	    "school, with room for books and a\n"
	    "reading garden.\n"
	    "\n"
	    "The new fees for moorings rise by ten\n"
	    "dollars, and owners were told in\n"
	    "letters sent out last week.\n"
	    "\n"
	    "The library will open next year, the\n"
	    "school board said at the meeting.\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_str_eq(deck(0, 0), "Harbor Raises Mooring Fees");
	ck_assert_uint_eq(art(0)->n_blocks, 2);
	ck_assert_str_eq(para(0, 1), "The new fees for moorings rise by ten "
	    "dollars, and owners were told in letters sent out last week.");
	ck_assert_uint_eq(art(1)->n_blocks, 2);
}
END_TEST

/* Text with no headline of its own (here a column's end above the first
 * headline) goes under the headline whose words it repeats, after that
 * headline's text. */
START_TEST(headless_stretch_to_its_headline)
{
	seg("东风通讯 1968年3月2日 星期六 第02版\n"
	    "\n"
	    "冬修水库以后，蓄水量比去年增加\n"
	    "一倍，下游的稻田都能浇上水，明\n"
	    "年保丰收有了底。\n"
	    "\n"
	    "全公社冬修水库保丰收\n"
	    "本报讯（记者 王明） 全公社社员冬\n"
	    "修水库，挑土筑坝，不到一个月就\n"
	    "把冬修水库的大坝加高了三米。\n"
	    "\n"
	    "山区大队办起学校\n"
	    "本报讯（记者 李明） 过去孩子上学\n"
	    "要走二十里山路。去年大队办起了\n"
	    "学校，请来两位教师。\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_str_eq(deck(0, 0), "全公社冬修水库保丰收");
	ck_assert_uint_eq(art(0)->n_blocks, 2);
	ck_assert_str_eq(para(0, 1), "冬修水库以后，蓄水量比去年增加一倍，"
	    "下游的稻田都能浇上水，明年保丰收有了底。");
	seg("THE VALLEY TIMES  Tuesday, May 4, 2024  Page 2\n"
	    "\n"
	    "Captains said the fishing fleet would\n"
	    "wait in the harbor until the fishing\n"
	    "grounds were calm again.\n"
	    "\n"
	    "Harbor Fishing Fleet Returns Early\n"
	    "By ANN LEE\n"
	    "The boats came back two days ahead\n"
	    "of schedule on Tuesday as a storm\n"
	    "moved in from the sea.\n"
	    "\n"
	    "School Board Approves Library\n"
	    "By TOM REED\n"
	    "The school board voted on Monday to\n"
	    "build a new library beside the middle\n"
	    "school.\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_str_eq(deck(0, 0), "Harbor Fishing Fleet Returns Early");
	ck_assert_uint_eq(art(0)->n_blocks, 2);
	ck_assert_str_eq(para(0, 1), "Captains said the fishing fleet would "
	    "wait in the harbor until the fishing grounds were calm again.");
}
END_TEST

/* A section label over a headline takes no byline: the byline under
 * them goes to the headline, and the label to the page's furniture. */
START_TEST(label_gives_byline_to_headline)
{
	seg("THE VALLEY TIMES  Tuesday, May 4, 2024  Page 2\n"
	    "\n"
	    "WATERFRONT\n"
	    "\n"
	    "Harbor fishing fleet returns early\n"
	    "\n"
	    "By ANN LEE\n"
	    "\n"
	    "The fishing fleet came back to the\n"
	    "harbor two days early on Tuesday as a\n"
	    "storm moved in from the sea.\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_str_eq(deck(0, 0), "Harbor fishing fleet returns early");
	ck_assert_str_eq(art(0)->byline.text, "By ANN LEE");
	ck_assert_uint_eq(art(0)->n_blocks, 1);
}
END_TEST

/* -raw, English: a name line after a short paragraph ending a sentence
 * and above a headline is the credit of that caption. */
START_TEST(raw_latin_credit)
{
	seg("Harbor fishing fleet\n"
	    "returns early\n"
	    "By MARY STONE\n"
	    "PORTLAND (AP) — The harbor's\n"
	    "fishing fleet came back two\n"
	    "days early on Tuesday as a\n"
	    "storm moved up the coast,\n"
	    "and the crews said the catch\n"
	    "was the best in years.\n"
	    "Dock workers unloaded more\n"
	    "than forty tons of cod before\n"
	    "the rain began in the late\n"
	    "afternoon.\n"
	    "Boats at the north pier,\n"
	    "early this morning.\n"
	    "Jane Doe\n"
	    "New library opens\n"
	    "on Main Street\n"
	    "By TOM REED\n"
	    "The city's new library opened\n"
	    "its doors on Saturday, with a\n"
	    "line of readers that went\n"
	    "around the block before ten.\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	ck_assert_uint_eq(art(0)->n_blocks, 2);
	ck_assert_int_eq(art(1)->kind, ARTICLE_PHOTO);
	ck_assert_str_eq(para(1, 0), "Boats at the north pier, early this "
	    "morning.");
	ck_assert_str_eq(art(1)->credit.text, "Jane Doe");
	ck_assert_str_eq(deck(2, 0), "New library opens on Main Street");
}
END_TEST

/* A dash subhead (——主题) that pdftotext reads apart from its headline
 * starts no article: a blank line under its headline, it is still that
 * headline's subhead; over a body, the body's article takes it. */
START_TEST(displaced_dash_subhead)
{
	size_t i;

	seg("河口区开通城乡公交新线路\n"
	    "\n"
	    "——沿线九个村实现公交直达\n"
	    "\n"
	    "本报记者 林海\n"
	    "\n"
	    "过去村民进城要走两里山路再转车，\n"
	    "如今在家门口就能坐上公交。\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_str_eq(deck(0, 0), "河口区开通城乡公交新线路");
	ck_assert_str_eq(art(0)->subhead.text, "——沿线九个村实现公交直达");
	ck_assert_str_eq(art(0)->byline.text, "本报记者 林海");

	seg("青石乡早稻育秧全面铺开\n"
	    "\n"
	    "本报讯 全乡早稻育秧工作已全面铺\n"
	    "开，秧苗长势喜人。\n"
	    "\n"
	    "——治理后河水变清了\n"
	    "本报讯 整治后的河道两岸种上了垂\n"
	    "柳和花草，成为居民散步的好去处。\n");
	for (i = 0; i < pg.n_articles; i++)
		ck_assert(art(i)->n_decks == 0 ||
		    strncmp(deck(i, 0), "——", strlen("——")) != 0);
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_str_eq(deck(0, 0), "青石乡早稻育秧全面铺开");
	ck_assert_str_eq(art(1)->subhead.text, "——治理后河水变清了");
	ck_assert_str_eq(art(1)->byline.text, "本报讯");
}
END_TEST

/* A byline right under a headline (no blank line between) is that
 * headline's, not an older one's still waiting for its text: here a
 * column tag (a section label) read apart above it. */
START_TEST(byline_under_its_headline)
{
	seg("新春走基层\n"
	    "\n"
	    "松川县消费市场持续回暖\n"
	    "本报记者 黄小梅\n"
	    "\n"
	    "家电、汽车和餐饮消费表现突出，\n"
	    "夜间经济带动明显。\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_str_eq(deck(0, 0), "松川县消费市场持续回暖");
	ck_assert_str_eq(art(0)->byline.text, "本报记者 黄小梅");

	seg("AROUND TOWN\n"
	    "\n"
	    "School board approves new library\n"
	    "By TOM REED\n"
	    "\n"
	    "The school board voted on Monday to\n"
	    "build a new library beside the middle\n"
	    "school.\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_str_eq(deck(0, 0), "School board approves new library");
	ck_assert_str_eq(art(0)->byline.text, "By TOM REED");
}
END_TEST

/* The paper's name under the date line, over the edition line, is the
 * header's; a notice's sign-off (issuer, hotline, date) is its text. */
START_TEST(name_under_date_and_signoff)
{
	seg("2024年5月6日 星期一\n"
	    "松川日报\n"
	    "第2版\n"
	    "综合新闻\n"
	    "\n"
	    "停水通知\n"
	    "因管道检修，城东片区将于5月8日\n"
	    "全天停止供水，请用户提前储水。\n"
	    "由此带来的不便，敬请谅解。\n"
	    "服务热线：0000-5550123\n"
	    "松川县自来水公司\n"
	    "2024年5月6日\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_str_eq(pg.meta.section_name, "综合新闻");
	ck_assert_str_eq(deck(0, 0), "停水通知");
	ck_assert_uint_ge(art(0)->n_blocks, 3);
	ck_assert_str_eq(art(0)->blocks[art(0)->n_blocks - 3].text,
	    "服务热线：0000-5550123");
	ck_assert_str_eq(art(0)->blocks[art(0)->n_blocks - 2].text, "松川县自来水公司");
	ck_assert_str_eq(art(0)->blocks[art(0)->n_blocks - 1].text, "2024年5月6日");
}
END_TEST

START_TEST(empty_page)
{
	seg("");
	ck_assert_uint_eq(pg.n_articles, 0);
	seg("\n\n   \n");
	ck_assert_uint_eq(pg.n_articles, 0);
}
END_TEST

/* Default output, English: a headline over its byline right after an ad
 * is found, although the ad's short doubled lines and the headline's
 * neighbours measure narrow (the ads are marked before the column width
 * is measured; a Latin line of 60 characters is no run-together pair). */
START_TEST(english_headline_after_ad)
{
	seg("The pier will be rebuilt next year.\n"
	    "\n"
	    "ELM\n"
	    "ELM BANK\n"
	    "BANK\n"
	    "Home\n"
	    "Home loans\n"
	    "loans\n"
	    "\n"
	    "Harbor commission raises mooring fees\n"
	    "By Ann Lee\n"
	    "\n"
	    "The commission said the increase\n"
	    "will pay for new floats and a\n"
	    "dredging of the inner harbor.\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	ck_assert_int_eq(art(1)->kind, ARTICLE_AD);
	ck_assert_str_eq(deck(2, 0), "Harbor commission raises mooring fees");
	ck_assert_str_eq(art(2)->byline.text, "By Ann Lee");
	ck_assert_str_eq(para(2, 0), "The commission said the increase will pay "
	    "for new floats and a dredging of the inner harbor.");
}
END_TEST

/* Default output, English: a headline in sentence case set right over its
 * text (no blank line) is one when the next line opens a sentence or a
 * dateline; a line going on into a name is a paragraph's. */
START_TEST(english_sentence_case_headline)
{
	seg("The pier will be rebuilt next year.\n"
	    "\n"
	    "Library expansion opens to the public\n"
	    "A ribbon cutting drew about 300 people, including several "
	    "former librarians.\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_str_eq(deck(1, 0), "Library expansion opens to the public");
	ck_assert_str_eq(para(1, 0), "A ribbon cutting drew about 300 people, "
	    "including several former librarians.");
	seg("The pier will be rebuilt next year.\n"
	    "\n"
	    "School board weighs later start times\n"
	    "ELM FALLS — A final vote is expected in December.\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_str_eq(deck(1, 0), "School board weighs later start times");
	seg("The pier will be rebuilt next year.\n"
	    "\n"
	    "Harvest fair draws record\n"
	    "crowd to Shoal Bay\n"
	    "The oyster shucking contest was won by a farmer.\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_str_eq(deck(1, 0), "Harvest fair draws record crowd to Shoal Bay");
	seg("The pier will be rebuilt next year.\n"
	    "\n"
	    "The project was approved by Mayor\n"
	    "Daniel Brooks on Friday after a vote.\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_uint_eq(art(0)->n_decks, 0);
	seg("The pier will be rebuilt next year.\n"
	    "\n"
	    "The chairman of the board said\n"
	    "no decision would be made before\n"
	    "January, and any change would wait.\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_uint_eq(art(0)->n_decks, 0);
}
END_TEST

/* An agency's dateline cut before its 电 (新华社北京8月22日 / 电（记者 …）…)
 * is the byline under the headline, not a headline line of its own. */
START_TEST(agency_dateline_cut_before_dian)
{
	seg("会议要求，各部门要加强协作，\n"
	    "形成工作合力。\n"
	    "\n"
	    "古桥保护修缮工程启动\n"
	    "预计明年完工\n"
	    "新华社北京8月22日\n"
	    "电（记者方志远）区教育局聘请文物\n"
	    "专家制定方案，坚持修旧如旧的原\n"
	    "则，尽量保留原有构件。\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_uint_eq(art(1)->n_decks, 2);
	ck_assert_str_eq(deck(1, 0), "古桥保护修缮工程启动");
	ck_assert_str_eq(deck(1, 1), "预计明年完工");
	ck_assert_ptr_nonnull(art(1)->byline.text);
	ck_assert_ptr_nonnull(strstr(art(1)->byline.text, "（记者方志远）"));
	ck_assert_str_eq(para(1, 0), "区教育局聘请文物专家制定方案，坚持修旧如旧"
	    "的原则，尽量保留原有构件。");
}
END_TEST

/* Chinese, default output: a headline alone between blank lines is found
 * after a sentence a column break cut; a paragraph's first line alone at
 * a column's foot (as wide as the column, after a sentence's end, the
 * text going on after the blank line) is none. */
START_TEST(lone_headline_line)
{
	seg("会议要求，各部门要加强协作，形成\n"
	    "工作合力，切实保障春耕生产顺利\n"
	    "\n"
	    "县图书馆新馆今日开放\n"
	    "\n"
	    "本报讯 新馆藏书十万册，设有少儿\n"
	    "阅览室和自习室，每天开放十小时。\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_str_eq(deck(1, 0), "县图书馆新馆今日开放");
	ck_assert_str_eq(art(1)->byline.text, "本报讯");
	seg("会议要求，各部门要加强协作，形成\n"
	    "工作合力，切实保障春耕生产顺利\n"
	    "进行。各乡镇要落实责任，抓好农\n"
	    "资供应和技术服务工作。\n"
	    "\n"
	    "会议还研究部署了全县春季森林防\n"
	    "\n"
	    "火工作，要求各地加强巡查值守。\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_uint_eq(art(0)->n_decks, 0);
	seg("会议要求，各部门要加强协作，形成\n"
	    "工作合力，切实保障春耕生产顺利\n"
	    "进行。各乡镇要落实责任，抓好农\n"
	    "资供应和技术服务工作。\n"
	    "\n"
	    "会议审议通过了《全县环境卫生整\n"
	    "\n"
	    "治方案》，要求补齐公厕短板。\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_uint_eq(art(0)->n_decks, 0);
}
END_TEST

/* Default output reads photos side by side a row at a time: both
 * captions, then both credits.  Each caption gets one credit: the one set
 * right under the last caption is its own, the others go in order. */
static const struct article *
photo_with(const char *caption)
{
	size_t i;

	for (i = 0; i < pg.n_articles; i++)
		if (pg.articles[i].kind == ARTICLE_PHOTO &&
		    pg.articles[i].n_blocks == 1 &&
		    strcmp(pg.articles[i].blocks[0].text, caption) == 0)
			return &pg.articles[i];
	ck_abort_msg("no photo captioned %s", caption);
	return NULL;
}

START_TEST(photo_row_credits)
{
	seg("会议要求，各部门要加强协作，形成工作合力。\n"
	    "\n"
	    "图为施工人员在道路工地上铺设沥青。\n"
	    "\n"
	    "9月12日，群众在广场上参加健身活动。\n"
	    "\n"
	    "新华社发\n"
	    "\n"
	    "温雅 摄\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	ck_assert_uint_eq(art(0)->n_blocks, 1);
	ck_assert_str_eq(photo_with("图为施工人员在道路工地上铺设沥青。")->credit.text,
	    "新华社发");
	ck_assert_str_eq(photo_with("9月12日，群众在广场上参加健身活动。")->credit.text,
	    "温雅 摄");
	seg("会议要求，各部门要加强协作，形成工作合力。\n"
	    "\n"
	    "5月12日，游客在花海中拍照留念。\n"
	    "\n"
	    "图为果农正在采摘脐橙，今年果园喜获丰收。\n"
	    "许安平 摄\n"
	    "\n"
	    "新华社记者蔡永福摄\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	ck_assert_str_eq(photo_with("图为果农正在采摘脐橙，今年果园喜获丰收。")->credit.text,
	    "许安平 摄");
	ck_assert_str_eq(photo_with("5月12日，游客在花海中拍照留念。")->credit.text,
	    "新华社记者蔡永福摄");
	seg("The pier will be rebuilt next year.\n"
	    "\n"
	    "Fans cheer as the home team takes the lead in the fourth quarter.\n"
	    "\n"
	    "Volunteers plant trees along the river path on Saturday morning.\n"
	    "Photo: Priya Natarajan\n"
	    "\n"
	    "(Photo by Sam Reed/The Ledger)\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	ck_assert_str_eq(photo_with("Volunteers plant trees along the river path "
	    "on Saturday morning.")->credit.text, "Photo: Priya Natarajan");
	ck_assert_str_eq(photo_with("Fans cheer as the home team takes the lead "
	    "in the fourth quarter.")->credit.text, "(Photo by Sam Reed/The Ledger)");
}
END_TEST

/* Default output reads headlines side by side a row at a time: mains,
 * then decks.  Bare headlines at the end of a band of three or more are
 * the decks of the first ones, in order. */
START_TEST(band_decks_paired)
{
	seg("会议要求，各部门要加强协作，形成工作合力。\n"
	    "\n"
	    "青石乡推进河道综合整治\n"
	    "\n"
	    "白沙镇老旧小区改造提速\n"
	    "\n"
	    "水质连续15个月达标\n"
	    "\n"
	    "今年惠及5936户居民\n"
	    "\n"
	    "本报记者 林海\n"
	    "\n"
	    "河长说，以前河水发黑发臭，现\n"
	    "在能看到小鱼在水里游。\n"
	    "\n"
	    "本报记者 温雅\n"
	    "\n"
	    "施工单位采取分段围挡、错峰作业的\n"
	    "办法，减少对居民生活的影响。\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	ck_assert_str_eq(deck(1, 0), "青石乡推进河道综合整治");
	ck_assert_str_eq(deck(1, 1), "水质连续15个月达标");
	ck_assert_str_eq(deck(2, 0), "白沙镇老旧小区改造提速");
	ck_assert_str_eq(deck(2, 1), "今年惠及5936户居民");
	seg("The pier will be rebuilt next year.\n"
	    "\n"
	    "Pine Hollow votes to rebuild the old ferry landing\n"
	    "\n"
	    "Harbor commission raises mooring fees\n"
	    "\n"
	    "Work could start by spring\n"
	    "\n"
	    "By Ann Lee\n"
	    "\n"
	    "Members of the council voted on Tuesday to rebuild\n"
	    "the ferry landing at the north end of the harbor.\n"
	    "\n"
	    "By Sam Reed\n"
	    "\n"
	    "Boat owners will pay 6 percent more for moorings\n"
	    "next season under a plan approved Thursday.\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	ck_assert_uint_eq(art(1)->n_decks, 2);
	ck_assert_str_eq(deck(1, 1), "Work could start by spring");
	ck_assert_uint_eq(art(2)->n_decks, 1);
	ck_assert_str_eq(art(2)->byline.text, "By Sam Reed");
	/* More bare headlines than half the band: half of it are decks. */
	seg("The pier will be rebuilt next year.\n"
	    "\n"
	    "Rowing team takes regional title\n"
	    "\n"
	    "Storm knocks out power across town\n"
	    "\n"
	    "Town crew wins by two lengths\n"
	    "\n"
	    "By Ann Lee\n"
	    "\n"
	    "The varsity eight won the regional championship\n"
	    "on Saturday, finishing in six minutes.\n");
	ck_assert_uint_ge(pg.n_articles, 2);
	ck_assert_uint_eq(art(1)->n_decks, 2);
	ck_assert_str_eq(deck(1, 0), "Rowing team takes regional title");
	ck_assert_str_eq(deck(1, 1), "Town crew wins by two lengths");
}
END_TEST

/* Default output: a headline's wrapped tail stays on its deck when a
 * deck follows right under it (铺开 / 6万亩…), and a tail of up to four
 * ideographs under a long line is no deck of its own (工程启动). */
START_TEST(wrapped_headline_tails)
{
	seg("会议要求，各部门要加强协作，形成工作合力。\n"
	    "\n"
	    "南湖街道早稻育秧全面\n"
	    "铺开\n"
	    "6万亩秧苗长势喜人\n"
	    "本报讯（记者 林海） 截至7月5日，全\n"
	    "县已落实早稻面积3397万亩。\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_uint_eq(art(1)->n_decks, 2);
	ck_assert_str_eq(deck(1, 0), "南湖街道早稻育秧全面铺开");
	ck_assert_str_eq(deck(1, 1), "6万亩秧苗长势喜人");
	seg("会议要求，各部门要加强协作，形成工作合力。\n"
	    "\n"
	    "青石乡古桥保护修缮\n"
	    "工程启动\n"
	    "本报讯 古桥全长9米，是当地保存\n"
	    "最完整的石拱桥之一。\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_uint_eq(art(1)->n_decks, 1);
	ck_assert_str_eq(deck(1, 0), "青石乡古桥保护修缮工程启动");
	/* An author's name under a title whose phrase is closed is no
	 * tail of it. */
	seg("看见外婆站在灶台边，笑着对我说：“留\n"
	    "着，一起蒸。”\n"
	    "\n"
	    "春到溪边（外一首）\n"
	    "林 海\n"
	    "雨是昨夜来的\n"
	    "它先敲了敲瓦\n"
	    "又敲了敲青石桥\n"
	    "像一个离家多年的人\n"
	    "不敢大声\n");
	ck_assert_uint_ge(pg.n_articles, 2);
	ck_assert_str_eq(deck(1, 0), "春到溪边（外一首）");
}
END_TEST

/* Default output, English front page: the paper's name read with the
 * first headline's block is furniture, and so is the running header read
 * further down the page. */
START_TEST(english_front_page_name)
{
	seg("The Harbor Courier\n"
	    "Library expansion opens to the public\n"
	    "By Ann Lee\n"
	    "\n"
	    "The new wing opened on Wednesday with a reading room and\n"
	    "three study rooms for the town.\n"
	    "\n"
	    "June 13, 2024 | Page A1 | Local\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_uint_eq(art(0)->n_decks, 1);
	ck_assert_str_eq(deck(0, 0), "Library expansion opens to the public");
	ck_assert_str_eq(art(0)->byline.text, "By Ann Lee");
	seg("The Harbor Courier\n"
	    "North Pier bakery\n"
	    "marks fifty years\n"
	    "Customers lined up before dawn on Saturday for\n"
	    "free coffee and cake.\n"
	    "\n"
	    "June 13, 2024 | Page A1 | Local\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_str_eq(deck(0, 0), "North Pier bakery marks fifty years");
}
END_TEST

/* A second headline line giving a figure is a deck, not a subhead, over
 * a long story and however wide. */
START_TEST(figure_line_is_deck)
{
	seg("会议要求，各部门要加强协作，形成工作合力。\n"
	    "\n"
	    "北山区举办首届农民丰收节\n"
	    "特色农产品现场签约3104万元\n"
	    "本报讯 开幕式上，3家企业与合作社签\n"
	    "订了购销协议。\n"
	    "活动现场设置了农产品展销区、农耕体\n"
	    "验区和美食品尝区。\n"
	    "来自21个村的种植户带来了高山茶叶、\n"
	    "土蜂蜜和手工米粉。\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	ck_assert_uint_eq(art(1)->n_decks, 2);
	ck_assert_str_eq(deck(1, 1), "特色农产品现场签约3104万元");
	ck_assert_ptr_null(art(1)->subhead.text);
	ck_assert(segment_lines_has_digit("已致１２人死"));
	ck_assert(!segment_lines_has_digit("美国克隆最优树种"));
}
END_TEST

/* English: a wide line (two column lines pdftotext ran together) ending
 * on a word no headline ends on ("opened on") is no headline set across
 * the columns, whatever the capital opening the next line. */
START_TEST(english_wide_line_going_on)
{
	seg("The pier will be rebuilt next year.\n"
	    "\n"
	    "The new wing of the Harborton public library opened on\n"
	    "Wednesday with a children's\n"
	    "reading room and three study\n"
	    "rooms. The expansion cost\n"
	    "more than planned.\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	ck_assert_uint_eq(art(0)->n_decks, 0);
	ck_assert(segment_heads_goes_on("the library opened on"));
	ck_assert(!segment_heads_goes_on("Library expansion opens to the public"));
}
END_TEST

/* Default output, English: a kicker read apart from its headline (a line
 * of capitals alone between blank lines) is a kicker, no headline of its
 * own taking the next byline. */
START_TEST(english_lone_kicker)
{
	size_t i;

	seg("The pier will be rebuilt next year.\n"
	    "\n"
	    "Harbor commission raises mooring fees\n"
	    "\n"
	    "HIGH SCHOOL SPORTS\n"
	    "\n"
	    "Rowing team takes regional title\n"
	    "By Ann Lee\n"
	    "\n"
	    "The varsity eight won the regional title\n"
	    "on Saturday, finishing in six minutes.\n");
	for (i = 0; i < pg.n_articles; i++)
		if (pg.articles[i].n_decks > 0)
			ck_assert_str_ne(pg.articles[i].decks[0].text,
			    "HIGH SCHOOL SPORTS");
	ck_assert_uint_ge(pg.n_articles, 2);
	ck_assert_str_eq(deck(pg.n_articles - 1, 0),
	    "Rowing team takes regional title");
	ck_assert_str_eq(art(pg.n_articles - 1)->kicker.text,
	    "HIGH SCHOOL SPORTS");
	ck_assert_str_eq(art(pg.n_articles - 1)->byline.text, "By Ann Lee");
}
END_TEST

static Suite *
segment_suite(void)
{
	Suite *s = suite_create("segment");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, column_break_joins_paragraph_break_splits);
	tcase_add_test(tc, name_under_date_and_signoff);
	tcase_add_test(tc, spans_point_into_the_text);
	tcase_add_test(tc, text_unchanged_by_segmenting);
	tcase_add_test(tc, byline_agency_forms);
	tcase_add_test(tc, byline_prefix_patterns);
	tcase_add_test(tc, byline_traditional_forms);
	tcase_add_test(tc, byline_title_over_names);
	tcase_add_test(tc, byline_signature_at_end);
	tcase_add_test(tc, furniture_price_and_editors);
	tcase_add_test(tc, inline_byline_wrapped);
	tcase_add_test(tc, english_continuation_headline);
	tcase_add_test(tc, latin_fake_bold_staircase);
	tcase_add_test(tc, running_footer_furniture);
	tcase_add_test(tc, english_one_word_section_head);
	tcase_add_test(tc, end_name_set_apart);
	tcase_add_test(tc, continuation_opens_with_section_head);
	tcase_add_test(tc, english_byline_wrapped);
	tcase_add_test(tc, english_byline_title_line);
	tcase_add_test(tc, byline_latin_languages);
	tcase_add_test(tc, english_credits);
	tcase_add_test(tc, caption_first_line_not_headline);
	tcase_add_test(tc, byline_under_standfirst);
	tcase_add_test(tc, headline_tail_character);
	tcase_add_test(tc, english_byline_and_dateline);
	tcase_add_test(tc, kicker_two_decks_subhead);
	tcase_add_test(tc, section_heads);
	tcase_add_test(tc, photo_credits);
	tcase_add_test(tc, fake_bold_ads);
	tcase_add_test(tc, jump_lines);
	tcase_add_test(tc, header_footer_to_meta);
	tcase_add_test(tc, mastheads_to_meta);
	tcase_add_test(tc, model_finds_headline);
	tcase_add_test(tc, model_keeps_text_line_in_story);
	tcase_add_test(tc, section_head_follows_its_text);
	tcase_add_test(tc, signature_ends_paragraph);
	tcase_add_test(tc, headline_lower_case_tail);
	tcase_add_test(tc, headline_keeps_line_end_hyphen);
	tcase_add_test(tc, labels_briefs_notices);
	tcase_add_test(tc, displaced_columns_rejoined);
	tcase_add_test(tc, verse_not_rejoined);
	tcase_add_test(tc, lifted_byline_glyph);
	tcase_add_test(tc, raw_page_units);
	tcase_add_test(tc, raw_box_after_jump);
	tcase_add_test(tc, headlines_drawn_last);
	tcase_add_test(tc, raw_headlines_drawn_last_zh);
	tcase_add_test(tc, raw_headlines_drawn_last_en);
	tcase_add_test(tc, raw_latin_headlines_joined);
	tcase_add_test(tc, raw_late_headline_not_over_caption);
	tcase_add_test(tc, raw_one_headline_drawn_last);
	tcase_add_test(tc, raw_doubled_ad_under_edition);
	tcase_add_test(tc, raw_title_tail);
	tcase_add_test(tc, raw_latin_title_after_ad);
	tcase_add_test(tc, raw_latin_end_byline);
	tcase_add_test(tc, headline_stack_text_by_words);
	tcase_add_test(tc, stretch_back_to_its_headline);
	tcase_add_test(tc, english_stretch_back_to_its_headline);
	tcase_add_test(tc, english_stretch_plural_words);
	tcase_add_test(tc, headless_stretch_to_its_headline);
	tcase_add_test(tc, label_gives_byline_to_headline);
	tcase_add_test(tc, lone_headline_stack);
	tcase_add_test(tc, inline_byline_bracket_wrapped);
	tcase_add_test(tc, raw_latin_credit);
	tcase_add_test(tc, english_wide_headline);
	tcase_add_test(tc, english_headline_band);
	tcase_add_test(tc, inline_byline_three_lines);
	tcase_add_test(tc, reporter_sentence_no_byline);
	tcase_add_test(tc, displaced_dash_subhead);
	tcase_add_test(tc, byline_under_its_headline);
	tcase_add_test(tc, empty_page);
	tcase_add_test(tc, english_headline_after_ad);
	tcase_add_test(tc, english_sentence_case_headline);
	tcase_add_test(tc, agency_dateline_cut_before_dian);
	tcase_add_test(tc, lone_headline_line);
	tcase_add_test(tc, photo_row_credits);
	tcase_add_test(tc, band_decks_paired);
	tcase_add_test(tc, wrapped_headline_tails);
	tcase_add_test(tc, english_front_page_name);
	tcase_add_test(tc, figure_line_is_deck);
	tcase_add_test(tc, english_wide_line_going_on);
	tcase_add_test(tc, english_lone_kicker);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(segment_suite)

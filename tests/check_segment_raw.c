/* SPDX-License-Identifier: ISC */
/* check_segment_raw.c: -raw pages (content-stream order, no blank lines)
 * segmented, on small pages written here. */
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
	ck_assert_int_eq(segment_columns_mode(&pg.text), SEG_MODE_RAW);
	seg_run();
}

/* A short label over a much longer headline line is its kicker; a short
 * headline over a ——subhead stays the headline. */
START_TEST(kicker_over_headline)
{
	const struct article *a;

	seg("东风通讯 1968年3月2日 星期六 第02版\n"
	    "全公社社员冬修水库加固大坝\n"
	    "本报讯（记者 李红） 全公社社员冬修水库，挑土\n"
	    "筑坝，不到一个月就把水库大坝\n"
	    "加高了三米，蓄水量比去年增加\n"
	    "一倍，下游的稻田都能浇上水了。\n"
	    "社员们说，水库修好了，旱\n"
	    "年也能保丰收。\n"
	    "一线见闻\n"
	    "山区大队开办农民夜校\n"
	    "本报讯（记者 王兵） 过去孩子上学要走二十里\n"
	    "山路。去年大队办起了学校，请来\n"
	    "两位教师，全村孩子都进了学校\n"
	    "读书。教师晚上还办夜校，教社\n"
	    "员识字，学校成了全村最热闹的\n"
	    "地方。\n"
	    "夜校开学\n"
	    "——山区大队社员识字三百个\n"
	    "本报讯（记者 赵钢） 公社的夜校开学了，社员\n"
	    "们白天下地，晚上读书，一个冬\n"
	    "天每人识字三百个。\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	ck_assert_ptr_null(find("全公社社员冬修水库加固大坝")->kicker.text);
	a = find("山区大队开办农民夜校");
	ck_assert_uint_eq(a->n_decks, 1);
	ck_assert_ptr_nonnull(a->kicker.text);
	ck_assert_str_eq(a->kicker.text, "一线见闻");
	a = find("夜校开学");
	ck_assert_ptr_null(a->kicker.text);
	ck_assert_str_eq(a->subhead.text, "——山区大队社员识字三百个");
}
END_TEST

/* The column's width leaves out an ad's short lines: the lines under
 * the headline after the ad are its text, full lines of the column, and
 * a paragraph that stops short of it ends before a headline. */
START_TEST(column_width_without_ad)
{
	const struct article *a;

	seg("The Harbor Ledger March 2, 2024 | Page A3 | Local\n"
	    "Ferry pier gets new pilings\n"
	    "By MARY STONE\n"
	    "Workers began driving new pilings under the\n"
	    "old ferry pier on Monday, the first repair\n"
	    "of the pier since it was built in 1961.\n"
	    "The city expects the work to take three\n"
	    "months and to cost about $2 million, most\n"
	    "of it paid by a state grant for harbors.\n"
	    "\"The old timbers were simply worn out,\"\n"
	    "said harbor master Tom Reyes.\n"
	    "QUAY BAKERY\n"
	    "QUAY BAKERY\n"
	    "Fresh rolls every day\n"
	    "Fresh rolls every day\n"
	    "Chess club wins county cup\n"
	    "The club's four players beat the team\n"
	    "from Alder Point in the final round on\n"
	    "Sunday evening, two games to one.\n"
	    "Snow closes mountain road to\n"
	    "Pine Pass\n"
	    "Heavy snow closed the road over the pass\n"
	    "for most of Saturday, and plows did not\n"
	    "clear it until late that night.\n"
	    "Drivers were told to use the coast road\n"
	    "instead, which adds about an hour to\n"
	    "the trip, the highway office said.\n");
	ck_assert_uint_eq(pg.n_articles, 4);
	ck_assert_uint_eq(pg.articles[1].kind, ARTICLE_AD);
	a = find("Chess club wins county cup");
	ck_assert_uint_eq(a->n_decks, 1);
	ck_assert_uint_eq(a->n_blocks, 1);
	ck_assert_ptr_eq(strstr(a->blocks[0].text, "The club's"), a->blocks[0].text);
	a = find("Snow closes mountain road to Pine Pass");
	ck_assert_uint_eq(a->n_blocks, 2);
}
END_TEST

/* English: a headline wrapped over three lines ("Alder Point council" /
 * "approves new" / "seawall") reaches up to the paragraph's end above it,
 * though its short lines look like paragraph ends themselves. */
START_TEST(wrapped_headline_over_byline)
{
	const struct article *a;

	seg("The Harbor Ledger March 2, 2024 | Page A3 | Local\n"
	    "Chess club wins county cup\n"
	    "By MARY STONE\n"
	    "The club's four players beat the team\n"
	    "from Alder Point in the final round on\n"
	    "Sunday evening, two games to one, and\n"
	    "took the cup home for the first time.\n"
	    "\"We practised every night for a month,\"\n"
	    "said the club's captain, Ana Ruiz.\n"
	    "Alder Point council\n"
	    "approves new\n"
	    "seawall\n"
	    "Work to begin in April\n"
	    "By TOM REYES\n"
	    "The council voted five to two on Monday\n"
	    "to build a seawall along the north beach,\n"
	    "where storms have washed away the dunes\n"
	    "three winters in a row.\n"
	    "The wall will cost about $4 million and\n"
	    "take a year to build, the town engineer\n"
	    "told the meeting, and the beach will stay\n"
	    "open while the work goes on.\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	a = find("Alder Point council approves new seawall");
	ck_assert_uint_eq(a->n_decks, 2);
	ck_assert_str_eq(a->decks[1].text, "Work to begin in April");
	ck_assert_str_eq(a->byline.text, "By TOM REYES");
	a = find("Chess club wins county cup");
	ck_assert_ptr_nonnull(strstr(a->blocks[a->n_blocks - 1].text, "Ana Ruiz."));
}
END_TEST

/* A short page without a single blank line is -raw output: default
 * output writes a blank line after every block (the running header, each
 * headline), and the form feed that ends the page is none.  Read as
 * -raw, a brief's headline is found without a blank line under it. */
START_TEST(short_page_is_raw)
{
	const struct article *a;

	seg("The Harbor Ledger March 2, 2024 | Page A3 | Local\n"
	    "Library opens Sundays\n"
	    "The town library will open on Sundays\n"
	    "from noon to five starting next month,\n"
	    "the library board decided on Tuesday.\n"
	    "The extra hours are paid for by a gift\n"
	    "from the Friends of the Library.\n"
	    "Snow closes pass road\n"
	    "Heavy snow closed the road over the pass\n"
	    "for most of Saturday, and plows did not\n"
	    "clear it until late that night.\n"
	    "\f");
	ck_assert_uint_eq(pg.n_articles, 2);
	a = find("Library opens Sundays");
	ck_assert_ptr_eq(strstr(a->blocks[0].text, "The town library"),
	    a->blocks[0].text);
	find("Snow closes pass road");
	seg("东风通讯 1968年3月2日 星期六 第02版\n"
	    "山区大队开办农民夜校扫\n"
	    "盲\n"
	    "大队办起了夜校，教社员识字，学\n"
	    "校成了全村最热闹的地方。\n"
	    "社员们说，白天下地，晚上读书，一\n"
	    "个冬天每人识字三百个。\n"
	    "全公社社员冬修水库加固大\n"
	    "坝\n"
	    "全公社社员冬修水库，挑土筑坝，不\n"
	    "到一个月就把水库大坝加高了三米。\n"
	    "\f");
	ck_assert_uint_eq(pg.n_articles, 2);
	find("山区大队开办农民夜校扫盲");
	find("全公社社员冬修水库加固大坝");
	/* The same page in default output, blank lines after the blocks. */
	seg_load("东风通讯 1968年3月2日 星期六 第02版\n\n"
	    "山区大队开办农民夜校\n\n"
	    "大队办起了夜校，教社员识字，学\n"
	    "校成了全村最热闹的地方。\n\n\f");
	ck_assert_int_eq(segment_columns_mode(&pg.text), SEG_MODE_DEFAULT);
}
END_TEST

/* Headlines drawn after all the text: each goes back over its text.
 * The first text opens with a byline right under the running header
 * (本报记者 X: no section name of the page); its headline shares a
 * single word with it, enough for a text that opens an item; the
 * second headline's ——subhead wraps, and its tail is the subhead's. */
START_TEST(headlines_drawn_last)
{
	const struct article *a;

	seg("东风通讯 1968年3月2日 星期六 第02版\n"
	    "本报记者 李明\n"
	    "大队的夜校办在祠堂里，每天晚\n"
	    "上社员们吃过饭就来上课，两位\n"
	    "教师轮流教大家读书、算账。\n"
	    "五十多岁的老队长也来了，他说\n"
	    "活到老学到老，不识字不行。\n"
	    "本报讯（记者 王兵） 全公社社员冬修\n"
	    "水库，挑土筑坝，不到一个月就\n"
	    "把水库大坝加高了三米，蓄水量\n"
	    "比去年增加一倍。\n"
	    "社员们说，水库修好了，旱年也\n"
	    "能保丰收。\n"
	    "本报讯 公社今年种下茶树三千株，\n"
	    "茶园沿着山坡铺开，社员们说，\n"
	    "再过三年茶园就能采茶了。\n"
	    "茶园旁还要修一条新路，方便运茶\n"
	    "下山。\n"
	    "山村冬夜读书声\n"
	    "冬修水库保丰收\n"
	    "——全公社社员挑土筑坝加\n"
	    "高大坝\n"
	    "山坡上种下三千株茶树\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	a = find("山村冬夜读书声");
	ck_assert_uint_eq(a->n_decks, 1);
	ck_assert_str_eq(a->byline.text, "本报记者 李明");
	ck_assert_ptr_eq(strstr(a->blocks[0].text, "大队的夜校"), a->blocks[0].text);
	a = find("冬修水库保丰收");
	ck_assert_uint_eq(a->n_decks, 1);
	ck_assert_str_eq(a->subhead.text, "——全公社社员挑土筑坝加高大坝");
	ck_assert_str_eq(a->byline.text, "本报讯（记者 王兵）");
	a = find("山坡上种下三千株茶树");
	ck_assert_ptr_eq(strstr(a->blocks[0].text, "公社今年"), a->blocks[0].text);
}
END_TEST

/* Headlines drawn last, Chinese: a wrapped headline's tail runs into
 * the next headline on one line (夜校扫 / 盲 冬修水库保丰收); a ——subhead
 * as wide as that wrapped line wrapped too, and its tail, though four
 * characters or more, is the subhead's. */
START_TEST(late_tails_zh)
{
	const struct article *a;

	seg("东风通讯 1968年3月2日 星期六 第02版\n"
	    "本报讯（记者 李明） 大队的夜校办在祠堂\n"
	    "里，每天晚上社员们吃过饭就来上\n"
	    "课，两位教师轮流教大家识字扫盲。\n"
	    "五十多岁的老队长也来了，他说活\n"
	    "到老学到老，不识字不行。\n"
	    "本报讯（记者 王兵） 全公社社员冬修\n"
	    "水库，挑土筑坝，不到一个月就\n"
	    "把水库大坝加高了三米，蓄水量\n"
	    "比去年增加一倍。\n"
	    "社员们说，水库修好了，旱年也\n"
	    "能保丰收。\n"
	    "本报讯 公社今年种下茶树三千株，\n"
	    "茶园沿着山坡铺开，社员们说，\n"
	    "再过三年茶园就能采茶了。\n"
	    "茶园旁还要修一条新路，方便运茶\n"
	    "下山。\n"
	    "山区大队开办农民夜校扫\n"
	    "盲 冬修水库保丰收\n"
	    "——全公社社员冬天加高\n"
	    "大坝整整三米\n"
	    "一线见闻\n"
	    "山坡上种下三千株茶树\n"
	    "三年以后采新叶\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	a = find("山区大队开办农民夜校扫盲");
	ck_assert_str_eq(a->byline.text, "本报讯（记者 李明）");
	a = find("冬修水库保丰收");
	ck_assert_uint_eq(a->n_decks, 1);
	ck_assert_str_eq(a->subhead.text, "——全公社社员冬天加高大坝整整三米");
	a = find("山坡上种下三千株茶树");
	ck_assert_str_eq(a->kicker.text, "一线见闻");
	ck_assert_ptr_eq(strstr(a->blocks[0].text, "公社今年"), a->blocks[0].text);
}
END_TEST

/* Headlines drawn last, under a photo's caption, a page number and the
 * text: a headline with a Latin word set apart (大队夜校用 LED 灯照明)
 * is one headline, a kicker read as a byline (记者手记) goes over the
 * headline under it, the page number stays out of the headlines, and
 * the caption at the top of the page gets none. */
START_TEST(late_band_after_page_number)
{
	const struct article *a;

	seg("东风通讯 1968年3月2日 星期六 第02版\n"
	    "图为社员们在夜校的灯下学习识字。\n"
	    "本报记者 张山 摄\n"
	    "本报讯（记者 李明） 山区大队夜校用上了 LED\n"
	    "灯，每天晚上社员们吃过饭就来上\n"
	    "课，LED 灯照明又亮又省电，两位\n"
	    "教师轮流教大家识字扫盲。\n"
	    "五十多岁的老队长也来了，他说活\n"
	    "到老学到老，不识字不行。\n"
	    "本报讯（记者 王兵） 全公社社员冬修\n"
	    "水库，挑土筑坝，不到一个月就\n"
	    "把水库大坝加高了三米，蓄水量\n"
	    "比去年增加一倍。\n"
	    "社员们说，水库修好了，旱年也\n"
	    "能保丰收。\n"
	    "2\n"
	    "记者手记\n"
	    "大队夜校用 LED 灯照明\n"
	    "冬修水库保丰收\n");
	a = find("大队夜校用LED灯照明");
	ck_assert_str_eq(a->byline.text, "本报讯（记者 李明）");
	ck_assert_ptr_nonnull(a->kicker.text);
	ck_assert_str_eq(a->kicker.text, "记者手记");
	a = find("冬修水库保丰收");
	ck_assert_str_eq(a->byline.text, "本报讯（记者 王兵）");
	ck_assert_ptr_null(strstr(a->decks[0].text, "2"));
}
END_TEST

/* A line opening with a dateline is the story's first line of text:
 * the title lines over it are the headline, it is none of them. */
START_TEST(dateline_under_headline)
{
	const struct article *a;

	seg("The Harbor Ledger March 2, 2024 | Page A3 | Local\n"
	    "Ferry pier gets new pilings after sixty\n"
	    "years of storms\n"
	    "HARBORTON (AP) — Workers\n"
	    "began driving new pilings under the\n"
	    "old ferry pier on Monday, the first repair\n"
	    "of the pier since it was built in 1961.\n"
	    "The city expects the work to take three\n"
	    "months and to cost about $2 million.\n");
	a = find("Ferry pier gets new pilings after sixty years of storms");
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_eq(strstr(a->blocks[0].text, "HARBORTON (AP)"),
	    a->blocks[0].text);
}
END_TEST

/* A signature closing a story ("— Ann Lee") is its byline, never part
 * of the next story's headline right under it. */
START_TEST(dash_signature_over_headline)
{
	const struct article *a;

	seg("The Harbor Ledger March 2, 2024 | Page A3 | Local\n"
	    "Ferry pier gets new pilings\n"
	    "Workers began driving new pilings\n"
	    "under the old ferry pier on Monday,\n"
	    "the first work on the pier since it\n"
	    "was built, and the city says the\n"
	    "pier will open again by the end of\n"
	    "the month.\n"
	    "— Ann Lee\n"
	    "Harbor tides\n"
	    "Tide tables show the best hours for\n"
	    "fishing on the shore near the har-\n"
	    "bor, and the weather should hold\n"
	    "until Sunday when the wind turns.\n");
	a = find("Harbor tides");
	ck_assert_ptr_nonnull(a);
	a = find("Ferry pier gets new pilings");
	ck_assert_ptr_nonnull(a->byline.text);
	ck_assert_str_eq(a->byline.text, "— Ann Lee");
}
END_TEST

/* A Latin byline wrapped after "and" and a comma is one byline, its
 * agency too. */
START_TEST(latin_byline_wrapped_names)
{
	const struct article *a;

	seg("The Harbor Ledger March 2, 2024 | Page A3 | Local\n"
	    "Ferry pier gets new pilings\n"
	    "By Ann Lee and\n"
	    "Tom Reyes,\n"
	    "Associated Press\n"
	    "Workers began driving new pilings\n"
	    "under the old ferry pier on Monday,\n"
	    "the first work on the pier since it\n"
	    "was built in 1961.\n");
	a = find("Ferry pier gets new pilings");
	ck_assert_ptr_nonnull(a->byline.text);
	ck_assert_str_eq(a->byline.text,
	    "By Ann Lee and Tom Reyes, Associated Press");
}
END_TEST

/* Headlines drawn last, English: two headlines side by side read as one
 * line, the first ending in a place's name ("... across Alder Point
 * Chess club wins ..."); the first keeps the name, in one line. */
START_TEST(late_joined_latin)
{
	const struct article *a;

	seg("The Harbor Ledger March 2, 2024 | Page A3 | Local\n"
	    "By MARY STONE\n"
	    "Workers began driving new pilings under the\n"
	    "old ferry pier on Monday, the first repair\n"
	    "of the pier since it was built in 1961.\n"
	    "The city expects the pier work to take three\n"
	    "months and to cost about $2 million.\n"
	    "By TOM REYES\n"
	    "Heavy snow closed the road over the pass\n"
	    "to Alder Point for most of Saturday, and\n"
	    "plows did not clear the road until late.\n"
	    "Drivers were told to use the coast road\n"
	    "instead, the highway office said.\n"
	    "By ANA RUIZ\n"
	    "The chess club's four players beat the team\n"
	    "from Westfield in the final round on\n"
	    "Sunday evening and took the county cup\n"
	    "home for the first time.\n"
	    "\"We practised every night,\" said the\n"
	    "club's captain.\n"
	    "Ferry pier gets new pilings\n"
	    "Snow closes road across Alder Point Chess club wins county cup\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	a = find("Snow closes road across Alder Point");
	ck_assert_uint_eq(a->n_decks, 1);
	ck_assert_str_eq(a->byline.text, "By TOM REYES");
	a = find("Chess club wins county cup");
	ck_assert_str_eq(a->byline.text, "By ANA RUIZ");
	find("Ferry pier gets new pilings");
}
END_TEST

/* A photo's caption follows the text before it with no blank line: it
 * starts after a sentence, and a credit follows its last sentence (or it
 * opens with 图为).  Lines of a caption after another photo's credit are
 * no headline, however they start. */
START_TEST(caption_after_text)
{
	const struct article *a;

	seg("The Harbor Ledger March 2, 2024 | Page A3 | Local\n"
	    "Ferry pier gets new pilings\n"
	    "By MARY STONE\n"
	    "Workers began driving new pilings under the\n"
	    "old ferry pier on Monday, the first repair\n"
	    "of the pier since it was built in 1961.\n"
	    "\"The old timbers were simply worn out,\"\n"
	    "said the harbor master, Tom Reyes, to us.\n"
	    "A diver checks the pilings under the ferry pier before the work.\n"
	    "Photo: Ana Ruiz\n"
	    "Children paint the fence\n"
	    "around the Alder Point school on\n"
	    "Saturday afternoon.\n"
	    "TOM REYES/STAFF\n"
	    "Chess club wins county cup\n"
	    "By ANA RUIZ\n"
	    "The club's four players beat the team\n"
	    "from Westfield in the final round on\n"
	    "Sunday evening and took the county cup\n"
	    "home for the first time.\n");
	ck_assert_uint_eq(pg.n_articles, 4);
	a = find("Ferry pier gets new pilings");
	ck_assert_ptr_nonnull(strstr(a->blocks[a->n_blocks - 1].text, "to us."));
	ck_assert_ptr_null(strstr(a->blocks[a->n_blocks - 1].text, "diver"));
	ck_assert_uint_eq(pg.articles[1].kind, ARTICLE_PHOTO);
	ck_assert_str_eq(pg.articles[1].credit.text, "Photo: Ana Ruiz");
	ck_assert_uint_eq(pg.articles[2].kind, ARTICLE_PHOTO);
	ck_assert_uint_eq(pg.articles[2].n_decks, 0);
	ck_assert_str_eq(pg.articles[2].credit.text, "TOM REYES/STAFF");
	find("Chess club wins county cup");
	seg("东风通讯 1968年3月2日 星期六 第02版\n"
	    "全公社社员冬修水库加固大坝\n"
	    "本报讯（记者 李红） 全公社社员冬修水库，挑土\n"
	    "筑坝，不到一个月就把水库大坝加高\n"
	    "了三米，蓄水量比去年增加一倍。\n"
	    "社员们说，水库修好了，旱年也能\n"
	    "保丰收，明年还要再修一座水库。\n"
	    "图为社员们在水库工地上挑土筑坝。\n"
	    "王兵 摄\n"
	    "山区大队开办农民夜校\n"
	    "本报讯（记者 赵钢） 大队办起了夜校，教社员\n"
	    "识字，学校成了全村最热闹的地方。\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	a = find("全公社社员冬修水库加固大坝");
	ck_assert_str_eq(a->byline.text, "本报讯（记者 李红）");
	ck_assert_ptr_null(strstr(a->blocks[a->n_blocks - 1].text, "图为"));
	ck_assert_uint_eq(pg.articles[1].kind, ARTICLE_PHOTO);
	ck_assert_str_eq(pg.articles[1].blocks[0].text, "图为社员们在水库工地上挑土筑坝。");
	find("山区大队开办农民夜校");
}
END_TEST

/* English: a brief's headline between two texts follows a sentence's
 * end with no blank line: lines short of the column that end no
 * sentence, the last much shorter, over a line opening a sentence. */
START_TEST(brief_headline_after_sentence)
{
	const struct article *a;

	seg("The Harbor Ledger March 2, 2024 | Page A3 | Local\n"
	    "Chess club wins county cup\n"
	    "By ANA RUIZ\n"
	    "The club's four players beat the team\n"
	    "from Westfield in the final round on\n"
	    "Sunday evening and took the county cup\n"
	    "home for the first time since 1988.\n"
	    "Alder Point council\n"
	    "approves new seawall\n"
	    "The council voted five to two on Monday\n"
	    "to build a seawall along the north beach,\n"
	    "where storms have washed away the dunes\n"
	    "three winters in a row since 2021.\n"
	    "Library opens on\n"
	    "Sundays\n"
	    "The town library will open on Sundays\n"
	    "from noon to five starting next month,\n"
	    "the library board decided on Tuesday.\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	a = find("Chess club wins county cup");
	ck_assert_ptr_nonnull(strstr(a->blocks[a->n_blocks - 1].text, "since 1988."));
	a = find("Alder Point council approves new seawall");
	ck_assert_uint_eq(a->n_decks, 1);
	ck_assert_ptr_eq(strstr(a->blocks[0].text, "The council"), a->blocks[0].text);
	find("Library opens on Sundays");
}
END_TEST

/* An inline byline cut inside its brackets at a line's end (本报讯（记者
 * 李红 / 通讯员 赵钢） …) is neither a headline line nor a byline line of
 * its own; a source in brackets cut the same way (（本栏均据新华 / 社电）)
 * opens no item. */
START_TEST(byline_wrapped_in_brackets)
{
	const struct article *a;

	seg("东风通讯 1968年3月2日 星期六 第02版\n"
	    "全公社社员冬修水库加固大坝\n"
	    "蓄水量比去年增加一倍\n"
	    "本报讯（记者 李红\n"
	    "通讯员 赵钢） 全公社社员冬修\n"
	    "水库，挑土筑坝，不到一个月就把水库大\n"
	    "坝加高了三米，蓄水量比去年增加\n"
	    "一倍。（本栏均据新华\n"
	    "社电）\n"
	    "山区大队开办农民夜校\n"
	    "本报讯（记者 王兵） 大队办起了夜校，教社员\n"
	    "识字，学校成了全村最热闹的地方。\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	a = find("全公社社员冬修水库加固大坝");
	ck_assert_uint_eq(a->n_decks, 2);
	ck_assert_str_eq(a->decks[1].text, "蓄水量比去年增加一倍");
	ck_assert_str_eq(a->byline.text, "本报讯（记者 李红 通讯员 赵钢）");
	ck_assert_ptr_nonnull(strstr(a->blocks[a->n_blocks - 1].text, "社电）"));
	find("山区大队开办农民夜校");
}
END_TEST

/* A headline wrapped with three characters on its last line (…工 /
 * 程启动) is one deck, no subhead, over however long a story. */
START_TEST(headline_tail_of_three)
{
	const struct article *a;

	seg("东风通讯 1968年3月2日 星期六 第02版\n"
	    "全公社社员冬修水库加固大坝工\n"
	    "程启动\n"
	    "本报讯（记者 李红） 全公社社员冬修水库，挑土\n"
	    "筑坝，不到一个月就把水库大坝加高\n"
	    "了三米。\n"
	    "蓄水量比去年增加一倍，下游的稻田\n"
	    "都能浇上水了。\n"
	    "社员们说，水库修好了，旱年也能\n"
	    "保丰收。\n"
	    "山区大队开办农民夜校\n"
	    "本报讯（记者 王兵） 大队办起了夜校，教社员\n"
	    "识字，学校成了全村最热闹的地方。\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	a = find("全公社社员冬修水库加固大坝工程启动");
	ck_assert_uint_eq(a->n_decks, 1);
	ck_assert_ptr_null(a->subhead.text);
	ck_assert_uint_ge(a->n_blocks, 3);
	find("山区大队开办农民夜校");
}
END_TEST

/* Ads in fake bold, each line printed twice: the same ad twice in a row
 * is two ads (its first line again starts the second); a short line
 * printed twice goes on the ad it follows (SAVINGS / BANK). */
START_TEST(ads_in_a_row)
{
	size_t k;

	seg("The Harbor Ledger March 2, 2024 | Page A3 | Local\n"
	    "Chess club wins county cup\n"
	    "By ANA RUIZ\n"
	    "The club's four players beat the team\n"
	    "from Westfield in the final round on\n"
	    "Sunday evening and took the county cup\n"
	    "home for the first time since 1988.\n"
	    "QUAY BAKERY\n"
	    "QUAY BAKERY\n"
	    "Fresh rolls every day\n"
	    "Fresh rolls every day\n"
	    "QUAY BAKERY\n"
	    "QUAY BAKERY\n"
	    "Fresh rolls every day\n"
	    "Fresh rolls every day\n"
	    "ALDER POINT SAVINGS\n"
	    "ALDER POINT SAVINGS\n"
	    "BANK\n"
	    "BANK\n"
	    "Loans for boats and homes\n"
	    "Loans for boats and homes\n"
	    "Snow closes mountain road\n"
	    "By TOM REYES\n"
	    "Heavy snow closed the road over the pass\n"
	    "for most of Saturday, and plows did not\n"
	    "clear it until late that night.\n");
	ck_assert_uint_eq(pg.n_articles, 4);
	ck_assert_uint_eq(pg.articles[1].kind, ARTICLE_AD);
	ck_assert_uint_eq(pg.articles[1].n_blocks, 2);
	ck_assert_str_eq(pg.articles[1].blocks[0].text, "QUAY BAKERY");
	ck_assert_uint_eq(pg.articles[2].kind, ARTICLE_AD);
	ck_assert_str_eq(pg.articles[2].blocks[0].text, "QUAY BAKERY");
	for (k = 0; k < pg.articles[2].n_blocks; k++)
		ck_assert_str_ne(pg.articles[2].blocks[k].text, "BANK BANK");
	find("Snow closes mountain road");
	seg("东风通讯 1968年3月2日 星期六 第02版\n"
	    "全公社社员冬修水库加固大坝\n"
	    "本报讯（记者 李红） 全公社社员冬修水库，挑土\n"
	    "筑坝，不到一个月就把水库大坝加高\n"
	    "了三米，蓄水量比去年增加一倍。\n"
	    "东风农机修理厂\n"
	    "东风农机修理厂\n"
	    "修理各种农具\n"
	    "修理各种农具\n"
	    "东风农机修理厂\n"
	    "东风农机修理厂\n"
	    "修理各种农具\n"
	    "修理各种农具\n"
	    "山区大队开办农民夜校\n"
	    "本报讯（记者 王兵） 大队办起了夜校，教社员\n"
	    "识字，学校成了全村最热闹的地方。\n");
	ck_assert_uint_eq(pg.n_articles, 4);
	for (k = 1; k <= 2; k++) {
		ck_assert_uint_eq(pg.articles[k].kind, ARTICLE_AD);
		ck_assert_uint_eq(pg.articles[k].n_blocks, 2);
		ck_assert_str_eq(pg.articles[k].blocks[0].text, "东风农机修理厂");
	}
	find("山区大队开办农民夜校");
}
END_TEST

/* Chinese: a short line after a sentence's end is no headline when the
 * next line opens with a particle no sentence starts with (…新修 / 的水渠). */
START_TEST(line_run_on_by_particle)
{
	const struct article *a;

	seg("东风通讯 1968年3月2日 星期六 第02版\n"
	    "全公社社员冬修水库加固大坝\n"
	    "本报讯（记者 李红） 全公社社员冬修水库，挑土\n"
	    "筑坝，不到一个月就把水库大坝加高\n"
	    "了三米，蓄水量比去年增加了一倍。\n"
	    "社员们在工地上新修\n"
	    "的水渠有三里多长，\n"
	    "下游的稻田都能浇上水了。\n"
	    "山区大队开办农民夜校\n"
	    "本报讯（记者 王兵） 大队办起了夜校，教社员\n"
	    "识字，学校成了全村最热闹的地方。\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	a = find("全公社社员冬修水库加固大坝");
	ck_assert_ptr_nonnull(strstr(a->blocks[a->n_blocks - 1].text,
	    "社员们在工地上新修的水渠"));
	find("山区大队开办农民夜校");
}
END_TEST

/* A headline between two items' texts whose last line stops at two
 * thirds of the column, ending no sentence, is no text: justified lines
 * run nearly to the column's edge. */
START_TEST(headline_last_line_two_thirds)
{
	const struct article *a;

	seg("The Harbor Ledger March 2, 2024 | Page A3 | Local\n"
	    "Chess club wins county cup\n"
	    "By ANA RUIZ\n"
	    "The club's four players beat the team\n"
	    "from Westfield in the final round on\n"
	    "Sunday evening and took the county cup\n"
	    "home for the first time since 1988.\n"
	    "Alder Point council votes\n"
	    "to rebuild the old seawall\n"
	    "The council voted five to two on Monday\n"
	    "to build a seawall along the north beach,\n"
	    "where storms have washed away the dunes\n"
	    "three winters in a row since 2021.\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	a = find("Chess club wins county cup");
	ck_assert_ptr_nonnull(strstr(a->blocks[a->n_blocks - 1].text, "since 1988."));
	a = find("Alder Point council votes to rebuild the old seawall");
	ck_assert_ptr_eq(strstr(a->blocks[0].text, "The council"), a->blocks[0].text);
}
END_TEST

/* A line sending an item's text on to another page ends it: the lines
 * after it, ending no sentence, are the next item's headline, byline or
 * none. */
START_TEST(headline_after_jump)
{
	const struct article *a;

	seg("The Harbor Ledger March 2, 2024 | Page A1 | Local\n"
	    "Chess club wins county cup\n"
	    "By ANA RUIZ\n"
	    "The club's four players beat the\n"
	    "team from Westfield in the final\n"
	    "round on Sunday and took the cup.\n"
	    "See CHESS, Page A4\n"
	    "Alder Point council votes\n"
	    "to rebuild the old seawall\n"
	    "The council voted five to two on\n"
	    "Monday to build a seawall along\n"
	    "the north beach, where storms\n"
	    "have washed away the dunes three\n"
	    "winters in a row since 2021.\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	a = find("Chess club wins county cup");
	ck_assert_uint_eq(a->n_jumps, 1);
	a = find("Alder Point council votes to rebuild the old seawall");
	ck_assert_ptr_eq(a->byline.text, NULL);
	ck_assert_ptr_eq(strstr(a->blocks[0].text, "The council"), a->blocks[0].text);
}
END_TEST

/* A name alone after a story's last sentence, over a headline in
 * sentence case and its byline, signs the story above. */
START_TEST(end_byline_over_headline)
{
	const struct article *a;

	seg("The Harbor Ledger March 2, 2024 | Page A3 | Local\n"
	    "Chess club wins county cup\n"
	    "The club's four players beat the\n"
	    "team from Westfield in the final\n"
	    "round on Sunday and took the cup\n"
	    "home for the first time since the\n"
	    "club was founded in 1988.\n"
	    "Mara Quinn\n"
	    "Alder Point council votes\n"
	    "to rebuild the old seawall\n"
	    "By TOM HALE\n"
	    "The council voted five to two on\n"
	    "Monday to build a seawall along\n"
	    "the north beach, where storms\n"
	    "have washed away the dunes three\n"
	    "winters in a row since 2021.\n");
	ck_assert_uint_eq(pg.n_articles, 2);
	a = find("Chess club wins county cup");
	ck_assert_ptr_nonnull(strstr(a->blocks[a->n_blocks - 1].text, "in 1988."));
	ck_assert_str_eq(a->byline.text, "Mara Quinn");
	a = find("Alder Point council votes to rebuild the old seawall");
	ck_assert_uint_eq(a->n_decks, 1);
	ck_assert_str_eq(a->byline.text, "By TOM HALE");
}
END_TEST

/* Headlines after the text: a staff dateline (ALDER POINT — ) opens an
 * item's text as a byline does, so one word in common places its
 * headline. */
START_TEST(late_caps_dateline)
{
	const struct article *a;

	seg("The Harbor Ledger March 2, 2024 | Page A3 | Local\n"
	    "By MARY STONE\n"
	    "Workers began driving new pilings under the\n"
	    "old ferry pier on Monday, the first repair\n"
	    "of the pier since it was built in 1961.\n"
	    "The city expects the pier work to take three\n"
	    "months and to cost about $2 million.\n"
	    "ALDER POINT — Heavy snow closed the road\n"
	    "over the mountain for most of Saturday, and\n"
	    "plows did not clear it until late at night.\n"
	    "By ANA RUIZ\n"
	    "The chess club's four players beat the team\n"
	    "from Westfield in the final round on\n"
	    "Sunday evening and took the county cup\n"
	    "home for the first time.\n"
	    "\"We practised every night,\" said the\n"
	    "club's captain.\n"
	    "Ferry pier gets new pilings\n"
	    "Snowplows reopen mountain pass\n"
	    "Chess club wins county cup\n");
	ck_assert_uint_eq(pg.n_articles, 3);
	a = find("Snowplows reopen mountain pass");
	ck_assert_uint_eq(a->n_decks, 1);
	ck_assert_ptr_nonnull(strstr(a->blocks[0].text, "Heavy snow"));
	a = find("Ferry pier gets new pilings");
	ck_assert_uint_eq(a->n_decks, 1);
	find("Chess club wins county cup");
}
END_TEST

/* A byline that carries its title after a comma takes no line of
 * capitalised words under it: that line opens the text. */
START_TEST(byline_with_title_over_text)
{
	const struct article *a;

	seg("The Harbor Ledger March 2, 2024 | Page A3 | Local\n"
	    "Chess club wins county cup\n"
	    "By Ana Ruiz, Staff Writer\n"
	    "When Margaret Okafor\n"
	    "founded the chess club in 1988\n"
	    "it had four players and a room\n"
	    "above the bakery on Main Street.\n"
	    "On Sunday its team beat the\n"
	    "players from Westfield in the\n"
	    "final round of the county cup.\n");
	ck_assert_uint_eq(pg.n_articles, 1);
	a = find("Chess club wins county cup");
	ck_assert_str_eq(a->byline.text, "By Ana Ruiz, Staff Writer");
	ck_assert_ptr_eq(strstr(a->blocks[0].text, "When Margaret Okafor"), a->blocks[0].text);
}
END_TEST

static Suite *
segment_raw_suite(void)
{
	Suite *s = suite_create("segment_raw");
	TCase *tc = tcase_create("raw");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, kicker_over_headline);
	tcase_add_test(tc, column_width_without_ad);
	tcase_add_test(tc, wrapped_headline_over_byline);
	tcase_add_test(tc, short_page_is_raw);
	tcase_add_test(tc, headlines_drawn_last);
	tcase_add_test(tc, late_tails_zh);
	tcase_add_test(tc, late_joined_latin);
	tcase_add_test(tc, late_band_after_page_number);
	tcase_add_test(tc, dateline_under_headline);
	tcase_add_test(tc, dash_signature_over_headline);
	tcase_add_test(tc, latin_byline_wrapped_names);
	tcase_add_test(tc, caption_after_text);
	tcase_add_test(tc, brief_headline_after_sentence);
	tcase_add_test(tc, byline_wrapped_in_brackets);
	tcase_add_test(tc, headline_tail_of_three);
	tcase_add_test(tc, ads_in_a_row);
	tcase_add_test(tc, line_run_on_by_particle);
	tcase_add_test(tc, headline_last_line_two_thirds);
	tcase_add_test(tc, headline_after_jump);
	tcase_add_test(tc, end_byline_over_headline);
	tcase_add_test(tc, late_caps_dateline);
	tcase_add_test(tc, byline_with_title_over_text);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(segment_raw_suite)

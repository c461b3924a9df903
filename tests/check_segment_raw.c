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

static Suite *
segment_raw_suite(void)
{
	Suite *s = suite_create("segment_raw");
	TCase *tc = tcase_create("raw");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, kicker_over_headline);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(segment_raw_suite)

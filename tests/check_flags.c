/* SPDX-License-Identifier: ISC */
/* check_flags.c: proofreading flags, each kind found where it should be
 * and not where it should not, in Chinese and English text. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "archive.h"
#include "check_run.h"
#include "flags.h"
#include "pagetext.h"
#include "segment.h"
#include "segment_int.h"
#include "srcmap.h"
#include "userconf.h"
#include "xalloc.h"

static struct page pg[2];
static struct issue is;
static struct archive ar;
static struct publication pub = { .archive = &ar };
static struct diag_list dl;
static struct flag_list fl;

static void
teardown(void)
{
	page_unload(&pg[0]);
	page_unload(&pg[1]);
	memset(pg, 0, sizeof pg);
	memset(&is, 0, sizeof is);
	diag_list_free(&dl);
	memset(&dl, 0, sizeof dl);
	flag_list_free(&fl);
	segment_lines_done();
}

static void
load(int i, int number, const char *text)
{
	struct segment_options so = { NULL };

	pg[i].path = i ? "test/02.txt" : "test/01.txt";
	pg[i].number = number;
	pg[i].part = -1;
	pg[i].issue = &is;
	is.publication = &pub;
	pagetext_from_text(&pg[i].text, xstrdup(text), strlen(text));
	segment_page(&pg[i], &so, &dl);
	pg[i].loaded = true;
}

/* Flags of one kind on a one-page issue made of text. */
static size_t
flags_of(enum flag_kind k, const char *text)
{
	is.pages = pg;
	is.n_pages = 1;
	is.scanned = true;
	load(0, 1, text);
	issue_load(&is);
	flags_page(&pg[0], 1u << k, &fl);
	return fl.n;
}

static const struct flag *
flag_at(size_t i)
{
	ck_assert_uint_gt(fl.n, i);
	return &fl.items[i];
}

/* The flagged text. */
static char *
flagged(size_t i)
{
	const struct flag *f = flag_at(i);

	return xstrndup(f->page->text.text + f->span.byte_start,
	    f->span.byte_end - f->span.byte_start);
}

static void
assert_flag(size_t i, unsigned long line, unsigned long col, const char *text)
{
	char *got = flagged(i);

	ck_assert_uint_eq(flag_at(i)->span.first_line, line);
	ck_assert_uint_eq(flag_at(i)->col, col);
	ck_assert_str_eq(got, text);
	free(got);
}

/* --- names --------------------------------------------------------------- */

START_TEST(test_names)
{
	char *bad = NULL;
	unsigned m;

	ck_assert_str_eq(flag_kind_name(FLAG_DOUBLED), "doubled");
	ck_assert_int_eq(flag_kind_from_name("dropped-space"), FLAG_DROPPED_SPACE);
	ck_assert_int_eq(flag_kind_from_name("nonsense"), -1);
	m = flag_mask_parse("all, repeat", &bad);
	ck_assert_uint_eq(m, FLAG_MASK_ALL);
	ck_assert_ptr_null(bad);
	m = flag_mask_parse("doubled halfwidth,bogus", &bad);
	ck_assert_uint_eq(m, (1u << FLAG_DOUBLED) | (1u << FLAG_HALFWIDTH));
	ck_assert_str_eq(bad, "bogus");
	free(bad);
	m = flag_mask_parse("-repeat, -no-byline", &bad);
	ck_assert_uint_eq(m, FLAG_MASK_ALL & ~(1u << FLAG_REPEAT) & ~(1u << FLAG_NO_BYLINE));
	ck_assert_ptr_null(bad);
	m = flag_mask_parse("none doubled all -halfwidth", &bad);
	ck_assert_uint_eq(m, FLAG_MASK_ALL & ~(1u << FLAG_HALFWIDTH));
}
END_TEST

START_TEST(test_config_key)
{
	static const char conf[] = "flags = -repeat -dropped-space\n";
	static const char bad[] = "flags = doubled, bogus\n";
	struct userconf uc;

	userconf_init(&uc);
	ck_assert_uint_eq(uc.flags, FLAG_MASK_ALL);
	ck_assert_uint_eq(userconf_parse(&uc, conf, strlen(conf), "c", &dl), 0);
	ck_assert_uint_eq(uc.flags, FLAG_MASK_ALL & ~(1u << FLAG_REPEAT) &
	    ~(1u << FLAG_DROPPED_SPACE));
	ck_assert_uint_eq(userconf_parse(&uc, bad, strlen(bad), "c", &dl), 1);
	ck_assert_uint_eq(dl.n, 1);	/* a warning; the setting is kept */
	ck_assert_uint_eq(uc.flags, FLAG_MASK_ALL & ~(1u << FLAG_REPEAT) &
	    ~(1u << FLAG_DROPPED_SPACE));
	userconf_free(&uc);
}
END_TEST

/* --- doubled ------------------------------------------------------------- */

START_TEST(test_doubled_zh)
{
	ck_assert_uint_eq(flags_of(FLAG_DOUBLED,
	    "标题\n\n正文第一行。\n\n农农信信手手机机银银行行\n"), 1);
	assert_flag(0, 5, 1, "农农信信手手机机银银行行");
	ck_assert_ptr_nonnull(strstr(flag_at(0)->reason, "农信手机银行"));
}
END_TEST

START_TEST(test_doubled_inline)
{
	ck_assert_uint_eq(flags_of(FLAG_DOUBLED, "广告：农农信信手手机机。\n"), 1);
	assert_flag(0, 1, 4, "农农信信手手机机");
}
END_TEST

START_TEST(test_doubled_en)
{
	ck_assert_uint_eq(flags_of(FLAG_DOUBLED, "Ads\n\nSSHHOOPP  LLOOCCAALL\n"), 1);
	assert_flag(0, 3, 1, "SSHHOOPP  LLOOCCAALL");
}
END_TEST

START_TEST(test_doubled_negative)
{
	ck_assert_uint_eq(flags_of(FLAG_DOUBLED,
	    "大家高高兴兴地过年，干干净净。\n"
	    "——————\n"
	    "The bookkeeper's committee sees all.\n"), 0);
}
END_TEST

/* --- unbalanced ------------------------------------------------------------- */

START_TEST(test_unbalanced_zh)
{
	ck_assert_uint_eq(flags_of(FLAG_UNBALANCED,
	    "他说：“今天（星期一天气很好。”\n"
	    "他读完了《红楼梦。\n"), 2);
	assert_flag(0, 1, 7, "（");
	ck_assert_ptr_nonnull(strstr(flag_at(0)->reason, "never closed"));
	assert_flag(1, 2, 5, "《");
}
END_TEST

START_TEST(test_unbalanced_close)
{
	ck_assert_uint_eq(flags_of(FLAG_UNBALANCED, "他说：今天很好」。\n"), 1);
	assert_flag(0, 1, 8, "」");
	ck_assert_ptr_nonnull(strstr(flag_at(0)->reason, "without an opening"));
}
END_TEST

START_TEST(test_unbalanced_en)
{
	ck_assert_uint_eq(flags_of(FLAG_UNBALANCED,
	    "The mayor said, \xe2\x80\x9cWe will build it.\n"), 1);
	assert_flag(0, 1, 17, "\xe2\x80\x9c");
}
END_TEST

START_TEST(test_unbalanced_negative)
{
	ck_assert_uint_eq(flags_of(FLAG_UNBALANCED,
	    "他说：“今天（星期一）天气很好，\n"
	    "我们去看《红楼梦》「戏」。”\n"
	    "\n"
	    "The mayor said, \xe2\x80\x9cWe will build it.\xe2\x80\x9d\n"), 0);
}
END_TEST

/* --- half-width punctuation ------------------------------------------------ */

START_TEST(test_halfwidth_zh)
{
	ck_assert_uint_eq(flags_of(FLAG_HALFWIDTH,
	    "今天,我们去县(市)里开会\n"
	    "大家都到了:\n"
	    "会议开始。\n"), 4);
	assert_flag(0, 1, 3, ",");
	assert_flag(1, 1, 8, "(");
	assert_flag(2, 1, 10, ")");
	assert_flag(3, 2, 6, ":");
	ck_assert_ptr_nonnull(strstr(flag_at(0)->reason, "，"));
}
END_TEST

START_TEST(test_halfwidth_negative)
{
	ck_assert_uint_eq(flags_of(FLAG_HALFWIDTH,
	    "增长3.5万亩，达到20.3%。\n"
	    "（记者 张三）报道: Hello\n"
	    "Hello, world. Is it? Yes! (Really.)\n"), 0);
}
END_TEST

/* --- mixed widths ------------------------------------------------------------ */

START_TEST(test_mixed_zh)
{
	ck_assert_uint_eq(flags_of(FLAG_MIXED_WIDTH, "今年是２0２4年，观看ＣＣTV。\n"), 2);
	assert_flag(0, 1, 4, "２0２4");
	assert_flag(1, 1, 12, "ＣＣTV");
}
END_TEST

START_TEST(test_mixed_en)
{
	ck_assert_uint_eq(flags_of(FLAG_MIXED_WIDTH, "In 2０24 the council met.\n"), 1);
	assert_flag(0, 1, 4, "2０24");
}
END_TEST

START_TEST(test_mixed_negative)
{
	ck_assert_uint_eq(flags_of(FLAG_MIXED_WIDTH,
	    "今年是2024年，也写作２０２４年，ＣＣＴＶ。\n"
	    "In 2024 the BBC met.\n"), 0);
}
END_TEST

/* --- repeats ------------------------------------------------------------------ */

START_TEST(test_repeat_zh)
{
	ck_assert_uint_eq(flags_of(FLAG_REPEAT, "这是我们的\n的工作成果。\n"), 1);
	assert_flag(0, 2, 1, "的");
}
END_TEST

START_TEST(test_repeat_en)
{
	ck_assert_uint_eq(flags_of(FLAG_REPEAT,
	    "The council approved the\n  The budget on Tuesday.\n"), 1);
	assert_flag(0, 2, 3, "The");
}
END_TEST

START_TEST(test_repeat_negative)
{
	ck_assert_uint_eq(flags_of(FLAG_REPEAT,
	    "这是我们\n的工作成果。\n"
	    "\n"
	    "成果\n"
	    "\n"
	    "果然如此。引来台下阵\n阵掌声。\n"
	    "The council approved the\nthem all. Other-\nother things. it.\nit\n"), 0);
}
END_TEST

/* --- dropped spaces ---------------------------------------------------------- */

START_TEST(test_repeat_headline)
{
	/* A kicker over a headline is two elements, not one broken line. */
	ck_assert_uint_eq(flags_of(FLAG_REPEAT,
	    "CITY COUNCIL\n"
	    "Council backs $4.2 million fix for Mill Street bridge\n"
	    "\n"
	    "By JANE DOE\n"
	    "The council voted on Tuesday to repair the bridge, which has been closed\n"
	    "to trucks since the spring floods damaged its eastern pier.\n"), 0);
}
END_TEST

START_TEST(test_dropped_zh)
{
	ck_assert_uint_eq(flags_of(FLAG_DROPPED_SPACE,
	    "下沉内容瞄准县级医院较为薄弱、解决群众看\n"
	    "病就医问题急需的急救 能力、常见病多发病诊治\n"), 1);
	assert_flag(0, 2, 11, " ");
}
END_TEST

START_TEST(test_dropped_negative)
{
	ck_assert_uint_eq(flags_of(FLAG_DROPPED_SPACE,
	    "合作后， 将通过专家和人才培养，截至 4 月\n"
	    "The council met on Tuesday and approved it.\n"
	    "县医院科主任      或院领导的\n"), 0);
}
END_TEST

/* --- jumps -------------------------------------------------------------------- */

static const char jump_page[] =
	"全县二十万亩早稻育秧全面铺开\n"
	"\n"
	"本报讯（记者 周启明）4月2日上午，在桐坪镇下洋村的集中育秧大棚里，\n"
	"一排排秧盘整齐码放，嫩绿的秧苗已经冒出一寸多高。\n"
	"\n"
	"（下转二版）\n";

START_TEST(test_jump_missing_page)
{
	ck_assert_uint_eq(flags_of(FLAG_JUMP_TARGET, jump_page), 1);
	assert_flag(0, 6, 1, "（下转二版）");
	ck_assert_str_eq(flag_at(0)->reason, "page 2 is not in the issue");
}
END_TEST

START_TEST(test_jump_missing_article)
{
	is.pages = pg;
	is.n_pages = 2;
	is.scanned = true;
	load(0, 1, jump_page);
	load(1, 2, "另一篇文章的标题\n\n本报讯 这是另一篇文章，和上一版无关。\n");
	issue_load(&is);
	flags_page(&pg[0], 1u << FLAG_JUMP_TARGET, &fl);
	ck_assert_uint_eq(fl.n, 1);
	ck_assert_str_eq(flag_at(0)->reason, "no continuation found on page 2");
}
END_TEST

START_TEST(test_jump_en)
{
	ck_assert_uint_eq(flags_of(FLAG_JUMP_TARGET,
	    "Council Approves Harbor Budget\n"
	    "\n"
	    "By JANE DOE\n"
	    "The council approved the harbor budget on Tuesday after a long debate\n"
	    "that ran past midnight.\n"
	    "\n"
	    "Continued on Page 4\n"), 1);
	ck_assert_str_eq(flag_at(0)->reason, "page 4 is not in the issue");
}
END_TEST

START_TEST(test_jump_negative)
{
	/* An issue not linked yet: nothing can be said. */
	is.pages = pg;
	is.n_pages = 1;
	load(0, 1, jump_page);
	flags_page(&pg[0], FLAG_MASK_ALL & ~(1u << FLAG_NO_BYLINE), &fl);
	ck_assert_uint_eq(fl.n, 0);
}
END_TEST

/* --- bylines ---------------------------------------------------------------------- */

static const char byline_page_zh[] =
	"全县早稻育秧全面铺开\n"
	"\n"
	"本报讯（记者 周启明）4月2日上午，在桐坪镇下洋村的集中育秧大棚里，一排排秧盘\n"
	"整齐码放，嫩绿的秧苗已经冒出一寸多高，村民们正在忙碌。\n"
	"\n"
	"县城新建三座公园\n"
	"\n"
	"本报讯（记者 温雅）近日，县城新建的三座口袋公园正式向市民开放，\n"
	"市民们纷纷前来散步健身，公园里热闹非凡，一片欢声笑语。\n"
	"\n"
	"桐坪镇举办农民运动会\n"
	"\n"
	"4月1日，桐坪镇第三届农民运动会在镇中心小学开幕，来自全镇的\n"
	"三百多名农民选手参加了拔河、挑担等十个项目的比赛，场面热烈。\n"
	"\n"
	"运动会设置了拔河、挑担、插秧接力等十个项目，既有传统农事，\n"
	"也有趣味竞技，吸引了众多村民前来观看助威。\n"
	"\n"
	"镇里表示，今后将每年举办一次，让农民在农闲时节强身健体。\n";

static size_t
news_count(void)
{
	size_t i, n = 0;

	for (i = 0; i < pg[0].n_articles; i++)
		n += pg[0].articles[i].kind == ARTICLE_NEWS;
	return n;
}

START_TEST(test_byline_zh)
{
	size_t n = flags_of(FLAG_NO_BYLINE, byline_page_zh);

	ck_assert_uint_eq(news_count(), 3);
	ck_assert_uint_eq(n, 1);
	assert_flag(0, 11, 1, "桐坪镇举办农民运动会");
	ck_assert_ptr_nonnull(flag_at(0)->article);
}
END_TEST

START_TEST(test_byline_en)
{
	size_t n = flags_of(FLAG_NO_BYLINE,
	    "Council Approves Harbor Budget\n"
	    "\n"
	    "By JANE DOE\n"
	    "The council approved the harbor budget on Tuesday after a long debate\n"
	    "that ran past midnight in the old town hall.\n"
	    "\n"
	    "School Board Picks New Chief\n"
	    "\n"
	    "The school board chose a new superintendent on Monday night after a\n"
	    "search that lasted most of the year and drew forty candidates.\n"
	    "\n"
	    "The new chief, a former principal from the county, starts in July and\n"
	    "will oversee eleven schools and some six thousand students.\n"
	    "\n"
	    "Board members said the vote was unanimous and the contract runs for\n"
	    "three years, with a review after the first.\n");

	ck_assert_uint_eq(news_count(), 2);
	ck_assert_uint_eq(n, 1);
	/* At the first line of the second article, whatever that starts with. */
	ck_assert_ptr_eq(flag_at(0)->article, &pg[0].articles[1]);
	ck_assert_uint_eq(flag_at(0)->span.first_line, pg[0].articles[1].span.first_line);
	ck_assert_uint_eq(flag_at(0)->col, 1);
}
END_TEST

START_TEST(test_byline_negative)
{
	/* Only one article with a byline among three: no pattern to break. */
	ck_assert_uint_eq(flags_of(FLAG_NO_BYLINE,
	    "全县早稻育秧全面铺开\n"
	    "\n"
	    "本报讯（记者 周启明）4月2日上午，在桐坪镇下洋村的集中育秧大棚里，一排排秧盘\n"
	    "整齐码放，嫩绿的秧苗已经冒出一寸多高，村民们正在忙碌。\n"
	    "\n"
	    "县城新建三座公园\n"
	    "\n"
	    "近日，县城新建的三座口袋公园正式向市民开放，\n"
	    "市民们纷纷前来散步健身，公园里热闹非凡，一片欢声笑语。\n"
	    "\n"
	    "桐坪镇举办农民运动会\n"
	    "\n"
	    "4月1日，桐坪镇第三届农民运动会在镇中心小学开幕，来自全镇的\n"
	    "三百多名农民选手参加了拔河、挑担等十个项目的比赛，场面热烈。\n"), 0);
}
END_TEST

/* --- the mask ------------------------------------------------------------------- */

START_TEST(test_mask_off)
{
	is.pages = pg;
	is.n_pages = 1;
	is.scanned = true;
	load(0, 1, "今天,我们\n农农信信手手机机\n");
	issue_load(&is);
	flags_page(&pg[0], FLAG_MASK_ALL & ~(1u << FLAG_HALFWIDTH), &fl);
	ck_assert_uint_eq(fl.n, 1);
	ck_assert_int_eq(flag_at(0)->kind, FLAG_DOUBLED);
}
END_TEST

/* --- clean text <-> source ------------------------------------------------------ */

START_TEST(test_srcmap)
{
	static const char src[] = "标题\n本报讯 （记者 周启明） 4 月\n2 日上午，在桐坪镇\n";
	static const char clean[] = "本报讯（记者 周启明）4月2日上午，在桐坪镇";
	struct page_text pt;
	struct span sp;
	const char *at;

	memset(&pt, 0, sizeof pt);
	pagetext_from_text(&pt, xstrdup(src), strlen(src));
	sp.file = "x";
	sp.first_line = 2;
	sp.last_line = 3;
	sp.byte_start = pt.line_start[1];
	sp.byte_end = pt.len;
	/* 4 in the clean text is the 4 of line 2; 2 is the first of line 3. */
	at = strstr(clean, "4");
	ck_assert_uint_eq(pagetext_line_of(&pt, srcmap_to_source(&pt, &sp, clean,
	    strlen(clean), (size_t)(at - clean))), 2);
	ck_assert_int_eq(pt.text[srcmap_to_source(&pt, &sp, clean, strlen(clean),
	    (size_t)(at - clean))], '4');
	at = strstr(clean, "2日");
	ck_assert_uint_eq(pagetext_line_of(&pt, srcmap_to_source(&pt, &sp, clean,
	    strlen(clean), (size_t)(at - clean))), 3);
	/* And back: the source 桐 is the clean 桐. */
	at = strstr(pt.text, "桐");
	ck_assert_uint_eq(srcmap_to_clean(&pt, &sp, clean, strlen(clean),
	    (size_t)(at - pt.text)), (size_t)(strstr(clean, "桐") - clean));
	ck_assert_uint_eq(srcmap_to_source(&pt, &sp, clean, strlen(clean),
	    strlen(clean)), sp.byte_end);
	page_text_free(&pt);
}
END_TEST

static Suite *
flags_suite(void)
{
	Suite *s = suite_create("flags");
	TCase *tc = tcase_create("kinds");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, test_names);
	tcase_add_test(tc, test_config_key);
	tcase_add_test(tc, test_doubled_zh);
	tcase_add_test(tc, test_doubled_inline);
	tcase_add_test(tc, test_doubled_en);
	tcase_add_test(tc, test_doubled_negative);
	tcase_add_test(tc, test_unbalanced_zh);
	tcase_add_test(tc, test_unbalanced_close);
	tcase_add_test(tc, test_unbalanced_en);
	tcase_add_test(tc, test_unbalanced_negative);
	tcase_add_test(tc, test_halfwidth_zh);
	tcase_add_test(tc, test_halfwidth_negative);
	tcase_add_test(tc, test_mixed_zh);
	tcase_add_test(tc, test_mixed_en);
	tcase_add_test(tc, test_mixed_negative);
	tcase_add_test(tc, test_repeat_zh);
	tcase_add_test(tc, test_repeat_en);
	tcase_add_test(tc, test_repeat_negative);
	tcase_add_test(tc, test_repeat_headline);
	tcase_add_test(tc, test_dropped_zh);
	tcase_add_test(tc, test_dropped_negative);
	tcase_add_test(tc, test_jump_missing_page);
	tcase_add_test(tc, test_jump_missing_article);
	tcase_add_test(tc, test_jump_en);
	tcase_add_test(tc, test_jump_negative);
	tcase_add_test(tc, test_byline_zh);
	tcase_add_test(tc, test_byline_en);
	tcase_add_test(tc, test_byline_negative);
	tcase_add_test(tc, test_mask_off);
	suite_add_tcase(s, tc);
	tc = tcase_create("srcmap");
	tcase_add_test(tc, test_srcmap);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(flags_suite)

/* SPDX-License-Identifier: ISC */
/* check_clean.c: clean text from hard-wrapped lines. */
#include "config.h"

#include <check.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "check_run.h"
#include "clean.h"

static char *got;

static void
teardown(void)
{
	free(got);
	got = NULL;
}

/* Clean n lines given as a NULL-terminated list. */
static const char *
join(const char *first, ...)
{
	const char *lines[16];
	size_t lens[16], n = 0;
	va_list ap;
	const char *s;

	va_start(ap, first);
	for (s = first; s && n < 16; s = va_arg(ap, const char *)) {
		lines[n] = s;
		lens[n++] = strlen(s);
	}
	va_end(ap);
	free(got);
	got = clean_lines(lines, lens, n);
	return got;
}

static const char *
one(const char *s)
{
	free(got);
	got = clean_string(s, strlen(s));
	return got;
}

START_TEST(cjk_lines_join_without_space)
{
	ck_assert_str_eq(join("全县上下众志成城，攻坚", "克难，有力托住", NULL),
	    "全县上下众志成城，攻坚克难，有力托住");
}
END_TEST

START_TEST(latin_lines_join_with_one_space)
{
	ck_assert_str_eq(join("The gas produced by", "hog manure at farms", NULL),
	    "The gas produced by hog manure at farms");
	ck_assert_str_eq(join("end of line   ", "  next", NULL),
	    "end of line next");
}
END_TEST

START_TEST(hyphenation_removed)
{
	ck_assert_str_eq(join("in Pearl Har-", "bor today", NULL),
	    "in Pearl Harbor today");
	ck_assert_str_eq(join("trading systems can cut emis-", "sions", NULL),
	    "trading systems can cut emissions");
}
END_TEST

START_TEST(real_hyphens_kept)
{
	/* Upper case after the hyphen: a name, not a broken word. */
	ck_assert_str_eq(join("the Franco-", "Prussian war", NULL),
	    "the Franco-Prussian war");
	/* A word that already holds a hyphen is a compound. */
	ck_assert_str_eq(join("a state-of-", "the-art plant", NULL),
	    "a state-of-the-art plant");
	ck_assert_str_eq(one("cap-and-trade systems"), "cap-and-trade systems");
	ck_assert_str_eq(join("beat Hawks 115-", "111 on Friday", NULL),
	    "beat Hawks 115-111 on Friday");
}
END_TEST

START_TEST(artifact_spaces_dropped)
{
	ck_assert_str_eq(one("日下午， 全县智能制造"), "日下午，全县智能制造");
	ck_assert_str_eq(one("3 月 30 日下午"), "3月30日下午");
	ck_assert_str_eq(one("过去的 2020 年是"), "过去的2020年是");
	ck_assert_str_eq(one("着 问 题 学 ， 活 学"), "着问题学，活学");
	ck_assert_str_eq(one("争做 “工业领导”“招商领"), "争做“工业领导”“招商领");
	ck_assert_str_eq(one("以大见小” 的方法论"), "以大见小”的方法论");
	ck_assert_str_eq(one("约 21 ％。 这些豹"), "约21％。这些豹");
}
END_TEST

START_TEST(latin_spaces_kept)
{
	ck_assert_str_eq(one("Wade said. “It didn't, so"),
	    "Wade said. “It didn't, so");
	ck_assert_str_eq(one("NEW YORK (AP) — The gas"), "NEW YORK (AP) — The gas");
	ck_assert_str_eq(one("  two   spaces  "), "two spaces");
}
END_TEST

START_TEST(names_keep_spaces)
{
	const char *lines[] = { "周晴 刘俊杰 李茂清", "摄影报道" };
	size_t lens[] = { strlen(lines[0]), strlen(lines[1]) };

	got = clean_names(lines, lens, 2);
	ck_assert_str_eq(got, "周晴 刘俊杰 李茂清 摄影报道");
	free(got);
	lines[0] = "本报讯 （记者 徐明 叶如舟 杨益达）";
	lens[0] = strlen(lines[0]);
	got = clean_names(lines, lens, 1);
	ck_assert_str_eq(got, "本报讯（记者 徐明 叶如舟 杨益达）");
}
END_TEST

START_TEST(doubled_glyphs)
{
	const char *ad = "农农信信手手机机银银行行";

	ck_assert(clean_is_doubled(ad, strlen(ad)));
	got = clean_undouble(ad, strlen(ad));
	ck_assert_str_eq(got, "农信手机银行");
	ck_assert(!clean_is_doubled("农信手机银行", strlen("农信手机银行")));
	/* Rules and ellipses are not fake bold. */
	ck_assert(!clean_is_doubled("————", strlen("————")));
	/* A staircase run together reads as doubled glyphs. */
	ck_assert(clean_is_doubled("中中国国通通", strlen("中中国国通通")));
	/* Latin words keep the spaces between their pairs. */
	ad = "N\nNeew\nw ppaattiieennttss w\nweellccoom\nmee";
	ck_assert(clean_doubled_so_far("NNeew", 5));
	ck_assert(!clean_doubled_so_far("Neew", 4));
	ck_assert(clean_is_doubled(ad, strlen(ad)));
	free(got);
	got = clean_undouble_spaced(ad, strlen(ad));
	ck_assert_str_eq(got, "New patients welcome");
}
END_TEST

START_TEST(invalid_utf8_replaced)
{
	ck_assert_str_eq(one("a\xff" "b"), "a\xef\xbf\xbd" "b");
}
END_TEST

START_TEST(widths)
{
	/* Justification spaces do not count; the CJK-digit gap does. */
	ck_assert_int_eq(clean_width("日下午， 全县", strlen("日下午， 全县"), true),
	    12);
	ck_assert_int_eq(clean_width("过去的 2020 年", strlen("过去的 2020 年"),
	    true), 14);
	ck_assert_int_eq(clean_width("hog manure", 10, false), 10);
	ck_assert(clean_is_wide(0x4E2D));
	ck_assert(!clean_is_wide('a'));
	ck_assert_uint_eq(clean_count_wide("中a文", strlen("中a文")), 2);
}
END_TEST

static Suite *
clean_suite(void)
{
	Suite *s = suite_create("clean");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, cjk_lines_join_without_space);
	tcase_add_test(tc, latin_lines_join_with_one_space);
	tcase_add_test(tc, hyphenation_removed);
	tcase_add_test(tc, real_hyphens_kept);
	tcase_add_test(tc, artifact_spaces_dropped);
	tcase_add_test(tc, latin_spaces_kept);
	tcase_add_test(tc, names_keep_spaces);
	tcase_add_test(tc, doubled_glyphs);
	tcase_add_test(tc, invalid_utf8_replaced);
	tcase_add_test(tc, widths);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(clean_suite)

/* SPDX-License-Identifier: ISC */
/* check_linebreak.c: break opportunities, UAX #14 and the 禁则. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "check_run.h"
#include "linebreak.h"

/* Opportunities of s as a string: '|' before each byte where a line may
 * break, '!' where it must, then the byte. */
static const char *
marks(const char *s, int cjk)
{
	static char	out[512];
	char		brk[256];
	size_t		len = strlen(s), i, o = 0;

	ck_assert_uint_lt(len, sizeof brk);
	linebreak_find(s, len, cjk, NULL, brk);
	for (i = 0; i < len; i++) {
		if (brk[i] == LINEBREAK_ALLOW)
			out[o++] = '|';
		else if (brk[i] == LINEBREAK_MUST)
			out[o++] = '!';
		out[o++] = s[i];
	}
	out[o] = '\0';
	return out;
}

START_TEST(latin_words)
{
	ck_assert_str_eq(marks("the quick fox", 0), "the |quick |fox");
	ck_assert_str_eq(marks("well-known", 0), "well-|known");
	ck_assert_str_eq(marks("(a) b, c.", 0), "(a) |b, |c.");
	ck_assert_str_eq(marks("a\nb", 0), "a\n!b");
}
END_TEST

START_TEST(ideographs)
{
	ck_assert_str_eq(marks("中文字", 1), "中|文|字");
	/* Closing punctuation never starts a line, opening never ends one. */
	ck_assert_str_eq(marks("好，是。", 1), "好，|是。");
	ck_assert_str_eq(marks("说《书》看", 1), "说|《书》|看");
	ck_assert_str_eq(marks("说「书」看", 1), "说|「书」|看");
	ck_assert_str_eq(marks("（一）二", 1), "（一）|二");
	/* Quotes: breakable next to ideographs (UAX #14 before 15.1 is not). */
	ck_assert_str_eq(marks("说“好”的", 1), "说|“好”|的");
	ck_assert_str_eq(marks("说：“好。”他", 1), "说：|“好。”|他");
}
END_TEST

START_TEST(runs_stay_whole)
{
	ck_assert_str_eq(marks("等———好", 1), "等|———|好");
	ck_assert_str_eq(marks("等……好", 1), "等……|好");
	ck_assert_str_eq(marks("用Linux系统", 1), "用|Linux|系|统");
	ck_assert_str_eq(marks("于2000年", 1), "于|2000|年");
	ck_assert_str_eq(marks("３１日", 1), "３１|日");
}
END_TEST

START_TEST(japanese)
{
	/* Small kana, the prolonged sound mark and 々 never start a line. */
	ck_assert_str_eq(marks("キャッチー", 1), "キャッ|チー");
	ck_assert_str_eq(marks("人々は", 1), "人々|は");
	ck_assert_str_eq(marks("東京・大阪", 1), "東|京・|大|阪");
}
END_TEST

START_TEST(clusters_never_split)
{
	/* e + combining acute; a flag; an emoji with a skin tone. */
	ck_assert_str_eq(marks("e\xCC\x81 x", 0), "e\xCC\x81 |x");
	ck_assert_str_eq(marks("中\xCC\x81文", 1), "中\xCC\x81|文");
	ck_assert_str_eq(marks("\xF0\x9F\x87\xA8\xF0\x9F\x87\xB3中", 1),
	    "\xF0\x9F\x87\xA8\xF0\x9F\x87\xB3|中");
}
END_TEST

START_TEST(rule_tables)
{
	static const uint32_t starts[] = { 0xFF0C, 0x3002, 0x3001, 0xFF1B,
	    0xFF1A, 0xFF1F, 0xFF01, 0xFF09, 0x300B, 0x300D, 0x300F, 0x201D,
	    0x2019, 0x3015, 0x3011, 0x30FB, 0x3005, 0x30FC, 0x3041, 0x30C3 };
	static const uint32_t ends[] = { 0xFF08, 0x300A, 0x300C, 0x300E,
	    0x201C, 0x2018, 0x3010, 0x3014 };
	size_t	i;

	for (i = 0; i < sizeof starts / sizeof starts[0]; i++) {
		ck_assert(linebreak_no_start(starts[i]));
		ck_assert(!linebreak_no_end(starts[i]));
	}
	for (i = 0; i < sizeof ends / sizeof ends[0]; i++) {
		ck_assert(linebreak_no_end(ends[i]));
		ck_assert(!linebreak_no_start(ends[i]));
	}
	ck_assert(!linebreak_no_start(0x4E2D));
	ck_assert(!linebreak_no_end(0x4E2D));
	ck_assert(linebreak_inseparable(0x2014, 0x2014));
	ck_assert(linebreak_inseparable(0x2026, 0x2026));
	ck_assert(!linebreak_inseparable(0x2014, 0x2026));
	ck_assert(!linebreak_inseparable(0x4E2D, 0x4E2D));
}
END_TEST

START_TEST(empty_and_invalid)
{
	char	brk[4];

	linebreak_find("", 0, 0, NULL, brk);
	ck_assert_str_eq(marks("\xFF\xFE a", 0), "\xFF\xFE |a");
}
END_TEST

static Suite *
linebreak_suite(void)
{
	Suite	*s = suite_create("linebreak");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, latin_words);
	tcase_add_test(tc, ideographs);
	tcase_add_test(tc, runs_stay_whole);
	tcase_add_test(tc, japanese);
	tcase_add_test(tc, clusters_never_split);
	tcase_add_test(tc, rule_tables);
	tcase_add_test(tc, empty_and_invalid);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(linebreak_suite)

/* SPDX-License-Identifier: ISC */
/* check_width.c: cell widths, grapheme clusters, agreement with glibc. */
#include "config.h"

#include <check.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "check_run.h"
#include "width.h"

#define EAW_FILE "/usr/share/unicode/EastAsianWidth.txt"

static int
wtext(const char *s, enum ambiguous_width amb)
{
	return width_text(s, strlen(s), amb);
}

START_TEST(basic_widths)
{
	ck_assert_int_eq(width_char('a', AMBIGUOUS_NARROW), 1);
	ck_assert_int_eq(width_char(0x4E2D, AMBIGUOUS_NARROW), 2);	/* 中 */
	ck_assert_int_eq(width_char(0x3000, AMBIGUOUS_NARROW), 2);
	ck_assert_int_eq(width_char(0xFF0C, AMBIGUOUS_NARROW), 2);	/* ， */
	ck_assert_int_eq(width_char(0xFF71, AMBIGUOUS_NARROW), 1);	/* ｱ */
	ck_assert_int_eq(width_char(0x0301, AMBIGUOUS_NARROW), 0);
	ck_assert_int_eq(width_char(0x200D, AMBIGUOUS_NARROW), 0);	/* ZWJ */
	ck_assert_int_eq(width_char(0xFE0F, AMBIGUOUS_NARROW), 0);
	ck_assert_int_eq(width_char(0x1F600, AMBIGUOUS_NARROW), 2);
	ck_assert_int_eq(wtext("中文abc", AMBIGUOUS_NARROW), 7);
	ck_assert_int_eq(wtext("e\xCC\x81", AMBIGUOUS_NARROW), 1);
}
END_TEST

START_TEST(ambiguous_narrow_and_wide)
{
	static const uint32_t amb[] = { 0x201C, 0x201D, 0x2018, 0x2019,
	    0x2014, 0x2026, 0x00B7, 0x25CB, 0x2460, 0x00E9 };
	size_t	i;

	for (i = 0; i < sizeof amb / sizeof amb[0]; i++) {
		ck_assert_int_eq(width_char(amb[i], AMBIGUOUS_NARROW), 1);
		ck_assert_int_eq(width_char(amb[i], AMBIGUOUS_WIDE), 2);
	}
	/* Neutral, not ambiguous: one cell either way (libunistring's CJK
	 * encoding trick would make these wide). */
	ck_assert_int_eq(width_char(0x0627, AMBIGUOUS_WIDE), 1);	/* Arabic */
	ck_assert_int_eq(width_char(0x0250, AMBIGUOUS_WIDE), 1);	/* IPA */
	ck_assert_int_eq(width_char('a', AMBIGUOUS_WIDE), 1);
	ck_assert_int_eq(width_char(0x4E2D, AMBIGUOUS_WIDE), 2);
	ck_assert_int_eq(width_char(0x0301, AMBIGUOUS_WIDE), 0);
	ck_assert_int_eq(wtext("“你好”", AMBIGUOUS_NARROW), 6);
	ck_assert_int_eq(wtext("“你好”", AMBIGUOUS_WIDE), 8);
}
END_TEST

START_TEST(placeholders)
{
	ck_assert_ptr_nonnull(width_placeholder(0x1B));
	ck_assert_ptr_nonnull(width_placeholder(0x202E));	/* RLO */
	ck_assert_ptr_nonnull(width_placeholder(0x0378));	/* unassigned */
	ck_assert_ptr_null(width_placeholder('a'));
	ck_assert_ptr_null(width_placeholder(0x4E2D));
	ck_assert_int_eq(width_char(0x1B, AMBIGUOUS_NARROW), 1);
	ck_assert_int_eq(width_char(0x07, AMBIGUOUS_WIDE), 1);
	ck_assert_int_eq(width_char(0x0378, AMBIGUOUS_NARROW), 1);
	/* An invalid byte counts as U+FFFD. */
	ck_assert_int_eq(width_text("\xFF", 1, AMBIGUOUS_NARROW), 1);
}
END_TEST

START_TEST(clusters)
{
	const char *family = "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9"
	    "\xE2\x80\x8D\xF0\x9F\x91\xA7";	/* man ZWJ woman ZWJ girl */
	const char *flag = "\xF0\x9F\x87\xA8\xF0\x9F\x87\xB3";	/* CN */

	ck_assert_uint_eq(width_cluster_len("e\xCC\x81x", 4), 3);
	ck_assert_uint_eq(width_cluster_len("ab", 2), 1);
	ck_assert_uint_eq(width_cluster_len("中文", 6), 3);
	ck_assert_uint_eq(width_cluster_len(family, strlen(family)),
	    strlen(family));
	ck_assert_uint_eq(width_cluster_len(flag, 8), 8);
	ck_assert_uint_eq(width_cluster_len("\xE2\x9D\xA4\xEF\xB8\x8F!", 7), 6);
	ck_assert_uint_eq(width_cluster_len("\r\n", 2), 2);
	ck_assert_uint_eq(width_cluster_len("", 0), 0);
}
END_TEST

START_TEST(long_cluster)
{
	char	buf[1 + 2 * 500 + 1];
	int	i;

	/* A base with 500 marks: one cluster however long. */
	buf[0] = 'a';
	for (i = 0; i < 500; i++)
		memcpy(buf + 1 + 2 * i, "\xCC\x81", 2);
	buf[1001] = 'b';
	ck_assert_uint_eq(width_cluster_len(buf, 1002), 1001);
	ck_assert_int_eq(width_text(buf, 1002, AMBIGUOUS_NARROW), 2);
}
END_TEST

START_TEST(cjk)
{
	ck_assert(width_is_cjk(0x4E2D));	/* 中 */
	ck_assert(width_is_cjk(0x3042));	/* あ */
	ck_assert(width_is_cjk(0x30A2));	/* ア */
	ck_assert(width_is_cjk(0xAC00));	/* 가 */
	ck_assert(width_is_cjk(0x3002));	/* 。 */
	ck_assert(width_is_cjk(0xFF0C));	/* ， */
	ck_assert(width_is_cjk(0x20000));
	ck_assert(!width_is_cjk('a'));
	ck_assert(!width_is_cjk(0x201C));
	ck_assert(!width_is_cjk(0x1F600));
}
END_TEST

/* Every code point drawn as itself has glibc's width (what ncursesw uses). */
START_TEST(agrees_with_glibc)
{
	uint32_t	c;
	long		diff = 0, checked = 0;

	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL &&
	    setlocale(LC_CTYPE, "C.utf8") == NULL) {
		printf("glibc comparison skipped: no C.UTF-8 locale\n");
		return;
	}
	for (c = 0; c < 0x110000; c++) {
		if (width_placeholder(c) != NULL)
			continue;
		checked++;
		if (width_char(c, AMBIGUOUS_NARROW) != wcwidth((wchar_t)c)) {
			if (diff++ < 10)
				printf("U+%04X: ours %d, wcwidth %d\n",
				    (unsigned)c, width_char(c,
				    AMBIGUOUS_NARROW), wcwidth((wchar_t)c));
		}
	}
	printf("widths compared with glibc: %ld code points, %ld differ\n",
	    checked, diff);
	ck_assert_int_gt(checked, 200000);
	ck_assert_int_eq(diff, 0);
}
END_TEST

/* Mark the East Asian Ambiguous code points of EastAsianWidth.txt. */
static int
eaw_load(const char *path, unsigned char *amb)
{
	char		 line[512], cls[8];
	unsigned	 a, b;
	FILE		*f;

	if ((f = fopen(path, "r")) == NULL)
		return -1;
	while (fgets(line, sizeof line, f) != NULL) {
		if (sscanf(line, "%x..%x ; %7s", &a, &b, cls) == 3 ||
		    sscanf(line, "%x..%x;%7s", &a, &b, cls) == 3)
			;
		else if (sscanf(line, "%x ; %7s", &a, cls) == 2 ||
		    sscanf(line, "%x;%7s", &a, cls) == 2)
			b = a;
		else
			continue;
		if (cls[0] == 'A' && (cls[1] == '\0' || cls[1] == ' ') &&
		    b < 0x110000)
			memset(amb + a, 1, b - a + 1);
	}
	fclose(f);
	return 0;
}

/* AMBIGUOUS_WIDE widens exactly class A, and only what is one cell. */
START_TEST(wide_is_east_asian_ambiguous)
{
	unsigned char	*amb = calloc(0x110000, 1);
	uint32_t	 c;
	int		 n, w, want;
	long		 diff = 0;

	ck_assert_ptr_nonnull(amb);
	if (eaw_load(EAW_FILE, amb) < 0) {
		printf("%s not found: ambiguous table not re-derived\n",
		    EAW_FILE);
		free(amb);
		return;
	}
	for (c = 0; c < 0x110000; c++) {
		if (width_placeholder(c) != NULL)
			continue;
		n = width_char(c, AMBIGUOUS_NARROW);
		w = width_char(c, AMBIGUOUS_WIDE);
		want = n == 1 && amb[c] ? 2 : n;
		if (w != want && diff++ < 10)
			printf("U+%04X: wide %d, want %d\n", (unsigned)c, w,
			    want);
	}
	free(amb);
	ck_assert_int_eq(diff, 0);
}
END_TEST

static Suite *
width_suite(void)
{
	Suite	*s = suite_create("width");
	TCase	*tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, basic_widths);
	tcase_add_test(tc, ambiguous_narrow_and_wide);
	tcase_add_test(tc, placeholders);
	tcase_add_test(tc, clusters);
	tcase_add_test(tc, long_cluster);
	tcase_add_test(tc, cjk);
	tcase_add_test(tc, agrees_with_glibc);
	tcase_add_test(tc, wide_is_east_asian_ambiguous);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(width_suite)

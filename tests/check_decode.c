/* SPDX-License-Identifier: ISC */
/* check_decode.c: charset detection and conversion. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "check_run.h"
#include "decode.h"

static struct decode_result dr;
static struct diag_list dl;

static void
teardown(void)
{
	decode_result_free(&dr);
	diag_list_free(&dl);
}

static int
decode_str(const char *bytes, size_t n, const char *forced, const char *hint)
{
	decode_result_free(&dr);
	return decode_bytes((const unsigned char *)bytes, n, forced, hint,
	    "page.txt", &dl, &dr);
}

START_TEST(utf8_passes_through)
{
	ck_assert_int_eq(decode_str("本报讯 ok\n", strlen("本报讯 ok\n"), NULL, NULL), 0);
	ck_assert_str_eq(dr.text, "本报讯 ok\n");
	ck_assert_str_eq(dr.charset, "UTF-8");
	ck_assert_uint_eq(dl.n, 0);
}
END_TEST

START_TEST(bom_is_dropped)
{
	decode_str("\xEF\xBB\xBFhi", 5, NULL, NULL);
	ck_assert_str_eq(dr.text, "hi");
}
END_TEST

START_TEST(utf16le_bom)
{
	decode_str("\xFF\xFEh\0i\0", 6, NULL, NULL);
	ck_assert_str_eq(dr.text, "hi");
	ck_assert_str_eq(dr.charset, "UTF-16LE");
}
END_TEST

START_TEST(line_ends_normalised)
{
	decode_str("a\r\nb\rc\nd", 8, NULL, NULL);
	ck_assert_str_eq(dr.text, "a\nb\nc\nd");
}
END_TEST

START_TEST(nul_becomes_replacement)
{
	decode_str("a\0b", 3, NULL, NULL);
	ck_assert_str_eq(dr.text, "a\xEF\xBF\xBD" "b");
}
END_TEST

START_TEST(stray_byte_in_utf8_reported_with_line_and_byte)
{
	/* Long enough UTF-8 that one bad byte is an error, not another charset. */
	const char *good = "全县智能制造新城建设动员会暨生态工业发展大会召开\n";
	char buf[512];
	size_t n;

	strcpy(buf, good);
	strcat(buf, "第二行\xFF结束\n");
	n = strlen(buf);
	decode_str(buf, n, NULL, NULL);
	ck_assert_str_eq(dr.charset, "UTF-8");
	ck_assert_ptr_nonnull(strstr(dr.text, "第二行\xEF\xBF\xBD结束"));
	ck_assert_uint_eq(dr.n_replaced, 1);
	ck_assert_uint_eq(dl.n, 1);
	ck_assert_str_eq(dl.items[0].file, "page.txt");
	ck_assert_uint_eq(dl.items[0].line, 2);
	ck_assert_int_eq(dl.items[0].byte, (long long)(strlen(good) + 9));
}
END_TEST

START_TEST(gb18030_detected)
{
	/* "本报讯（记者 宋词）全县新冠病毒疫苗接种工作推进会召开" in GB18030,
	 * repeated so the detector has enough to go on. */
	static const char gb[] =
	    "\xb1\xbe\xb1\xa8\xd1\xb6\xa3\xa8\xbc\xc7\xd5\xdf\x20\xcb\xce\xb4"
	    "\xca\xa3\xa9\xc8\xab\xcf\xd8\xd0\xc2\xb9\xda\xb2\xa1\xb6\xbe\xd2"
	    "\xdf\xc3\xe7\xbd\xd3\xd6\xd6\xb9\xa4\xd7\xf7\xcd\xc6\xbd\xf8\xbb"
	    "\xe1\xd5\xd9\xbf\xaa\x0a";
	char buf[4096] = "";
	int i;

	for (i = 0; i < 20; i++)
		strcat(buf, gb);
	decode_str(buf, strlen(buf), NULL, NULL);
	ck_assert_str_eq(dr.charset, "GB18030");
	ck_assert_ptr_nonnull(strstr(dr.text, "本报讯（记者 宋词）全县新冠病毒"));
	ck_assert_uint_eq(dr.n_replaced, 0);
}
END_TEST

START_TEST(hint_used_when_not_utf8)
{
	decode_str("caf\xe9", 4, NULL, "ISO-8859-1");
	ck_assert_str_eq(dr.text, "café");
	/* ... but valid UTF-8 wins over the hint */
	decode_str("café", 5, NULL, "ISO-8859-1");
	ck_assert_str_eq(dr.text, "café");
}
END_TEST

START_TEST(forced_overrides)
{
	decode_str("caf\xc3\xa9", 5, "ISO-8859-1", NULL);
	ck_assert_str_eq(dr.text, "cafÃ©");
}
END_TEST

START_TEST(unknown_charset_is_an_error)
{
	ck_assert_int_eq(decode_str("x", 1, "NO-SUCH-CHARSET", NULL), -1);
	ck_assert_uint_eq(dl.n, 1);
	ck_assert_int_eq(dl.items[0].level, DIAG_ERROR);
}
END_TEST

START_TEST(truncated_legacy_sequence)
{
	decode_str("ab\xb1", 3, "GB18030", NULL);
	ck_assert_str_eq(dr.text, "ab\xEF\xBF\xBD");
	ck_assert_uint_eq(dr.n_replaced, 1);
}
END_TEST

START_TEST(reports_are_capped)
{
	char buf[200];
	int i;

	for (i = 0; i < 100; i++) {
		buf[2 * i] = 'a';
		buf[2 * i + 1] = (char)0xFF;
	}
	decode_str(buf, 200, "UTF-8", NULL);
	ck_assert_uint_eq(dr.n_replaced, 100);
	ck_assert_uint_eq(dl.n, 6);	/* five, then one count */
	ck_assert_ptr_nonnull(strstr(dl.items[5].message, "95 more"));
}
END_TEST

START_TEST(binary_flagged)
{
	char buf[100] = { 0 };

	decode_str(buf, sizeof buf, NULL, NULL);
	ck_assert_int_eq(dr.binary, 1);
}
END_TEST

static Suite *
decode_suite(void)
{
	Suite *s = suite_create("decode");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, utf8_passes_through);
	tcase_add_test(tc, bom_is_dropped);
	tcase_add_test(tc, utf16le_bom);
	tcase_add_test(tc, line_ends_normalised);
	tcase_add_test(tc, nul_becomes_replacement);
	tcase_add_test(tc, stray_byte_in_utf8_reported_with_line_and_byte);
	tcase_add_test(tc, gb18030_detected);
	tcase_add_test(tc, hint_used_when_not_utf8);
	tcase_add_test(tc, forced_overrides);
	tcase_add_test(tc, unknown_charset_is_an_error);
	tcase_add_test(tc, truncated_legacy_sequence);
	tcase_add_test(tc, reports_are_capped);
	tcase_add_test(tc, binary_flagged);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(decode_suite)

/* SPDX-License-Identifier: ISC */
/* check_sanitize.c: nothing from a file reaches the terminal as control. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "check_run.h"
#include "sanitize.h"

/* Sanitize a string literal, NULs included. */
#define san(lit, keep) sanitize_text(lit, sizeof lit - 1, keep)

START_TEST(escape_sequences_become_visible)
{
	char *out = san("a\x1b]52;c;ZXZpbA==\x07" "b\x1b[2J", 0);

	ck_assert_str_eq(out, "a␛]52;c;ZXZpbA==␇b␛[2J");
	ck_assert_ptr_null(strchr(out, 0x1b));
	free(out);
}
END_TEST

START_TEST(c1_and_bidi_controls)
{
	/* U+009B (8-bit CSI), U+202E (right-to-left override), U+2066. */
	char *out = san("x\xc2\x9by\xe2\x80\xaez\xe2\x81\xa6", 0);

	ck_assert_str_eq(out, "x␦y␦z␦");
	free(out);
}
END_TEST

START_TEST(backspace_and_cr)
{
	char *out = san("ab\b\b__\rX", 0);

	ck_assert_str_eq(out, "ab␈␈__␍X");
	free(out);
}
END_TEST

START_TEST(newlines_kept_on_request)
{
	char *out = san("a\nb\tc", 1);

	ck_assert_str_eq(out, "a\nb␉c");
	free(out);
	out = san("a\nb", 0);
	ck_assert_str_eq(out, "a␊b");
	free(out);
}
END_TEST

START_TEST(text_untouched)
{
	const char *s = "本报讯（记者 徐明）“智能制造” café ＧＤＰ 👍🏽 e\xcc\x81";
	char *out = sanitize_text(s, strlen(s), 0);

	ck_assert_str_eq(out, s);
	free(out);
}
END_TEST

START_TEST(invalid_utf8_replaced)
{
	char *out = san("a\xff\xc3", 0);

	ck_assert_str_eq(out, "a\xEF\xBF\xBD\xEF\xBF\xBD");
	free(out);
}
END_TEST

START_TEST(placeholders_are_single_width_symbols)
{
	uint32_t c;

	for (c = 0; c < 0x20; c++)
		ck_assert_ptr_nonnull(sanitize_placeholder(c));
	ck_assert_ptr_nonnull(sanitize_placeholder(0x7f));
	ck_assert_ptr_nonnull(sanitize_placeholder(0x85));
	ck_assert_ptr_null(sanitize_placeholder('a'));
	ck_assert_ptr_null(sanitize_placeholder(0x3000));
	ck_assert_ptr_null(sanitize_placeholder(0x200D));	/* ZWJ: emoji */
}
END_TEST

/* sanitize_plain_len stops exactly where sanitize_text first changes
 * something, and says len when it changes nothing. */
START_TEST(plain_prefix_is_where_the_first_stand_in_goes)
{
	static const struct { const char *s; size_t plain; int nl; } v[] = {
		{ "本报讯 café ＧＤＰ 👍🏽", 34, 0 },
		{ "记者\033[31m", 6, 0 },
		{ "ab\xe2\x80\xae" "cd", 2, 0 },	/* U+202E */
		{ "a\xc2\x85" "b", 1, 0 },		/* U+0085 */
		{ "ok\xff", 2, 0 },			/* invalid */
		{ "ok\xef\xbf\xbd", 5, 0 },		/* a real U+FFFD */
		{ "a\nb", 1, 0 },
		{ "a\nb", 3, 1 },
		{ "", 0, 0 },
	};
	size_t i, len;
	char *out;

	for (i = 0; i < sizeof v / sizeof v[0]; i++) {
		len = strlen(v[i].s);
		ck_assert_uint_eq(sanitize_plain_len(v[i].s, len, v[i].nl), v[i].plain);
		out = sanitize_text(v[i].s, len, v[i].nl);
		ck_assert_int_eq(memcmp(out, v[i].s, v[i].plain), 0);
		ck_assert_int_eq(strcmp(out, v[i].s) == 0, v[i].plain == len);
		free(out);
	}
}
END_TEST

static Suite *
sanitize_suite(void)
{
	Suite *s = suite_create("sanitize");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, escape_sequences_become_visible);
	tcase_add_test(tc, c1_and_bidi_controls);
	tcase_add_test(tc, backspace_and_cr);
	tcase_add_test(tc, newlines_kept_on_request);
	tcase_add_test(tc, text_untouched);
	tcase_add_test(tc, invalid_utf8_replaced);
	tcase_add_test(tc, placeholders_are_single_width_symbols);
	tcase_add_test(tc, plain_prefix_is_where_the_first_stand_in_goes);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(sanitize_suite)

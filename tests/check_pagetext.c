/* SPDX-License-Identifier: ISC */
/* check_pagetext.c: lines and form-feed pages. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "check_run.h"
#include "pagetext.h"
#include "xalloc.h"

static struct page_text pt;

static void
teardown(void)
{
	page_text_free(&pt);
}

static void
lines_of(const char *s)
{
	page_text_free(&pt);
	pagetext_from_text(&pt, xstrdup(s), strlen(s));
}

START_TEST(lines_split_at_lf)
{
	size_t len;
	const char *l;

	lines_of("a\n\nbc\n");
	ck_assert_uint_eq(pt.n_lines, 3);
	l = pagetext_line(&pt, 3, &len);
	ck_assert_uint_eq(len, 2);
	ck_assert_int_eq(strncmp(l, "bc", 2), 0);
	ck_assert_ptr_null(pagetext_line(&pt, 4, &len));
	ck_assert_ptr_null(pagetext_line(&pt, 0, &len));
}
END_TEST

START_TEST(last_line_without_lf)
{
	lines_of("a\nb");
	ck_assert_uint_eq(pt.n_lines, 2);
	lines_of("");
	ck_assert_uint_eq(pt.n_lines, 0);
}
END_TEST

START_TEST(line_of_offset)
{
	lines_of("ab\ncd\n\nef");
	ck_assert_uint_eq(pagetext_line_of(&pt, 0), 1);
	ck_assert_uint_eq(pagetext_line_of(&pt, 2), 1);
	ck_assert_uint_eq(pagetext_line_of(&pt, 3), 2);
	ck_assert_uint_eq(pagetext_line_of(&pt, 6), 3);
	ck_assert_uint_eq(pagetext_line_of(&pt, 8), 4);
}
END_TEST

START_TEST(form_feeds_split_pages)
{
	const char *s = "one\n\ftwo\n\f";
	size_t *st, *ln, n = pagetext_split_pages(s, strlen(s), &st, &ln);

	ck_assert_uint_eq(n, 2);	/* the trailing \f makes no page */
	ck_assert_uint_eq(st[1], 5);
	ck_assert_uint_eq(ln[1], 4);
	free(st);
	free(ln);
	n = pagetext_split_pages("x", 1, &st, &ln);
	ck_assert_uint_eq(n, 1);
	free(st);
	free(ln);
	n = pagetext_split_pages("a\f\fb", 4, &st, &ln);
	ck_assert_uint_eq(n, 3);	/* an empty page in the middle is kept */
	free(st);
	free(ln);
}
END_TEST

static Suite *
pagetext_suite(void)
{
	Suite *s = suite_create("pagetext");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, lines_split_at_lf);
	tcase_add_test(tc, last_line_without_lf);
	tcase_add_test(tc, line_of_offset);
	tcase_add_test(tc, form_feeds_split_pages);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(pagetext_suite)

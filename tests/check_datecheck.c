/* check_datecheck.c: what the date jump accepts, and what it says of the
 * rest. */
#include "config.h"

#include <check.h>
#include <string.h>

#include "check_run.h"
#include "datecheck.h"

START_TEST(dates_accepted)
{
	char buf[128];

	ck_assert_ptr_null(datecheck("2024", buf, sizeof buf));
	ck_assert_ptr_null(datecheck("2024-04", buf, sizeof buf));
	ck_assert_ptr_null(datecheck("2024-04-03", buf, sizeof buf));
	ck_assert_ptr_null(datecheck("2024-02-29", buf, sizeof buf));
	ck_assert_ptr_null(datecheck("2000-02-29", buf, sizeof buf));
}
END_TEST

START_TEST(dates_refused)
{
	char buf[128];

	ck_assert_str_eq(datecheck("hello", buf, sizeof buf),
	    "'hello' is not a date: type YYYY-MM-DD, YYYY-MM or YYYY");
	ck_assert_str_eq(datecheck("2024-13-45", buf, sizeof buf),
	    "2024-13-45: the month is 13, months go 01 to 12");
	ck_assert_str_eq(datecheck("2024-04-31", buf, sizeof buf),
	    "2024-04-31: the day is 31, 2024-04 has days 01 to 30");
	ck_assert_ptr_nonnull(datecheck("2023-02-29", buf, sizeof buf));
	ck_assert_ptr_nonnull(datecheck("1900-02-29", buf, sizeof buf));
	ck_assert_ptr_nonnull(datecheck("2024-4-3", buf, sizeof buf));
	ck_assert_ptr_nonnull(datecheck("", buf, sizeof buf));
	ck_assert_ptr_nonnull(datecheck("2024-00", buf, sizeof buf));
}
END_TEST

static Suite *
datecheck_suite(void)
{
	Suite *s = suite_create("datecheck");
	TCase *tc = tcase_create("dates");

	tcase_add_test(tc, dates_accepted);
	tcase_add_test(tc, dates_refused);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(datecheck_suite)

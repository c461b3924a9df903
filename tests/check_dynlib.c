/* SPDX-License-Identifier: ISC */
/* check_dynlib.c: optional libraries opened when first needed. */
#include "config.h"

#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#ifdef __GLIBC__
#include <gnu/lib-names.h>
#endif

#include "check_run.h"
#include "dynlib.h"

#ifdef LIBM_SO
START_TEST(functions_are_found_in_the_library_and_called)
{
	static const char *const names[] = { "cos", "sqrt" };
	double (*cos_fn)(double) = NULL, (*sqrt_fn)(double) = NULL;
	void *const slots[] = { &cos_fn, &sqrt_fn };
	char *cause = (char *)"unset";

	ck_assert_int_eq(dynlib_load(LIBM_SO, names, 2, slots, &cause), 0);
	ck_assert_ptr_null(cause);
	ck_assert(cos_fn(0.0) == 1.0);
	ck_assert(sqrt_fn(16.0) == 4.0);
}
END_TEST

START_TEST(a_missing_function_is_named)
{
	static const char *const names[] = { "cos", "kanbao_no_such_function" };
	double (*cos_fn)(double) = NULL, (*none)(double) = NULL;
	void *const slots[] = { &cos_fn, &none };
	char *cause = NULL;

	ck_assert_int_eq(dynlib_load(LIBM_SO, names, 2, slots, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "kanbao_no_such_function"));
	ck_assert_ptr_nonnull(strstr(cause, LIBM_SO));
	free(cause);
}
END_TEST
#endif

START_TEST(a_missing_library_is_named)
{
	static const char *const names[] = { "f" };
	void (*f)(void) = NULL;
	void *const slots[] = { &f };
	char *cause = NULL;

	ck_assert_int_eq(dynlib_load("libkanbao-no-such.so.0", names, 1, slots,
	    &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "cannot load libkanbao-no-such.so.0"));
	ck_assert_ptr_null(f);
	free(cause);
}
END_TEST

#ifdef POPPLER_SONAME
/* What configure found is what the system has. */
START_TEST(poppler_opens_by_its_soname)
{
	static const char *const names[] = { "poppler_get_version" };
	const char *(*version)(void) = NULL;
	void *const slots[] = { &version };
	char *cause = NULL;

	ck_assert_msg(dynlib_load(POPPLER_SONAME, names, 1, slots, &cause) == 0,
	    "%s", cause);
	ck_assert_ptr_nonnull(version());
}
END_TEST
#endif

static Suite *
dynlib_suite(void)
{
	Suite *s = suite_create("dynlib");
	TCase *tc = tcase_create("core");

#ifdef LIBM_SO
	tcase_add_test(tc, functions_are_found_in_the_library_and_called);
	tcase_add_test(tc, a_missing_function_is_named);
#endif
	tcase_add_test(tc, a_missing_library_is_named);
#ifdef POPPLER_SONAME
	tcase_add_test(tc, poppler_opens_by_its_soname);
#endif
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(dynlib_suite)

/* SPDX-License-Identifier: ISC */
/* check_run.h: the main() every Check test program shares.  Include it
 * once, after defining the suite function, and write
 *	CHECK_MAIN(my_suite)
 */
#ifndef KANBAO_CHECK_RUN_H
#define KANBAO_CHECK_RUN_H

#include <check.h>
#include <stdlib.h>

#define CHECK_MAIN(suite_fn)					\
int								\
main(void)							\
{								\
	SRunner *sr = srunner_create(suite_fn());		\
	int failed;						\
								\
	srunner_run_all(sr, CK_NORMAL);				\
	failed = srunner_ntests_failed(sr);			\
	srunner_free(sr);					\
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;		\
}

#endif

/* check_state.c: reading positions saved and read back, atomically. */
#include "config.h"

#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check_run.h"
#include "state.h"
#include "userconf.h"
#include "xalloc.h"

static char tmpdir[64];

static void
setup(void)
{
	strcpy(tmpdir, "/tmp/kanbao-check-state.XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
}

static void
teardown(void)
{
	char *cmd = xasprintf("rm -rf '%s'", tmpdir);

	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

START_TEST(round_trip)
{
	struct state st, back;
	struct diag_list dl = { 0 };
	char *path = xasprintf("%s/a/b/positions", tmpdir), *cause = NULL;
	const struct state_pos *p;

	state_init(&st);
	state_set(&st, "pub/2024-04-03/01/2", 3, 120);
	state_set(&st, "pub/2024-04-03/02/1", 0, 0);
	state_set(&st, "pub/2024-04-03/01/2", 4, 9);	/* replaces */
	state_set_last(&st, "pub/2024-04-03/01/2");
	ck_assert_int_eq(st.dirty, 1);
	ck_assert_int_eq(state_save(&st, path, &cause), 0);	/* makes a/b/ */
	ck_assert_int_eq(st.dirty, 0);
	state_init(&back);
	ck_assert_int_eq(state_load(&back, path, &dl), 0);
	ck_assert_uint_eq(dl.n, 0);
	ck_assert_uint_eq(back.n, 2);
	ck_assert_str_eq(back.last, "pub/2024-04-03/01/2");
	p = state_get(&back, "pub/2024-04-03/01/2");
	ck_assert_uint_eq(p->block, 4);
	ck_assert_uint_eq(p->off, 9);
	ck_assert_ptr_null(state_get(&back, "nope"));
	state_free(&st);
	state_free(&back);
	free(path);
}
END_TEST

/* Positions and the last article are each archive's: the same id in two
 * archives is two places; an old record (no archive) counts for any
 * archive until that archive's own replaces it. */
START_TEST(keyed_by_archive)
{
	struct state st, back;
	struct diag_list dl = { 0 };
	char *path = xasprintf("%s/positions", tmpdir), *cause = NULL;
	FILE *f;

	/* An old file: no archive field. */
	f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs("last\tpub/2024-01-01/01/1\npos\tpub/2024-01-01/01/1\t2\t5\n", f);
	fclose(f);
	state_init(&st);
	ck_assert_int_eq(state_load(&st, path, &dl), 0);
	state_set_archive(&st, "/srv/a");
	ck_assert_str_eq(st.last, "pub/2024-01-01/01/1");	/* the old one */
	ck_assert_uint_eq(state_get(&st, "pub/2024-01-01/01/1")->block, 2);
	state_set(&st, "pub/2024-01-01/01/1", 7, 0);
	state_set_last(&st, "pub/2024-01-01/01/1");
	state_set_archive(&st, "/srv/b");
	ck_assert_uint_eq(state_get(&st, "pub/2024-01-01/01/1")->block, 2);
	state_set(&st, "pub/2024-01-01/01/1", 9, 1);
	state_set(&st, "pub/2024-02-02/01/1", 1, 1);
	state_set_last(&st, "pub/2024-02-02/01/1");
	ck_assert_int_eq(state_save(&st, path, &cause), 0);

	state_init(&back);
	ck_assert_int_eq(state_load(&back, path, &dl), 0);
	ck_assert_uint_eq(dl.n, 0);
	state_set_archive(&back, "/srv/a");
	ck_assert_str_eq(back.last, "pub/2024-01-01/01/1");
	ck_assert_uint_eq(state_get(&back, "pub/2024-01-01/01/1")->block, 7);
	ck_assert_ptr_null(state_get(&back, "pub/2024-02-02/01/1"));
	state_set_archive(&back, "/srv/b");
	ck_assert_str_eq(back.last, "pub/2024-02-02/01/1");
	ck_assert_uint_eq(state_get(&back, "pub/2024-01-01/01/1")->block, 9);
	state_set_archive(&back, "/srv/c");	/* only the old records */
	ck_assert_str_eq(back.last, "pub/2024-01-01/01/1");
	ck_assert_uint_eq(state_get(&back, "pub/2024-01-01/01/1")->block, 2);
	state_free(&st);
	state_free(&back);
	free(path);
}
END_TEST

/* Saving leaves the new file and nothing else: the temporary is renamed. */
START_TEST(no_temporary_left)
{
	struct state st;
	char *path = xasprintf("%s/positions", tmpdir), *cause = NULL;
	DIR *d;
	struct dirent *e;
	int n = 0;

	state_init(&st);
	state_set(&st, "x/1", 1, 2);
	ck_assert_int_eq(state_save(&st, path, &cause), 0);
	state_set(&st, "x/1", 2, 3);
	ck_assert_int_eq(state_save(&st, path, &cause), 0);
	d = opendir(tmpdir);
	while ((e = readdir(d)) != NULL)
		if (e->d_name[0] != '.') {
			ck_assert_str_eq(e->d_name, "positions");
			n++;
		}
	closedir(d);
	ck_assert_int_eq(n, 1);
	state_free(&st);
	free(path);
}
END_TEST

START_TEST(bad_records_warn)
{
	struct state st;
	struct diag_list dl = { 0 };
	char *path = xasprintf("%s/positions", tmpdir);
	FILE *f = fopen(path, "w");

	fputs("# comment\npos\ta/1\t1\t2\npos\ta/2\tx\t2\ngarbage\nlast\ta/1\n"
	    "pos\ta/3\t5\n", f);
	fclose(f);
	state_init(&st);
	ck_assert_int_eq(state_load(&st, path, &dl), 0);
	ck_assert_uint_eq(st.n, 1);
	ck_assert_str_eq(st.last, "a/1");
	ck_assert_uint_eq(dl.n, 3);
	ck_assert_uint_eq(dl.items[0].line, 3);
	ck_assert_uint_eq(dl.items[1].line, 4);
	ck_assert_uint_eq(dl.items[2].line, 6);
	state_free(&st);
	diag_list_free(&dl);
	free(path);
}
END_TEST

START_TEST(missing_file_and_unwritable_dir)
{
	struct state st;
	struct diag_list dl = { 0 };
	char *path = xasprintf("%s/none", tmpdir), *cause = NULL;

	state_init(&st);
	ck_assert_int_eq(state_load(&st, path, &dl), 0);
	ck_assert_uint_eq(dl.n, 0);
	state_set(&st, "a", 0, 0);
	ck_assert_int_eq(state_save(&st, "/proc/kanbao-cannot/positions", &cause), -1);
	ck_assert_ptr_nonnull(cause);
	free(cause);
	state_free(&st);
	free(path);
}
END_TEST

static Suite *
state_suite(void)
{
	Suite *s = suite_create("state");
	TCase *tc = tcase_create("state");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, round_trip);
	tcase_add_test(tc, no_temporary_left);
	tcase_add_test(tc, bad_records_warn);
	tcase_add_test(tc, keyed_by_archive);
	tcase_add_test(tc, missing_file_and_unwritable_dir);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(state_suite)

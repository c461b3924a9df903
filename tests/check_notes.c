/* SPDX-License-Identifier: ISC */
/* check_notes.c: the notes file format, saving beside the page, and the
 * per-user store for pages in read-only directories. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check_run.h"
#include "notes.h"
#include "strbuf.h"
#include "userconf.h"
#include "xalloc.h"

static char tmpdir[] = "/tmp/kanbao-notes.XXXXXX";
static struct note_set ns;
static struct diag_list dl;

static void
setup(void)
{
	char *data;

	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
	data = xasprintf("%s/data", tmpdir);
	setenv("XDG_DATA_HOME", data, 1);
	free(data);
}

static void
teardown(void)
{
	char *cmd = xasprintf("chmod -R u+w '%s'; rm -rf '%s'", tmpdir, tmpdir);

	note_set_free(&ns);
	diag_list_free(&dl);
	memset(&dl, 0, sizeof dl);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", tmpdir);
	free(cmd);
	strcpy(tmpdir, "/tmp/kanbao-notes.XXXXXX");
}

static char *
write_file(const char *leaf, const char *text)
{
	char *path = xasprintf("%s/%s", tmpdir, leaf);
	FILE *f = fopen(path, "w");

	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
	return path;
}

static char *
read_file(const char *path)
{
	size_t len;

	return userconf_read_file(path, &len);
}

START_TEST(test_escape_roundtrip)
{
	struct strbuf b = STRBUF_INIT;
	struct note n;

	strbuf_add_escaped(&b, "a\tb\nc\\d\r中文");
	ck_assert_str_eq(b.s, "a\\tb\\nc\\\\d\\r中文");
	ck_assert_int_eq(notes_parse_line("3:2-4:10\t", 9, &n), 0);
	free(n.text);
	strbuf_truncate(&b, 0);
	strbuf_adds(&b, "12:3-12:5\t");
	strbuf_add_escaped(&b, "“农农信信” is\tfake bold\nsee page 2 \\ ok");
	ck_assert_int_eq(notes_parse_line(b.s, b.len, &n), 0);
	ck_assert_uint_eq(n.first_line, 12);
	ck_assert_uint_eq(n.first_col, 3);
	ck_assert_uint_eq(n.last_line, 12);
	ck_assert_uint_eq(n.last_col, 5);
	ck_assert_str_eq(n.text, "“农农信信” is\tfake bold\nsee page 2 \\ ok");
	free(n.text);
	strbuf_free(&b);
}
END_TEST

/* Hostile text (ESC sequences, C1 controls, bidi overrides and isolates,
 * DEL, bytes that are not UTF-8) is written escaped, so that cat of a
 * bookmarks, notes or history file sends the terminal none of it, and
 * read back byte for byte. */
START_TEST(test_escape_terminal_controls)
{
	static const char hostile[] = "\x1b]0;pwned\x07 \x1b[31mred\x1b[m "
	    "\xc2\x9b" "2J \xe2\x80\xae" "evil\xe2\x80\xac \xe2\x81\xa6" "iso\xe2\x81\xa9 "
	    "\x7f \x01 \xff\xfe\xc3 中文 \\x41 \\u202E";
	struct strbuf b = STRBUF_INIT, back = STRBUF_INIT;
	const unsigned char *p;
	size_t i;

	strbuf_add_escaped(&b, hostile);
	for (i = 0, p = (const unsigned char *)b.s; i < b.len; i++) {
		ck_assert_msg(p[i] >= 0x20 && p[i] != 0x7f, "byte %02x at %zu",
		    p[i], i);
		ck_assert_msg(!(p[i] == 0xc2 && p[i + 1] >= 0x80 && p[i + 1] <= 0x9f),
		    "C1 at %zu", i);
		ck_assert_msg(!(p[i] == 0xe2 && p[i + 1] == 0x80 &&
		    p[i + 2] >= 0xaa && p[i + 2] <= 0xae), "bidi at %zu", i);
		ck_assert_msg(!(p[i] == 0xe2 && p[i + 1] == 0x81 &&
		    p[i + 2] >= 0xa6 && p[i + 2] <= 0xa9), "isolate at %zu", i);
	}
	ck_assert_ptr_nonnull(strstr(b.s, "\\x1B]0;pwned\\x07"));
	ck_assert_ptr_nonnull(strstr(b.s, "\\u009B2J \\u202Eevil\\u202C"));
	ck_assert_ptr_nonnull(strstr(b.s, "\\xFF\\xFE\\xC3 中文 \\\\x41"));
	ck_assert_uint_eq(strbuf_add_unescaped(&back, b.s, b.len, NULL), 0);
	ck_assert_uint_eq(back.len, strlen(hostile));
	ck_assert_mem_eq(back.s, hostile, back.len);
	strbuf_free(&b);
	strbuf_free(&back);
}
END_TEST

START_TEST(test_parse_bad)
{
	static const char *const bad[] = { "", "1:2-3", "1:2-3:4", "1:2-3:4 text",
	    "0:1-1:1\tx", "5:1-4:1\tx", "5:9-5:3\tx", "a:1-1:1\tx", "1:1:1:1\tx" };
	struct note n;
	size_t i;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		ck_assert_msg(notes_parse_line(bad[i], strlen(bad[i]), &n) == -1,
		    "accepted '%s'", bad[i]);
}
END_TEST

START_TEST(test_sidecar)
{
	char *page = write_file("01.txt", "第一行\n第二行\n"), *side, *got, *cause = NULL;
	struct note_set again = { 0 };

	side = xasprintf("%s.notes", page);
	ck_assert_int_eq(notes_load(&ns, page, &dl), 0);
	ck_assert_uint_eq(ns.n, 0);
	ck_assert_str_eq(ns.store, side);
	ck_assert_uint_eq(notes_add(&ns, 2, 1, 2, 3, "second\tline"), 0);
	ck_assert_uint_eq(notes_add(&ns, 1, 2, 1, 3, "first"), 0);
	ck_assert_int_eq(notes_save(&ns, &cause), 0);
	got = read_file(side);
	ck_assert_str_eq(got, "kanbao-notes 1\n"
	    "# kanbao proofreading notes: LINE:COL-LINE:COL<TAB>text\n"
	    "1:2-1:3\tfirst\n"
	    "2:1-2:3\tsecond\\tline\n");
	free(got);
	got = read_file(page);
	ck_assert_str_eq(got, "第一行\n第二行\n");	/* never changed */
	free(got);
	ck_assert_int_eq(notes_load(&again, page, &dl), 0);
	ck_assert_uint_eq(again.n, 2);
	ck_assert_str_eq(again.items[1].text, "second\tline");
	/* Removing every note removes the file. */
	notes_remove(&again, 0);
	notes_remove(&again, 0);
	ck_assert_int_eq(notes_save(&again, &cause), 0);
	ck_assert_int_eq(access(side, F_OK), -1);
	note_set_free(&again);
	free(side);
	free(page);
}
END_TEST

START_TEST(test_bad_lines_skipped)
{
	char *page = write_file("02.txt", "x\n");

	free(write_file("02.txt.notes", "kanbao-notes 1\r\n# c\n\nnonsense\n3:1-3:2\tkept\n"));
	ck_assert_int_eq(notes_load(&ns, page, &dl), 0);
	ck_assert_uint_eq(ns.n, 1);
	ck_assert_str_eq(ns.items[0].text, "kept");
	ck_assert_uint_eq(dl.n, 1);
	ck_assert_uint_eq(dl.items[0].line, 4);
	free(page);
}
END_TEST

START_TEST(test_user_store)
{
	char *dir = xasprintf("%s/ro", tmpdir), *page, *cause = NULL, *expect;
	char *abs;

	/* A directory that cannot be written (here: is not there). */
	expect = notes_store_path("/nonexistent-kanbao/a%b/03.txt");
	ck_assert_ptr_nonnull(expect);
	ck_assert_ptr_nonnull(strstr(expect,
	    "/data/kanbao/notes/%2Fnonexistent-kanbao%2Fa%25b%2F03.txt.notes"));
	free(expect);

	ck_assert_int_eq(mkdir(dir, 0755), 0);
	page = write_file("ro/03.txt", "x\n");
	free(write_file("ro/03.txt.notes", "kanbao-notes 1\n1:1-1:1\tshipped\n"));
	ck_assert_int_eq(chmod(dir, 0555), 0);
	if (access(dir, W_OK) == 0) {	/* root writes anywhere */
		free(page);
		free(dir);
		return;
	}
	abs = realpath(page, NULL);
	ck_assert_int_eq(notes_load(&ns, page, &dl), 0);
	ck_assert_uint_eq(ns.n, 1);
	ck_assert(ns.items[0].readonly);
	ck_assert_ptr_nonnull(strstr(ns.store, "/data/kanbao/notes/%2F"));
	notes_add(&ns, 1, 1, 1, 1, "mine");
	ck_assert_int_eq(notes_save(&ns, &cause), 0);
	expect = read_file(ns.store);
	ck_assert_ptr_nonnull(strstr(expect, "1:1-1:1\tmine\n"));
	ck_assert_ptr_null(strstr(expect, "shipped"));
	free(expect);
	note_set_free(&ns);
	ck_assert_int_eq(notes_load(&ns, page, &dl), 0);
	ck_assert_uint_eq(ns.n, 2);
	free(abs);
	free(page);
	free(dir);
}
END_TEST

/* Three processes, each with the page's notes read once, add 200 notes
 * each, saving after every one (as proofreaders do): all 600 acknowledged
 * notes are in the file.  Without the lock and the merge, 218 were. */
#define WRITERS		3
#define PER_WRITER	200
START_TEST(test_concurrent_writers)
{
	char *page = write_file("04.txt", "x\n");
	pid_t pid[WRITERS];
	int w, st, acked = 0;

	for (w = 0; w < WRITERS; w++) {
		ck_assert_int_ge(pid[w] = fork(), 0);
		if (pid[w] == 0) {
			struct note_set mine = { 0 };
			char text[32], *cause = NULL;
			int i, ok = 0;

			notes_load(&mine, page, NULL);
			for (i = 0; i < PER_WRITER; i++) {
				snprintf(text, sizeof text, "w%d n%d", w, i);
				notes_add(&mine, (unsigned long)i + 1, 1,
				    (unsigned long)i + 1, 1, text);
				if (notes_save(&mine, &cause) == 0)
					ok++;
				free(cause);
				cause = NULL;
			}
			note_set_free(&mine);
			_exit(ok == PER_WRITER ? 0 : 1);
		}
	}
	for (w = 0; w < WRITERS; w++) {
		ck_assert_int_eq(waitpid(pid[w], &st, 0), pid[w]);
		if (WIFEXITED(st) && WEXITSTATUS(st) == 0)
			acked += PER_WRITER;
	}
	ck_assert_int_eq(acked, WRITERS * PER_WRITER);
	ck_assert_int_eq(notes_load(&ns, page, &dl), 0);
	fprintf(stderr, "notes: %zu kept of %d acknowledged (%d writers)\n",
	    ns.n, acked, WRITERS);
	ck_assert_uint_eq(ns.n, WRITERS * PER_WRITER);
	free(page);
}
END_TEST

/* A note that cannot be saved (here: a file where the store's directory
 * should be) stays, through reading the page again, and the next save
 * writes it; a removal saved meanwhile by another process is kept. */
START_TEST(test_unsaved_kept)
{
	char *page = write_file("05.txt", "x\n"), *cause = NULL, *good, *got;
	char *blocker = xasprintf("%s/blocker", tmpdir);
	struct note_set other = { 0 };

	ck_assert_int_eq(notes_load(&ns, page, &dl), 0);
	notes_add(&ns, 1, 1, 1, 1, "old");
	ck_assert_int_eq(notes_save(&ns, &cause), 0);
	good = ns.store;
	free(write_file("blocker", "not a directory"));
	ns.store = xasprintf("%s/05.txt.notes", blocker);
	notes_add(&ns, 1, 1, 1, 1, "typed on a full disk");
	ck_assert_int_ne(notes_save(&ns, &cause), 0);
	ck_assert_ptr_nonnull(cause);
	free(cause);
	cause = NULL;
	ck_assert(notes_pending(&ns));
	/* Meanwhile another proofreader removes "old". */
	ck_assert_int_eq(notes_load(&other, page, &dl), 0);
	ck_assert_uint_eq(other.n, 1);
	notes_remove(&other, 0);
	ck_assert_int_eq(notes_save(&other, &cause), 0);
	/* Read again (the page reopened): the unsaved note is still there. */
	free(ns.store);
	ns.store = NULL;
	ck_assert_int_eq(notes_load(&ns, page, &dl), 0);
	ck_assert_uint_eq(ns.n, 1);
	ck_assert_str_eq(ns.items[0].text, "typed on a full disk");
	ck_assert_int_eq(notes_save(&ns, &cause), 0);
	ck_assert(!notes_pending(&ns));
	got = read_file(good);
	ck_assert_ptr_nonnull(strstr(got, "\ttyped on a full disk\n"));
	ck_assert_ptr_null(strstr(got, "\told\n"));
	free(got);
	free(good);
	note_set_free(&other);
	free(blocker);
	free(page);
}
END_TEST

static Suite *
notes_suite(void)
{
	Suite *s = suite_create("notes");
	TCase *tc = tcase_create("notes");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 60);	/* 600 locked saves on a loaded machine */
	tcase_add_test(tc, test_escape_roundtrip);
	tcase_add_test(tc, test_parse_bad);
	tcase_add_test(tc, test_sidecar);
	tcase_add_test(tc, test_bad_lines_skipped);
	tcase_add_test(tc, test_user_store);
	tcase_add_test(tc, test_concurrent_writers);
	tcase_add_test(tc, test_escape_terminal_controls);
	tcase_add_test(tc, test_unsaved_kept);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(notes_suite)

/* SPDX-License-Identifier: ISC */
/* check_archive.c: finding publications, issues and pages; lazy loading;
 * bad files reported while the rest loads; ids. */
#include "config.h"

#include <check.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "archive.h"
#include "check_run.h"
#include "xalloc.h"

static char root[64];

static void
write_file(const char *rel, const char *text, size_t len)
{
	char *path = xasprintf("%s/%s", root, rel);
	FILE *f = fopen(path, "wb");

	ck_assert_ptr_nonnull(f);
	fwrite(text, 1, len, f);
	fclose(f);
	free(path);
}

static void
make_dir(const char *rel)
{
	char *path = xasprintf("%s/%s", root, rel);

	ck_assert_int_eq(mkdir(path, 0755), 0);
	free(path);
}

#define PAGE "县里召开会议\n\n本报讯（记者 张三）今天上午，县里召开会议。\n"

/* ROOT/east-daily/{publication.conf, 2024-01-02/{01,02,10}.txt, 2024-01-01.txt}
 * ROOT/west-weekly/2023-12-30/01.txt */
static void
setup(void)
{
	static const char issue_file[] = PAGE "\f" "第二页\n\n内容。\n" "\f" "Page three\n\f";

	strcpy(root, "/tmp/kanbao-check-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(root));
	make_dir("east-daily");
	write_file("east-daily/publication.conf",
	    "# comment\nname = 东方日报\nlang = zh\nbogus line\ncolour = red\n", 64);
	make_dir("east-daily/2024-01-02");
	write_file("east-daily/2024-01-02/01.txt", PAGE, strlen(PAGE));
	write_file("east-daily/2024-01-02/02.txt", PAGE, strlen(PAGE));
	write_file("east-daily/2024-01-02/10.txt", PAGE, strlen(PAGE));
	write_file("east-daily/2024-01-02/notes.md", "not a page", 10);
	write_file("east-daily/2024-01-01.txt", issue_file, sizeof issue_file - 1);
	make_dir("west-weekly");
	make_dir("west-weekly/2023-12-30");
	write_file("west-weekly/2023-12-30/01.txt", "Headline\n\nText.\n", 16);
	make_dir("west-weekly/not-an-issue");
}

static void
teardown(void)
{
	char *cmd = xasprintf("rm -rf '%s'", root);

	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

START_TEST(archive_lists_without_reading_pages)
{
	struct archive *a = archive_open(root, NULL);
	struct publication *east;

	ck_assert_int_eq(a->scope, SCOPE_ARCHIVE);
	ck_assert_uint_eq(a->n_pubs, 2);
	east = &a->pubs[0];
	ck_assert_str_eq(east->id, "east-daily");
	ck_assert_str_eq(east->name, "东方日报");
	ck_assert_str_eq(east->lang, "zh");
	ck_assert_str_eq(a->pubs[1].name, "west-weekly");
	ck_assert_uint_eq(east->n_issues, 2);
	ck_assert_str_eq(east->issues[0].date, "2024-01-01");	/* oldest first */
	ck_assert(east->issues[0].single_file);
	ck_assert(!east->issues[1].single_file);
	ck_assert(!east->issues[1].scanned);
	ck_assert_uint_eq(east->issues[1].n_pages, 0);
	ck_assert_ptr_eq(east->issues[1].publication, east);
	ck_assert_ptr_eq(east->archive, a);
	archive_free(a);
}
END_TEST

START_TEST(config_problems_name_file_and_line)
{
	struct archive *a = archive_open(root, NULL);

	ck_assert_uint_eq(a->diags.n, 2);
	ck_assert_ptr_nonnull(strstr(a->diags.items[0].file, "east-daily/publication.conf"));
	ck_assert_uint_eq(a->diags.items[0].line, 4);
	ck_assert_uint_eq(a->diags.items[1].line, 5);
	ck_assert_ptr_nonnull(strstr(a->diags.items[1].message, "colour"));
	archive_free(a);
}
END_TEST

START_TEST(issue_dir_pages_in_number_order)
{
	struct archive *a = archive_open(root, NULL);
	struct issue *is = &a->pubs[0].issues[1];

	issue_scan(is);
	ck_assert_uint_eq(is->n_pages, 3);
	ck_assert_int_eq(is->pages[0].number, 1);
	ck_assert_int_eq(is->pages[2].number, 10);
	ck_assert_str_eq(is->pages[2].name, "10");
	ck_assert(!is->pages[0].loaded);
	ck_assert_ptr_eq(is->pages[1].issue, is);
	archive_free(a);
}
END_TEST

START_TEST(single_file_issue_split_at_form_feeds)
{
	struct archive *a = archive_open(root, NULL);
	struct issue *is = &a->pubs[0].issues[0];
	struct page *p;

	issue_scan(is);
	ck_assert_uint_eq(is->n_pages, 3);
	p = &is->pages[1];
	page_load(p);
	ck_assert(p->loaded);
	ck_assert_str_eq(p->text.text, "第二页\n\n内容。\n");
	ck_assert_uint_eq(p->line_offset, 3);
	ck_assert_int_eq(p->part, 1);
	ck_assert_uint_gt(p->n_articles, 0);
	archive_free(a);
}
END_TEST

START_TEST(bad_files_reported_rest_loads)
{
	struct archive *a;
	struct issue *is;
	char *link = xasprintf("%s/east-daily/2024-01-02/03.txt", root);
	char bin[64] = { 0 };
	size_t i;

	ck_assert_int_eq(symlink("/nonexistent/page", link), 0);
	write_file("east-daily/2024-01-02/04.txt", bin, sizeof bin);
	a = archive_open(root, NULL);
	is = &a->pubs[0].issues[1];
	issue_load(is);
	ck_assert_uint_eq(is->n_pages, 5);
	for (i = 0; i < is->n_pages; i++) {
		bool bad = is->pages[i].number == 3 || is->pages[i].number == 4;

		ck_assert_int_eq(is->pages[i].failed, bad);
		ck_assert_int_eq(is->pages[i].loaded, !bad);
	}
	ck_assert_uint_eq(a->diags.n, 4);	/* 2 config + 2 pages */
	ck_assert_ptr_nonnull(strstr(a->diags.items[2].file, "03.txt"));
	ck_assert_ptr_nonnull(strstr(a->diags.items[2].message, "cannot read"));
	ck_assert_ptr_nonnull(strstr(a->diags.items[3].file, "04.txt"));
	ck_assert_ptr_nonnull(strstr(a->diags.items[3].message, "binary"));
	archive_free(a);
	free(link);
}
END_TEST

START_TEST(huge_file_refused_unread)
{
	char *path = xasprintf("%s/west-weekly/2023-12-30/02.txt", root);
	int fd = open(path, O_CREAT | O_WRONLY, 0644);
	struct archive *a;
	struct page *p;

	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(ftruncate(fd, (off_t)300 << 20), 0);	/* sparse */
	close(fd);
	a = archive_open(root, NULL);
	p = archive_find_page(a, "west-weekly/2023-12-30/02");
	ck_assert_ptr_nonnull(p);
	page_load(p);
	ck_assert(p->failed);
	ck_assert_ptr_nonnull(strstr(a->diags.items[a->diags.n - 1].message, "too large"));
	archive_free(a);
	free(path);
}
END_TEST

START_TEST(ids_round_trip)
{
	struct archive *a = archive_open(root, NULL);
	struct page *p = archive_find_page(a, "east-daily/2024-01-02/02");
	const struct article *art;
	char *id;

	ck_assert_ptr_nonnull(p);
	id = page_id(p);
	ck_assert_str_eq(id, "east-daily/2024-01-02/02");
	free(id);
	art = archive_find_article(a, "east-daily/2024-01-02/02/1");
	ck_assert_ptr_nonnull(art);
	ck_assert_ptr_eq(art->page, p);
	id = article_id(art);
	ck_assert_str_eq(id, "east-daily/2024-01-02/02/1");
	free(id);
	ck_assert_ptr_null(archive_find_article(a, "east-daily/2024-01-02/02/99"));
	ck_assert_ptr_null(archive_find_article(a, "east-daily/2024-01-02/02/x"));
	ck_assert_ptr_null(archive_find_issue(a, "east-daily/1999-01-01"));
	ck_assert_ptr_null(archive_find_page(a, "nope/2024-01-02/01"));
	ck_assert_ptr_nonnull(archive_find_issue(a, "east-daily/2024-01-01"));
	archive_free(a);
}
END_TEST

START_TEST(paths_name_each_level)
{
	char *path = xasprintf("%s/east-daily", root);
	struct archive *a = archive_open(path, NULL);

	ck_assert_int_eq(a->scope, SCOPE_PUBLICATION);
	ck_assert_uint_eq(a->n_pubs, 1);
	ck_assert_str_eq(a->pubs[0].name, "东方日报");
	archive_free(a);
	free(path);

	path = xasprintf("%s/east-daily/2024-01-02", root);
	a = archive_open(path, NULL);
	ck_assert_int_eq(a->scope, SCOPE_ISSUE);
	ck_assert_str_eq(a->pubs[0].id, "east-daily");
	ck_assert_str_eq(a->pubs[0].issues[0].date, "2024-01-02");
	archive_free(a);
	free(path);

	path = xasprintf("%s/east-daily/2024-01-02/10.txt", root);
	a = archive_open(path, NULL);
	ck_assert_int_eq(a->scope, SCOPE_PAGE);
	ck_assert_uint_eq(a->pubs[0].issues[0].n_pages, 1);
	ck_assert_int_eq(a->pubs[0].issues[0].pages[0].number, 10);
	archive_free(a);
	free(path);

	a = archive_open("/nonexistent/archive", NULL);
	ck_assert_uint_eq(a->n_pubs, 0);
	ck_assert_uint_eq(a->diags.n, 1);
	ck_assert_int_eq(a->diags.items[0].level, DIAG_ERROR);
	archive_free(a);
}
END_TEST

/* A directory shaped like a date that is none is reported, not an issue. */
START_TEST(impossible_dates_are_diagnosed)
{
	struct archive *a;
	char *path;
	size_t i, bad = 0;

	make_dir("east-daily/2024-13-45");
	write_file("east-daily/2024-13-45/01.txt", PAGE, strlen(PAGE));
	make_dir("east-daily/2023-02-29");
	write_file("east-daily/2024-02-30.txt", PAGE, strlen(PAGE));
	make_dir("east-daily/2024-02-29");	/* a leap day: an issue */
	write_file("east-daily/2024-02-29/01.txt", PAGE, strlen(PAGE));
	a = archive_open(root, NULL);
	ck_assert_uint_eq(a->pubs[0].n_issues, 3);
	for (i = 0; i < a->pubs[0].n_issues; i++) {
		ck_assert_str_ne(a->pubs[0].issues[i].date, "2024-13-45");
		ck_assert_str_ne(a->pubs[0].issues[i].date, "2023-02-29");
	}
	for (i = 0; i < a->diags.n; i++)
		if (strstr(a->diags.items[i].message, "is not a date") != NULL) {
			bad++;
			ck_assert_int_eq(a->diags.items[i].level, DIAG_WARNING);
		}
	ck_assert_uint_eq(bad, 3);
	archive_free(a);

	path = xasprintf("%s/east-daily/2024-13-45", root);
	a = archive_open(path, NULL);
	ck_assert_uint_eq(a->n_pubs == 0 ? 0 : a->pubs[0].n_issues, 0);
	ck_assert_uint_ge(a->diags.n, 1);
	ck_assert_ptr_nonnull(strstr(a->diags.items[a->diags.n - 1].message,
	    "2024-13-45 is not a date (no such month)"));
	ck_assert_int_eq(a->diags.items[a->diags.n - 1].level, DIAG_ERROR);
	archive_free(a);
	free(path);
}
END_TEST

/* One comment rule: '#' after a blank ends the line, in a word it stays. */
START_TEST(publication_conf_comments)
{
	struct archive *a;

	write_file("east-daily/publication.conf",
	    "name = Test Daily  # the daily\nlang = zh\t# Chinese\n# whole line\n", 64);
	a = archive_open(root, NULL);
	ck_assert_str_eq(a->pubs[0].name, "Test Daily");
	ck_assert_str_eq(a->pubs[0].lang, "zh");
	ck_assert_uint_eq(a->diags.n, 0);
	archive_free(a);
	write_file("east-daily/publication.conf", "name = C# Weekly\n", 17);
	a = archive_open(root, NULL);
	ck_assert_str_eq(a->pubs[0].name, "C# Weekly");
	archive_free(a);
}
END_TEST

static Suite *
archive_suite(void)
{
	Suite *s = suite_create("archive");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, archive_lists_without_reading_pages);
	tcase_add_test(tc, config_problems_name_file_and_line);
	tcase_add_test(tc, issue_dir_pages_in_number_order);
	tcase_add_test(tc, single_file_issue_split_at_form_feeds);
	tcase_add_test(tc, bad_files_reported_rest_loads);
	tcase_add_test(tc, huge_file_refused_unread);
	tcase_add_test(tc, ids_round_trip);
	tcase_add_test(tc, paths_name_each_level);
	tcase_add_test(tc, impossible_dates_are_diagnosed);
	tcase_add_test(tc, publication_conf_comments);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(archive_suite)

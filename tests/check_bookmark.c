/* SPDX-License-Identifier: ISC */
/* check_bookmark.c: bookmarks: the file format, the parser, merging,
 * saving (atomic, locked, broken files kept, full disks) and finding a
 * bookmark's place again after its page changed. */
#include "config.h"

#include <check.h>
#include <errno.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "archive.h"
#include "bookmark.h"
#include "bookmark_file.h"
#include "bookmark_place.h"
#include "check_run.h"
#include "layout.h"
#include "strbuf.h"
#include "xalloc.h"

static char tmpdir[64];
static char *file;			/* tmpdir/data/bookmarks */
static struct diag_list dl;

static int
rm_one(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	return remove(path);
}

static void
setup(void)
{
	strcpy(tmpdir, "/tmp/check_bookmark.XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
	file = xasprintf("%s/data/bookmarks", tmpdir);
	memset(&dl, 0, sizeof dl);
}

static void
teardown(void)
{
	nftw(tmpdir, rm_one, 16, FTW_DEPTH | FTW_PHYS);
	free(file);
	diag_list_free(&dl);
}

/* A bookmark with the given note, as the reader would make one. */
static void
make(struct bookmark *bm, const char *name, const char *note)
{
	bookmark_init(bm);
	bookmark_set(&bm->name, name);
	bookmark_set(&bm->note, note);
	bookmark_set(&bm->article, "daily/2024-03-01/01/2");
	bookmark_set(&bm->headline, "School fair raises funds");
	bookmark_set(&bm->snippet, "school fair raised four t");
	bm->block = 1;
	bm->offset = 4;
}

static const struct bookmark *
add(struct bookmark_store *st, const char *name, const char *note)
{
	struct bookmark bm;

	make(&bm, name, note);
	return bookmark_store_add(st, &bm);
}

static char *
slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	struct strbuf b = STRBUF_INIT;
	char buf[4096];
	size_t n;

	if (f == NULL)
		return NULL;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		strbuf_add(&b, buf, n);
	fclose(f);
	return strbuf_take(&b);
}

static void
spew(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");

	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
}

static char *
serialised(const struct bookmark_store *st)
{
	struct strbuf b = STRBUF_INIT;

	bookmark_serialise(&b, st);
	return strbuf_take(&b);
}

/* --- format and parser ---------------------------------------------------- */

START_TEST(time_round_trip)
{
	struct strbuf b = STRBUF_INIT;
	long long ms;

	bookmark_time_format(&b, 1714980600250LL);
	ck_assert_str_eq(b.s, "2024-05-06T07:30:00.250Z");
	ck_assert_int_eq(bookmark_time_parse(b.s, &ms), 0);
	ck_assert(ms == 1714980600250LL);
	ck_assert_int_eq(bookmark_time_parse("2024-05-06T07:30:00Z", &ms), 0);
	ck_assert(ms == 1714980600000LL);
	ck_assert_int_eq(bookmark_time_parse("2024-05-06 07:30:00Z", &ms), -1);
	ck_assert_int_eq(bookmark_time_parse("2024-13-06T07:30:00Z", &ms), -1);
	ck_assert_int_eq(bookmark_time_parse("2024-05-06T07:30:00.25Z", &ms), -1);
	ck_assert_int_eq(bookmark_time_parse("2024-05-06T07:30:00.250", &ms), -1);
	strbuf_free(&b);
}
END_TEST

START_TEST(record_round_trip_with_escapes)
{
	struct bookmark bm, back;
	struct strbuf b = STRBUF_INIT;

	make(&bm, "a", "tab\there\nnew line \\ back\\slash\r");
	bookmark_set(&bm.id, "1714980600250-0badc0de");
	bm.created = 1714980600250LL;
	bm.modified = 1714980700000LL;
	bm.deleted = true;
	bookmark_set(&bm.archive, "/home/me/papers");
	bookmark_format(&b, &bm);
	ck_assert_str_eq(b.s, "1714980600250-0badc0de\t2024-05-06T07:30:00.250Z\t"
	    "2024-05-06T07:31:40.000Z\tdeleted\ta\tdaily/2024-03-01/01/2\t1:4\t"
	    "School fair raises funds\tschool fair raised four t\t"
	    "tab\\there\\nnew line \\\\ back\\\\slash\\r\t/home/me/papers\n");
	ck_assert_int_eq(bookmark_parse_line(b.s, b.len - 1, &back, "f", 3, &dl), 0);
	ck_assert_uint_eq(dl.n, 0);
	ck_assert_str_eq(back.note, bm.note);
	ck_assert_str_eq(back.id, bm.id);
	ck_assert(back.created == bm.created && back.modified == bm.modified);
	ck_assert(back.deleted);
	ck_assert_uint_eq(back.block, 1);
	ck_assert_uint_eq(back.offset, 4);
	ck_assert_str_eq(back.archive, "/home/me/papers");
	bookmark_clear(&bm);
	bookmark_clear(&back);
	strbuf_free(&b);
}
END_TEST

static const char good_line[] = "1-00000001\t2024-05-06T07:30:00.000Z\t"
    "2024-05-06T07:30:00.000Z\tlive\t\tp/2024-05-06/01/1\t0:0\tH\tS\tN\t";

/* Parse line; returns 0 or -1 and checks the first diagnostic mentions
 * want (when an error is expected). */
static int
parse_one(const char *line, const char *want)
{
	struct bookmark bm;
	int rc;

	diag_list_free(&dl);
	memset(&dl, 0, sizeof dl);
	rc = bookmark_parse_line(line, strlen(line), &bm, "bm", 7, &dl);
	bookmark_clear(&bm);
	if (want) {
		ck_assert_uint_ge(dl.n, 1);
		ck_assert_msg(strstr(dl.items[0].message, want) != NULL,
		    "'%s' lacks '%s'", dl.items[0].message, want);
		ck_assert_uint_eq(dl.items[0].line, 7);
	}
	return rc;
}

START_TEST(bad_lines_are_errors)
{
	char *s;

	ck_assert_int_eq(parse_one(good_line, NULL), 0);
	ck_assert_int_eq(parse_one("1-00000001\tjunk", "2 tab-separated fields"), -1);
	s = xasprintf("%s\textra", good_line);
	ck_assert_int_eq(parse_one(s, "the rest ignored"), 0);
	free(s);
	ck_assert_int_eq(parse_one("1-1\tyesterday\t2024-05-06T07:30:00.000Z\t"
	    "live\t\tp/d/01/1\t0:0\tH\tS\tN\t", "bad time"), -1);
	ck_assert_int_eq(parse_one("1-1\t2024-05-06T07:30:00.000Z\t"
	    "2024-05-06T07:30:00.000Z\tgone\t\tp/d/01/1\t0:0\tH\tS\tN\t",
	    "state must be"), -1);
	ck_assert_int_eq(parse_one("1-1\t2024-05-06T07:30:00.000Z\t"
	    "2024-05-06T07:30:00.000Z\tlive\t\tp/d/01/1\tx:0\tH\tS\tN\t",
	    "BLOCK:OFFSET"), -1);
	ck_assert_int_eq(parse_one("\t2024-05-06T07:30:00.000Z\t"
	    "2024-05-06T07:30:00.000Z\tlive\t\tp/d/01/1\t0:0\tH\tS\tN\t",
	    "bad bookmark id"), -1);
	ck_assert_int_eq(parse_one("1-1\t2024-05-06T07:30:00.000Z\t"
	    "2024-05-06T07:30:00.000Z\tlive\t\t\t0:0\tH\tS\tN\t",
	    "no article id"), -1);
}
END_TEST

START_TEST(unknown_escape_is_kept)
{
	struct bookmark bm;
	const char *line = "1-1\t2024-05-06T07:30:00.000Z\t"
	    "2024-05-06T07:30:00.000Z\tlive\t\tp/d/01/1\t0:0\tH\tS\t"
	    "C:\\path\\x\t";

	ck_assert_int_eq(bookmark_parse_line(line, strlen(line), &bm, "bm", 2,
	    &dl), 0);
	ck_assert_str_eq(bm.note, "C:\\path\\x");
	ck_assert_uint_eq(dl.n, 1);	/* "2 unknown escapes (the first '\p')" */
	ck_assert_int_eq(dl.items[0].level, DIAG_WARNING);
	bookmark_clear(&bm);
}
END_TEST

START_TEST(file_with_broken_lines_loads_the_good_ones)
{
	struct bookmark_store *st = bookmark_store_new(NULL);
	char *text = xasprintf("kanbao-bookmarks 1\r\n# a comment\n\n%s\n"
	    "this line is broken\n%sM", good_line, good_line);
	int version;

	ck_assert_uint_eq(bookmark_parse(st, text, strlen(text), "bm", &dl,
	    &version), 1);
	ck_assert_int_eq(version, 1);
	ck_assert_uint_eq(st->n, 1);	/* the same id twice: merged */
	ck_assert_str_eq(st->items[0].archive, "M");	/* no final newline */
	ck_assert_uint_eq(dl.n, 1);
	ck_assert_str_eq(dl.items[0].file, "bm");
	ck_assert_uint_eq(dl.items[0].line, 5);
	free(text);
	bookmark_store_free(st);
}
END_TEST

START_TEST(missing_header_and_newer_version)
{
	struct bookmark_store *st = bookmark_store_new(NULL);
	int version;

	ck_assert_uint_eq(bookmark_parse(st, good_line, strlen(good_line), "bm",
	    &dl, &version), 1);
	ck_assert_int_eq(version, 0);
	ck_assert_uint_eq(st->n, 1);	/* the first line still loads */
	ck_assert_uint_eq(dl.items[0].line, 1);
	ck_assert_uint_eq(bookmark_parse(st, "kanbao-bookmarks 2\n", 19, "bm",
	    &dl, &version), 1);
	ck_assert_int_eq(version, 2);
	bookmark_store_free(st);
}
END_TEST

/* --- the store and merging ------------------------------------------------ */

START_TEST(store_add_rename_delete)
{
	struct bookmark_store *st = bookmark_store_new(NULL);
	const struct bookmark **list;
	char *a, *b;

	a = xstrdup(add(st, "a", "first")->id);
	b = xstrdup(add(st, "", "second")->id);
	ck_assert_str_ne(a, b);
	ck_assert_uint_eq(bookmark_store_count(st), 2);
	ck_assert_str_eq(bookmark_store_quick(st, 'a')->id, a);
	ck_assert_ptr_null(bookmark_store_quick(st, 'b'));
	/* A second quick mark 'a' takes the letter; the old one stays. */
	ck_assert_int_eq(bookmark_store_rename(st, b, "a"), 0);
	ck_assert_str_eq(bookmark_store_quick(st, 'a')->id, b);
	ck_assert_str_eq(bookmark_store_find(st, a)->name, "");
	ck_assert_int_eq(bookmark_store_set_note(st, a, "changed"), 0);
	ck_assert_str_eq(bookmark_store_find(st, a)->note, "changed");
	ck_assert_int_eq(bookmark_store_delete(st, a), 0);
	ck_assert_ptr_null(bookmark_store_find(st, a));
	ck_assert_int_eq(bookmark_store_delete(st, a), -1);
	ck_assert_int_eq(bookmark_store_rename(st, "nope", "x"), -1);
	ck_assert_uint_eq(st->n, 2);	/* the tombstone is kept */
	ck_assert_uint_eq(bookmark_store_list(st, &list), 1);
	ck_assert_str_eq(list[0]->id, b);
	free(list);
	free(a);
	free(b);
	bookmark_store_free(st);
}
END_TEST

static struct bookmark_store *
store_of(const char *id, long long modified, bool deleted, const char *note)
{
	struct bookmark_store *st = bookmark_store_new(NULL);
	struct bookmark bm;

	make(&bm, "", note);
	bookmark_set(&bm.id, id);
	bm.created = 1000;
	bm.modified = modified;
	bm.deleted = deleted;
	bookmark_store_put(st, &bm);
	bookmark_clear(&bm);
	return st;
}

START_TEST(merge_newest_wins_and_tombstones)
{
	struct bookmark_store *x = store_of("1-a", 2000, false, "renamed");
	struct bookmark_store *y = store_of("1-a", 1500, true, "");
	struct bookmark_store *z = store_of("1-b", 1000, false, "other");
	struct bookmark_merge_stats s;

	/* A rename after the deletion wins; the deletion is older. */
	ck_assert_uint_eq(bookmark_store_merge(x, y, &s), 0);
	ck_assert_uint_eq(s.unchanged, 1);
	ck_assert_str_eq(bookmark_store_find(x, "1-a")->note, "renamed");
	/* A newer tombstone deletes: "deleted there" is not "never seen". */
	ck_assert_uint_eq(bookmark_store_merge(y, z, &s), 1);
	ck_assert_uint_eq(s.added, 1);
	bookmark_store_free(x);
	x = store_of("1-a", 1200, false, "old");
	ck_assert_uint_eq(bookmark_store_merge(x, y, &s), 2);
	ck_assert_uint_eq(s.updated, 1);
	ck_assert_uint_eq(s.added, 1);
	ck_assert_ptr_null(bookmark_store_find(x, "1-a"));
	ck_assert_uint_eq(bookmark_store_count(y), 1);
	bookmark_store_free(x);
	bookmark_store_free(y);
	bookmark_store_free(z);
}
END_TEST

START_TEST(merge_is_order_independent)
{
	struct bookmark_store *a = store_of("1-a", 2000, false, "left");
	struct bookmark_store *b = store_of("1-a", 2000, false, "right");
	struct bookmark_store *c = store_of("1-a", 2000, true, "");
	char *s1, *s2;

	bookmark_store_merge(a, b, NULL);
	bookmark_store_merge(b, a, NULL);
	s1 = serialised(a);
	s2 = serialised(b);
	ck_assert_str_eq(s1, s2);
	free(s1);
	free(s2);
	/* On a tie the tombstone wins, whichever side it is on. */
	bookmark_store_merge(a, c, NULL);
	bookmark_store_merge(c, b, NULL);
	ck_assert_uint_eq(bookmark_store_count(a), 0);
	ck_assert_uint_eq(bookmark_store_count(c), 0);
	bookmark_store_free(a);
	bookmark_store_free(b);
	bookmark_store_free(c);
}
END_TEST

/* --- files ---------------------------------------------------------------- */

START_TEST(save_and_open_round_trip)
{
	struct bookmark_store *st = bookmark_store_open(file), *back;
	char *cause = NULL, *s1, *s2, *lock;
	struct stat sb;

	add(st, "q", "a note\twith a tab");
	add(st, "", "");
	ck_assert_int_eq(bookmark_store_save(st, &cause), 0);
	ck_assert(!st->dirty);
	back = bookmark_store_open(file);
	ck_assert_uint_eq(back->diags.n, 0);
	s1 = serialised(st);
	s2 = serialised(back);
	ck_assert_str_eq(s1, s2);
	ck_assert_int_eq(stat(file, &sb), 0);
	ck_assert_int_eq(sb.st_mode & 077, 0);	/* private */
	lock = xasprintf("%s.tmp", file);
	ck_assert_int_ne(access(lock, F_OK), 0);	/* no temporary left */
	free(lock);
	free(s1);
	free(s2);
	bookmark_store_free(st);
	bookmark_store_free(back);
}
END_TEST

START_TEST(memory_only_writes_nothing)
{
	struct bookmark_store *st = bookmark_store_open(NULL);
	char *cause = NULL, *dir = xasprintf("%s/data", tmpdir);

	add(st, "a", "kiosk");
	ck_assert_int_eq(bookmark_store_save(st, &cause), 0);
	ck_assert_int_ne(access(dir, F_OK), 0);
	ck_assert_uint_eq(bookmark_store_count(st), 1);
	free(dir);
	bookmark_store_free(st);
}
END_TEST

START_TEST(two_stores_share_one_file)
{
	struct bookmark_store *a = bookmark_store_open(file);
	struct bookmark_store *b = bookmark_store_open(file), *c;
	char *cause = NULL, *ida;

	ida = xstrdup(add(a, "", "from a")->id);
	ck_assert_int_eq(bookmark_store_save(a, &cause), 0);
	add(b, "", "from b");
	ck_assert_int_eq(bookmark_store_save(b, &cause), 0);
	ck_assert_uint_eq(bookmark_store_count(b), 2);	/* merged on save */
	/* b deletes a's bookmark; a renames something else meanwhile. */
	ck_assert_int_eq(bookmark_store_delete(b, ida), 0);
	ck_assert_int_eq(bookmark_store_save(b, &cause), 0);
	add(a, "z", "later");
	ck_assert_int_eq(bookmark_store_save(a, &cause), 0);
	ck_assert_ptr_null(bookmark_store_find(a, ida));
	c = bookmark_store_open(file);
	ck_assert_uint_eq(bookmark_store_count(c), 2);
	ck_assert_ptr_null(bookmark_store_find(c, ida));
	ck_assert_int_eq(bookmark_store_reload(b, &cause), 0);
	ck_assert_uint_eq(bookmark_store_count(b), 2);
	free(ida);
	bookmark_store_free(a);
	bookmark_store_free(b);
	bookmark_store_free(c);
}
END_TEST

START_TEST(broken_file_is_kept_aside)
{
	struct bookmark_store *st;
	char *dir = xasprintf("%s/data", tmpdir), *text, *cause = NULL;
	char *broken = xasprintf("kanbao-bookmarks 1\n%s\ngarbage here\n",
	    good_line);
	struct stat sb;

	ck_assert_int_eq(mkdir(dir, 0700), 0);
	spew(file, broken);
	st = bookmark_store_open(file);
	ck_assert_uint_eq(st->diags.n, 1);
	ck_assert_str_eq(st->diags.items[0].file, file);
	ck_assert_uint_eq(st->diags.items[0].line, 3);
	ck_assert_uint_eq(bookmark_store_count(st), 1);
	add(st, "", "new");
	ck_assert_int_eq(bookmark_store_save(st, &cause), 0);
	ck_assert_ptr_nonnull(st->broken_copy);
	ck_assert_int_eq(stat(st->broken_copy, &sb), 0);
	text = slurp(st->broken_copy);
	ck_assert_str_eq(text, broken);		/* the old file, as it was */
	free(text);
	bookmark_store_free(st);
	st = bookmark_store_open(file);
	ck_assert_uint_eq(st->diags.n, 0);
	ck_assert_uint_eq(bookmark_store_count(st), 2);
	bookmark_store_free(st);
	free(broken);
	free(dir);
}
END_TEST

START_TEST(newer_file_is_never_replaced)
{
	struct bookmark_store *st;
	char *dir = xasprintf("%s/data", tmpdir), *cause = NULL, *text;

	ck_assert_int_eq(mkdir(dir, 0700), 0);
	spew(file, "kanbao-bookmarks 9\nwhatever comes in version 9\n");
	st = bookmark_store_open(file);
	ck_assert(st->read_only);
	add(st, "", "new");
	ck_assert_int_eq(bookmark_store_save(st, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "newer kanbao"));
	text = slurp(file);
	ck_assert_str_eq(text, "kanbao-bookmarks 9\nwhatever comes in version 9\n");
	free(text);
	free(cause);
	free(dir);
	bookmark_store_free(st);
}
END_TEST

START_TEST(full_disk_keeps_bookmarks_in_memory)
{
	struct bookmark_store *st = bookmark_store_open(file), *back;
	struct rlimit rl;
	char *cause = NULL, *big = xcalloc(1, 100001), *before;

	add(st, "", "small");
	ck_assert_int_eq(bookmark_store_save(st, &cause), 0);
	before = slurp(file);
	memset(big, 'x', 100000);
	add(st, "", big);
	signal(SIGXFSZ, SIG_IGN);
	getrlimit(RLIMIT_FSIZE, &rl);
	rl.rlim_cur = 4096;		/* the disk is "full" past 4 KiB */
	ck_assert_int_eq(setrlimit(RLIMIT_FSIZE, &rl), 0);
	ck_assert_int_eq(bookmark_store_save(st, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "cannot write"));
	ck_assert_ptr_nonnull(strstr(cause, strerror(EFBIG)));
	ck_assert(st->dirty);
	back = bookmark_store_open(file);	/* the old file is whole */
	ck_assert_uint_eq(back->diags.n, 0);
	ck_assert_uint_eq(bookmark_store_count(back), 1);
	bookmark_store_free(back);
	free(cause);
	rl.rlim_cur = rl.rlim_max;	/* space again: the next save works */
	ck_assert_int_eq(setrlimit(RLIMIT_FSIZE, &rl), 0);
	ck_assert_int_eq(bookmark_store_save(st, &cause), 0);
	back = bookmark_store_open(file);
	ck_assert_uint_eq(bookmark_store_count(back), 2);
	bookmark_store_free(back);
	bookmark_store_free(st);
	free(before);
	free(big);
}
END_TEST

START_TEST(unwritable_place_is_a_clear_error)
{
	char *blocker = xasprintf("%s/data", tmpdir), *cause = NULL;
	struct bookmark_store *st = bookmark_store_open(file);

	spew(blocker, "a file where the directory should be\n");
	add(st, "", "kept");
	ck_assert_int_eq(bookmark_store_save(st, &cause), -1);
	ck_assert_ptr_nonnull(cause);
	ck_assert_ptr_nonnull(strstr(cause, blocker));
	ck_assert_uint_eq(bookmark_store_count(st), 1);
	ck_assert(st->dirty);
	free(cause);
	free(blocker);
	bookmark_store_free(st);
}
END_TEST

START_TEST(export_and_import_merge)
{
	struct bookmark_store *a = bookmark_store_open(file);
	struct bookmark_store *b = bookmark_store_new(NULL);
	struct bookmark_merge_stats s;
	char *out = xasprintf("%s/export", tmpdir), *cause = NULL, *id;

	id = xstrdup(add(a, "", "to move")->id);
	add(a, "", "to delete");
	add(b, "", "already here");
	ck_assert_int_eq(bookmark_store_export(a, out, &cause), 0);
	ck_assert_int_eq(bookmark_store_import(b, out, &dl, &s, &cause), 0);
	ck_assert_uint_eq(s.added, 2);
	ck_assert_uint_eq(bookmark_store_count(b), 3);
	ck_assert_int_eq(bookmark_store_delete(a, id), 0);
	ck_assert_int_eq(bookmark_store_export(a, out, &cause), 0);
	ck_assert_int_eq(bookmark_store_import(b, out, &dl, &s, &cause), 0);
	ck_assert_uint_eq(s.updated, 1);
	ck_assert_uint_eq(bookmark_store_count(b), 2);	/* the delete came too */
	ck_assert_int_eq(bookmark_store_import(b, "/nonexistent", &dl, &s,
	    &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "/nonexistent"));
	free(cause);
	free(id);
	free(out);
	bookmark_store_free(a);
	bookmark_store_free(b);
}
END_TEST

/* --- finding the place again ------------------------------------------------ */

/* The tests find articles by their text, so that they hold whatever the
 * segmenter makes of the pages. */
#define NEEDLE	"raised four thousand"

static const char page_other[] =
    "Other news of the day\n\nSomething else happened in town today.\n";
static const char page_fair[] =
    "School fair raises funds\n\nThe school fair was held on Saturday.\n\n"
    "It raised four thousand dollars for new books.\n";

/* An archive with one issue of the pages given (NULL: no such page). */
static struct archive *
archive_with(const char *p1, const char *p2, const char *p3)
{
	const char *pages[3] = { p1, p2, p3 };
	char *dir = xasprintf("%s/archive/daily/2024-03-01", tmpdir), *p;
	char *cmd = xasprintf("rm -rf %s/archive && mkdir -p %s", tmpdir, dir);
	struct archive *ar;
	int i;

	ck_assert_int_eq(system(cmd), 0);
	for (i = 0; i < 3; i++) {
		if (pages[i] == NULL)
			continue;
		p = xasprintf("%s/%02d.txt", dir, i + 1);
		spew(p, pages[i]);
		free(p);
	}
	free(dir);
	free(cmd);
	dir = xasprintf("%s/archive", tmpdir);
	ar = archive_open(dir, NULL);
	free(dir);
	return ar;
}

/* The article, block and offset of the needle in the issue. */
static const struct article *
find_needle(struct archive *ar, size_t *block, size_t *off)
{
	struct issue *is = archive_find_issue(ar, "daily/2024-03-01");
	struct layout_doc doc;
	size_t i, j, k;
	const char *hit;

	issue_load(is);
	for (i = 0; i < is->n_pages; i++)
		for (j = 0; j < is->pages[i].n_articles; j++) {
			const struct article *a = &is->pages[i].articles[j];

			layout_doc_from_article(&doc, a);
			for (k = 0; k < doc.n_blocks; k++)
				if ((hit = strstr(doc.blocks[k].text, NEEDLE))) {
					*block = k;
					*off = (size_t)(hit - doc.blocks[k].text);
					layout_doc_free(&doc);
					return a;
				}
			layout_doc_free(&doc);
		}
	return NULL;
}

static struct bookmark mark;

/* Mark the needle on page 2 of page_other, page_fair. */
static void
mark_needle(void)
{
	struct archive *ar = archive_with(page_other, page_fair, NULL);
	const struct article *a;
	size_t b, o;

	ck_assert_ptr_nonnull(a = find_needle(ar, &b, &o));
	bookmark_init(&mark);
	bookmark_mark(&mark, a, b, o, "/archive");
	ck_assert_str_eq(mark.snippet, "raised four thousand dol");
	ck_assert_uint_eq(mark.block, b);
	ck_assert_str_eq(mark.article, "daily/2024-03-01/02/1");
	archive_free(ar);
}

/* Resolve the mark in the issue of these pages: the place should be where
 * the needle is, or, when it is gone, in the marked block. */
static void
ck_resolves(const char *p1, const char *p2, const char *p3,
    enum bookmark_status want, const char *want_id)
{
	struct archive *ar = archive_with(p1, p2, p3);
	struct bookmark_place pl;
	size_t b, o;
	bool found = find_needle(ar, &b, &o) != NULL;
	char *id;

	bookmark_resolve(&mark, ar, &pl);
	ck_assert_str_eq(bookmark_status_name(pl.status),
	    bookmark_status_name(want));
	if (want_id == NULL) {
		ck_assert_ptr_null(pl.article);
		archive_free(ar);
		return;
	}
	id = article_id(pl.article);
	ck_assert_str_eq(id, want_id);
	if (found) {
		ck_assert_uint_eq(pl.block, b);
		ck_assert_uint_eq(pl.offset, o);
	} else		/* a guess: the marked block */
		ck_assert_uint_eq(pl.block, mark.block);
	free(id);
	archive_free(ar);
}

START_TEST(resolve_ok_and_moved)
{
	const char *moved_in = "School fair raises funds\n\nThe school fair "
	    "was held on Saturday.\n\nIn the end it " NEEDLE " dollars.\n";
	struct archive *ar;
	size_t b, o;

	mark_needle();
	ck_resolves(page_other, page_fair, NULL, BOOKMARK_OK,
	    "daily/2024-03-01/02/1");
	/* Found by its headline on another page after a re-extraction. */
	ck_resolves(page_other, page_other, page_fair, BOOKMARK_MOVED,
	    "daily/2024-03-01/03/1");
	/* The text moved within the article. */
	ar = archive_with(page_other, moved_in, NULL);
	ck_assert_ptr_nonnull(find_needle(ar, &b, &o));
	ck_assert_uint_ne(o, mark.offset);
	archive_free(ar);
	ck_resolves(page_other, moved_in, NULL, BOOKMARK_MOVED,
	    "daily/2024-03-01/02/1");
	bookmark_clear(&mark);
}
END_TEST

START_TEST(resolve_changed_and_gone)
{
	mark_needle();
	/* Same headline, other text: the place is a guess. */
	ck_resolves(page_other, "School fair raises funds\n\nThe school fair was "
	    "held on Saturday.\n\nIt collected money for new books and more.\n",
	    NULL, BOOKMARK_CHANGED, "daily/2024-03-01/02/1");
	/* Another headline, the same text. */
	ck_resolves(page_other, "Fair raises money for the library\n\nThe "
	    "school fair took place on Saturday.\n\nIt " NEEDLE " dollars for "
	    "new books.\n", NULL, BOOKMARK_CHANGED, "daily/2024-03-01/02/1");
	ck_resolves(page_other, page_other, NULL, BOOKMARK_GONE, NULL);
	bookmark_clear(&mark);
}
END_TEST

START_TEST(resolve_gone_issue)
{
	struct archive *ar;
	struct bookmark_place pl;

	mark_needle();
	bookmark_set(&mark.article, "daily/2024-03-09/02/1");
	ar = archive_with(page_other, page_fair, NULL);
	ck_assert_int_eq(bookmark_resolve(&mark, ar, &pl), BOOKMARK_GONE);
	ck_assert_ptr_null(pl.issue);
	ck_assert_ptr_null(pl.article);
	archive_free(ar);
	bookmark_clear(&mark);
}
END_TEST

static Suite *
bookmark_suite(void)
{
	Suite *s = suite_create("bookmark");
	TCase *tc = tcase_create("format");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, time_round_trip);
	tcase_add_test(tc, record_round_trip_with_escapes);
	tcase_add_test(tc, bad_lines_are_errors);
	tcase_add_test(tc, unknown_escape_is_kept);
	tcase_add_test(tc, file_with_broken_lines_loads_the_good_ones);
	tcase_add_test(tc, missing_header_and_newer_version);
	suite_add_tcase(s, tc);
	tc = tcase_create("store");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, store_add_rename_delete);
	tcase_add_test(tc, merge_newest_wins_and_tombstones);
	tcase_add_test(tc, merge_is_order_independent);
	suite_add_tcase(s, tc);
	tc = tcase_create("file");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, save_and_open_round_trip);
	tcase_add_test(tc, memory_only_writes_nothing);
	tcase_add_test(tc, two_stores_share_one_file);
	tcase_add_test(tc, broken_file_is_kept_aside);
	tcase_add_test(tc, newer_file_is_never_replaced);
	tcase_add_test(tc, full_disk_keeps_bookmarks_in_memory);
	tcase_add_test(tc, unwritable_place_is_a_clear_error);
	tcase_add_test(tc, export_and_import_merge);
	suite_add_tcase(s, tc);
	tc = tcase_create("place");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, resolve_ok_and_moved);
	tcase_add_test(tc, resolve_changed_and_gone);
	tcase_add_test(tc, resolve_gone_issue);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(bookmark_suite)

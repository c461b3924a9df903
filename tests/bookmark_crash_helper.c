/* SPDX-License-Identifier: ISC */
/* bookmark_crash_helper.c: a test program that changes a bookmarks file
 * and reports what it committed, so that tests can kill it anywhere and
 * check that nothing committed was lost.
 *
 *	bookmark_crash_helper churn FILE COUNT TAG
 *		COUNT times: add a bookmark and save; every third time also
 *		delete the bookmark added before and save.  After each save
 *		that returned, print "+ID" (added) or "-ID" (deleted); before
 *		a deletion, "~ID" (it may be saved or not).
 *	bookmark_crash_helper verify FILE [--exact] LOG...
 *		FILE must parse without a problem; every "+ID" in the logs
 *		must be live unless a "~ID" or "-ID" follows, every "-ID"
 *		must be gone;
 *		with --exact, nothing else may be live.  Prints the count.
 *
 * Exit status 0 when all went well, 1 otherwise. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bookmark.h"
#include "bookmark_file.h"
#include "xalloc.h"

static void
report(char sign, const char *id)
{
	char *line = xasprintf("%c%s\n", sign, id);

	/* One write: a line is either whole in the log or not there. */
	if (write(STDOUT_FILENO, line, strlen(line)) < 0)
		exit(1);
	free(line);
}

static void
save(struct bookmark_store *st)
{
	char *cause = NULL;

	if (bookmark_store_save(st, &cause) != 0) {
		fprintf(stderr, "bookmark_crash_helper: %s\n", cause);
		exit(1);
	}
}

static int
churn(const char *file, long count, const char *tag)
{
	struct bookmark_store *st = bookmark_store_open(file);
	char *prev = NULL, *id;
	struct bookmark bm;
	long i;

	for (i = 1; i <= count; i++) {
		bookmark_init(&bm);
		bookmark_set(&bm.article, "daily/2024-03-01/01/1");
		free(bm.note);
		bm.note = xasprintf("%s-%ld\tnote", tag, i);
		id = xstrdup(bookmark_store_add(st, &bm)->id);
		save(st);
		report('+', id);
		if (i % 3 == 0 && prev != NULL) {
			report('~', prev);	/* may land, or not */
			bookmark_store_delete(st, prev);
			save(st);
			report('-', prev);
		}
		free(prev);
		prev = id;
	}
	free(prev);
	bookmark_store_free(st);
	return 0;
}

/* --- verify ---------------------------------------------------------------- */

struct expect {
	char	**ids;
	char	*live;		/* 1: must be live, 0: gone, 2: either */
	size_t	 n, cap;
};

static void
expect_set(struct expect *e, const char *id, int live)
{
	size_t i;

	for (i = 0; i < e->n; i++)
		if (strcmp(e->ids[i], id) == 0) {
			e->live[i] = (char)live;
			return;
		}
	e->ids = xgrow(e->ids, &e->cap, e->n + 1, sizeof *e->ids);
	e->live = xrealloc(e->live, e->cap);
	e->ids[e->n] = xstrdup(id);
	e->live[e->n++] = (char)live;
}

static int
expect_read(struct expect *e, const char *log)
{
	FILE *f = fopen(log, "r");
	char line[256];
	size_t n;

	if (f == NULL) {
		perror(log);
		return -1;
	}
	while (fgets(line, sizeof line, f) != NULL) {
		n = strlen(line);
		if (n < 3 || line[n - 1] != '\n')
			continue;	/* a torn last line was never reported */
		line[n - 1] = '\0';
		expect_set(e, line + 1, line[0] == '+' ? 1 : line[0] == '~' ?
		    2 : 0);
	}
	fclose(f);
	return 0;
}

static int
expect_check(const struct expect *e, const struct bookmark_store *st,
    int exact)
{
	size_t i, live = 0;
	int bad = 0;

	for (i = 0; i < e->n; i++) {
		bool there = bookmark_store_find(st, e->ids[i]) != NULL;

		live += e->live[i] == 1;
		if (e->live[i] != 2 && there != (e->live[i] == 1)) {
			fprintf(stderr, "bookmark %s: %s\n", e->ids[i],
			    there ? "deleted, yet live" : "committed, yet lost");
			bad = 1;
		}
	}
	if (exact && live != bookmark_store_count(st)) {
		fprintf(stderr, "%zu live bookmarks, want %zu\n",
		    bookmark_store_count(st), live);
		bad = 1;
	}
	return bad;
}

static int
verify(const char *file, int argc, char **argv)
{
	struct bookmark_store *st = bookmark_store_open(file);
	struct expect e = { NULL, NULL, 0, 0 };
	int i, exact = 0, bad = 0;
	size_t k;

	for (k = 0; k < st->diags.n; k++) {
		char *msg = diag_format(&st->diags.items[k]);

		fprintf(stderr, "%s\n", msg);
		free(msg);
		bad = 1;
	}
	for (i = 0; i < argc; i++)
		if (strcmp(argv[i], "--exact") == 0)
			exact = 1;
		else if (expect_read(&e, argv[i]) != 0)
			bad = 1;
	bad |= expect_check(&e, st, exact);
	printf("%zu live, %zu records\n", bookmark_store_count(st), st->n);
	for (k = 0; k < e.n; k++)
		free(e.ids[k]);
	free(e.ids);
	free(e.live);
	bookmark_store_free(st);
	return bad;
}

/* KANBAO_TEST_CRASH_AT=N: _exit at the Nth step of saving, counted over
 * the process's saves (the hook exists in this test program only). */
static void
crash_at_step(void)
{
	static long at = -1, step;
	const char *s;

	if (at < 0) {
		s = getenv("KANBAO_TEST_CRASH_AT");
		at = s ? strtol(s, NULL, 10) : 0;
	}
	if (at > 0 && ++step == at)
		_exit(99);
}

int
main(int argc, char **argv)
{
	bookmark_save_step_hook = crash_at_step;
	if (argc == 5 && strcmp(argv[1], "churn") == 0)
		return churn(argv[2], strtol(argv[3], NULL, 10), argv[4]);
	if (argc >= 3 && strcmp(argv[1], "verify") == 0)
		return verify(argv[2], argc - 3, argv + 3);
	fputs("usage: bookmark_crash_helper churn FILE COUNT TAG\n"
	    "       bookmark_crash_helper verify FILE [--exact] LOG...\n", stderr);
	return 2;
}

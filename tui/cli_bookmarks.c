/* SPDX-License-Identifier: ISC */
/* cli_bookmarks.c: --bookmarks, --export-bookmarks and --import-bookmarks:
 * the bookmarks file for scripts and for moving it between machines.
 * Everything that came from a file passes through sanitize_text first. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "archive.h"
#include "archive_db.h"
#include "bookmark.h"
#include "bookmark_file.h"
#include "bookmark_place.h"
#include "cli.h"
#include "sanitize.h"
#include "strbuf.h"
#include "xalloc.h"

/* Print s (from a file) on one line, safe for a terminal: tabs and line
 * breaks as \t and \n, as in the bookmarks file. */
static void
cli_bm_put(const char *s)
{
	struct strbuf b = STRBUF_INIT;
	char *safe;

	for (; *s != '\0'; s++) {
		if (*s == '\t' || *s == '\n' || *s == '\\')
			strbuf_adds(&b, *s == '\t' ? "\\t" : *s == '\n' ? "\\n" :
			    "\\\\");
		else
			strbuf_addc(&b, *s);
	}
	safe = sanitize_text(b.s ? b.s : "", b.len, 0);
	fputs(safe, stdout);
	free(safe);
	strbuf_free(&b);
}

static void
cli_bm_cause(const char *what, char *cause)
{
	char *safe = sanitize_text(cause, strlen(cause), 0);

	fprintf(stderr, _("kanbao: %s: %s\n"), what, safe);
	free(safe);
	free(cause);
}

/* --- the archives bookmarks resolve in ------------------------------------ */

/* Archives opened once each, by root. */
struct cli_bm_archives {
	struct archive	**a;
	size_t		 n, cap;
	const char	*forced;	/* --archive given: every bookmark there */
	const char	*encoding;
	const char	*database;	/* --database given: every bookmark there */
};

/* The archive a bookmark resolves in: --archive when given, else the one it
 * was made in when it is still there, else the sample archive. */
static struct archive *
cli_bm_archive(struct cli_bm_archives *as, const struct bookmark *bm)
{
	const char *root = as->forced;
	struct stat sb;
	size_t i;

	if (as->database != NULL) {
		char *cause = NULL;

		if (as->n > 0)
			return as->a[0];
		as->a = xgrow(as->a, &as->cap, 1, sizeof *as->a);
		if ((as->a[0] = archive_open_db(as->database, &cause)) == NULL) {
			/* Every bookmark is then "missing"; say why once. */
			cli_error("%s", cause);
			free(cause);
			as->a[0] = archive_open("", as->encoding);
		}
		as->n = 1;
		return as->a[0];
	}
	if (root == NULL)
		root = bm->archive[0] != '\0' && stat(bm->archive, &sb) == 0 ?
		    bm->archive : cli_default_archive();
	for (i = 0; i < as->n; i++)
		if (strcmp(as->a[i]->root, root) == 0)
			return as->a[i];
	as->a = xgrow(as->a, &as->cap, as->n + 1, sizeof *as->a);
	return as->a[as->n++] = archive_open(root, as->encoding);
}

static void
cli_bm_archives_free(struct cli_bm_archives *as)
{
	size_t i;

	for (i = 0; i < as->n; i++)
		archive_free(as->a[i]);
	free(as->a);
}

/* --- --bookmarks ------------------------------------------------------------ */

static void
cli_bm_status(const struct bookmark *bm, struct archive *ar)
{
	struct bookmark_place pl;
	char *id;

	fputs(bookmark_status_name(bookmark_resolve(bm, ar, &pl)), stdout);
	if (pl.status != BOOKMARK_MOVED)
		return;
	id = article_id(pl.article);
	if (strcmp(id, bm->article) != 0) {	/* not just within the article */
		fputs(" to ", stdout);
		cli_bm_put(id);
	}
	free(id);
}

/* ARTICLE TAB STATUS TAB NAME TAB HEADLINE TAB SNIPPET TAB NOTE */
static void
cli_bm_list_one(const struct bookmark *bm, struct cli_bm_archives *as)
{
	cli_bm_put(bm->article);
	putchar('\t');
	cli_bm_status(bm, cli_bm_archive(as, bm));
	putchar('\t');
	cli_bm_put(bm->name);
	putchar('\t');
	cli_bm_put(bm->headline);
	putchar('\t');
	cli_bm_put(bm->snippet);
	putchar('\t');
	cli_bm_put(bm->note);
	putchar('\n');
}

static int
cli_bm_list(const struct bookmark_store *st, const struct kanbao_options *opt)
{
	struct cli_bm_archives as;
	const struct bookmark **list;
	size_t i, n = bookmark_store_list(st, &list);

	memset(&as, 0, sizeof as);
	as.encoding = opt->encoding;
	as.database = opt->database;
	if (strcmp(opt->archive, cli_default_archive()) != 0)
		as.forced = opt->archive;
	for (i = 0; i < n; i++)
		cli_bm_list_one(list[i], &as);
	free(list);
	cli_bm_archives_free(&as);
	return EXIT_OK;
}

/* --- --export-bookmarks, --import-bookmarks ------------------------------- */

static int
cli_bm_export(const struct bookmark_store *st, const char *file)
{
	struct strbuf b = STRBUF_INIT;
	char *cause = NULL;

	if (strcmp(file, "-") == 0) {
		bookmark_serialise(&b, st);
		if (isatty(STDOUT_FILENO)) {
			/* For the eye: control characters as placeholders.
			 * A pipe or a file gets the bytes as they are. */
			char *safe = sanitize_text(b.s, b.len, 1);

			fputs(safe, stdout);
			free(safe);
		} else
			fwrite(b.s, 1, b.len, stdout);
		strbuf_free(&b);
		return fflush(stdout) == 0 ? EXIT_OK : EXIT_PROBLEM;
	}
	if (bookmark_store_export(st, file, &cause) != 0) {
		cli_bm_cause(_("cannot export the bookmarks"), cause);
		return EXIT_PROBLEM;
	}
	return EXIT_OK;
}

static int
cli_bm_import(struct bookmark_store *st, const char *file)
{
	struct diag_list dl = { 0 };
	struct bookmark_merge_stats s;
	char *cause = NULL;
	size_t from = 0;
	int status = EXIT_OK;

	if (bookmark_store_import(st, file, &dl, &s, &cause) != 0) {
		cli_bm_cause(_("cannot import the bookmarks"), cause);
		status = EXIT_PROBLEM;
	} else if (bookmark_store_save(st, &cause) != 0) {
		cli_bm_cause(_("cannot save the bookmarks"), cause);
		status = EXIT_PROBLEM;
	} else
		printf(_("%zu new, %zu updated, %zu already known\n"), s.added,
		    s.updated, s.unchanged);
	if (cli_print_diags(&dl, &from) >= (int)DIAG_ERROR)
		status = EXIT_PROBLEM;
	diag_list_free(&dl);
	return status;
}

int
cli_bookmarks_run(const struct kanbao_options *opt)
{
	char *path = bookmark_file_default();
	struct bookmark_store *st;
	size_t from = 0;
	int status = EXIT_OK;

	if (path == NULL) {
		fputs(_("kanbao: neither XDG_DATA_HOME nor HOME is set: no "
		    "bookmarks file\n"), stderr);
		return EXIT_PROBLEM;
	}
	st = bookmark_store_open(path);
	/* Broken lines of the file are reported; they fail a listing or an
	 * export, not an import, whose save keeps the file as it was aside
	 * (bookmarks.broken-TIME) and replaces it with a sound one. */
	if (cli_print_diags(&st->diags, &from) >= (int)DIAG_ERROR &&
	    opt->action != CLI_IMPORT_BOOKMARKS)
		status = EXIT_PROBLEM;
	if (opt->action == CLI_BOOKMARKS)
		cli_bm_list(st, opt);
	else if (opt->action == CLI_EXPORT_BOOKMARKS) {
		if (cli_bm_export(st, opt->bookmarks_file) != EXIT_OK)
			status = EXIT_PROBLEM;
	} else if (cli_bm_import(st, opt->bookmarks_file) != EXIT_OK)
		status = EXIT_PROBLEM;
	if (cli_print_diags(&st->diags, &from) >= (int)DIAG_ERROR &&
	    opt->action != CLI_IMPORT_BOOKMARKS)
		status = EXIT_PROBLEM;
	bookmark_store_free(st);
	free(path);
	return status;
}

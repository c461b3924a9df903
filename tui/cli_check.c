/* SPDX-License-Identifier: ISC */
/* cli_check.c: --check, every flag (and note) of the pages named, one a
 * line as "FILE:LINE:COL: kind: message", sorted, for editors and scripts
 * (the format compilers use, so editors can jump to each). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "archive.h"
#include "cli.h"
#include "flags.h"
#include "notes.h"
#include "sanitize.h"
#include "strbuf.h"
#include "userconf.h"
#include "xalloc.h"

/* One line of output, kept until every operand is done so the whole is
 * sorted; the archive it came from is freed before then. */
struct check_rec {
	char		*file;
	unsigned long	 line;
	unsigned long	 col;
	const char	*kind;		/* static */
	char		*msg;
};

static struct check_rec *check_recs;
static size_t check_n, check_cap;
static int check_mask_read;
static unsigned check_mask = FLAG_MASK_ALL;

/* The kinds the user's config file asks for ("flags = ..."). */
static unsigned
check_flag_mask(void)
{
	struct userconf uc;
	struct diag_list dl = { 0 };
	char *path;
	size_t from = 0;

	if (check_mask_read)
		return check_mask;
	check_mask_read = 1;
	userconf_init(&uc);
	if ((path = userconf_config_path("config")) != NULL)
		userconf_load(&uc, path, &dl);
	cli_print_diags(&dl, &from);
	check_mask = uc.flags;
	diag_list_free(&dl);
	userconf_free(&uc);
	free(path);
	return check_mask;
}

static void
check_add(const char *file, unsigned long line, unsigned long col,
    const char *kind, const char *msg)
{
	struct check_rec *r;

	check_recs = xgrow(check_recs, &check_cap, check_n + 1, sizeof *check_recs);
	r = &check_recs[check_n++];
	r->file = xstrdup(file ? file : "");
	r->line = line;
	r->col = col;
	r->kind = kind;
	r->msg = xstrdup(msg);
}

/* The notes on page p's lines (on article only's, when set). */
static void
check_notes(const struct page *p, const struct article *only)
{
	struct note_set ns = { 0 };
	struct diag_list dl = { 0 };
	unsigned long lo = p->line_offset + 1, hi = p->line_offset + p->text.n_lines;
	size_t i;

	if (only) {
		lo = p->line_offset + only->span.first_line;
		hi = p->line_offset + only->span.last_line;
	}
	notes_load(&ns, p->path, &dl);
	i = 0;
	cli_print_diags(&dl, &i);
	for (i = 0; i < ns.n; i++) {
		const struct note *n = &ns.items[i];
		struct strbuf b = STRBUF_INIT;

		if (n->first_line < lo || n->first_line > hi)
			continue;
		strbuf_add_escaped(&b, n->text);
		check_add(p->path, n->first_line, n->first_col, "note",
		    b.s ? b.s : "");
		strbuf_free(&b);
	}
	diag_list_free(&dl);
	note_set_free(&ns);
}

/* The flags and notes of page p (only those of article only, when set). */
static void
check_page(const struct page *p, const struct article *only)
{
	struct flag_list fl = { 0 };
	size_t i;

	check_notes(p, only);

	flags_page(p, check_flag_mask(), &fl);
	for (i = 0; i < fl.n; i++) {
		const struct flag *f = &fl.items[i];

		if (only && f->article != only)
			continue;
		check_add(p->path, f->span.first_line + p->line_offset, f->col,
		    flag_kind_name(f->kind), f->reason);
	}
	flag_list_free(&fl);
}

/* A page file opened alone from a dated issue directory stands for an
 * issue of one page; jumps need the whole issue, so open the directory. */
static void
check_page_in_issue(const struct page *p)
{
	struct archive *a = archive_open(p->issue->path,
	    p->issue->publication->archive->forced_charset);
	size_t i;

	if (a->n_pubs == 1 && a->pubs[0].n_issues == 1) {
		struct issue *is = &a->pubs[0].issues[0];

		issue_load(is);
		for (i = 0; i < is->n_pages; i++)
			if (is->pages[i].number == p->number &&
			    strcmp(is->pages[i].path, p->path) == 0) {
				check_page(&is->pages[i], NULL);
				archive_free(a);
				return;
			}
	}
	archive_free(a);
	check_page(p, NULL);
}

static void
check_issue(struct issue *is, const struct page *only_page,
    const struct article *only, bool alone)
{
	size_t i;

	issue_load(is);
	for (i = 0; i < is->n_pages; i++) {
		const struct page *p = &is->pages[i];

		if (only_page && p != only_page)
			continue;
		if (alone && !is->single_file)
			check_page_in_issue(p);
		else
			check_page(p, only);
	}
}

void
cli_check_target(struct archive *a, struct publication *pub, struct issue *is,
    struct page *p, const struct article *art)
{
	size_t i, j;

	if (is) {
		check_issue(is, p, art, a->scope == SCOPE_PAGE && art == NULL);
		return;
	}
	for (i = 0; i < a->n_pubs; i++) {
		if (pub && &a->pubs[i] != pub)
			continue;
		for (j = 0; j < a->pubs[i].n_issues; j++)
			check_issue(&a->pubs[i].issues[j], NULL, NULL, false);
	}
}

static int
check_cmp(const void *va, const void *vb)
{
	const struct check_rec *a = va, *b = vb;
	int c = strcmp(a->file, b->file);

	if (c != 0)
		return c;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->col != b->col)
		return a->col < b->col ? -1 : 1;
	return strcmp(a->kind, b->kind);
}

static void
check_put(const char *s)
{
	char *safe = sanitize_text(s, strlen(s), 0);

	fputs(safe, stdout);
	free(safe);
}

int
cli_check_finish(int status)
{
	size_t i;
	int found = check_n > 0;

	if (check_n > 1)
		qsort(check_recs, check_n, sizeof *check_recs, check_cmp);
	for (i = 0; i < check_n; i++) {
		check_put(check_recs[i].file);
		printf(":%lu:%lu: %s: ", check_recs[i].line, check_recs[i].col,
		    check_recs[i].kind);
		check_put(check_recs[i].msg);
		putchar('\n');
		free(check_recs[i].file);
		free(check_recs[i].msg);
	}
	free(check_recs);
	check_recs = NULL;
	check_n = check_cap = 0;
	return found ? EXIT_PROBLEM : status;
}

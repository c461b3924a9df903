/* SPDX-License-Identifier: ISC */
/* archive_db_load.c: an issue's pages and a page's model read back from
 * the database, as issue_scan and page_load would make them from the
 * files. */
#include "config.h"

#ifdef HAVE_LIBPQ

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "archive_db.h"
#include "archive_db_int.h"
#include "i18n.h"
#include "pagetext.h"
#include "xalloc.h"

void	adb_add_diags(struct diag_list *dl, const PGresult *r);

/* Element roles in kanbao_element (archive_db_ingest.c writes them). */
enum { ROLE_KICKER, ROLE_DECK, ROLE_SUBHEAD, ROLE_BYLINE, ROLE_DATELINE,
	ROLE_BLOCK, ROLE_CREDIT, ROLE_JUMP };

static struct diag_list *
adb_diags(const struct issue *is)
{
	return &is->publication->archive->diags;
}

/* Rows of sql with the issue's key and n (-1: none) as parameters. */
static PGresult *
adb_rows(const struct issue *is, const char *sql, long n)
{
	char k[32], m[32], *cause = NULL;
	const char *params[2] = { k, m };
	struct archive *a = is->publication->archive;
	PGconn *conn;

	/* The server restarted since: connect again (the error, if that
	 * fails too, is the query's). */
	if (PQstatus(a->db->conn) != CONNECTION_OK &&
	    archive_db_reconnect(a, &cause) != 0)
		free(cause);
	conn = a->db->conn;

	snprintf(k, sizeof k, "%lld", is->db_id);
	snprintf(m, sizeof m, "%ld", n);
	return PQexecParams(conn, sql, n < -1 ? 1 : 2, NULL, params, NULL, NULL,
	    1);
}

static bool
adb_failed(const struct issue *is, PGresult *r, const char *what)
{
	const struct archive_db *db = is->publication->archive->db;
	char *msg;

	if (PQresultStatus(r) == PGRES_TUPLES_OK)
		return false;
	msg = adb_error(db->conn, db->where, what);
	diag_add(adb_diags(is), DIAG_ERROR, NULL, 0, -1,
	    _("%s (connected again at the next request; this page is read again when the archive is opened again)"),
	    msg);
	free(msg);
	PQclear(r);
	return true;
}

void
archive_db_scan_issue(struct issue *is)
{
	PGresult *r;
	int i, n;

	r = adb_rows(is, "SELECT scan_path, scan_single_file FROM kanbao_issue WHERE pk = $1",
	    -2);
	if (adb_failed(is, r, _("cannot list an issue's pages")))
		return;
	if (PQntuples(r) == 1 && !PQgetisnull(r, 0, 0)) {
		free(is->path);
		is->path = adb_str(r, 0, 0, NULL);
		is->single_file = adb_int(r, 0, 1) != 0;
	}
	PQclear(r);
	r = adb_rows(is, "SELECT level, file, line, byte, message FROM kanbao_diag WHERE issue = $1 AND page = $2 ORDER BY seq",
	    -1);
	if (adb_failed(is, r, _("cannot list an issue's pages")))
		return;
	adb_add_diags(adb_diags(is), r);
	PQclear(r);
	r = adb_rows(is, "SELECT number, name, path, part, line_offset FROM kanbao_page WHERE issue = $1 ORDER BY ord",
	    -2);
	if (adb_failed(is, r, _("cannot list an issue's pages")))
		return;
	n = PQntuples(r);
	is->pages = xcalloc(n ? (size_t)n : 1, sizeof *is->pages);
	for (i = 0; i < n; i++) {
		struct page *p = &is->pages[i];

		p->number = (int)adb_int(r, i, 0);
		p->name = adb_str(r, i, 1, NULL);
		p->path = adb_str(r, i, 2, NULL);
		p->part = (int)adb_int(r, i, 3);
		p->line_offset = (unsigned long)adb_int(r, i, 4);
		p->issue = is;
		if (p->name == NULL)
			p->name = xstrdup("");
		if (p->path == NULL)
			p->path = xstrdup("");
	}
	is->n_pages = (size_t)n;
	PQclear(r);
}

static void
adb_span(struct span *s, const struct page *p, const PGresult *r, int row,
    int col)
{
	s->file = adb_int(r, row, col) ? p->path : NULL;
	s->first_line = (unsigned long)adb_int(r, row, col + 1);
	s->last_line = (unsigned long)adb_int(r, row, col + 2);
	s->byte_start = (size_t)adb_int(r, row, col + 3);
	s->byte_end = (size_t)adb_int(r, row, col + 4);
}

/* Element row i of r (article, role, kind, text, has_file, first_line,
 * last_line, byte_start, byte_end, page_number) into a. */
static void
adb_element(struct article *a, const struct page *p, const PGresult *r, int i)
{
	int role = (int)adb_int(r, i, 1), kind = (int)adb_int(r, i, 2);
	char *text = adb_str(r, i, 3, NULL);
	struct text_elem *te = NULL;
	struct span sp;
	size_t cap;

	adb_span(&sp, p, r, i, 4);
	switch (role) {
	case ROLE_KICKER: te = &a->kicker; break;
	case ROLE_SUBHEAD: te = &a->subhead; break;
	case ROLE_BYLINE: te = &a->byline; break;
	case ROLE_DATELINE: te = &a->dateline; break;
	case ROLE_CREDIT: te = &a->credit; break;
	case ROLE_DECK:
		cap = a->n_decks;
		a->decks = xgrow(a->decks, &cap, a->n_decks + 1, sizeof *a->decks);
		te = &a->decks[a->n_decks++];
		break;
	case ROLE_BLOCK:
		cap = a->n_blocks;
		a->blocks = xgrow(a->blocks, &cap, a->n_blocks + 1,
		    sizeof *a->blocks);
		a->blocks[a->n_blocks++] = (struct block){ (enum block_kind)kind,
		    text, sp };
		return;
	case ROLE_JUMP:
		cap = a->n_jumps;
		a->jumps = xgrow(a->jumps, &cap, a->n_jumps + 1, sizeof *a->jumps);
		a->jumps[a->n_jumps++] = (struct jump){ (enum jump_dir)kind,
		    (int)adb_int(r, i, 9), text, sp, NULL };
		return;
	default:
		free(text);
		return;
	}
	te->text = text;
	te->span = sp;
}

void
archive_db_load_page(struct page *p)
{
	struct issue *is = p->issue;
	long ord = (long)(p - is->pages);
	PGresult *r;
	char *text;
	size_t len;
	int i, n;

	r = adb_rows(is, "SELECT level, file, line, byte, message FROM kanbao_diag WHERE issue = $1 AND page = $2 ORDER BY seq",
	    ord);
	if (adb_failed(is, r, _("cannot read a page")))
		goto failed;
	adb_add_diags(adb_diags(is), r);
	PQclear(r);
	r = adb_rows(is, "SELECT loaded, charset, text, section_name, removed FROM kanbao_page WHERE issue = $1 AND ord = $2",
	    ord);
	if (adb_failed(is, r, _("cannot read a page")))
		goto failed;
	if (PQntuples(r) != 1 || !adb_int(r, 0, 0)) {
		PQclear(r);
		goto failed;
	}
	if ((text = adb_str(r, 0, 2, &len)) != NULL) {
		pagetext_from_text(&p->text, text, len);
		p->text.charset = adb_str(r, 0, 1, NULL);
	}
	p->meta.section_name = adb_str(r, 0, 3, NULL);
	if ((text = adb_str(r, 0, 4, &len)) != NULL) {
		page_meta_add_removed(&p->meta, text, len);
		free(text);
	}
	PQclear(r);
	r = adb_rows(is, "SELECT kind, text FROM kanbao_furniture WHERE issue = $1 AND page = $2 ORDER BY seq",
	    ord);
	if (adb_failed(is, r, _("cannot read a page")))
		goto unload;
	for (i = 0, n = PQntuples(r); i < n; i++) {
		text = adb_str(r, i, 1, NULL);
		page_meta_add(&p->meta, text ? text : "",
		    (enum furniture_kind)adb_int(r, i, 0));
		free(text);
	}
	PQclear(r);
	r = adb_rows(is, "SELECT idx, kind, has_file, first_line, last_line, byte_start, byte_end FROM kanbao_article WHERE issue = $1 AND page = $2 ORDER BY ord",
	    ord);
	if (adb_failed(is, r, _("cannot read a page")))
		goto unload;
	n = PQntuples(r);
	p->articles = xcalloc(n ? (size_t)n : 1, sizeof *p->articles);
	p->n_articles = (size_t)n;
	for (i = 0; i < n; i++) {
		struct article *a = &p->articles[i];

		a->index = (size_t)adb_int(r, i, 0);
		a->kind = (enum article_kind)adb_int(r, i, 1);
		adb_span(&a->span, p, r, i, 2);
		a->page = p;
	}
	PQclear(r);
	r = adb_rows(is, "SELECT article, role, kind, text, has_file, first_line, last_line, byte_start, byte_end, page_number "
	    "FROM kanbao_element WHERE issue = $1 AND page = $2 ORDER BY article, seq",
	    ord);
	if (adb_failed(is, r, _("cannot read a page")))
		goto unload;
	for (i = 0, n = PQntuples(r); i < n; i++) {
		size_t k = (size_t)adb_int(r, i, 0);

		if (k < p->n_articles)
			adb_element(&p->articles[k], p, r, i);
	}
	PQclear(r);
	p->loaded = true;
	return;
unload:
	page_unload(p);
failed:
	p->failed = true;
}

#endif /* HAVE_LIBPQ */

/* SPDX-License-Identifier: ISC */
/* archive_search_db.c: an archive search in the database.
 *
 * The query is folded as the local search folds it; its keys (dbgrams.h)
 * pick the candidate issues through the GIN index of kanbao_issue_grams
 * (one row of keys an issue: an index per article costs six times as
 * much to build and store), and the server keeps those of their articles
 * whose folded text (kanbao_search.folded) holds the folded query: only
 * the articles with a hit travel, in archive order or newest first.
 * Their blocks are then searched with search_text, as the cache's are,
 * so the hits are the local search's.  A literal query, or one needing
 * the Traditional to Simplified fold the database's text was not folded
 * with, reads every article of the scope instead.  Rows stream one at a
 * time (libpq's single-row mode): a frequent word does not fill the
 * memory.
 */
#include "config.h"

#ifdef HAVE_LIBPQ

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "archive_db.h"
#include "archive_db_int.h"
#include "i18n.h"
#include "dbgrams.h"
#include "sanitize.h"
#include "search.h"
#include "xalloc.h"

/* Candidate issues first (the GIN index of their keys), then those of
 * their articles that hold the folded query. */
static const char adb_candidates_sql[] =
    "WITH c AS MATERIALIZED (SELECT issue FROM kanbao_issue_grams WHERE grams @> $1::int4[]) ";
static const char adb_holds_sql[] =
    "WHERE position($2::bytea in s.folded) > 0 ";
static const char adb_search_sql[] =
    "SELECT s.issue, i.pub, i.date, s.id, s.title, s.page_number, i.pub_name, s.blocks, s.breaks, s.folded "
    "FROM kanbao_search s JOIN kanbao_issue i ON i.pk = s.issue ";

/* The line of byte off of block b: the last break of b at or before it. */
static unsigned long
adb_line(const int64_t *br, size_t n, size_t b, size_t off)
{
	unsigned long line = 0;
	size_t i;

	for (i = 0; i + 2 < n; i += 3) {
		if ((size_t)br[i] < b)
			continue;
		if ((size_t)br[i] > b || (size_t)br[i + 1] > off)
			break;
		line = (unsigned long)br[i + 2];
	}
	return line;
}

/* How many of the archive's issues are in the scope (for progress). */
static size_t
adb_issues_in(const struct archive *a, const struct asearch_scope *sc)
{
	size_t i, j, n = 0;

	for (i = 0; i < a->n_pubs; i++)
		for (j = 0; j < a->pubs[i].n_issues; j++)
			n += asearch_issue_in(sc, a->pubs[i].id,
			    strlen(a->pubs[i].id), a->pubs[i].issues[j].date,
			    strlen(a->pubs[i].issues[j].date));
	return n;
}

struct adb_row {
	const struct search_pattern *sp;
	const struct asearch_scope *sc;
	asearch_hit_fn	 fn;
	void		*arg;
	long		 count;
	struct search_hits hits;
	int64_t		*br;
	size_t		 cap_br;
	const char	**text;		/* the row's blocks */
	int		*len;
	size_t		 cap_text, cap_len;
	bool		 filtered;	/* the server kept only hits: the
					 * folded text says which blocks */
};

/* Whether block i of a row whose folded text (the blocks folded, one a
 * line) is f may hold the folded query q: true when f has no line i. */
static bool
adb_block_may(const char *f, size_t flen, size_t i, const char *q,
    size_t qlen)
{
	const char *end = f + flen, *nl;

	for (; i > 0; i--) {
		if ((nl = memchr(f, '\n', (size_t)(end - f))) == NULL)
			return true;
		f = nl + 1;
	}
	nl = memchr(f, '\n', (size_t)(end - f));
	return memmem(f, (size_t)((nl ? nl : end) - f), q, qlen) != NULL;
}

/* Search one candidate row; nonzero when fn stops. */
static int
adb_search_row(struct adb_row *s, const PGresult *r)
{
	struct asearch_hit h;
	const char *blocks = PQgetvalue(r, 0, 7), *breaks = PQgetvalue(r, 0, 8),
	    *folded = NULL, *q = NULL;
	size_t flen = 0, qlen = 0;
	size_t nb, n_br, i, k, off, blen = (size_t)PQgetlength(r, 0, 7),
	    brlen = (size_t)PQgetlength(r, 0, 8);
	int len, stop = 0;
	const char *e;

	memset(&h, 0, sizeof h);
	h.pub_name = PQgetvalue(r, 0, 1);	/* checked below: the id */
	if (!asearch_issue_in(s->sc, PQgetvalue(r, 0, 1),
	    (size_t)PQgetlength(r, 0, 1), PQgetvalue(r, 0, 2),
	    (size_t)PQgetlength(r, 0, 2)))
		return 0;
	h.id = PQgetvalue(r, 0, 3);
	h.id_len = (size_t)PQgetlength(r, 0, 3);
	if (!asearch_id_in(s->sc, h.id, h.id_len))
		return 0;
	if (adb_array(blocks, blen, &nb) != 0 ||
	    adb_array(breaks, brlen, &n_br) != 0)
		return 0;
	search_hits_clear(&s->hits);
	s->text = xgrow(s->text, &s->cap_text, nb + 1, sizeof *s->text);
	s->len = xgrow(s->len, &s->cap_len, nb + 1, sizeof *s->len);
	if (s->filtered) {
		folded = PQgetvalue(r, 0, 9);
		flen = (size_t)PQgetlength(r, 0, 9);
		q = search_pattern_folded(s->sp, &qlen);
	}
	for (off = 0, i = 0; i < nb; i++) {
		if ((e = adb_array_next(blocks, blen, &off, &len)) == NULL)
			return 0;
		s->text[i] = e;
		s->len[i] = len;
		/* Folding a block costs more than the rest: the blocks
		 * without the query (most) are not folded again. */
		if (!s->filtered || adb_block_may(folded, flen, i, q, qlen))
			search_text(s->sp, e, (size_t)len, i, &s->hits);
	}
	if (s->hits.n == 0)
		return 0;
	s->br = xgrow(s->br, &s->cap_br, n_br + 1, sizeof *s->br);
	for (off = 0, k = 0; k < n_br; k++) {
		const char *v = adb_array_next(breaks, brlen, &off, &len);
		int64_t x = 0;
		int j;

		for (j = 0; v != NULL && j < len; j++)
			x = x << 8 | (unsigned char)v[j];
		s->br[k] = x;
	}
	h.id_plain = sanitize_plain_len(h.id, h.id_len, 0) == h.id_len;
	h.date = PQgetvalue(r, 0, 2);
	h.date_len = (size_t)PQgetlength(r, 0, 2);
	h.title = PQgetvalue(r, 0, 4);
	h.title_len = (size_t)PQgetlength(r, 0, 4);
	h.page = (int)adb_int(r, 0, 5);
	h.pub_name = PQgetvalue(r, 0, 6);
	h.pub_name_len = (size_t)PQgetlength(r, 0, 6);
	for (i = 0; i < s->hits.n && !stop; i++) {
		h.h = s->hits.v[i];
		h.text = s->text[h.h.block];
		h.len = (size_t)s->len[h.h.block];
		h.plain = false;
		h.line = adb_line(s->br, n_br, h.h.block, h.h.start);
		s->count++;
		stop = s->fn(&h, s->arg);
	}
	return stop;
}

static long asearch_db_once(struct archive *, const struct search_pattern *,
    const struct asearch_scope *, enum asearch_order, asearch_hit_fn,
    asearch_progress_fn, void *, char **, long *);

long
asearch_db_each(struct archive *a, const struct search_pattern *sp,
    const struct asearch_scope *sc, enum asearch_order order,
    asearch_hit_fn fn, asearch_progress_fn progress, void *arg, char **cause)
{
	long rc, hits = 0;

	rc = asearch_db_once(a, sp, sc, order, fn, progress, arg, cause, &hits);
	/* The connection broke before any hit (the server restarted): once
	 * more on a new one. */
	if (rc < 0 && hits == 0 && PQstatus(a->db->conn) != CONNECTION_OK) {
		free(*cause);
		rc = asearch_db_once(a, sp, sc, order, fn, progress, arg, cause,
		    &hits);
	}
	return rc;
}

static long
asearch_db_once(struct archive *a, const struct search_pattern *sp,
    const struct asearch_scope *sc, enum asearch_order order,
    asearch_hit_fn fn, asearch_progress_fn progress, void *arg, char **cause,
    long *hits)
{
	struct archive_db *db = a->db;
	struct adb_row s = { sp, sc, fn, arg, 0, { 0 }, NULL, 0, NULL, NULL, 0,
	    0, false };
	struct dbgrams g = { 0 };
	struct strbuf sql = STRBUF_INIT, keys = STRBUF_INIT;
	const char *folded, *params[2];
	int lens[2] = { 0, 0 }, formats[2] = { 0, 1 };
	unsigned flags = search_pattern_flags(sp);
	size_t flen, i, total, done = 0;
	long long issue = -1;
	PGresult *r;
	int stop = 0, failed = 0;

	*cause = NULL;
	if (PQstatus(db->conn) != CONNECTION_OK &&
	    archive_db_reconnect(a, cause) != 0)
		return -1;
	total = progress ? adb_issues_in(a, sc) : 0;
	folded = search_pattern_folded(sp, &flen);
	if (!(flags & SEARCH_LITERAL) && (!(flags & SEARCH_HAN) || db->fold_han)) {
		dbgrams_query(&g, folded, flen);
		strbuf_addc(&keys, '{');
		for (i = 0; i < g.n; i++)
			strbuf_printf(&keys, "%s%d", i ? "," : "", (int)g.v[i]);
		strbuf_addc(&keys, '}');
		strbuf_adds(&sql, adb_candidates_sql);
	}
	strbuf_adds(&sql, adb_search_sql);
	if (g.n > 0)
		strbuf_adds(&sql, "JOIN c ON c.issue = s.issue ");
	if (g.n > 0)
		strbuf_adds(&sql, adb_holds_sql);
	s.filtered = g.n > 0;
	strbuf_adds(&sql, order == ASEARCH_NEWEST_FIRST ?
	    "ORDER BY i.date DESC, i.pub_ord, i.ord, s.page, s.article" :
	    "ORDER BY i.pub_ord, i.ord, s.page, s.article");
	params[0] = keys.s;
	params[1] = folded;
	lens[1] = (int)flen;
	if (!PQsendQueryParams(db->conn, sql.s, g.n ? 2 : 0, NULL, params, lens,
	    formats, 1) || !PQsetSingleRowMode(db->conn)) {
		*cause = adb_error(db->conn, db->where, _("cannot search"));
		failed = 1;
	}
	while (!failed && (r = PQgetResult(db->conn)) != NULL) {
		if (PQresultStatus(r) == PGRES_SINGLE_TUPLE && !stop) {
			long long is = adb_int(r, 0, 0);

			if (is != issue) {
				issue = is;
				if (progress && progress(done++, total,
				    (size_t)s.count, arg))
					stop = 1;
			}
			if (!stop)
				stop = adb_search_row(&s, r);
			if (stop) {
				PGcancel *c = PQgetCancel(db->conn);
				char err[256];

				if (c) {
					PQcancel(c, err, sizeof err);
					PQfreeCancel(c);
				}
			}
		} else if (PQresultStatus(r) != PGRES_SINGLE_TUPLE &&
		    PQresultStatus(r) != PGRES_TUPLES_OK && !stop) {
			*cause = adb_error(db->conn, db->where, _("cannot search"));
			failed = 2;
		}
		PQclear(r);
	}
	if (failed == 2)
		while ((r = PQgetResult(db->conn)) != NULL)
			PQclear(r);
	dbgrams_free(&g);
	strbuf_free(&sql);
	strbuf_free(&keys);
	search_hits_free(&s.hits);
	free(s.br);
	free(s.text);
	free(s.len);
	*hits = s.count;
	return failed ? -1 : s.count;
}

#endif /* HAVE_LIBPQ */

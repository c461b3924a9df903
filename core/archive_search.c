/* SPDX-License-Identifier: ISC */
/* archive_search.c: the scope and order rules of an archive search, and
 * its local backends: the search cache, else the pages loaded issue by
 * issue.  The database backend is archive_search_db.c. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "archive.h"
#include "archive_db.h"
#include "archive_search.h"
#include "layout.h"
#include "pagetext.h"
#include "sanitize.h"
#include "srcmap.h"
#include "textcache.h"
#include "textcache_index.h"
#include "xalloc.h"

/* --- the scope ---------------------------------------------------------------- */

bool
asearch_date_in(const struct asearch_scope *sc, const char *date, size_t len)
{
	size_t n;

	if (sc->from != NULL && *sc->from != '\0') {
		n = strlen(sc->from);
		if (memcmp(date, sc->from, len < n ? len : n) < 0 ||
		    (len < n && memcmp(date, sc->from, len) == 0))
			return false;
	}
	if (sc->to != NULL && *sc->to != '\0') {
		n = strlen(sc->to);
		if (memcmp(date, sc->to, len < n ? len : n) > 0)
			return false;
	}
	return true;
}

/* Whether id (len bytes) is prefix itself or below it ("" holds all). */
static bool
asearch_below(const char *id, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);

	return n == 0 || (len >= n && memcmp(id, prefix, n) == 0 &&
	    (len == n || id[n] == '/'));
}

bool
asearch_id_in(const struct asearch_scope *sc, const char *id, size_t len)
{
	if (sc->pub != NULL && !asearch_below(id, len, sc->pub))
		return false;
	return sc->prefix == NULL || asearch_below(id, len, sc->prefix);
}

bool
asearch_issue_in(const struct asearch_scope *sc, const char *pub,
    size_t pub_len, const char *date, size_t date_len)
{
	char *id;
	bool in = true;

	if (sc->pub != NULL && (strlen(sc->pub) != pub_len ||
	    memcmp(sc->pub, pub, pub_len) != 0))
		return false;
	if (!asearch_date_in(sc, date, date_len))
		return false;
	if (sc->prefix != NULL && *sc->prefix != '\0') {
		/* The issue holds the prefix, or the prefix holds it. */
		id = xasprintf("%.*s/%.*s", (int)pub_len, pub, (int)date_len, date);
		in = asearch_below(id, strlen(id), sc->prefix) ||
		    asearch_below(sc->prefix, strlen(sc->prefix), id);
		free(id);
	}
	return in;
}

bool
asearch_date_ok(const char *s, size_t n)
{
	static const char shape[] = "dddd-dd-dd";
	size_t i;

	if (n != 0 && n != 4 && n != 7 && n != 10)
		return false;
	for (i = 0; i < n; i++)
		if (shape[i] == 'd' ? (s[i] < '0' || s[i] > '9') : s[i] != '-')
			return false;
	return true;
}

int
asearch_parse_dates(const char *s, char from[11], char to[11])
{
	const char *dots = strstr(s, "..");
	size_t n = dots ? (size_t)(dots - s) : strlen(s);
	const char *t = dots ? dots + 2 : s;

	if (!asearch_date_ok(s, n) || !asearch_date_ok(t, strlen(t)))
		return -1;
	memcpy(from, s, n);
	from[n] = '\0';
	strcpy(to, t);
	return 0;
}

/* --- the pages, loaded -------------------------------------------------------- */

/* The line of byte off of block b.  The hits of a block come in order:
 * cur (set up for block b when *cur_of is not b) walks the block once for
 * all of them, not once per hit, which made a long paragraph's search
 * quadratic. */
static unsigned long
asearch_line_at(const struct article *a, const struct layout_block *b,
    size_t off, struct srcmap_cursor *cur, const struct layout_block **cur_of)
{
	const struct page *p = a->page;
	const struct span *sp = b->span;
	size_t raw;

	if (sp == NULL)
		return a->span.first_line + p->line_offset;
	if (p->text.text == NULL || sp->byte_end <= sp->byte_start ||
	    sp->byte_end > p->text.len)
		return sp->first_line + p->line_offset;
	if (*cur_of != b) {
		srcmap_cursor_init(cur, p->text.text + sp->byte_start,
		    sp->byte_end - sp->byte_start, b->text, b->len);
		*cur_of = b;
	}
	raw = sp->byte_start + srcmap_cursor_raw(cur, off);
	return pagetext_line_of(&p->text, raw) + p->line_offset;
}

unsigned long
asearch_line(const struct article *a, const struct layout_block *b, size_t off)
{
	struct srcmap_cursor cur;
	const struct layout_block *cur_of = NULL;

	return asearch_line_at(a, b, off, &cur, &cur_of);
}

/* Newest first, ties in archive order. */
static int
asearch_issue_cmp(const void *a, const void *b)
{
	const struct issue *x = *(const struct issue *const *)a;
	const struct issue *y = *(const struct issue *const *)b;
	int c = strcmp(y->date, x->date);

	return c != 0 ? c : x < y ? -1 : x > y;
}

/* The archive's issues in the scope, in the order asked. */
static struct issue **
asearch_issues(struct archive *a, const struct asearch_scope *sc,
    enum asearch_order order, size_t *n)
{
	struct issue **v, *is;
	size_t i, j;

	for (*n = 0, i = 0; i < a->n_pubs; i++)
		*n += a->pubs[i].n_issues;
	v = xcalloc(*n ? *n : 1, sizeof *v);
	for (*n = 0, i = 0; i < a->n_pubs; i++)
		for (j = 0; j < a->pubs[i].n_issues; j++) {
			is = &a->pubs[i].issues[j];
			if (asearch_issue_in(sc, a->pubs[i].id,
			    strlen(a->pubs[i].id), is->date, strlen(is->date)))
				v[(*n)++] = is;
		}
	if (order == ASEARCH_NEWEST_FIRST)
		qsort(v, *n, sizeof *v, asearch_issue_cmp);
	return v;
}

/* One loaded article's hits through fn; nonzero when fn stopped. */
static int
asearch_article(const struct article *a, const struct search_pattern *sp,
    asearch_hit_fn fn, void *arg, long *count)
{
	struct search_hits hits = { 0 };
	struct layout_doc doc;
	struct srcmap_cursor cur;
	const struct layout_block *cur_of = NULL;
	struct asearch_hit h;
	const struct issue *is = a->page->issue;
	char *id, *title = NULL;
	size_t i;
	int stop = 0;

	layout_doc_from_article(&doc, a);
	if (search_doc(sp, &doc, &hits) > 0) {
		id = article_id(a);
		title = article_title(a);
		memset(&h, 0, sizeof h);
		h.id = id;
		h.id_len = strlen(id);
		h.pub_name = is->publication->name;
		h.pub_name_len = strlen(h.pub_name);
		h.date = is->date;
		h.date_len = strlen(is->date);
		h.title = title ? title : "";
		h.title_len = strlen(h.title);
		h.page = a->page->number;
		for (i = 0; i < hits.n && !stop; i++) {
			const struct layout_block *b = &doc.blocks[hits.v[i].block];

			h.text = b->text;
			h.len = b->len;
			h.h = hits.v[i];
			h.line = asearch_line_at(a, b, hits.v[i].start, &cur,
			    &cur_of);
			(*count)++;
			stop = fn(&h, arg);
		}
		free(id);
		free(title);
	}
	layout_doc_free(&doc);
	search_hits_free(&hits);
	return stop;
}

static long
asearch_loaded(struct archive *a, const struct search_pattern *sp,
    const struct asearch_scope *sc, enum asearch_order order,
    asearch_hit_fn fn, asearch_progress_fn progress, void *arg)
{
	size_t n, i, p, k;
	struct issue **v = asearch_issues(a, sc, order, &n);
	long count = 0;
	int stop = 0;

	for (i = 0; i < n && !stop; i++) {
		struct issue *is = v[i];

		if (progress != NULL && progress(i, n, (size_t)count, arg)) {
			stop = 1;
			break;
		}
		issue_load(is);
		for (p = 0; p < is->n_pages && !stop; p++)
			for (k = 0; k < is->pages[p].n_articles && !stop; k++) {
				const struct article *art = &is->pages[p].articles[k];
				char *id = article_id(art);
				bool in = asearch_id_in(sc, id, strlen(id));

				free(id);
				if (in)
					stop = asearch_article(art, sp, fn, arg,
					    &count);
			}
	}
	free(v);
	return count;
}

/* --- the search cache --------------------------------------------------------- */

/* Articles [first, last) of the cache, of one date. */
struct asearch_run {
	size_t		 first, last;
	const char	*date;
	size_t		 date_len;
};

static int
asearch_run_cmp(const void *a, const void *b)
{
	const struct asearch_run *x = a, *y = b;
	size_t n = x->date_len < y->date_len ? x->date_len : y->date_len;
	int c = memcmp(y->date, x->date, n);

	if (c == 0 && x->date_len != y->date_len)
		c = x->date_len < y->date_len ? 1 : -1;
	return c != 0 ? c : x->first < y->first ? -1 : x->first > y->first;
}

/* The runs of consecutive articles in the scope; cut at each issue when
 * by_issue. */
static struct asearch_run *
asearch_runs(const struct textcache *tc, const struct asearch_scope *sc,
    bool by_issue, size_t *n)
{
	struct textcache_article a, prev;
	struct asearch_run *v = NULL;
	size_t i, cap = 0, total = textcache_articles(tc);
	bool in, run = false, all;

	*n = 0;
	all = (sc->pub == NULL) && (sc->prefix == NULL || *sc->prefix == '\0') &&
	    (sc->from == NULL || *sc->from == '\0') &&
	    (sc->to == NULL || *sc->to == '\0');
	if (all && !by_issue) {
		v = xcalloc(1, sizeof *v);
		v[0] = (struct asearch_run){ 0, total, "", 0 };
		*n = 1;
		return v;
	}
	memset(&prev, 0, sizeof prev);
	for (i = 0; i <= total; i++) {
		in = i < total && textcache_article(tc, i, &a) == 0 &&
		    asearch_id_in(sc, a.id, a.id_len) &&
		    asearch_date_in(sc, a.date, a.date_len);
		if (run && (!in || (by_issue && (a.date_len != prev.date_len ||
		    memcmp(a.date, prev.date, a.date_len) != 0 ||
		    a.pub_len != prev.pub_len ||
		    memcmp(a.pub, prev.pub, a.pub_len) != 0)))) {
			v[*n - 1].last = i;
			run = false;
		}
		if (in && !run) {
			v = xgrow(v, &cap, *n + 1, sizeof *v);
			v[(*n)++] = (struct asearch_run){ i, i, a.date, a.date_len };
			run = true;
		}
		if (in)
			prev = a;
	}
	return v;
}

struct asearch_cached {
	asearch_hit_fn	 fn;
	void		*arg;
	long		 count;
	int		 stop;
};

static void
asearch_cache_hit(const struct textcache *tc, size_t bi,
    const struct textcache_block *b, const struct search_hit *sh,
    const struct textcache_article *a, struct asearch_hit *h)
{
	memset(h, 0, sizeof *h);
	h->id = a->id;
	h->id_len = a->id_len;
	h->pub_name = a->pub_name;
	h->pub_name_len = a->pub_name_len;
	h->date = a->date;
	h->date_len = a->date_len;
	h->title = a->title;
	h->title_len = a->title_len;
	h->page = a->page;
	h->text = b->text;
	h->len = b->len;
	h->plain = b->plain;
	h->h = *sh;
	h->line = textcache_line(tc, bi, sh->start);
}

static int
asearch_cached_hit(const struct textcache *tc, size_t bi,
    const struct textcache_block *b, const struct search_hit *sh, void *arg)
{
	struct asearch_cached *c = arg;
	struct textcache_article a;
	struct asearch_hit h;
	const char *id;
	size_t id_len;
	bool plain;

	if (textcache_article(tc, b->article, &a) != 0 ||
	    textcache_article_id(tc, b->article, &id, &id_len, &plain) != 0)
		return c->stop = 1;
	asearch_cache_hit(tc, bi, b, sh, &a, &h);
	h.id_plain = plain;
	c->count++;
	return c->stop = c->fn(&h, c->arg);
}

/* -1 when the cache cannot answer (before any hit). */
/* textcache_search of [first, last), only where the index says a hit may
 * be. */
static long
asearch_cached_range(const struct textcache *tc, const struct tc_index *x,
    const struct search_pattern *sp, size_t first, size_t last,
    struct asearch_cached *c)
{
	size_t *runs, r;
	long n = textcache_index_runs(x, tc, sp, first, last, &runs), rc = 0, got;

	if (n < 0)
		return textcache_search(tc, sp, first, last, asearch_cached_hit, c);
	for (r = 0; r < (size_t)n && !c->stop; r++) {
		got = textcache_search(tc, sp, runs[2 * r], runs[2 * r + 1],
		    asearch_cached_hit, c);
		if (got < 0) {
			rc = -1;
			break;
		}
		rc += got;
	}
	free(runs);
	return rc;
}

static long
asearch_cached(const struct textcache *tc, const struct tc_index *x,
    const struct search_pattern *sp,
    const struct asearch_scope *sc, enum asearch_order order,
    asearch_hit_fn fn, asearch_progress_fn progress, void *arg)
{
	size_t n, i;
	struct asearch_run *v = asearch_runs(tc, sc, true, &n);
	struct asearch_cached c = { fn, arg, 0, 0 };
	long rc = 0;

	if (order == ASEARCH_NEWEST_FIRST)
		qsort(v, n, sizeof *v, asearch_run_cmp);
	for (i = 0; i < n; i++) {
		if (progress != NULL && progress(i, n, (size_t)c.count, arg))
			break;
		rc = asearch_cached_range(tc, x, sp, v[i].first, v[i].last, &c);
		if (rc < 0) {
			if (c.count == 0) {
				free(v);
				return -1;
			}
			break;
		}
		if (c.stop)
			break;
	}
	free(v);
	return c.count;
}

struct asearch_streamed {
	asearch_put_fn	 put;
	asearch_flush_fn flush;
	void		*arg;
};

static int
asearch_cached_put(const struct textcache *tc, size_t bi,
    const struct textcache_block *b, const struct search_hit *sh,
    struct strbuf *out, const void *arg)
{
	const struct asearch_streamed *s = arg;
	struct asearch_hit h;

	memset(&h, 0, sizeof h);
	if (textcache_article_id(tc, b->article, &h.id, &h.id_len,
	    &h.id_plain) != 0)
		return 1;
	h.text = b->text;
	h.len = b->len;
	h.plain = b->plain;
	h.h = *sh;
	h.line = textcache_line(tc, bi, sh->start);
	return s->put(&h, out, s->arg);
}

static int
asearch_cached_flush(const char *s, size_t len, long hits, void *arg)
{
	const struct asearch_streamed *st = arg;

	return st->flush(s, len, hits, st->arg);
}

static long
asearch_cached_stream(const struct textcache *tc, const struct tc_index *x,
    const struct search_pattern *sp, const struct asearch_scope *sc,
    unsigned threads, asearch_put_fn put, asearch_flush_fn flush, void *arg)
{
	struct asearch_streamed s = { put, flush, arg };
	size_t n, i, *runs, r;
	struct asearch_run *v = asearch_runs(tc, sc, false, &n);
	long rc, count = 0, nr;

	for (i = 0; i < n; i++) {
		nr = textcache_index_runs(x, tc, sp, v[i].first, v[i].last, &runs);
		if (nr >= 0) {
			/* Only where the index says a hit may be. */
			for (rc = 0, r = 0; r < (size_t)nr && rc >= 0; r++) {
				rc = textcache_search_par(tc, sp, runs[2 * r],
				    runs[2 * r + 1], threads, asearch_cached_put,
				    asearch_cached_flush, &s);
				if (rc >= 0)
					count += rc;
			}
			free(runs);
			if (rc < 0) {
				free(v);
				return count == 0 ? -1 : count;
			}
			continue;
		}
		rc = textcache_search_par(tc, sp, v[i].first, v[i].last, threads,
		    asearch_cached_put, asearch_cached_flush, &s);
		if (rc < 0) {
			free(v);
			return count == 0 ? -1 : count;
		}
		count += rc;
	}
	free(v);
	return count;
}

/* --- streaming the loaded path -------------------------------------------------- */

struct asearch_buffered {
	asearch_put_fn	 put;
	asearch_flush_fn flush;
	void		*arg;
	struct strbuf	 out;
	int		 stop;
};

static int
asearch_buffered_hit(const struct asearch_hit *h, void *arg)
{
	struct asearch_buffered *b = arg;

	strbuf_truncate(&b->out, 0);
	if (b->put(h, &b->out, b->arg) != 0 ||
	    b->flush(b->out.s ? b->out.s : "", b->out.len, 1, b->arg) != 0)
		return b->stop = 1;
	return 0;
}

/* --- the interface -------------------------------------------------------------- */

long
asearch_each(const struct asearch_source *src, const struct search_pattern *sp,
    const struct asearch_scope *sc, enum asearch_order order,
    asearch_hit_fn fn, asearch_progress_fn progress, void *arg, char **cause)
{
	long rc;

	*cause = NULL;
	if (archive_is_db(src->archive))
		return asearch_db_each(src->archive, sp, sc, order, fn,
		    progress, arg, cause);
	if (src->cache != NULL &&
	    (rc = asearch_cached(src->cache, src->index, sp, sc, order, fn,
	    progress, arg)) >= 0)
		return rc;
	return asearch_loaded(src->archive, sp, sc, order, fn, progress, arg);
}

long
asearch_stream(const struct asearch_source *src,
    const struct search_pattern *sp, const struct asearch_scope *sc,
    unsigned threads, asearch_put_fn put, asearch_flush_fn flush, void *arg,
    char **cause)
{
	struct asearch_buffered b = { put, flush, arg, STRBUF_INIT, 0 };
	long rc;

	*cause = NULL;
	if (src->cache != NULL && !archive_is_db(src->archive) &&
	    (rc = asearch_cached_stream(src->cache, src->index, sp, sc,
	    threads, put, flush, arg)) >= 0)
		return rc;
	rc = asearch_each(src, sp, sc, ASEARCH_ARCHIVE_ORDER,
	    asearch_buffered_hit, NULL, &b, cause);
	strbuf_free(&b.out);
	return rc;
}

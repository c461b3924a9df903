/* cli_search.c: --search QUERY: every hit in the articles the operands
 * name, one line each, as grep prints them:
 *
 *	PUB/YYYY-MM-DD/NN/K:LINE: snippet
 *
 * LINE is the source line (in the page's file) where the hit begins; the
 * snippet is the clean text around the hit, made safe for a terminal, with
 * the hit shown in reverse video when stdout is a terminal.  Several
 * --search options are searched in turn, in one process.
 *
 * An archive or publication is searched through its search cache
 * (textcache.h), built first when missing or stale; anything smaller, or
 * everything with --no-cache, is loaded and searched page by page.  Both
 * print the same lines.  --from and --to keep issues in a date range.
 *
 * The cache is searched on several threads (textcache_search_par; the
 * environment variable KANBAO_SEARCH_THREADS sets how many), each writing
 * its hits' lines into its own buffer; the buffers are written out here,
 * in order, so the output is the same on any number of threads. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "archive.h"
#include "cli.h"
#include "layout.h"
#include "pagetext.h"
#include "sanitize.h"
#include "search.h"
#include "srcmap.h"
#include "strbuf.h"
#include "textcache.h"
#include "xalloc.h"

/* Characters of context on either side of a hit in a snippet. */
#define CLI_SEARCH_CONTEXT 20

static struct {
	const struct kanbao_options *opt;
	struct search_pattern	**patterns;
	int			 n;
	struct search_hits	 hits;
	struct strbuf		 line;		/* the line being printed */
	unsigned long		 found;
	unsigned		 threads;	/* 0: textcache_search_par chooses */
	int			 color;
	int			 trouble;
} cli_search;

/* KANBAO_SEARCH_THREADS: how many threads search the cache (0 when unset
 * or not a number from 1 to 64, with a warning then). */
static unsigned
cli_search_threads(void)
{
	const char *v = getenv("KANBAO_SEARCH_THREADS");
	char *end, *safe;
	long n;

	if (v == NULL || *v == '\0')
		return 0;
	n = strtol(v, &end, 10);
	if (*end == '\0' && n >= 1 && n <= 64)
		return (unsigned)n;
	safe = sanitize_text(v, strlen(v), 0);
	fprintf(stderr, "kanbao: KANBAO_SEARCH_THREADS: not a number from 1 to 64: %s (choosing)\n",
	    safe);
	free(safe);
	return 0;
}

int
cli_search_begin(const struct kanbao_options *opt)
{
	char *cause = NULL, *safe;
	int i;

	cli_search.opt = opt;
	if (!opt->no_cache)
		textcache_han_preload(opt->n_operands > 0 &&
		    access(opt->operands[0], F_OK) == 0 ? opt->operands[0] :
		    opt->archive, opt->encoding);
	cli_search.patterns = xcalloc((size_t)opt->n_queries, sizeof (void *));
	for (i = 0; i < opt->n_queries; i++) {
		cli_search.patterns[i] = search_compile(opt->search_queries[i],
		    strlen(opt->search_queries[i]),
		    opt->search_literal ? SEARCH_LITERAL : 0, &cause);
		if (cli_search.patterns[i] == NULL) {
			safe = sanitize_text(cause, strlen(cause), 0);
			fprintf(stderr, "kanbao: --search: %s\n", safe);
			free(safe);
			free(cause);
			cli_search.n = i;
			cli_search_end(EXIT_OK);
			return -1;
		}
	}
	cli_search.n = opt->n_queries;
	cli_search.found = 0;
	cli_search.trouble = 0;
	cli_search.threads = cli_search_threads();
	cli_search.color = isatty(STDOUT_FILENO);
	/* Hits come by the hundred thousand: write them in big pieces. */
	if (!cli_search.color)
		setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	return 0;
}

int
cli_search_end(int status)
{
	int i;

	for (i = 0; i < cli_search.n; i++)
		search_pattern_free(cli_search.patterns[i]);
	free(cli_search.patterns);
	cli_search.patterns = NULL;
	cli_search.n = 0;
	search_hits_free(&cli_search.hits);
	strbuf_free(&cli_search.line);
	if (status != EXIT_OK || cli_search.trouble)
		return EXIT_USAGE;	/* grep: 2 for trouble */
	return cli_search.found > 0 ? EXIT_OK : EXIT_PROBLEM;
}

/* --- printing ------------------------------------------------------------------ */

/* Append one hit's line, "ID:LINE: snippet", to b.  Called on several
 * threads at once: it only reads cli_search. */
static void
cli_search_format(struct strbuf *b, const char *id, size_t id_len,
    bool id_plain, unsigned long line, const char *text, size_t len,
    bool plain, const struct search_hit *h)
{
	char num[32], *p = num + sizeof num;
	size_t from, to;

	search_snippet_bounds(text, len, h, CLI_SEARCH_CONTEXT, plain, &from, &to);
	if (id_plain)
		strbuf_add(b, id, id_len);
	else
		sanitize_append(b, id, id_len, 0);
	/* ":LINE: ", the number written backwards (snprintf costs more than
	 * the rest of the line). */
	*--p = ' ';
	*--p = ':';
	do
		*--p = (char)('0' + line % 10);
	while ((line /= 10) != 0);
	*--p = ':';
	strbuf_add(b, p, (size_t)(num + sizeof num - p));
	if (plain && !cli_search.color) {
		/* Text known to need no stand-in (the cache checked it). */
		strbuf_add(b, text + from, to - from);
		strbuf_addc(b, '\n');
		return;
	}
	sanitize_append(b, text + from, h->start - from, 0);
	if (cli_search.color)
		strbuf_adds(b, "\033[7m");
	sanitize_append(b, text + h->start, h->end - h->start, 0);
	if (cli_search.color)
		strbuf_adds(b, "\033[m");
	sanitize_append(b, text + h->end, to - h->end, 0);
	strbuf_addc(b, '\n');
}

/* One hit, made in one buffer kept from hit to hit (no allocation, one
 * write each). */
static void
cli_search_print(const char *id, size_t id_len, unsigned long line,
    const char *text, size_t len, const struct search_hit *h)
{
	struct strbuf *b = &cli_search.line;

	strbuf_truncate(b, 0);
	cli_search_format(b, id, id_len, false, line, text, len, false, h);
	fwrite(b->s, 1, b->len, stdout);
}

/* --- without the cache ----------------------------------------------------------- */

/* The line of the page's file where byte off of block b was printed.  The
 * hits of a block come in order: cur (set up for block b when *cur_of is
 * not b) walks the block once for all of them, not once per hit, which
 * made a long paragraph's search quadratic. */
static unsigned long
cli_search_line(const struct article *a, const struct layout_block *b,
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

static void
cli_search_article(const struct article *a, const struct search_pattern *sp)
{
	struct layout_doc doc;
	struct srcmap_cursor cur;
	const struct layout_block *cur_of = NULL;
	char *id;
	size_t i;

	layout_doc_from_article(&doc, a);
	search_hits_clear(&cli_search.hits);
	if (search_doc(sp, &doc, &cli_search.hits) > 0) {
		id = article_id(a);
		for (i = 0; i < cli_search.hits.n; i++) {
			const struct search_hit *h = &cli_search.hits.v[i];
			const struct layout_block *b = &doc.blocks[h->block];

			cli_search_print(id, strlen(id),
			    cli_search_line(a, b, h->start, &cur, &cur_of),
			    b->text, b->len, h);
		}
		cli_search.found += cli_search.hits.n;
		free(id);
	}
	layout_doc_free(&doc);
}

/* Whether an issue of this date is in --from .. --to. */
static bool
cli_search_date_ok(const char *date, size_t len)
{
	const char *from = cli_search.opt->search_from;
	const char *to = cli_search.opt->search_to;
	size_t n;

	if (from != NULL) {
		n = strlen(from);
		if (memcmp(date, from, len < n ? len : n) < 0 ||
		    (len < n && memcmp(date, from, len) == 0))
			return false;
	}
	if (to != NULL) {
		n = strlen(to);
		if (memcmp(date, to, len < n ? len : n) > 0)
			return false;
	}
	return true;
}

static bool
cli_search_issue_ok(const struct issue *is)
{
	return cli_search_date_ok(is->date, strlen(is->date));
}

static void
cli_search_each(const struct article *a, void *sp)
{
	cli_search_article(a, sp);
}

/* --- with the cache ---------------------------------------------------------------- */

/* On a worker thread: the hit's line into its chunk's buffer. */
static int
cli_search_cached_put(const struct textcache *tc, size_t bi,
    const struct textcache_block *b, const struct search_hit *h,
    struct strbuf *out, const void *arg)
{
	const char *id;
	size_t id_len;
	bool id_plain;

	(void)arg;
	if (textcache_article_id(tc, b->article, &id, &id_len, &id_plain) != 0)
		return 1;
	cli_search_format(out, id, id_len, id_plain,
	    textcache_line(tc, bi, h->start), b->text, b->len, b->plain, h);
	return 0;
}

/* On this thread, chunk after chunk in order. */
static int
cli_search_cached_flush(const char *s, size_t len, long hits, void *arg)
{
	(void)arg;
	fwrite(s, 1, len, stdout);
	cli_search.found += (unsigned long)hits;
	return 0;
}

static long
cli_search_run(const struct textcache *tc, const struct search_pattern *sp,
    size_t first, size_t last)
{
	return textcache_search_par(tc, sp, first, last, cli_search.threads,
	    cli_search_cached_put, cli_search_cached_flush, NULL);
}

/* Whether article a is inside what the id prefix names (a whole id, or
 * one followed by '/'). */
static bool
cli_search_in(const struct textcache_article *a, const char *prefix)
{
	size_t n = strlen(prefix);

	return n == 0 || (a->id_len >= n && memcmp(a->id, prefix, n) == 0 &&
	    (a->id_len == n || a->id[n] == '/'));
}

/* Search each run of consecutive articles the target keeps.  -1 when the
 * cache cannot answer (it says so before reporting any hit). */
static int
cli_search_cached(struct textcache *tc, const char *prefix,
    const struct search_pattern *sp)
{
	struct textcache_article a;
	size_t i, n = textcache_articles(tc), first = 0;
	bool in, run = false;

	if (prefix[0] == '\0' && cli_search.opt->search_from == NULL &&
	    cli_search.opt->search_to == NULL)
		return cli_search_run(tc, sp, 0, n) < 0 ? -1 : 0;
	for (i = 0; i <= n; i++) {
		in = i < n && textcache_article(tc, i, &a) == 0 &&
		    cli_search_in(&a, prefix) && cli_search_date_ok(a.date, a.date_len);
		if (in && !run)
			first = i;
		else if (!in && run &&
		    cli_search_run(tc, sp, first, i) < 0)
			return -1;
		run = in;
	}
	return 0;
}

/* What the target names, as an id prefix ("" for everything). */
static char *
cli_search_prefix(const struct cli_scope *t)
{
	if (t->article)
		return article_id(t->article);
	if (t->page)
		return page_id(t->page);
	if (t->issue)
		return issue_id(t->issue);
	return xstrdup(t->pub ? t->pub->id : "");
}

static int
cli_search_progress(size_t done, size_t total, void *arg)
{
	(void)arg;
	fprintf(stderr, "\rkanbao: building the search cache: %zu of %zu issues", done,
	    total);
	return 0;
}

/* The target's archive's cache, built when needed; NULL (with a warning
 * when something is wrong) to search without it. */
static struct textcache *
cli_search_cache(const struct cli_scope *t)
{
	const struct kanbao_options *opt = cli_search.opt;
	struct textcache *tc;
	char *cause = NULL, *safe;
	bool tty = isatty(STDERR_FILENO);

	if (opt->no_cache || t->archive->scope > SCOPE_PUBLICATION)
		return NULL;
	tc = textcache_open(t->archive->root, opt->encoding, 0,
	    tty ? cli_search_progress : NULL, NULL, &cause);
	if (tty)
		fputs("\r\033[K", stderr);
	if (tc == NULL && cause != NULL) {
		safe = sanitize_text(cause, strlen(cause), 0);
		fprintf(stderr, "kanbao: search cache: %s (searching without it)\n",
		    safe);
		free(safe);
	}
	free(cause);
	return tc;
}

/* With the cache nothing is loaded: the files of the scope are looked at
 * so that a page or issue that cannot be read is reported (and makes the
 * exit status 2) as without the cache. */
static void
cli_search_check_files(const struct cli_scope *sc)
{
	size_t i, j;

	if (sc->page != NULL) {
		issue_check_files(sc->page->issue);
		return;
	}
	for (i = 0; i < sc->archive->n_pubs; i++) {
		struct publication *pub = &sc->archive->pubs[i];

		if (sc->pub && pub != sc->pub)
			continue;
		for (j = 0; j < pub->n_issues; j++)
			if ((sc->issue == NULL || &pub->issues[j] == sc->issue) &&
			    cli_search_issue_ok(&pub->issues[j]))
				issue_check_files(&pub->issues[j]);
	}
}

void
cli_search_target(const struct cli_scope *t)
{
	struct textcache *tc = cli_search_cache(t);
	char *prefix = tc ? cli_search_prefix(t) : NULL;
	int i;

	if (tc != NULL)
		cli_search_check_files(t);

	for (i = 0; i < cli_search.n; i++) {
		if (tc == NULL ||
		    cli_search_cached(tc, prefix, cli_search.patterns[i]) != 0)
			cli_each_article(t, cli_search_issue_ok, cli_search_each,
			    (void *)cli_search.patterns[i]);
		fflush(stdout);
		/* Cut short by another program while we read it: what it
		 * held past the cut read as zeros, so hits may be missing. */
		if (tc != NULL && !textcache_intact(tc)) {
			fputs("kanbao: search cache: cut short by another program "
			    "while searching; hits may be missing\n", stderr);
			cli_search.trouble = 1;
			textcache_close(tc);
			tc = NULL;
		}
	}
	free(prefix);
	textcache_close(tc);
}

/* --- --build-cache ------------------------------------------------------------------ */

int
cli_build_cache(const struct kanbao_options *opt, const char *path)
{
	char *file = textcache_path(path, opt->encoding), *cause = NULL, *safe;
	bool tty = isatty(STDERR_FILENO);
	int rc;

	if (file == NULL) {
		fprintf(stderr, "kanbao: %s: cannot be found, or no cache directory (neither XDG_CACHE_HOME nor HOME is set)\n",
		    path);
		return EXIT_PROBLEM;
	}
	rc = textcache_build(path, opt->encoding, file,
	    tty ? cli_search_progress : NULL, NULL, &cause);
	if (tty)
		fputs("\r\033[K", stderr);
	if (rc != 0) {
		safe = sanitize_text(cause, strlen(cause), 0);
		fprintf(stderr, "kanbao: --build-cache: %s\n", safe);
		free(safe);
	} else
		printf("%s\n", file);
	free(cause);
	free(file);
	return rc == 0 ? EXIT_OK : EXIT_PROBLEM;
}

/* SPDX-License-Identifier: ISC */
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
 * When the cache's index names the issues every query may hit, only the
 * archive's own directories and those issues' files are checked (and
 * looked at for pages that cannot be read), not every file: a rare
 * word's search then costs what its issues cost (cli_search_quick).
 *
 * The cache is searched on several threads (textcache_search_par; the
 * environment variable KANBAO_SEARCH_THREADS sets how many), each writing
 * its hits' lines into its own buffer; the buffers are written out here,
 * in order, so the output is the same on any number of threads. */
#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "archive.h"
#include "archive_db.h"
#include "archive_search.h"
#include "cli.h"
#include "sanitize.h"
#include "search.h"
#include "strbuf.h"
#include "textcache.h"
#include "textcache_index.h"
#include "xalloc.h"

/* Characters of context on either side of a hit in a snippet. */
#define CLI_SEARCH_CONTEXT 20

static struct {
	const struct kanbao_options *opt;
	struct search_pattern	**patterns;
	int			 n;
	struct search_hits	 hits;
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
	fprintf(stderr, _("kanbao: KANBAO_SEARCH_THREADS: not a number from 1 to 64: %s (choosing)\n"),
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
	if (!opt->no_cache && opt->database == NULL)
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
			fprintf(stderr, _("kanbao: --search: %s\n"), safe);
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

/* --- searching: core/archive_search.h ---------------------------------------------- */

/* On a worker thread: the hit's line into its chunk's buffer. */
static int
cli_search_put(const struct asearch_hit *h, struct strbuf *out,
    const void *arg)
{
	(void)arg;
	cli_search_format(out, h->id, h->id_len, h->id_plain, h->line, h->text,
	    h->len, h->plain, &h->h);
	return 0;
}

/* On this thread, chunk after chunk in order. */
static int
cli_search_flush(const char *s, size_t len, long hits, void *arg)
{
	(void)arg;
	fwrite(s, 1, len, stdout);
	cli_search.found += (unsigned long)hits;
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

/* The signal (SIGINT, SIGTERM, SIGHUP) that stopped a cache being built,
 * or 0: the build is then abandoned at the next issue and its temporary
 * file removed, so no partial cache is left behind. */
static volatile sig_atomic_t cli_cache_signal;

static void
cli_cache_on_signal(int sig)
{
	cli_cache_signal = sig;
}

/* Catch the stop signals while a cache is built (no SA_RESTART: a read
 * blocked in a page returns at once); on = 0 puts the defaults back. */
static void
cli_cache_signals(int on)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = on ? cli_cache_on_signal : SIG_DFL;
	for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
		struct sigaction old;

		/* Under nohup a hang-up stays ignored. */
		if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
			continue;
		sigaction(sigs[i], &sa, NULL);
	}
}

/* After a build: a stop signal that came during it ends the process as it
 * would have (the shell sees the signal), now that nothing is left. */
static void
cli_cache_signals_done(void)
{
	int sig = cli_cache_signal;

	cli_cache_signals(0);
	if (sig != 0) {
		fputs(_("kanbao: interrupted: no search cache written\n"), stderr);
		raise(sig);
	}
}

/* The progress callback's argument on a terminal (NULL: print nothing). */
static char cli_cache_tty[] = "tty";

static int
cli_search_progress(size_t done, size_t total, void *arg)
{
	if (cli_cache_signal != 0)
		return 1;
	if (arg != NULL) {
		fputc('\r', stderr);
		fprintf(stderr, _("kanbao: building the search cache: %zu of %zu issues"),
		    done, total);
	}
	return 0;
}

/* The target's archive's cache, built when needed; NULL (with a warning
 * when something is wrong) to search without it.  flags: TEXTCACHE_QUICK
 * or 0. */
static struct textcache *
cli_search_cache(const struct cli_scope *t, unsigned flags)
{
	const struct kanbao_options *opt = cli_search.opt;
	struct textcache *tc;
	char *cause = NULL, *safe;
	bool tty = isatty(STDERR_FILENO);

	if (opt->no_cache || t->archive->scope > SCOPE_PUBLICATION)
		return NULL;
	cli_cache_signals(1);
	tc = textcache_open(t->archive->root, opt->encoding, flags,
	    cli_search_progress, tty ? cli_cache_tty : NULL, &cause);
	if (tty)
		fputs("\r\033[K", stderr);
	cli_cache_signals_done();
	if (tc == NULL && cause != NULL) {
		safe = sanitize_text(cause, strlen(cause), 0);
		fprintf(stderr, _("kanbao: search cache: %s (searching without it)\n"),
		    safe);
		free(safe);
	}
	free(cause);
	return tc;
}

/* With the cache nothing is loaded: the files of the scope are looked at
 * so that a page or issue that cannot be read is reported (and makes the
 * exit status 2) as without the cache.  only (sorted, n of them), when
 * not NULL: the issues (their paths below the archive) to look at, the
 * others being ones no query can have a hit in. */
static int
cli_search_path_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void
cli_search_check_files(const struct cli_scope *sc,
    const struct asearch_scope *dates, const char **only, size_t n)
{
	const char *root = sc->archive->root, *rel;
	size_t i, j, rl = strlen(root);

	if (sc->page != NULL) {
		issue_check_files(sc->page->issue);
		return;
	}
	for (i = 0; i < sc->archive->n_pubs; i++) {
		struct publication *pub = &sc->archive->pubs[i];

		if (sc->pub && pub != sc->pub)
			continue;
		for (j = 0; j < pub->n_issues; j++) {
			struct issue *is = &pub->issues[j];

			if ((sc->issue != NULL && is != sc->issue) ||
			    !asearch_date_in(dates, is->date, strlen(is->date)))
				continue;
			rel = strncmp(is->path, root, rl) == 0 &&
			    is->path[rl] == '/' ? is->path + rl + 1 : is->path;
			if (only == NULL || bsearch(&rel, only, n, sizeof *only,
			    cli_search_path_cmp) != NULL)
				issue_check_files(is);
		}
	}
}

/* A cache opened with TEXTCACHE_QUICK: when the index names the issues
 * every query may have a hit in, and their files are as they were, only
 * those are looked at (a rare word's search then costs what its issues
 * cost, not the archive's size), and true; else false, and nothing is
 * looked at. */
static bool
cli_search_quick(const struct cli_scope *t, const struct textcache *tc,
    const struct tc_index *x, const struct asearch_scope *sc)
{
	const char **only = NULL, *path, *last = NULL;
	size_t *runs, n_only = 0, cap = 0, r, a;
	long nr;
	int i;
	bool ok = true;

	for (i = 0; i < cli_search.n && ok; i++) {
		nr = textcache_index_runs(x, tc, cli_search.patterns[i], 0,
		    textcache_articles(tc), &runs);
		if (nr < 0) {
			ok = false;
			break;
		}
		for (r = 0; r < (size_t)nr && ok; r++) {
			if (!textcache_fresh(tc, t->archive->root, runs[2 * r],
			    runs[2 * r + 1])) {
				ok = false;
				break;
			}
			for (a = runs[2 * r]; a < runs[2 * r + 1]; a++) {
				path = textcache_issue_path(tc, a);
				if (path == NULL || path == last)
					continue;
				last = path;
				only = xgrow(only, &cap, n_only + 1, sizeof *only);
				only[n_only++] = path;
			}
		}
		free(runs);
	}
	if (ok) {
		/* Issues the cache could not read: looked at always. */
		const char **bad;
		size_t *num, n_bad = textcache_troubled(tc, &bad, &num), k;

		for (k = 0; k < n_bad && ok; k++) {
			ok = textcache_issue_fresh(tc, t->archive->root, num[k]);
			only = xgrow(only, &cap, n_only + 1, sizeof *only);
			only[n_only++] = bad[k];
		}
		free(bad);
		free(num);
	}
	if (ok) {
		if (n_only > 1)
			qsort(only, n_only, sizeof *only, cli_search_path_cmp);
		cli_search_check_files(t, sc, only, n_only);
	}
	free(only);
	return ok;
}

/* The cache's index (built at the first search after the cache): a rare
 * word's search then reads only the issues that may hold it. */
static struct tc_index *
cli_search_index(const struct cli_scope *t, const struct textcache *tc)
{
	struct tc_index *x = NULL;
	char *file;

	if (tc != NULL && (file = textcache_path(t->archive->root,
	    cli_search.opt->encoding)) != NULL) {
		x = textcache_index_open(tc, file, false);
		free(file);
	}
	return x;
}

void
cli_search_target(const struct cli_scope *t)
{
	struct asearch_source src = { t->archive, NULL, NULL };
	struct asearch_scope sc;
	struct textcache *tc = archive_is_db(t->archive) ? NULL :
	    cli_search_cache(t, TEXTCACHE_QUICK);
	struct tc_index *x = NULL;
	char *prefix = cli_search_prefix(t), *cause = NULL;
	int i;

	memset(&sc, 0, sizeof sc);
	sc.prefix = prefix;
	sc.from = cli_search.opt->search_from;
	sc.to = cli_search.opt->search_to;
	x = cli_search_index(t, tc);
	/* Opened quickly (the archive's own files checked, no issue's): the
	 * issues the index leaves in are checked, or else all of them, and
	 * the cache updated when one changed. */
	if (tc != NULL && (x == NULL || !cli_search_quick(t, tc, x, &sc))) {
		if (textcache_stale(tc, t->archive->root)) {
			textcache_index_close(x);
			textcache_close(tc);
			tc = cli_search_cache(t, 0);
			x = cli_search_index(t, tc);
		}
		if (tc != NULL)
			cli_search_check_files(t, &sc, NULL, 0);
	}
	src.cache = tc;
	src.index = x;
	for (i = 0; i < cli_search.n; i++) {
		if (asearch_stream(&src, cli_search.patterns[i], &sc,
		    cli_search.threads, cli_search_put, cli_search_flush, NULL,
		    &cause) < 0) {
			cli_error("--search: %s", cause ? cause : "failed");
			cli_search.trouble = 1;
		}
		free(cause);
		cause = NULL;
		fflush(stdout);
		/* Cut short by another program while we read it: what it
		 * held past the cut read as zeros, so hits may be missing. */
		if (tc != NULL && !textcache_intact(tc)) {
			fputs(_("kanbao: search cache: cut short by another program "
			    "while searching; hits may be missing\n"), stderr);
			cli_search.trouble = 1;
			textcache_close(tc);
			tc = NULL;
		}
	}
	free(prefix);
	textcache_index_close(x);
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
		fprintf(stderr, _("kanbao: %s: cannot be found, or no cache directory (neither XDG_CACHE_HOME nor HOME is set)\n"),
		    path);
		return EXIT_PROBLEM;
	}
	cli_cache_signals(1);
	rc = textcache_build(path, opt->encoding, file, cli_search_progress,
	    tty ? cli_cache_tty : NULL, &cause);
	if (tty)
		fputs("\r\033[K", stderr);
	cli_cache_signals_done();
	if (rc != 0) {
		safe = sanitize_text(cause, strlen(cause), 0);
		fprintf(stderr, _("kanbao: --build-cache: %s\n"), safe);
		free(safe);
	} else
		printf("%s\n", file);
	free(cause);
	free(file);
	return rc == 0 ? EXIT_OK : EXIT_PROBLEM;
}

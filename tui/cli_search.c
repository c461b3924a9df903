/* cli_search.c: --search QUERY: every hit in the articles the operands
 * name, one line each, as grep prints them:
 *
 *	PUB/YYYY-MM-DD/NN/K:LINE: snippet
 *
 * LINE is the source line (in the page's file) where the hit begins; the
 * snippet is the clean text around the hit, made safe for a terminal, with
 * the hit shown in reverse video when stdout is a terminal.  cli.c resolves
 * the operands and calls cli_search_article for each article. */
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

/* Characters of context on either side of a hit in a snippet. */
#define CLI_SEARCH_CONTEXT 20

static struct {
	struct search_pattern	*pattern;
	struct search_hits	 hits;
	unsigned long		 found;
	int			 color;
} cli_search;

int
cli_search_begin(const struct kanbao_options *opt)
{
	char *cause = NULL, *safe;

	cli_search.pattern = search_compile(opt->search_query,
	    strlen(opt->search_query), opt->search_literal ? SEARCH_LITERAL : 0,
	    &cause);
	if (cli_search.pattern == NULL) {
		safe = sanitize_text(cause, strlen(cause), 0);
		fprintf(stderr, "kanbao: --search: %s\n", safe);
		free(safe);
		free(cause);
		return -1;
	}
	cli_search.found = 0;
	cli_search.color = isatty(STDOUT_FILENO);
	return 0;
}

int
cli_search_end(int status)
{
	search_pattern_free(cli_search.pattern);
	search_hits_free(&cli_search.hits);
	cli_search.pattern = NULL;
	if (status != EXIT_OK)
		return EXIT_USAGE;	/* grep: 2 for trouble */
	return cli_search.found > 0 ? EXIT_OK : EXIT_PROBLEM;
}

/* Print s (from a file) made safe for a terminal. */
static void
cli_search_put(const char *s, size_t len)
{
	char *safe = sanitize_text(s, len, 0);

	fputs(safe, stdout);
	free(safe);
}

static void
cli_search_snippet(const struct layout_block *b, const struct search_hit *h)
{
	size_t hs, he;
	char *snip = search_snippet(b->text, b->len, h, CLI_SEARCH_CONTEXT, &hs,
	    &he);

	fwrite(snip, 1, hs, stdout);
	if (cli_search.color)
		fputs("\033[7m", stdout);
	fwrite(snip + hs, 1, he - hs, stdout);
	if (cli_search.color)
		fputs("\033[m", stdout);
	fputs(snip + he, stdout);
	free(snip);
}

/* The line of the page's file where byte off of block b was printed. */
static unsigned long
cli_search_line(const struct article *a, const struct layout_block *b,
    size_t off)
{
	const struct page *p = a->page;
	const struct span *sp = b->span;
	size_t raw;

	if (sp == NULL)
		return a->span.first_line + p->line_offset;
	if (p->text.text == NULL || sp->byte_end <= sp->byte_start ||
	    sp->byte_end > p->text.len)
		return sp->first_line + p->line_offset;
	raw = sp->byte_start + srcmap_raw_offset(p->text.text +
	    sp->byte_start, sp->byte_end - sp->byte_start, b->text, b->len, off);
	return pagetext_line_of(&p->text, raw) + p->line_offset;
}

void
cli_search_article(const struct article *a, void *arg)
{
	struct layout_doc doc;
	char *id;
	size_t i;

	layout_doc_from_article(&doc, a);
	search_hits_clear(&cli_search.hits);
	if (search_doc(cli_search.pattern, &doc, &cli_search.hits) > 0) {
		id = article_id(a);
		for (i = 0; i < cli_search.hits.n; i++) {
			const struct search_hit *h = &cli_search.hits.v[i];
			const struct layout_block *b = &doc.blocks[h->block];

			cli_search_put(id, strlen(id));
			printf(":%lu: ", cli_search_line(a, b, h->start));
			cli_search_snippet(b, h);
			putchar('\n');
		}
		cli_search.found += cli_search.hits.n;
		free(id);
	}
	layout_doc_free(&doc);
}

/* SPDX-License-Identifier: ISC */
/* fuzz_page.c: a page in memory for the loader and segmenter harnesses,
 * and what the reader and the CLI do with a loaded page, with the layout
 * invariants checked (abort on a violation, which the fuzzer reports). */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

static void fuzz_fail(const char *fmt, ...)
    __attribute__((format(printf, 1, 2), noreturn));
#define INV_FAIL fuzz_fail
#include "../layout_invariants.h"

#include "flags.h"
#include "jsonl.h"
#include "loader.h"
#include "search.h"
#include "strbuf.h"

/* Larger docs skip the byte-by-byte round trip, which is quadratic. */
#define FUZZ_ROUNDTRIP_MAX	1024
/* A multi-part file (METS, PDF) is read this many parts at most. */
#define FUZZ_MAX_PARTS		4

static void
fuzz_fail(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

void
fuzz_page_init(struct fuzz_page *fp, const char *path)
{
	memset(fp, 0, sizeof *fp);
	fp->archive.root = (char *)"fuzz";
	fp->pub.id = fp->pub.name = (char *)"fuzz";
	fp->pub.archive = &fp->archive;
	fp->issue.date = (char *)"2024-01-01";
	fp->issue.path = (char *)path;
	fp->issue.scanned = true;
	fp->issue.pages = &fp->page;
	fp->issue.n_pages = 1;
	fp->issue.publication = &fp->pub;
	fp->page.number = 1;
	fp->page.name = (char *)"01";
	fp->page.path = (char *)path;
	fp->page.part = -1;
	fp->page.issue = &fp->issue;
}

void
fuzz_page_done(struct fuzz_page *fp)
{
	page_unload(&fp->page);
	diag_list_free(&fp->archive.diags);
}

void
fuzz_layout_doc(const struct layout_doc *doc, int width, int wide,
    int roundtrip)
{
	struct layout_options	 lo = { width,
	    wide ? AMBIGUOUS_WIDE : AMBIGUOUS_NARROW, 2, 0 };
	struct layout		*L = layout_run(doc, &lo);
	size_t			 i, total = 0;

	for (i = 0; i < doc->n_blocks; i++)
		total += doc->blocks[i].len;
	inv_all(doc, L, roundtrip && total <= FUZZ_ROUNDTRIP_MAX);
	layout_free(L);
}

static void
fuzz_search_doc(const struct layout_doc *doc, const char *query)
{
	struct search_hits	 hits = { 0 };
	struct search_pattern	*pat;
	char			*cause = NULL, *snip;
	size_t			 i, hs, he;

	pat = search_compile(query, strlen(query), 0, &cause);
	if (pat == NULL)
		fuzz_fail("search_compile(%s): %s", query, cause);
	search_doc(pat, doc, &hits);
	for (i = 0; i < hits.n; i++) {
		const struct layout_block *b = &doc->blocks[hits.v[i].block];

		snip = search_snippet(b->text, b->len, &hits.v[i], 10, &hs, &he);
		if (hs > he || he > strlen(snip))
			fuzz_fail("snippet hit %zu..%zu outside", hs, he);
		free(snip);
	}
	search_hits_free(&hits);
	search_pattern_free(pat);
}

static void
fuzz_article(const struct article *a)
{
	struct layout_doc	 doc = { 0 };
	struct strbuf		 sb = STRBUF_INIT;
	char			*s;

	layout_doc_from_article(&doc, a);
	/* The round trip is fuzz_layout's: here it would cost the loaders
	 * most of their executions. */
	fuzz_layout_doc(&doc, 1, 0, 0);
	fuzz_layout_doc(&doc, 13, 1, 0);
	fuzz_layout_doc(&doc, 72, 0, 0);
	fuzz_search_doc(&doc, "the");
	fuzz_search_doc(&doc, "报");
	layout_doc_free(&doc);
	jsonl_article(&sb, a);
	strbuf_free(&sb);
	free(article_title(a));
	s = article_headline(a, " / ");
	free(s);
}

void
fuzz_page_exercise(struct page *p)
{
	struct flag_list	fl = { 0 };
	size_t			i;

	for (i = 0; i < p->n_articles; i++)
		fuzz_article(&p->articles[i]);
	flags_page(p, FLAG_MASK_ALL, &fl);
	flag_list_free(&fl);
}

void
fuzz_page_load(struct fuzz_page *fp, const struct loader *ld,
    const uint8_t *data, size_t size, const char *lang)
{
	struct load_options	 opt = { NULL, NULL, lang, NULL };
	int			 parts = 1, i;

	if (ld->parts != NULL) {
		parts = ld->parts(fp->page.path, data, size,
		    &fp->archive.diags);
		if (parts > FUZZ_MAX_PARTS)
			parts = FUZZ_MAX_PARTS;
	}
	for (i = 0; i < parts; i++) {
		fp->page.part = ld->parts != NULL ? i : -1;
		if (ld->load(&fp->page, data, size, &opt,
		    &fp->archive.diags) == 0)
			fuzz_page_exercise(&fp->page);
		page_unload(&fp->page);
	}
}

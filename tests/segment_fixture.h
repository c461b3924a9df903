/* SPDX-License-Identifier: ISC */
/* segment_fixture.h: one page of text written in a test, segmented; shared
 * by the segmentation tests (check_segment, check_segment_layout,
 * check_segment_raw). */
#ifndef KANBAO_SEGMENT_FIXTURE_H
#define KANBAO_SEGMENT_FIXTURE_H

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "pagetext.h"
#include "segment.h"
#include "segment_int.h"
#include "xalloc.h"

static struct page pg;
static struct diag_list dl;

static void
teardown(void)
{
	page_unload(&pg);
	memset(&pg, 0, sizeof pg);
	diag_list_free(&dl);
	memset(&dl, 0, sizeof dl);
	segment_lines_done();
}

/* Put text in pg as page 1 of an issue, not yet segmented. */
static void
seg_load(const char *text)
{
	page_unload(&pg);
	memset(&pg, 0, sizeof pg);
	pg.path = "test/01.txt";
	pg.number = 1;
	pagetext_from_text(&pg.text, xstrdup(text), strlen(text));
}

static void
seg_run(void)
{
	struct segment_options so = { NULL };

	segment_page(&pg, &so, &dl);
}

/* The article whose first deck is headline, or fail.  (Inline: not every
 * test file uses it.) */
static inline const struct article *
find(const char *headline)
{
	size_t i;

	for (i = 0; i < pg.n_articles; i++)
		if (pg.articles[i].n_decks > 0 &&
		    strcmp(pg.articles[i].decks[0].text, headline) == 0)
			return &pg.articles[i];
	ck_abort_msg("no article headed %s", headline);
	return NULL;
}

#endif

/* SPDX-License-Identifier: ISC */
/* segment_decks.c: default output: decks of headlines set side by side.
 *
 * pdftotext's default reading order takes the headlines of items set side
 * by side a row at a time, each line a block of its own: main headline A,
 * main headline B, then deck A, deck B (青石乡推进河道综合整治 /
 * 白沙镇老旧小区改造提速 / 水质连续15个月达标 / 今年惠及5936户居民).
 * The walk in segment.c makes each an article; the mains take the text
 * and the decks stay bare (or take a byline), to be read as section
 * labels.  In a band of three headlines or more, the bare ones at its end
 * are the decks of the first ones, in their order: a deck is set under
 * its main headline, and the rows come in the same order across the
 * page. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "segment_build.h"
#include "segment_int.h"
#include "xalloc.h"

#define NONE ((size_t)-1)
/* More headlines in a band than this are left alone. */
#define MAX_RUNS 16

/* The articles with a headline, by the source line their first deck
 * starts on, then in order: found by halving, not by walking every
 * article for every headline (a page of a few MB has thousands). */
struct by_line {
	unsigned long	 line;
	size_t		 art;
};

static int
cmp_by_line(const void *a, const void *b)
{
	const struct by_line *x = a, *y = b;

	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x->art < y->art ? -1 : x->art > y->art;
}

static struct by_line *
index_lines(const struct article *v, size_t n, size_t *nx)
{
	struct by_line *x = xcalloc(n ? n : 1, sizeof *x);
	size_t i;

	for (*nx = 0, i = 0; i < n; i++)
		if (v[i].n_decks > 0) {
			x[*nx].line = v[i].decks[0].span.first_line;
			x[(*nx)++].art = i;
		}
	qsort(x, *nx, sizeof *x, cmp_by_line);
	return x;
}

/* The first article whose first deck starts on source line `line` (an
 * article whose deck went to another since the index was made no longer
 * counts). */
static size_t
article_at(const struct article *v, const struct by_line *x, size_t nx,
    unsigned long line)
{
	size_t lo = 0, hi = nx, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (x[mid].line < line)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < nx && x[lo].line == line; lo++)
		if (v[x[lo].art].n_decks > 0 &&
		    v[x[lo].art].decks[0].span.first_line == line)
			return x[lo].art;
	return NONE;
}

/* A headline alone: no text, no jump, one deck, nothing over it (a
 * byline or a dash subhead held for the next article may have come to
 * it). */
static bool
bare(const struct article *a)
{
	return a->kind == ARTICLE_NEWS && a->n_decks == 1 && a->n_blocks == 0 &&
	    a->n_jumps == 0 && a->kicker.text == NULL && a->credit.text == NULL;
}

/* Deck article d goes under main article m: its headline becomes m's
 * last deck, its byline and subhead m's when m has none (else the page's
 * furniture: nothing is lost); d is left empty. */
static void
give_deck(const struct seg_page *sp, struct article *m, struct article *d)
{
	m->decks = xrealloc(m->decks, (m->n_decks + 1) * sizeof *m->decks);
	m->decks[m->n_decks++] = d->decks[0];
	free(d->decks);
	d->decks = NULL;
	d->n_decks = 0;
	if (m->byline.text == NULL) {
		m->byline = d->byline;
		memset(&d->byline, 0, sizeof d->byline);
	}
	if (m->subhead.text == NULL) {
		m->subhead = d->subhead;
		memset(&d->subhead, 0, sizeof d->subhead);
	}
	if (d->byline.text != NULL)
		segment_build_meta(sp->page, d->byline.text, FURNITURE_OTHER);
	if (d->dateline.text != NULL)
		segment_build_meta(sp->page, d->dateline.text, FURNITURE_OTHER);
	if (d->subhead.text != NULL)
		segment_build_meta(sp->page, d->subhead.text, FURNITURE_OTHER);
	segment_build_forget(sp, d);	/* its headline went to m: not freed */
	text_elem_free(&d->byline);
	text_elem_free(&d->dateline);
	text_elem_free(&d->subhead);
}

/* The bare headlines at the band's end, at most half of it, are the
 * decks of the first ones, in order.  (Pairing by the words a deck
 * shares with the text was tried: a deck's words are the story's
 * commonest, 今年, 居民, and picked the wrong story as often.) */
static void
pair_band(const struct seg_page *sp, struct article *v, const size_t *art,
    size_t m)
{
	size_t q = 0, j;

	while (q < m && art[m - 1 - q] != NONE && bare(&v[art[m - 1 - q]]))
		q++;
	if (q > m / 2)
		q = m / 2;
	for (j = 0; j < q; j++)
		if (art[j] != NONE && v[art[j]].n_decks == 1)
			give_deck(sp, &v[art[j]], &v[art[m - q + j]]);
}

void
segment_decks_pair(const struct seg_page *sp, struct article *v, size_t n)
{
	size_t i = 0, m, art[MAX_RUNS], nx;
	struct by_line *x;

	if (sp->mode != SEG_MODE_DEFAULT)
		return;
	x = index_lines(v, n, &nx);
	while (i < sp->n) {
		if (sp->v[i].cls != SEG_TITLE) {
			i++;
			continue;
		}
		/* A band: headline lines and kickers, runs split by blank
		 * lines; a dash subhead (——…) is no headline of its own. */
		for (m = 0; i < sp->n && (sp->v[i].cls == SEG_TITLE ||
		    sp->v[i].cls == SEG_KICKER); i++) {
			if (sp->v[i].cls != SEG_TITLE ||
			    seg_starts_with(sp->v[i].clean, "——") ||
			    (m > 0 && !sp->v[i].gap))
				continue;
			if (m < MAX_RUNS)
				art[m] = article_at(v, x, nx, sp->v[i].line);
			m++;
		}
		if (m >= 3 && m <= MAX_RUNS)
			pair_band(sp, v, art, m);
	}
	free(x);
}

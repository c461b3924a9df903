/* SPDX-License-Identifier: ISC */
/* segment_vote.c: the learned line classifier's say over the rules.
 *
 * The rules (segment_lines.c, segment_blocks.c ...) give every line its
 * class; the model (segment_model.h, fitted on generated pages by
 * tests/train/train.sh) labels the same lines from their features alone.
 * On pages of style families neither was developed on, the model finds
 * more of the headlines, and more precisely (tests/train/evaluate.sh), so
 * a line the rules left in the body becomes a headline line where the
 * model labels it one and its own labels show the story's text under it
 * (a headline tops text: a stanza of verse or a line of body text the
 * model mistakes for one has none).  The thresholds were chosen on
 * generated pages of the training families, never on the held-out
 * families, the dev pages or real pages.
 *
 * The other way, a line the rules made a headline by its shape alone
 * (short, set apart, no sentence end: most of the lines of body text that
 * split a story in two on pages of unseen families) is body text where
 * the model is sure it is and the line is not short after all.  And in
 * -layout text a line the model labels a section head is one, if the
 * assembly finds it alone inside a story's text.  Not in -raw text: on the real 1967 dev page
 * (OCR lines, no blank lines) the model calls real headlines body text
 * with confidence.  The model's other labels do not overrule the rules.  In -layout text the model reads the columns'
 * pieces in the segmenter's reading order; lines put back by
 * segment_late.c keep their class. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "segment_int.h"
#include "segment_model.h"
#include "xalloc.h"

/* A body line the model labels a headline with at least this probability
 * may be one. */
#define VOTE_HEADLINE		0.5
/* ... when its display width is at least this (one ideograph alone is a
 * glyph lifted off its line, not a headline) ... */
#define VOTE_MIN_WIDTH		3
/* ... and the model labels body text within this many lines under it,
 * past the headline's other lines, a byline or a jump. */
#define VOTE_TEXT_WITHIN	6

/* A headline by its shape alone that the model labels body text (or a
 * paragraph's start) with at least this probability is body text ... */
#define VOTE_BODY		0.8
/* ... unless it is short indeed, narrower than this share (per cent) of
 * its column: the lines that split stories are nearly full ones whose
 * column was measured short; a brief's or a notice's short headline
 * after a story's last sentence reads as a paragraph's start. */
#define VOTE_SHORT_PERCENT	70

/* -layout: a line the model labels a section head with at least this
 * probability is one where it stands alone inside a story's text
 * (segment.c, is_section_head).  Not in default text: the sample's
 * school-board story (harborton-ledger 2024-09-11) split there. */
#define VOTE_SECTION		0.5

/* A page of more lines than any printed page holds (a broadsheet's is
 * a couple of thousand) is left to the rules: the model's features and
 * tables take some hundreds of bytes a line, and a huge page is read
 * within a bounded multiple of its size (tests/huge_page_vm.sh). */
#define VOTE_MAX_LINES		20000

/* A run of this many dots is a leader, as in an index box's lines
 * ("Sports ..... A3"): such a line is an entry, no headline. */
#define VOTE_LEADER_DOTS	4

static bool
has_leader(const char *s)
{
	size_t run = 0;

	for (; *s; s++)
		if ((run = *s == '.' ? run + 1 : 0) >= VOTE_LEADER_DOTS)
			return true;
	return false;
}

/* A section head's shape (numbered, or a clause pair: 压紧压实“两个
 * 责任”，清廉建设全面推进): the rules' section heads keep their
 * class whatever the model says; it was fitted on pages with few such. */
static bool
section_shape(const char *c)
{
	return segment_blocks_is_enum(c) || (strstr(c, "，") &&
	    !strstr(c, "？") && !strstr(c, "！"));
}

/* Does the model see a story's text under line k? */
static bool
text_follows(const struct segment_model_result *r, size_t k)
{
	size_t j;

	for (j = k + 1; j < r->n && j <= k + VOTE_TEXT_WITHIN; j++) {
		enum segment_label b = r->label[j];

		if (b == SEGM_BODY || b == SEGM_BODY_START)
			return true;
		if (b != SEGM_HEADLINE && b != SEGM_DECK && b != SEGM_SUBHEAD &&
		    b != SEGM_KICKER && b != SEGM_BYLINE && b != SEGM_JUMP)
			return false;
	}
	return false;
}

/* The features are those segment_features_page gives the model's
 * trainer: the lines as read, with the full widths measured before any
 * class is set (the rules measure them again after the ads). */
void
segment_vote_features(struct seg_page *sp, struct segment_features *f)
{
	int *full;
	size_t i;

	memset(f, 0, sizeof *f);
	if (sp->n == 0 ||
	    sp->n > VOTE_MAX_LINES || !segment_model_fits())
		return;
	full = xmalloc(sp->n * sizeof *full);
	for (i = 0; i < sp->n; i++)
		full[i] = sp->v[i].full;
	segment_features_lines(sp, f);
	for (i = 0; i < sp->n; i++)
		sp->v[i].full = full[i];
	free(full);
}

void
segment_vote(struct seg_page *sp, struct segment_features *f)
{
	struct segment_model_result r;
	size_t i, k;

	if (f->n == 0)
		return;
	segment_model_label(f, &r);
	for (i = 0; i < sp->n && r.n == f->n; i++) {
		struct seg_line *l = &sp->v[i];

		/* (a date line the header's rules missed is none either) */
		if (l->cls != SEG_BODY || l->fixed || l->w < VOTE_MIN_WIDTH ||
		    (k = segment_features_find(f, l->off)) == f->n ||
		    segment_lines_is_header_words(l->clean) ||
		    has_leader(l->clean))
			continue;
		if (r.label[k] == SEGM_HEADLINE && r.prob[k] >= VOTE_HEADLINE &&
		    text_follows(&r, k))
			seg_set(l, SEG_TITLE, "headline: the learned model's label, over its text");
	}
	for (i = 0; i < sp->n && r.n == f->n && sp->mode == SEG_MODE_LAYOUT; i++) {
		struct seg_line *l = &sp->v[i];

		if ((k = segment_features_find(f, l->off)) < f->n &&
		    r.label[k] == SEGM_SECTION_HEAD && r.prob[k] >= VOTE_SECTION)
			l->model_section = true;
	}
	for (i = 0; i < sp->n && r.n == f->n && sp->mode != SEG_MODE_RAW; i++) {
		struct seg_line *l = &sp->v[i];

		if (l->cls != SEG_TITLE || l->fixed || l->why == NULL ||
		    strcmp(l->why, SEG_WHY_TITLE_SHAPE) != 0 ||
		    section_shape(l->clean) ||
		    l->w * 100 < VOTE_SHORT_PERCENT * l->full ||
		    (k = segment_features_find(f, l->off)) == f->n)
			continue;
		if ((r.label[k] == SEGM_BODY || r.label[k] == SEGM_BODY_START) &&
		    r.prob[k] >= VOTE_BODY)
			seg_set(l, SEG_BODY, "body: the learned model's label, over a headline's shape");
	}
	segment_model_result_free(&r);
}

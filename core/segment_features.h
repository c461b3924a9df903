/* SPDX-License-Identifier: ISC */
/* segment_features.h: the features of each line of a page's text, for
 * learned line classification (segment_model.h, tests/train/).
 *
 * A line's features are its own (width against the column's, character
 * shares, punctuation, indent, blank lines around it, the segmenter's line
 * predicates, duplicates, position) and the same of its neighbours at -2 ..
 * +2 in reading order.  Pure: no printing, no state kept, thread-safe. */
#ifndef KANBAO_SEGMENT_FEATURES_H
#define KANBAO_SEGMENT_FEATURES_H

#include <stdbool.h>
#include <stddef.h>

#include "pagetext.h"

/* Features of one line alone (see segment_features.c's table). */
#define SEGF_OWN	47
/* Neighbours on each side whose features a line's vector holds. */
#define SEGF_CONTEXT	2
/* The length of a line's vector: own features of lines -2 .. +2. */
#define SEGF_DIM	(SEGF_OWN * (2 * SEGF_CONTEXT + 1))

struct segment_features {
	size_t		  n;		/* lines, reading order */
	unsigned long	 *line;		/* each line's 1-based source line */
	size_t		 *off;		/* its byte offset in the text */
	size_t		 *len;		/* its length */
	float		(*own)[SEGF_OWN];
	size_t		 *by_off;	/* the lines' indices by byte offset
					 * (-layout lines are in reading
					 * order, not the source's) */
	bool		  cjk;		/* the page is mostly CJK */
	bool		  layout;	/* -layout text: lines are columns'
					 * pieces, in reading order */
};

/* The features of every non-blank line of pt (pdftotext default, -raw or
 * -layout text; in -layout, each column's piece of a line is a line, in
 * the segmenter's reading order).  Free with segment_features_free. */
void	segment_features_page(const struct page_text *pt,
	    struct segment_features *out);
void	segment_features_free(struct segment_features *);

/* The index of the line at byte offset off of the text, or f->n. */
size_t	segment_features_find(const struct segment_features *, size_t off);

/* Line i's whole vector (SEGF_DIM values) into v: lines beyond the page's
 * ends give zeros (their "present" feature is 0). */
void	segment_features_vector(const struct segment_features *, size_t i,
	    float *v);

/* The name of feature k of a vector (k < SEGF_DIM), e.g. "-1:gap_before":
 * static storage, for the trainer's output. */
const char *segment_features_name(size_t k, char *buf, size_t size);

#endif

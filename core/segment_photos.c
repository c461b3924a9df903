/* SPDX-License-Identifier: ISC */
/* segment_photos.c: captions.  A caption's first line taken for a
 * headline; and, in default output, photos set side by side, read row by
 * row.
 *
 * pdftotext's default reading order takes two photos side by side a row
 * at a time: both captions, then both credits (图为… / 9月12日，… /
 * 新华社发 / 温雅 摄).  The credits come as one run, and the walk in
 * segment.c would give the two captions to one photo with both credits.
 * Here the run is matched line for line with the captions right above
 * it: each caption a short stretch of its own (a blank line before it)
 * that ends a sentence.  A credit set right under the last caption, no
 * blank line between, was read with that caption's block and is its own;
 * the others go to the other captions in their order. */
#include "config.h"

#include <string.h>

#include "segment_int.h"

/* A caption has at most this many lines. */
#define CAPTION_LINES 5

/* Is line i a whole credit by itself? */
static bool
whole_credit(const struct seg_page *sp, size_t i)
{
	return sp->v[i].cls == SEG_CREDIT &&
	    (segment_lines_is_credit(sp->v[i].clean) ||
	    segment_lines_is_credit_word(sp->v[i].clean));
}

size_t
segment_photos_pair(const struct seg_page *sp, size_t a, size_t b,
    size_t *cap, size_t max)
{
	size_t k = b - a, j, i, e, first[8];

	if (sp->mode != SEG_MODE_DEFAULT || k < 2 || k > max || k > 8 ||
	    a == 0)
		return 0;
	for (i = a; i < b; i++)
		if (!whole_credit(sp, i))
			return 0;
	/* The k captions over the run, last first: lines [i, e), a blank
	 * line before i and none inside, ending a sentence. */
	for (e = a, j = k; j > 0; j--) {
		if (e == 0 || sp->v[e - 1].cls != SEG_BODY ||
		    !segment_lines_ends_sentence(sp->v[e - 1].clean))
			return 0;
		for (i = e - 1; !sp->v[i].gap && i > 0 && e - i < CAPTION_LINES &&
		    sp->v[i - 1].cls == SEG_BODY; i--)
			;
		if (!sp->v[i].gap)
			return 0;
		first[j - 1] = i;
		e = i;
	}
	/* Credit a + m goes to caption cap[m]. */
	if (!sp->v[a].gap) {
		cap[0] = first[k - 1];
		for (j = 1; j < k; j++)
			cap[j] = first[j - 1];
	} else
		for (j = 0; j < k; j++)
			cap[j] = first[j];
	return k;
}

/* A caption's first lines, set apart over its credit, have a headline's
 * shape: short, no sentence end (bzip2和bunzip2在缺省情况下 / 不覆盖已有
 * 的文件。 / 新华社记者 许春 摄).  A story's headline tops text that runs
 * on; its photo's credit comes after the photo's own caption, set apart
 * from the story.  So a block of at most CAPTION_LINES lines, headline
 * lines over body text that ends a sentence, with a credit right under
 * it, is a caption. */
void
segment_photos_caption_heads(struct seg_page *sp)
{
	size_t c, a, j;

	for (c = 2; c < sp->n; c++) {
		if (!whole_credit(sp, c) || sp->v[c].gap ||
		    sp->v[c - 1].cls != SEG_BODY ||
		    !segment_lines_ends_sentence(sp->v[c - 1].clean))
			continue;
		for (a = c - 1; a > 0 && !sp->v[a].gap && c - a < CAPTION_LINES &&
		    (sp->v[a - 1].cls == SEG_BODY ||
		    sp->v[a - 1].cls == SEG_TITLE); a--)
			;
		if (!sp->v[a].gap || sp->v[a].cls != SEG_TITLE)
			continue;
		for (j = a; j < c && sp->v[j].cls == SEG_TITLE; j++)
			if (!sp->v[j].fixed)
				seg_set(&sp->v[j], SEG_BODY, "caption: its "
				    "first lines, set apart over its credit");
	}
}

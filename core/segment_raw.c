/* SPDX-License-Identifier: ISC */
/* segment_raw.c: rules of -raw output (content-stream order, no blank
 * lines) that the line classes alone do not give.
 *
 * Kickers: a Chinese headline often has a short label set over it in
 * small type (引题 or a column's tag: 新春走基层, 聚焦乡村振兴).  -layout
 * shows it by its place (segment_blocks.c); -raw gives only the words,
 * so the label is known by its shape: a few ideographs, no digits or
 * punctuation, over a headline line much longer than itself. */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include <unistr.h>

#include "segment_int.h"

#define KICKER_MIN	2	/* ideographs in a label, at least */
#define KICKER_MAX	7	/* and at most */
#define KICKER_LONGER	3	/* the headline under it is this much longer */

static size_t
chars(const char *s)
{
	return u8_mbsnlen((const uint8_t *)s, strlen(s));
}

/* Line i, the first of a run of headline lines, is a kicker: a label
 * over a much longer headline line.  A line under it opening with a
 * dash or 评 is a subhead: i is then the headline itself. */
static bool
raw_kicker(const struct seg_page *sp, size_t i)
{
	const struct seg_line *l = &sp->v[i], *n = &sp->v[i + 1];
	size_t a, b;

	if (l->cls != SEG_TITLE || n->cls != SEG_TITLE || l->fixed ||
	    (i > 0 && (sp->v[i - 1].cls == SEG_TITLE ||
	    sp->v[i - 1].cls == SEG_KICKER)) ||
	    seg_starts_with(n->clean, "—") || seg_starts_with(n->clean, "评"))
		return false;
	a = chars(l->clean);
	b = chars(n->clean);
	return a >= KICKER_MIN && a <= KICKER_MAX && b >= a + KICKER_LONGER &&
	    segment_blocks_ideographs_only(l->clean, SIZE_MAX);
}

void
segment_raw_mark_kickers(struct seg_page *sp)
{
	size_t i;

	if (sp->mode != SEG_MODE_RAW || !sp->cjk)
		return;
	for (i = 0; i + 1 < sp->n; i++)
		if (raw_kicker(sp, i))
			seg_set(&sp->v[i], SEG_KICKER, "kicker: -raw, the line over a headline drawn last");
}

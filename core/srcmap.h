/* SPDX-License-Identifier: ISC */
/* srcmap.h: between clean text and the source lines it was made from.
 *
 * Clean text drops spaces, line breaks, end-of-line hyphens and doubled
 * fake-bold glyphs but keeps the other characters in order.  Clean to
 * source walks the clean text against the raw bytes, skipping what cleaning
 * dropped; source to clean counts the characters that are not white space
 * (close enough for a cursor line, never out of the element).  The proof
 * view, flag jumping and search line numbers use this.
 * Core only: anyone may include this. */
#ifndef KANBAO_SRCMAP_H
#define KANBAO_SRCMAP_H

#include <stddef.h>

#include "layout.h"
#include "model.h"

/* The page byte that clean byte off of an element (clean text over span
 * sp) came from; sp->byte_end when past the end. */
size_t	srcmap_to_source(const struct page_text *, const struct span *sp,
	    const char *clean, size_t clean_len, size_t off);
/* The clean byte that page byte off (inside sp) became; clean_len when
 * past the end. */
size_t	srcmap_to_clean(const struct page_text *, const struct span *sp,
	    const char *clean, size_t clean_len, size_t off);

/* Where byte off of clean (text made from raw by clean_lines) was printed
 * in raw: clean text is walked against raw, skipping what cleaning dropped
 * (line breaks, spaces, hyphens, doubled glyphs).  Returns an offset into
 * raw; the best guess so far when the two part ways. */
size_t	srcmap_raw_offset(const char *raw, size_t raw_len,
	    const char *clean, size_t clean_len, size_t off);
/* srcmap_raw_offset for offsets that never go down (the hits of a search
 * in a block, in order): each call goes on walking from where the last
 * stopped, so any number of calls over one text cost one walk.  The
 * fields are the walk's own. */
struct srcmap_cursor {
	const unsigned char *raw, *clean;
	size_t		 raw_len, clean_len;
	size_t		 r, i;		/* next raw byte, next clean byte */
	size_t		 at_clean, at_raw;	/* the last step */
	int		 pending;	/* the last step is not behind us yet */
	size_t		 steps;		/* characters walked, for tests */
};
void	srcmap_cursor_init(struct srcmap_cursor *, const char *raw,
	    size_t raw_len, const char *clean, size_t clean_len);
size_t	srcmap_cursor_raw(struct srcmap_cursor *, size_t off);
/* srcmap_raw_offset for every off from 0 to clean_len, in one walk: out
 * has clean_len + 1 elements. */
void	srcmap_raw_offsets(const char *raw, size_t raw_len, const char *clean,
	    size_t clean_len, size_t *out);

/* What cleaning dropped from raw, the text clean was made from, one mark
 * per raw byte (on each character's first byte; 0 elsewhere):
 * SRCMAP_DROPPED_SPACE for white space inside a line that the clean text
 * does not keep (an artefact space between two ideographs), and
 * SRCMAP_DROPPED_GLYPH for a character that is not white space and is not
 * in the clean text (a doubled fake-bold glyph, a joined hyphen).  Line
 * breaks and the white space that starts or ends a line are not marked:
 * dropping them is what cleaning is for. */
enum {
	SRCMAP_KEPT,
	SRCMAP_DROPPED_SPACE,
	SRCMAP_DROPPED_GLYPH
};
void	srcmap_dropped(const char *raw, size_t raw_len, const char *clean,
	    size_t clean_len, unsigned char *marks);

/* The source lines of block lb of article a, as a search gives its hits'
 * lines: emit(ctx, off, line) at byte 0 of the block's text and wherever
 * the source line changes (line counted in the issue, with the page's
 * line_offset).  Without a usable span, one call: the span's (or the
 * article's) first line.  *raw and *cap: a scratch buffer the caller
 * keeps (free it). */
void	srcmap_block_lines(const struct article *a,
	    const struct layout_block *lb, size_t **raw, size_t *cap,
	    void (*emit)(void *ctx, size_t off, unsigned long line), void *ctx);

#endif

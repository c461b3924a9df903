/* SPDX-License-Identifier: ISC */
/* srcmap.c: clean text <-> source bytes (see srcmap.h). */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include <unistr.h>

#include "pagetext.h"
#include "srcmap.h"
#include "xalloc.h"

static bool
srcmap_is_space(ucs4_t c)
{
	return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x3000 ||
	    c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0xFEFF;
}

/* Characters that are not white space in s[0, len). */
static size_t
srcmap_count(const char *s, size_t len)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + len;
	size_t n = 0;
	ucs4_t c;
	int k;

	while (p < end) {
		k = u8_mbtouc(&c, p, (size_t)(end - p));
		if (k <= 0)
			k = 1;
		n += !srcmap_is_space(c);
		p += k;
	}
	return n;
}

/* The byte of s[0, len) where the (n+1)-th non-space character starts;
 * len when there are not that many. */
static size_t
srcmap_skip(const char *s, size_t len, size_t n)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + len;
	ucs4_t c;
	int k;

	while (p < end) {
		k = u8_mbtouc(&c, p, (size_t)(end - p));
		if (k <= 0)
			k = 1;
		if (!srcmap_is_space(c) && n-- == 0)
			return (size_t)(p - (const uint8_t *)s);
		p += k;
	}
	return len;
}

/* How far ahead in raw a character of clean text is looked for before it
 * is taken as one cleaning made up (a U+FFFD, a joined hyphen). */
#define SRCMAP_LOOKAHEAD 64

/* The offset in raw, from r on, of the character c (its length in *klen);
 * raw_len when not found within the look-ahead. */
static size_t
srcmap_raw_find(const uint8_t *raw, size_t raw_len, size_t r, ucs4_t c,
    size_t *klen)
{
	ucs4_t rc;
	int k, n;

	for (n = 0; r < raw_len && n < SRCMAP_LOOKAHEAD; n++, r += (size_t)k) {
		k = u8_mbtouc(&rc, raw + r, raw_len - r);
		if (k <= 0)
			k = 1;
		if (rc == c) {
			*klen = (size_t)k;
			return r;
		}
	}
	return raw_len;
}

/* Walking clean text against raw: each non-space character of clean is
 * looked for in raw from where the last one was found. */

/* The next non-space character of clean: its offset in w->at_clean and
 * where it was printed in w->at_raw (the best guess when not found).
 * False at the end of clean. */
static bool
srcmap_step(struct srcmap_cursor *w)
{
	size_t at, klen = 0;
	ucs4_t c;
	int k;

	for (; w->i < w->clean_len; w->i += (size_t)k) {
		k = u8_mbtouc(&c, w->clean + w->i, w->clean_len - w->i);
		if (k <= 0)
			k = 1;
		if (srcmap_is_space(c))
			continue;
		w->steps++;
		at = srcmap_raw_find(w->raw, w->raw_len, w->r, c, &klen);
		w->at_clean = w->i;
		w->at_raw = at < w->raw_len ? at : w->r;
		if (at < w->raw_len)
			w->r = at + klen;
		w->i += (size_t)k;
		return true;
	}
	return false;
}

void
srcmap_cursor_init(struct srcmap_cursor *w, const char *raw, size_t raw_len,
    const char *clean, size_t clean_len)
{
	w->raw = (const uint8_t *)raw;
	w->clean = (const uint8_t *)clean;
	w->raw_len = raw_len;
	w->clean_len = clean_len;
	w->r = w->i = 0;
	w->at_clean = w->at_raw = 0;
	w->pending = 0;
	w->steps = 0;
}

size_t
srcmap_cursor_raw(struct srcmap_cursor *w, size_t off)
{
	if (off > w->clean_len)
		off = w->clean_len;
	/* The step that answered the last call may answer this one too. */
	if (w->pending && w->at_clean >= off)
		return w->at_raw;
	w->pending = 0;
	while (srcmap_step(w))
		if (w->at_clean >= off) {
			w->pending = 1;
			return w->at_raw;
		}
	return w->r < w->raw_len ? w->r : w->raw_len;
}

size_t
srcmap_raw_offset(const char *raw, size_t raw_len, const char *clean,
    size_t clean_len, size_t off)
{
	struct srcmap_cursor w;

	srcmap_cursor_init(&w, raw, raw_len, clean, clean_len);
	return srcmap_cursor_raw(&w, off);
}

void
srcmap_raw_offsets(const char *raw, size_t raw_len, const char *clean,
    size_t clean_len, size_t *out)
{
	struct srcmap_cursor w;
	size_t j = 0;

	srcmap_cursor_init(&w, raw, raw_len, clean, clean_len);
	while (srcmap_step(&w))
		while (j <= w.at_clean)
			out[j++] = w.at_raw;
	while (j <= clean_len)
		out[j++] = w.r < raw_len ? w.r : raw_len;
}

/* Mark raw[from, to), which the walk skipped: gap says whether clean had
 * white space there (then raw's is kept). */
static void
srcmap_mark_gap(const uint8_t *raw, size_t from, size_t to, bool gap,
    unsigned char *marks)
{
	ucs4_t c;
	int k;

	for (; from < to; from += (size_t)k) {
		k = u8_mbtouc(&c, raw + from, to - from);
		if (k <= 0)
			k = 1;
		if (c == '\n' || c == '\r')
			continue;
		if (!srcmap_is_space(c))
			marks[from] = SRCMAP_DROPPED_GLYPH;
		else if (!gap)
			marks[from] = SRCMAP_DROPPED_SPACE;
	}
}

/* White space at a line's start or end is layout, not an artefact. */
static void
srcmap_unmark_line_edges(const uint8_t *raw, size_t raw_len,
    unsigned char *marks)
{
	size_t p = 0, first, last, j;
	ucs4_t c;
	int k;

	while (p < raw_len) {
		first = last = (size_t)-1;
		for (j = p; j < raw_len && raw[j] != '\n'; j += (size_t)k) {
			k = u8_mbtouc(&c, raw + j, raw_len - j);
			if (k <= 0)
				k = 1;
			if (!srcmap_is_space(c)) {
				if (first == (size_t)-1)
					first = j;
				last = j + (size_t)k;
			}
		}
		for (; p < j; p++)
			if (marks[p] == SRCMAP_DROPPED_SPACE &&
			    (first == (size_t)-1 || p < first || p >= last))
				marks[p] = SRCMAP_KEPT;
		p = j + 1;
	}
}

void
srcmap_dropped(const char *raw, size_t raw_len, const char *clean,
    size_t clean_len, unsigned char *marks)
{
	struct srcmap_cursor w;
	size_t at_clean, at_raw, r = 0, c = 0, klen;

	memset(marks, SRCMAP_KEPT, raw_len);
	srcmap_cursor_init(&w, raw, raw_len, clean, clean_len);
	while (srcmap_step(&w)) {
		at_clean = w.at_clean;
		at_raw = w.at_raw;
		if (w.r <= at_raw)	/* not found: cleaning made it up */
			continue;
		klen = w.r - at_raw;
		srcmap_mark_gap(w.raw, r, at_raw, at_clean > c, marks);
		r = at_raw + klen;
		c = w.i;
	}
	srcmap_mark_gap(w.raw, r, raw_len, c < clean_len, marks);
	srcmap_unmark_line_edges(w.raw, raw_len, marks);
}

size_t
srcmap_to_source(const struct page_text *pt, const struct span *sp,
    const char *clean, size_t clean_len, size_t off)
{
	size_t end = sp->byte_end < pt->len ? sp->byte_end : pt->len;

	if (sp->byte_start >= end || off >= clean_len)
		return end;
	return sp->byte_start + srcmap_raw_offset(pt->text + sp->byte_start,
	    end - sp->byte_start, clean, clean_len, off);
}

size_t
srcmap_to_clean(const struct page_text *pt, const struct span *sp,
    const char *clean, size_t clean_len, size_t off)
{
	size_t end = sp->byte_end < pt->len ? sp->byte_end : pt->len;

	if (off < sp->byte_start)
		off = sp->byte_start;
	if (off > end)
		off = end;
	return srcmap_skip(clean, clean_len,
	    srcmap_count(pt->text + sp->byte_start, off - sp->byte_start));
}

void
srcmap_block_lines(const struct article *a, const struct layout_block *lb,
    size_t **raw, size_t *cap,
    void (*emit)(void *ctx, size_t off, unsigned long line), void *ctx)
{
	const struct page *p = a->page;
	const struct span *sp = lb->span;
	unsigned long line, last = (unsigned long)-1;
	size_t i;

	if (sp == NULL || p->text.text == NULL || sp->byte_end <= sp->byte_start ||
	    sp->byte_end > p->text.len) {
		emit(ctx, 0, (sp == NULL ? a->span.first_line : sp->first_line) +
		    p->line_offset);
		return;
	}
	*raw = xgrow(*raw, cap, lb->len + 1, sizeof **raw);
	srcmap_raw_offsets(p->text.text + sp->byte_start,
	    sp->byte_end - sp->byte_start, lb->text, lb->len, *raw);
	for (i = 0; i <= lb->len; i++) {
		if (i > 0 && (*raw)[i] == (*raw)[i - 1])
			continue;
		line = pagetext_line_of(&p->text, sp->byte_start + (*raw)[i]) +
		    p->line_offset;
		if (line == last)
			continue;
		last = line;
		emit(ctx, i, line);
	}
}

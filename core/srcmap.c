/* srcmap.c: clean text <-> source bytes by counting the characters that
 * are not white space (see srcmap.h). */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>

#include <unistr.h>

#include "srcmap.h"

static bool
srcmap_is_space(ucs4_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == 0x3000 || c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0xFEFF;
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

size_t
srcmap_to_source(const struct page_text *pt, const struct span *sp,
    const char *clean, size_t clean_len, size_t off)
{
	size_t end = sp->byte_end < pt->len ? sp->byte_end : pt->len;

	if (sp->byte_start >= end)
		return end;
	if (off > clean_len)
		off = clean_len;
	return sp->byte_start + srcmap_skip(pt->text + sp->byte_start,
	    end - sp->byte_start, srcmap_count(clean, off));
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

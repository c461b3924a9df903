/* SPDX-License-Identifier: ISC */
/* sanitize.c: visible stand-ins for everything a terminal would act on.
 *
 * The stand-ins come from the Control Pictures block, which is East Asian
 * Width neutral (one cell in every terminal setting); U+FFFD is avoided as
 * a stand-in because its width is ambiguous. */
#include "config.h"

#include <string.h>

#include <unistr.h>

#include "sanitize.h"
#include "strbuf.h"

/* UTF-8 of U+2400 + c for c in 0x00..0x1F: "␀".."␟". */
static const char *const sanitize_c0[32] = {
	"\xe2\x90\x80", "\xe2\x90\x81", "\xe2\x90\x82", "\xe2\x90\x83",
	"\xe2\x90\x84", "\xe2\x90\x85", "\xe2\x90\x86", "\xe2\x90\x87",
	"\xe2\x90\x88", "\xe2\x90\x89", "\xe2\x90\x8a", "\xe2\x90\x8b",
	"\xe2\x90\x8c", "\xe2\x90\x8d", "\xe2\x90\x8e", "\xe2\x90\x8f",
	"\xe2\x90\x90", "\xe2\x90\x91", "\xe2\x90\x92", "\xe2\x90\x93",
	"\xe2\x90\x94", "\xe2\x90\x95", "\xe2\x90\x96", "\xe2\x90\x97",
	"\xe2\x90\x98", "\xe2\x90\x99", "\xe2\x90\x9a", "\xe2\x90\x9b",
	"\xe2\x90\x9c", "\xe2\x90\x9d", "\xe2\x90\x9e", "\xe2\x90\x9f",
};
#define SANITIZE_DEL		"\xe2\x90\xa1"	/* ␡ */
#define SANITIZE_OTHER		"\xe2\x90\xa6"	/* ␦: C1, bidi, separators */

/* Bidi embeddings, overrides, isolates and marks can reorder what the eye
 * sees against what the text says; separators break lines behind the
 * layout's back; U+FEFF and the interlinear annotation marks hide text. */
static int
sanitize_is_format_hazard(uint32_t c)
{
	return c == 0x061C || c == 0x200E || c == 0x200F ||
	    (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
	    c == 0x2028 || c == 0x2029 || c == 0xFEFF ||
	    (c >= 0xFFF9 && c <= 0xFFFB) || (c >= 0xE0000 && c <= 0xE007F &&
	    c != 0xE0001 && !(c >= 0xE0020 && c <= 0xE007F));
}

const char *
sanitize_placeholder(uint32_t c)
{
	if (c < 0x20)
		return sanitize_c0[c];
	if (c == 0x7F)
		return SANITIZE_DEL;
	if (c >= 0x80 && c <= 0x9F)
		return SANITIZE_OTHER;
	if (sanitize_is_format_hazard(c))
		return SANITIZE_OTHER;
	return NULL;
}

/* The stand-in for the character of n bytes at p (n set), or NULL when it
 * is shown as itself. */
static const char *
sanitize_at(const uint8_t *p, const uint8_t *end, int keep_newlines, int *n)
{
	const char *ph;
	ucs4_t uc;

	*n = u8_mbtouc(&uc, p, (size_t)(end - p));
	ph = sanitize_placeholder(uc);
	if (uc == 0xFFFD && !(*n == 3 && p[0] == 0xEF))
		return "\xEF\xBF\xBD";	/* invalid byte */
	if (keep_newlines && uc == '\n')
		return NULL;
	return ph;
}

size_t
sanitize_plain_len(const char *s, size_t len, int keep_newlines)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + len;
	int n;

	while (p < end) {
		if (*p >= 0x20 && *p < 0x7F) {
			p++;
			continue;
		}
		/* U+3000..U+CFFF (CJK): nothing there needs a stand-in. */
		if (*p >= 0xE3 && *p <= 0xEC && end - p >= 3 &&
		    (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
			p += 3;
			continue;
		}
		if (sanitize_at(p, end, keep_newlines, &n) != NULL)
			break;
		p += n;
	}
	return (size_t)(p - (const uint8_t *)s);
}

void
sanitize_append(struct strbuf *b, const char *s, size_t len, int keep_newlines)
{
	const char *ph;
	size_t plain;
	int n;

	/* Safe characters are copied a run at a time. */
	for (;;) {
		plain = sanitize_plain_len(s, len, keep_newlines);
		strbuf_add(b, s, plain);
		if (plain == len)
			break;
		ph = sanitize_at((const uint8_t *)s + plain,
		    (const uint8_t *)s + len, keep_newlines, &n);
		strbuf_adds(b, ph);
		s += plain + (size_t)n;
		len -= plain + (size_t)n;
	}
}

char *
sanitize_text(const char *s, size_t len, int keep_newlines)
{
	struct strbuf b = STRBUF_INIT;

	strbuf_add(&b, "", 0);
	sanitize_append(&b, s, len, keep_newlines);
	return strbuf_take(&b);
}

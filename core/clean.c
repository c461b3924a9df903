/* SPDX-License-Identifier: ISC */
/* clean.c: clean text from hard-wrapped lines (see clean.h).
 *
 * Works on UCS-4 arrays: lines are decoded, joined with the join rule
 * (nothing between CJK, a space between words, hyphens at line ends
 * removed), then spaces are normalised and the result encoded again. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unistr.h>
#include <uniwidth.h>

#include "clean.h"
#include "xalloc.h"

struct ubuf {
	uint32_t	*u;
	size_t		 n;
	size_t		 cap;
};

static void
ubuf_add(struct ubuf *b, uint32_t c)
{
	b->u = xgrow(b->u, &b->cap, b->n + 1, sizeof *b->u);
	b->u[b->n++] = c;
}

/* Decode UTF-8, invalid sequences as U+FFFD, NUL as U+FFFD too. */
static void
ubuf_add_utf8(struct ubuf *b, const char *s, size_t len)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + len;
	ucs4_t c;
	int k;

	while (p < end) {
		k = u8_mbtouc(&c, p, (size_t)(end - p));
		if (k <= 0)
			k = 1;
		ubuf_add(b, c == 0 ? 0xFFFD : c);
		p += k;
	}
}

static char *
ubuf_to_utf8(const struct ubuf *b)
{
	size_t len = 0;
	uint8_t *r = u32_to_u8(b->u, b->n, NULL, &len);
	char *s;

	if (r == NULL)
		return xstrdup("");
	s = xmalloc(len + 1);
	memcpy(s, r, len);
	s[len] = '\0';
	free(r);
	return s;
}

static bool
clean_is_space(uint32_t c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' ||
	    c == 0x3000 || c == 0xA0 || c == '\n' ||
	    (c >= 0x2000 && c <= 0x200B) || c == 0xFEFF;
}

bool
clean_is_wide(uint32_t c)
{
	if (c < 0x1100)
		return false;
	return uc_width(c, "UTF-8") == 2;
}

bool
clean_is_ambiguous(uint32_t c)
{
	switch (c) {
	case 0x2018: case 0x2019: case 0x201C: case 0x201D:	/* quotes */
	case 0x2014: case 0x2015: case 0x2026: case 0x00B7:	/* — ― … · */
	case 0x2013: case 0x2025: case 0x2027: case 0x00D7:	/* – ‥ ‧ × */
		return true;
	}
	return false;
}

static bool
ascii_alnum(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

/* A space between a and b is an artifact when either side is CJK, or an
 * ambiguous mark that itself touches CJK (a, b: neighbours of the space;
 * a0, b1: one further out). */
static bool
space_is_artifact(uint32_t a0, uint32_t a, uint32_t b, uint32_t b1)
{
	if (clean_is_wide(a) || clean_is_wide(b))
		return true;
	if (clean_is_ambiguous(a) && (clean_is_wide(a0) || clean_is_wide(b)))
		return true;
	if (clean_is_ambiguous(b) && (clean_is_wide(b1) || clean_is_wide(a)))
		return true;
	return false;
}

static bool
is_ideograph(uint32_t c)
{
	return c >= 0x2E80 && c < 0xFF00 && !(c >= 0x3000 && c < 0x3040) &&
	    uc_is_alpha(c);
}

/* Collapse white space to single spaces, drop artifact spaces, trim;
 * names: keep a space between two ideographs. */
static void
normalise_spaces(struct ubuf *in, struct ubuf *out, bool names)
{
	size_t i, j;
	uint32_t a0, a, b, b1;

	for (i = 0; i < in->n; i++) {
		if (!clean_is_space(in->u[i])) {
			ubuf_add(out, in->u[i]);
			continue;
		}
		for (j = i; j < in->n && clean_is_space(in->u[j]); j++)
			;
		if (out->n == 0 || j == in->n) {
			i = j - 1;
			continue;
		}
		a = out->u[out->n - 1];
		a0 = out->n > 1 ? out->u[out->n - 2] : 0;
		b = in->u[j];
		b1 = j + 1 < in->n ? in->u[j + 1] : 0;
		if (!space_is_artifact(a0, a, b, b1) ||
		    (names && is_ideograph(a) && is_ideograph(b)))
			ubuf_add(out, ' ');
		i = j - 1;
	}
}

static bool
is_letter(uint32_t c)
{
	return c < 0x3000 && uc_is_alpha(c);
}

static bool
is_lower(uint32_t c)
{
	return c < 0x3000 && uc_is_property_lowercase(c);
}

/* The word before position end (exclusive) in b: its start. */
static size_t
word_start(const struct ubuf *b, size_t end)
{
	while (end > 0 && !clean_is_space(b->u[end - 1]))
		end--;
	return end;
}

/* A hyphen at the end of the text so far, with a letter before it, and a
 * lower-case letter starting the next line: a word broken by hyphenation,
 * unless the word already holds a hyphen (a compound like "well-to-"). */
static bool
is_soft_break(const struct ubuf *b, uint32_t next)
{
	size_t n = b->n, k;
	uint32_t h;

	if (n < 2)
		return false;
	h = b->u[n - 1];
	if (h != '-' && h != 0xAD && h != 0x2010)
		return false;
	if (!is_letter(b->u[n - 2]) || !is_lower(next))
		return false;
	for (k = word_start(b, n - 1); k < n - 1; k++)
		if (b->u[k] == '-')
			return false;
	return true;
}

/* Append the separator that joins the text so far to a line starting
 * with next; names: lines of names are joined with a space. */
static void
join_lines(struct ubuf *b, uint32_t next, bool names, bool keep_hyphens)
{
	uint32_t last;

	while (b->n > 0 && clean_is_space(b->u[b->n - 1]))
		b->n--;
	if (b->n == 0)
		return;
	if (!keep_hyphens && is_soft_break(b, next)) {
		b->n--;
		return;
	}
	last = b->u[b->n - 1];
	if (last == '-' || last == 0x2010 || last == 0xAD)
		return;		/* a real hyphen: keep it, no space */
	if (names && is_ideograph(last) && is_ideograph(next)) {
		ubuf_add(b, ' ');
		return;
	}
	if (clean_is_wide(last) || clean_is_wide(next))
		return;
	ubuf_add(b, ' ');
}

static uint32_t
first_char(const char *s, size_t len)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + len;
	ucs4_t c;
	int k;

	while (p < end) {
		k = u8_mbtouc(&c, p, (size_t)(end - p));
		if (k <= 0)
			k = 1;
		if (!clean_is_space(c))
			return c;
		p += k;
	}
	return 0;
}

static char *
clean_join(const char *const *lines, const size_t *lens, size_t n, bool names,
    bool keep_hyphens)
{
	struct ubuf raw = { NULL, 0, 0 }, out = { NULL, 0, 0 };
	size_t i;
	char *s;

	for (i = 0; i < n; i++) {
		uint32_t c = first_char(lines[i], lens[i]);
		if (c == 0)
			continue;
		join_lines(&raw, c, names, keep_hyphens);
		ubuf_add_utf8(&raw, lines[i], lens[i]);
	}
	normalise_spaces(&raw, &out, names);
	s = ubuf_to_utf8(&out);
	free(raw.u);
	free(out.u);
	return s;
}

char *
clean_lines(const char *const *lines, const size_t *lens, size_t n)
{
	return clean_join(lines, lens, n, false, false);
}

/* Headlines are not hyphenated by the typesetter: a hyphen at the end
 * of a headline's line is part of the words ("short-" "handed"). */
char *
clean_title(const char *const *lines, const size_t *lens, size_t n)
{
	return clean_join(lines, lens, n, false, true);
}

char *
clean_names(const char *const *lines, const size_t *lens, size_t n)
{
	return clean_join(lines, lens, n, true, false);
}

char *
clean_string(const char *s, size_t len)
{
	return clean_lines(&s, &len, 1);
}

/* s without spaces, as UCS-4. */
static void
squeeze(struct ubuf *b, const char *s, size_t len)
{
	struct ubuf all = { NULL, 0, 0 };
	size_t i;

	ubuf_add_utf8(&all, s, len);
	for (i = 0; i < all.n; i++)
		if (!clean_is_space(all.u[i]))
			ubuf_add(b, all.u[i]);
	free(all.u);
}

bool
clean_is_doubled(const char *s, size_t len)
{
	struct ubuf b = { NULL, 0, 0 };
	size_t i, distinct = 0;
	bool ok;

	squeeze(&b, s, len);
	ok = b.n >= 4 && b.n % 2 == 0;
	for (i = 0; ok && i < b.n; i += 2) {
		if (b.u[i] != b.u[i + 1])
			ok = false;
		else if (i == 0 || b.u[i] != b.u[i - 2])
			distinct++;
	}
	free(b.u);
	/* "————" or "……" are rules and ellipses, not fake bold. */
	return ok && distinct >= 2;
}

char *
clean_undouble_spaced(const char *s, size_t len)
{
	struct ubuf all = { NULL, 0, 0 }, out = { NULL, 0, 0 };
	size_t i, k = 0;
	bool space = false;
	char *r;

	ubuf_add_utf8(&all, s, len);
	/* k counts the glyphs kept so far: an even k opens a pair */
	for (i = 0; i < all.n; i++) {
		if (clean_is_space(all.u[i])) {
			space = true;
			continue;
		}
		if (k % 2 == 0) {
			if (space && out.n > 0)
				ubuf_add(&out, ' ');
			ubuf_add(&out, all.u[i]);
		}
		space = false;
		k++;
	}
	r = ubuf_to_utf8(&out);
	free(all.u);
	free(out.u);
	return r;
}

bool
clean_doubled_so_far(const char *s, size_t len)
{
	struct ubuf b = { NULL, 0, 0 };
	size_t i;
	bool ok = true;

	squeeze(&b, s, len);
	for (i = 0; ok && i + 1 < b.n; i += 2)
		ok = b.u[i] == b.u[i + 1];
	free(b.u);
	return ok;
}

char *
clean_undouble(const char *s, size_t len)
{
	struct ubuf b = { NULL, 0, 0 }, out = { NULL, 0, 0 };
	size_t i;
	char *r;

	squeeze(&b, s, len);
	for (i = 0; i < b.n; i += 2)
		ubuf_add(&out, b.u[i]);
	r = ubuf_to_utf8(&out);
	free(b.u);
	free(out.u);
	return r;
}

static int
char_width(uint32_t c, bool cjk)
{
	if (clean_is_wide(c))
		return 2;
	if (cjk && clean_is_ambiguous(c))
		return 2;
	return 1;
}

/* A space between a and b that takes room on the page: a word space in
 * Latin text, or the gap set where CJK meets digits or Latin letters (not
 * the justification after full-width punctuation, nor between CJK). */
static bool
counts_space(uint32_t a, uint32_t b)
{
	if (clean_is_space(a) || clean_is_space(b))
		return false;
	if (ascii_alnum(a) && clean_is_wide(b) && !uc_is_punct(b))
		return true;
	if (ascii_alnum(b) && clean_is_wide(a) && !uc_is_punct(a))
		return true;
	return (ascii_alnum(a) || ascii_alnum(b)) && !clean_is_wide(a) &&
	    !clean_is_wide(b);
}

int
clean_width(const char *s, size_t len, bool cjk)
{
	struct ubuf b = { NULL, 0, 0 };
	size_t i;
	int w = 0;

	ubuf_add_utf8(&b, s, len);
	for (i = 0; i < b.n; i++) {
		if (!clean_is_space(b.u[i]))
			w += char_width(b.u[i], cjk);
		else if (i > 0 && i + 1 < b.n && counts_space(b.u[i - 1],
		    b.u[i + 1]))
			w += 1;
	}
	free(b.u);
	return w;
}

size_t
clean_count_wide(const char *s, size_t len)
{
	struct ubuf b = { NULL, 0, 0 };
	size_t i, n = 0;

	ubuf_add_utf8(&b, s, len);
	for (i = 0; i < b.n; i++)
		if (clean_is_wide(b.u[i]))
			n++;
	free(b.u);
	return n;
}

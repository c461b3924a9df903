/* SPDX-License-Identifier: ISC */
/* linebreak.c: break opportunities, UAX #14 plus the Chinese 禁则.
 *
 * libunistring gives the UAX #14 opportunities (u8_possible_linebreaks, the
 * Unicode 14 rules).  Three changes are made for Chinese and Japanese text,
 * after the rules of clreq and jlreq (W3C, "Requirements for Chinese/Japanese
 * Text Layout") and JIS X 4051:
 *
 * 1. 行首禁则: no line starts with closing brackets and quotes （）》」』〕】
 *    ”’ ...), pause and stop marks （，。、；：？！), middle dots （・·),
 *    iteration marks （々ゝヽ), the prolonged sound mark ー, small kana
 *    （ぁっゃ ...) or the wave dash.  UAX #14 already forbids most of these
 *    (classes CL, CP, EX, IS, NS, CJ), but not ” ’ (QU) after a space, nor
 *    middle dots after letters.
 * 2. 行末禁则: no line ends with opening brackets and quotes （（《「『“‘【〔).
 * 3. 不可分: a run of the same dash or ellipsis （——— ……) never splits,
 *    nor a run of full-width digits and letters （２０００, ＡＢＣ), which
 *    UAX #14 classes as ideographs (ID) but which read as one number or
 *    word, as half-width ones do.
 *
 * And one relaxation: UAX #14 (before 15.1) keeps quotation marks (QU) to
 * both neighbours, which in Chinese, where “ ” are set between ideographs
 * without spaces, forbids the break before “ and after ” that every
 * Chinese text needs.  So a break is allowed between an East Asian character
 * and an opening “ ‘, and between a closing ” ’ and an East Asian character,
 * unless rule 1 or 2 forbids it (Unicode 15.1's LB19a does the same).
 *
 * Breaks are kept to grapheme cluster boundaries (u8_grapheme_breaks), so a
 * base and its marks, an emoji ZWJ sequence or a flag never split.
 *
 * Which characters: the lists below are jlreq's classes cl-01 (opening
 * brackets), cl-02 (closing brackets), cl-03 (hyphens), cl-04 (dividing
 * punctuation), cl-05 (middle dots), cl-06 and cl-07 (full stops and
 * commas), cl-09 (iteration marks), cl-10 (prolonged sound mark) and cl-11
 * (small kana), with their half-width and small-form variants and the ASCII
 * ones. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unigbrk.h>
#include <unilbrk.h>
#include <unistr.h>

#include "linebreak.h"
#include "width.h"
#include "xalloc.h"

struct linebreak_range {
	uint32_t	 first, last;
};

/* Must not start a line.  Sorted. */
static const struct linebreak_range linebreak_starts[] = {
	{ 0x0021, 0x0021 }, { 0x0029, 0x0029 }, { 0x002C, 0x002C },
	{ 0x002E, 0x002E }, { 0x003A, 0x003B }, { 0x003F, 0x003F },
	{ 0x005D, 0x005D }, { 0x007D, 0x007D }, { 0x00B7, 0x00B7 },
	{ 0x00BB, 0x00BB }, { 0x2010, 0x2010 }, { 0x2013, 0x2013 },
	{ 0x2019, 0x2019 }, { 0x201D, 0x201D }, { 0x2027, 0x2027 },
	{ 0x203A, 0x203A }, { 0x203C, 0x203C }, { 0x2047, 0x2049 },
	{ 0x3001, 0x3002 }, { 0x3005, 0x3005 }, { 0x3009, 0x3009 },
	{ 0x300B, 0x300B }, { 0x300D, 0x300D }, { 0x300F, 0x300F },
	{ 0x3011, 0x3011 }, { 0x3015, 0x3015 }, { 0x3017, 0x3017 },
	{ 0x3019, 0x3019 }, { 0x301B, 0x301C }, { 0x301E, 0x301F },
	{ 0x303B, 0x303B }, { 0x3041, 0x3041 }, { 0x3043, 0x3043 },
	{ 0x3045, 0x3045 }, { 0x3047, 0x3047 }, { 0x3049, 0x3049 },
	{ 0x3063, 0x3063 }, { 0x3083, 0x3083 }, { 0x3085, 0x3085 },
	{ 0x3087, 0x3087 }, { 0x308E, 0x308E }, { 0x3095, 0x3096 },
	{ 0x309D, 0x309E }, { 0x30A0, 0x30A1 }, { 0x30A3, 0x30A3 },
	{ 0x30A5, 0x30A5 }, { 0x30A7, 0x30A7 }, { 0x30A9, 0x30A9 },
	{ 0x30C3, 0x30C3 }, { 0x30E3, 0x30E3 }, { 0x30E5, 0x30E5 },
	{ 0x30E7, 0x30E7 }, { 0x30EE, 0x30EE }, { 0x30F5, 0x30F6 },
	{ 0x30FB, 0x30FE }, { 0x31F0, 0x31FF }, { 0xFE50, 0xFE52 },
	{ 0xFE54, 0xFE57 }, { 0xFE5A, 0xFE5A }, { 0xFE5C, 0xFE5C },
	{ 0xFE5E, 0xFE5E }, { 0xFF01, 0xFF01 }, { 0xFF09, 0xFF09 },
	{ 0xFF0C, 0xFF0C }, { 0xFF0E, 0xFF0E }, { 0xFF1A, 0xFF1B },
	{ 0xFF1F, 0xFF1F }, { 0xFF3D, 0xFF3D }, { 0xFF5D, 0xFF5E },
	{ 0xFF60, 0xFF61 }, { 0xFF63, 0xFF65 }, { 0xFF67, 0xFF70 },
	{ 0xFF9E, 0xFF9F },
};

/* Must not end a line.  Sorted. */
static const struct linebreak_range linebreak_ends[] = {
	{ 0x0028, 0x0028 }, { 0x005B, 0x005B }, { 0x007B, 0x007B },
	{ 0x00AB, 0x00AB }, { 0x2018, 0x2018 }, { 0x201C, 0x201C },
	{ 0x2039, 0x2039 }, { 0x3008, 0x3008 }, { 0x300A, 0x300A },
	{ 0x300C, 0x300C }, { 0x300E, 0x300E }, { 0x3010, 0x3010 },
	{ 0x3014, 0x3014 }, { 0x3016, 0x3016 }, { 0x3018, 0x3018 },
	{ 0x301A, 0x301A }, { 0x301D, 0x301D }, { 0xFE59, 0xFE59 },
	{ 0xFE5B, 0xFE5B }, { 0xFE5D, 0xFE5D }, { 0xFF08, 0xFF08 },
	{ 0xFF3B, 0xFF3B }, { 0xFF5B, 0xFF5B }, { 0xFF5F, 0xFF5F },
	{ 0xFF62, 0xFF62 },
};

/* Dashes and ellipses that never split from their own kind. */
static const uint32_t linebreak_runs[] = {
	0x2014, 0x2015, 0x2025, 0x2026, 0x22EF, 0x2500, 0x2501, 0x2E3A,
	0x2E3B, 0xFE19, 0xFE30, 0xFE31,
};

#define LINEBREAK_NITEMS(a) (sizeof (a) / sizeof (a)[0])

static int
linebreak_in(const struct linebreak_range *r, size_t n, uint32_t c)
{
	size_t	lo = 0, hi = n, mid;

	if (c < r[0].first || c > r[n - 1].last || (c >= 0x3400 &&
	    c <= 0x9FFF))	/* ideographs: in no list */
		return 0;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (c < r[mid].first)
			hi = mid;
		else if (c > r[mid].last)
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

int
linebreak_no_start(uint32_t c)
{
	return linebreak_in(linebreak_starts, LINEBREAK_NITEMS(linebreak_starts),
	    c);
}

int
linebreak_no_end(uint32_t c)
{
	return linebreak_in(linebreak_ends, LINEBREAK_NITEMS(linebreak_ends), c);
}

static int
linebreak_is_fullwidth_alnum(uint32_t c)
{
	return (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) ||
	    (c >= 0xFF41 && c <= 0xFF5A);
}

int
linebreak_inseparable(uint32_t a, uint32_t b)
{
	size_t	i;

	if (linebreak_is_fullwidth_alnum(a) && linebreak_is_fullwidth_alnum(b))
		return 1;
	if (a != b)
		return 0;
	for (i = 0; i < LINEBREAK_NITEMS(linebreak_runs); i++) {
		if (a == linebreak_runs[i])
			return 1;
	}
	return 0;
}

/* libunistring marks a mandatory break at the line break character itself;
 * ours is before the character after it. */
static void
linebreak_move_mandatory(const char *s, size_t len, char *brk)
{
	const uint8_t	*u = (const uint8_t *)s;
	ucs4_t		 uc;
	size_t		 i, next;

	for (i = len; i-- > 0; ) {
		if (brk[i] != UC_BREAK_MANDATORY)
			continue;
		brk[i] = LINEBREAK_NO;
		next = i + u8_mbtouc(&uc, u + i, len - i);
		if (next < len)
			brk[next] = LINEBREAK_MUST;
	}
}

void
linebreak_uax14(const char *s, size_t len, int cjk, char *brk)
{
	size_t	i;

	if (len == 0)
		return;
	u8_possible_linebreaks((const uint8_t *)s, len, cjk ? "GBK" : "UTF-8",
	    brk);
	for (i = 0; i < len; i++) {
		switch (brk[i]) {
		case UC_BREAK_POSSIBLE:
		case UC_BREAK_HYPHENATION:
			brk[i] = LINEBREAK_ALLOW;
			break;
		case UC_BREAK_MANDATORY:
			break;
		default:
			brk[i] = LINEBREAK_NO;
			break;
		}
	}
	_Static_assert((int)UC_BREAK_MANDATORY > (int)LINEBREAK_MUST,
	    "break values overlap");
	linebreak_move_mandatory(s, len, brk);
}

static int
linebreak_is_open_quote(uint32_t c)
{
	return c == 0x2018 || c == 0x201C;
}

static int
linebreak_is_close_quote(uint32_t c)
{
	return c == 0x2019 || c == 0x201D;
}

/* The break between a cluster starting with a and one starting with b, given
 * what UAX #14 says. */
static char
linebreak_adjust(char uax, uint32_t a, uint32_t b)
{
	if (uax == LINEBREAK_MUST)
		return uax;
	if ((linebreak_is_open_quote(b) && width_is_cjk(a)) ||
	    (linebreak_is_close_quote(a) && width_is_cjk(b)))
		uax = LINEBREAK_ALLOW;
	if (linebreak_no_start(b) || linebreak_no_end(a) ||
	    linebreak_inseparable(a, b))
		return LINEBREAK_NO;
	return uax;
}

void
linebreak_find(const char *s, size_t len, int cjk, const char *clusters,
    char *brk)
{
	const uint8_t	*u = (const uint8_t *)s;
	char		*own = NULL;
	ucs4_t		 a = 0, b;
	size_t		 i;
	int		 n;

	if (len == 0)
		return;
	linebreak_uax14(s, len, cjk, brk);
	if (clusters == NULL) {
		own = xmalloc(len);
		u8_grapheme_breaks(u, len, own);
		clusters = own;
	}
	for (i = 0; i < len; i += n) {
		n = u8_mbtouc(&b, u + i, len - i);
		if (i == 0 || clusters[i]) {
			if (i > 0)
				brk[i] = linebreak_adjust(brk[i], a, b);
			a = b;
		} else if (brk[i] != LINEBREAK_MUST)
			brk[i] = LINEBREAK_NO;
		/* Inside a character nothing breaks. */
		if (n > 1)
			memset(brk + i + 1, LINEBREAK_NO, n - 1);
	}
	brk[0] = LINEBREAK_NO;
	free(own);
}

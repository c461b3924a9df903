/* SPDX-License-Identifier: ISC */
/* width.c: terminal cell widths that agree with what ncursesw draws.
 *
 * Where the numbers come from.  ncursesw asks glibc's wcwidth(), so that is
 * the reference for AMBIGUOUS_NARROW.  libunistring's uc_width(c, "UTF-8")
 * agrees with glibc 2.36 (Unicode 14) on every assigned code point except
 * the few in width_glibc[] below (prepended concatenation marks and the soft
 * hyphen, which glibc shows as one cell; four Kannada and Zanabazar marks
 * glibc calls zero-width; circled numbers ten to eighty on black squares and
 * the Yijing hexagrams, which glibc draws wide).  check_width compares all
 * 1.1 million code points with wcwidth() in C.UTF-8.
 *
 * Unassigned code points (glibc: wcwidth -1, so ncurses would draw them in
 * its own way) and control or format characters (sanitize_placeholder) are
 * never drawn: a visible stand-in is, and the width is the stand-in's.
 *
 * AMBIGUOUS_WIDE is what a terminal set to draw East Asian Ambiguous
 * characters wide does (xterm -cjk_width, VTE, mintty): exactly the
 * characters of class A in EastAsianWidth.txt that are otherwise one cell
 * become two.  libunistring's own trick (uc_width with a CJK encoding such
 * as "EUC-JP") is not used: it makes every character from U+00A1 to U+FF60
 * wide, Cyrillic, Arabic and IPA included, which no terminal does.  So
 * width_ambiguous[] is generated from EastAsianWidth.txt (Unicode 15.0):
 * the ranges of class A whose glibc width is 1, adjacent ranges merged.
 * check_width re-derives it from /usr/share/unicode/EastAsianWidth.txt
 * when that file is present. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unigbrk.h>
#include <unistr.h>
#include <uniwidth.h>

#include "sanitize.h"
#include "width.h"
#include "xalloc.h"

struct width_range {
	uint32_t	 first, last;
};

struct width_fix {
	uint32_t	 first, last;
	int		 cells;
};

/* East Asian Ambiguous, one cell in glibc: two cells when wide. */
static const struct width_range width_ambiguous[] = {
	{0x00A1, 0x00A1}, {0x00A4, 0x00A4}, {0x00A7, 0x00A8}, {0x00AA, 0x00AA},
	{0x00AD, 0x00AE}, {0x00B0, 0x00B4}, {0x00B6, 0x00BA}, {0x00BC, 0x00BF},
	{0x00C6, 0x00C6}, {0x00D0, 0x00D0}, {0x00D7, 0x00D8}, {0x00DE, 0x00E1},
	{0x00E6, 0x00E6}, {0x00E8, 0x00EA}, {0x00EC, 0x00ED}, {0x00F0, 0x00F0},
	{0x00F2, 0x00F3}, {0x00F7, 0x00FA}, {0x00FC, 0x00FC}, {0x00FE, 0x00FE},
	{0x0101, 0x0101}, {0x0111, 0x0111}, {0x0113, 0x0113}, {0x011B, 0x011B},
	{0x0126, 0x0127}, {0x012B, 0x012B}, {0x0131, 0x0133}, {0x0138, 0x0138},
	{0x013F, 0x0142}, {0x0144, 0x0144}, {0x0148, 0x014B}, {0x014D, 0x014D},
	{0x0152, 0x0153}, {0x0166, 0x0167}, {0x016B, 0x016B}, {0x01CE, 0x01CE},
	{0x01D0, 0x01D0}, {0x01D2, 0x01D2}, {0x01D4, 0x01D4}, {0x01D6, 0x01D6},
	{0x01D8, 0x01D8}, {0x01DA, 0x01DA}, {0x01DC, 0x01DC}, {0x0251, 0x0251},
	{0x0261, 0x0261}, {0x02C4, 0x02C4}, {0x02C7, 0x02C7}, {0x02C9, 0x02CB},
	{0x02CD, 0x02CD}, {0x02D0, 0x02D0}, {0x02D8, 0x02DB}, {0x02DD, 0x02DD},
	{0x02DF, 0x02DF}, {0x0391, 0x03A1}, {0x03A3, 0x03A9}, {0x03B1, 0x03C1},
	{0x03C3, 0x03C9}, {0x0401, 0x0401}, {0x0410, 0x044F}, {0x0451, 0x0451},
	{0x2010, 0x2010}, {0x2013, 0x2016}, {0x2018, 0x2019}, {0x201C, 0x201D},
	{0x2020, 0x2022}, {0x2024, 0x2027}, {0x2030, 0x2030}, {0x2032, 0x2033},
	{0x2035, 0x2035}, {0x203B, 0x203B}, {0x203E, 0x203E}, {0x2074, 0x2074},
	{0x207F, 0x207F}, {0x2081, 0x2084}, {0x20AC, 0x20AC}, {0x2103, 0x2103},
	{0x2105, 0x2105}, {0x2109, 0x2109}, {0x2113, 0x2113}, {0x2116, 0x2116},
	{0x2121, 0x2122}, {0x2126, 0x2126}, {0x212B, 0x212B}, {0x2153, 0x2154},
	{0x215B, 0x215E}, {0x2160, 0x216B}, {0x2170, 0x2179}, {0x2189, 0x2189},
	{0x2190, 0x2199}, {0x21B8, 0x21B9}, {0x21D2, 0x21D2}, {0x21D4, 0x21D4},
	{0x21E7, 0x21E7}, {0x2200, 0x2200}, {0x2202, 0x2203}, {0x2207, 0x2208},
	{0x220B, 0x220B}, {0x220F, 0x220F}, {0x2211, 0x2211}, {0x2215, 0x2215},
	{0x221A, 0x221A}, {0x221D, 0x2220}, {0x2223, 0x2223}, {0x2225, 0x2225},
	{0x2227, 0x222C}, {0x222E, 0x222E}, {0x2234, 0x2237}, {0x223C, 0x223D},
	{0x2248, 0x2248}, {0x224C, 0x224C}, {0x2252, 0x2252}, {0x2260, 0x2261},
	{0x2264, 0x2267}, {0x226A, 0x226B}, {0x226E, 0x226F}, {0x2282, 0x2283},
	{0x2286, 0x2287}, {0x2295, 0x2295}, {0x2299, 0x2299}, {0x22A5, 0x22A5},
	{0x22BF, 0x22BF}, {0x2312, 0x2312}, {0x2460, 0x24E9}, {0x24EB, 0x254B},
	{0x2550, 0x2573}, {0x2580, 0x258F}, {0x2592, 0x2595}, {0x25A0, 0x25A1},
	{0x25A3, 0x25A9}, {0x25B2, 0x25B3}, {0x25B6, 0x25B7}, {0x25BC, 0x25BD},
	{0x25C0, 0x25C1}, {0x25C6, 0x25C8}, {0x25CB, 0x25CB}, {0x25CE, 0x25D1},
	{0x25E2, 0x25E5}, {0x25EF, 0x25EF}, {0x2605, 0x2606}, {0x2609, 0x2609},
	{0x260E, 0x260F}, {0x261C, 0x261C}, {0x261E, 0x261E}, {0x2640, 0x2640},
	{0x2642, 0x2642}, {0x2660, 0x2661}, {0x2663, 0x2665}, {0x2667, 0x266A},
	{0x266C, 0x266D}, {0x266F, 0x266F}, {0x269E, 0x269F}, {0x26BF, 0x26BF},
	{0x26C6, 0x26CD}, {0x26CF, 0x26D3}, {0x26D5, 0x26E1}, {0x26E3, 0x26E3},
	{0x26E8, 0x26E9}, {0x26EB, 0x26F1}, {0x26F4, 0x26F4}, {0x26F6, 0x26F9},
	{0x26FB, 0x26FC}, {0x26FE, 0x26FF}, {0x273D, 0x273D}, {0x2776, 0x277F},
	{0x2B56, 0x2B59}, {0xE000, 0xF8FF}, {0xFFFD, 0xFFFD}, {0x1F100, 0x1F10A},
	{0x1F110, 0x1F12D}, {0x1F130, 0x1F169}, {0x1F170, 0x1F18D}, {0x1F18F, 0x1F190},
	{0x1F19B, 0x1F1AC}, {0xF0000, 0xFFFFD}, {0x100000, 0x10FFFD},
};

/* Where glibc's wcwidth and libunistring's uc_width disagree (see above). */
static const struct width_fix width_glibc[] = {
	{ 0x00AD, 0x00AD, 1 }, { 0x0600, 0x0605, 1 }, { 0x06DD, 0x06DD, 1 },
	{ 0x070F, 0x070F, 1 }, { 0x0890, 0x0891, 1 }, { 0x08E2, 0x08E2, 1 },
	{ 0x0CBF, 0x0CBF, 0 }, { 0x0CC6, 0x0CC6, 0 }, { 0x3248, 0x324F, 2 },
	{ 0x4DC0, 0x4DFF, 2 }, { 0x110BD, 0x110BD, 1 }, { 0x110CD, 0x110CD, 1 },
	{ 0x11A07, 0x11A08, 0 }, { 0x11C3F, 0x11C3F, 0 },
};

#define WIDTH_NITEMS(a) (sizeof (a) / sizeof (a)[0])

/* The stand-in for unassigned code points, invalid bytes and surrogates. */
#define WIDTH_REPLACEMENT "\xEF\xBF\xBD"

static int
width_range_cmp(const void *key, const void *elem)
{
	uint32_t		  c = *(const uint32_t *)key;
	const struct width_range *r = elem;

	if (c < r->first)
		return -1;
	return c > r->last;
}

static int
width_is_ambiguous(uint32_t c)
{
	return bsearch(&c, width_ambiguous, WIDTH_NITEMS(width_ambiguous),
	    sizeof width_ambiguous[0], width_range_cmp) != NULL;
}

/* glibc's width where it differs from uc_width, else -1. */
static int
width_glibc_fix(uint32_t c)
{
	size_t	i;

	if (c < width_glibc[0].first)
		return -1;
	for (i = 0; i < WIDTH_NITEMS(width_glibc); i++) {
		if (c >= width_glibc[i].first && c <= width_glibc[i].last)
			return width_glibc[i].cells;
	}
	return -1;
}

const char *
width_placeholder(uint32_t c)
{
	const char	*p;

	if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return WIDTH_REPLACEMENT;
	if ((p = sanitize_placeholder(c)) != NULL)
		return p;
	if (uc_is_general_category(c, UC_CATEGORY_Cn))
		return WIDTH_REPLACEMENT;
	return NULL;
}

/* Cells of c drawn as itself. */
static int
width_plain(uint32_t c, enum ambiguous_width amb)
{
	int	w;

	if (c >= 0x20 && c < 0x7F)
		return 1;
	if ((w = width_glibc_fix(c)) < 0 && (w = uc_width(c, "UTF-8")) < 0)
		w = 1;	/* a control sanitize let through: never drawn */
	if (w == 1 && amb == AMBIGUOUS_WIDE && width_is_ambiguous(c))
		w = 2;
	return w;
}

int
width_char(uint32_t c, enum ambiguous_width amb)
{
	int	ph;

	return width_char_shown(c, amb, &ph);
}

int
width_char_shown(uint32_t c, enum ambiguous_width amb, int *placeholder)
{
	const char	*p;
	const uint8_t	*s;
	ucs4_t		 uc;
	int		 w = 0;

	*placeholder = 0;
	if (c >= 0x20 && c < 0x7F)
		return 1;
	if (c >= 0x4E00 && c <= 0x9FFF)	/* all assigned and wide */
		return 2;
	if ((p = width_placeholder(c)) == NULL)
		return width_plain(c, amb);
	*placeholder = 1;
	/* The stand-in is safe text: measure it as drawn. */
	for (s = (const uint8_t *)p; *s != '\0'; ) {
		s += u8_mbtouc(&uc, s, strlen((const char *)s));
		w += width_plain(uc, amb);
	}
	return w;
}

int
width_text(const char *s, size_t len, enum ambiguous_width amb)
{
	const uint8_t	*p = (const uint8_t *)s, *end = p + len;
	ucs4_t		 uc;
	int		 n, w = 0;

	while (p < end) {
		if (*p >= 0x20 && *p < 0x7F) {
			w++;
			p++;
			continue;
		}
		if ((n = u8_mbtoucr(&uc, p, end - p)) < 0) {
			p += u8_mbtouc(&uc, p, end - p);
			w += width_char(0xFFFD, amb);
			continue;
		}
		w += width_char(uc, amb);
		p += n;
	}
	return w;
}

size_t
width_cluster_len(const char *s, size_t len)
{
	char	 small[64], *brk;
	size_t	 win, n, i;

	/* Clusters are short but unbounded (a base with many marks): look at a
	 * growing window until a break shows up.  A break counts only where
	 * the character after it lies whole inside the window. */
	for (win = sizeof small;; win *= 4) {
		n = len < win ? len : win;
		brk = n <= sizeof small ? small : xmalloc(n);
		u8_grapheme_breaks((const uint8_t *)s, n, brk);
		for (i = 1; i < n && !(brk[i] && (i + 4 <= n || n == len)); i++)
			;
		if (brk != small)
			free(brk);
		if (i < n || n == len)
			return i < n ? i : n;
	}
}

int
width_is_cjk(uint32_t c)
{
	static const uc_script_t *han, *hira, *kata, *hangul, *bopo;
	const uc_script_t	*sc;

	if (c < 0x1100)
		return 0;
	if ((c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) ||
	    (c >= 0x3200 && c <= 0x33FF) || (c >= 0xFE30 && c <= 0xFE4F))
		return 1;
	if (han == NULL) {
		han = uc_script_byname("Han");
		hira = uc_script_byname("Hiragana");
		kata = uc_script_byname("Katakana");
		hangul = uc_script_byname("Hangul");
		bopo = uc_script_byname("Bopomofo");
	}
	sc = uc_script(c);
	return sc != NULL && (sc == han || sc == hira || sc == kata ||
	    sc == hangul || sc == bopo);
}

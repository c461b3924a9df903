/* SPDX-License-Identifier: ISC */
/* flags_text.c: the flag kinds found line by line on a page's source text:
 * doubled glyphs, half-width punctuation in Chinese text, mixed widths in
 * one number or word, and a character or word repeated across a line
 * break. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "clean.h"
#include "flags.h"
#include "flags_int.h"
#include "i18n.h"
#include "xalloc.h"

/* The source lines decoded, one at a time, with the previous and next
 * lines at hand for the checks that look across a break. */
struct flag_lines {
	const struct page	*p;
	struct flag_chars	 line[3];	/* previous, this, next */
	bool			 doubled[3];
};

#define F_PREV	0
#define F_THIS	1
#define F_NEXT	2

static bool
flag_on(unsigned mask, enum flag_kind k)
{
	return (mask & (1u << k)) != 0;
}

/* First and last non-space character of a decoded line; false if blank. */
static bool
flag_trim(const struct flag_chars *fc, size_t *first, size_t *last)
{
	size_t a = 0, b = fc->n;

	while (a < b && flag_is_space(fc->u[a]))
		a++;
	while (b > a && flag_is_space(fc->u[b - 1]))
		b--;
	*first = a;
	*last = b ? b - 1 : 0;
	return a < b;
}

/* --- doubled glyphs ------------------------------------------------------- */

/* Three or more different glyphs, each printed twice, inside a line: the
 * part of a line set in fake bold.  Two pairs are left alone: 高高兴兴 and
 * 干干净净 are words. */
static void
flags_doubled_run(const struct page *p, const struct flag_chars *fc,
    struct flag_list *fl)
{
	size_t i = 0, j;

	while (i + 1 < fc->n) {
		for (j = i; j + 1 < fc->n && fc->u[j] == fc->u[j + 1] &&
		    flag_is_han(fc->u[j]) && (j == i || fc->u[j] != fc->u[j - 2]); j += 2)
			;
		if ((j - i) / 2 >= 3) {
			flag_add(fl, p, FLAG_DOUBLED, fc->off[i],
			    fc->off[j], _("glyphs doubled by fake bold"));
			i = j;
		} else
			i++;
	}
}

static void
flags_doubled(const struct flag_lines *fls, struct flag_list *fl)
{
	const struct flag_chars *fc = &fls->line[F_THIS];
	size_t a, b;
	char *once;

	if (!flag_trim(fc, &a, &b))
		return;
	if (fls->doubled[F_THIS]) {
		once = clean_undouble(fls->p->text.text + fc->off[a],
		    fc->off[b + 1] - fc->off[a]);
		flag_add(fl, fls->p, FLAG_DOUBLED, fc->off[a], fc->off[b + 1],
		    _("glyphs doubled by fake bold (%s)"), once);
		free(once);
	} else
		flags_doubled_run(fls->p, fc, fl);
}

/* --- half-width punctuation --------------------------------------------------- */

static const char flag_half[] = ",.;:?!()";
static const char *const flag_full[] = { "，", "。", "；", "：", "？", "！", "（", "）" };

/* The nearest non-space character before i (dir -1) or after it (dir 1),
 * looking into the previous or next line at the line's ends; 0 if none. */
static uint32_t
flag_neighbour(const struct flag_lines *fls, size_t i, int dir)
{
	const struct flag_chars *fc = &fls->line[F_THIS];
	const struct flag_chars *o = &fls->line[dir < 0 ? F_PREV : F_NEXT];
	size_t a, b;

	if (dir < 0) {
		while (i > 0 && flag_is_space(fc->u[i - 1]))
			i--;
		if (i > 0)
			return fc->u[i - 1];
		return flag_trim(o, &a, &b) ? o->u[b] : 0;
	}
	while (i + 1 < fc->n && flag_is_space(fc->u[i + 1]))
		i++;
	if (i + 1 < fc->n)
		return fc->u[i + 1];
	return flag_trim(o, &a, &b) ? o->u[a] : 0;
}

static void
flags_halfwidth(const struct flag_lines *fls, struct flag_list *fl)
{
	const struct flag_chars *fc = &fls->line[F_THIS];
	const char *h;
	size_t i;

	for (i = 0; i < fc->n; i++) {
		if (fc->u[i] >= 0x80 || fc->u[i] == 0 ||
		    (h = strchr(flag_half, (int)fc->u[i])) == NULL)
			continue;
		if (flag_is_han(flag_neighbour(fls, i, -1)) &&
		    flag_is_han(flag_neighbour(fls, i, 1)))
			flag_add(fl, fls->p, FLAG_HALFWIDTH, fc->off[i], fc->off[i + 1],
			    _("half-width '%c' in Chinese text (full-width: %s)"), *h,
			    flag_full[h - flag_half]);
	}
}

/* --- mixed widths --------------------------------------------------------------- */

/* 1: an ASCII digit or letter, 2: a full-width one, 0: neither. */
static int
flag_alnum_width(uint32_t c)
{
	if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
		return 1;
	if ((c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) ||
	    (c >= 0xFF41 && c <= 0xFF5A))
		return 2;
	return 0;
}

static void
flags_mixed_width(const struct flag_lines *fls, struct flag_list *fl)
{
	const struct flag_chars *fc = &fls->line[F_THIS];
	size_t i = 0, j;
	int seen, w;

	while (i < fc->n) {
		for (j = i, seen = 0; j < fc->n && (w = flag_alnum_width(fc->u[j])); j++)
			seen |= w;
		if (seen == 3)
			flag_add(fl, fls->p, FLAG_MIXED_WIDTH, fc->off[i], fc->off[j],
			    _("half- and full-width characters in '%.*s'"),
			    (int)(fc->off[j] - fc->off[i]), fls->p->text.text + fc->off[i]);
		i = j > i ? j : i + 1;
	}
}

/* --- repeats across a line break ---------------------------------------------- */

static bool
flag_is_letter(uint32_t c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* Ideographs that double as words of their own (阵阵, 天天, 看看, 清清楚楚):
 * repeated across a break they are most likely meant. */
static const char flag_redup[] =
	"天人家年月日时处事个件条张位次回层阵片点滴声步句字样常渐刚仅偏恰"
	"纷往频稍略匆悄慢轻紧高深大小多少早好明白清楚干净看想说试谈走听谢哥"
	"姐妹弟妈爸爷奶宝星团统默缓满密平安热闹快乐实认真辛苦欢喜冷亮红绿蓝"
	"黑漫长远久牢稳時處個條張層陣點聲樣漸剛僅紛頻緊淨說試談聽謝媽爺寶團"
	"統緩滿熱鬧樂實認歡紅綠藍長遠穩";

static bool
flag_is_redup(const char *s, size_t len)
{
	char c[8];

	if (len >= sizeof c)
		return false;
	memcpy(c, s, len);
	c[len] = '\0';
	return strstr(flag_redup, c) != NULL;
}

/* The ideograph ending the previous line starts this one (的 / 的), or the
 * word ending it (the / the).  Whether the two lines are one element's is
 * for the caller to say (a kicker "CITY COUNCIL" over "Council backs"). */
static void
flags_repeat(const struct flag_lines *fls, struct flag_list *fl)
{
	const struct flag_chars *pv = &fls->line[F_PREV], *fc = &fls->line[F_THIS];
	const char *t = fls->p->text.text;
	size_t pa, pb, a, b, wa, n;

	if (fls->doubled[F_PREV] || fls->doubled[F_THIS] ||
	    !flag_trim(pv, &pa, &pb) || !flag_trim(fc, &a, &b))
		return;
	if (flag_is_han(fc->u[a]) && fc->u[a] == pv->u[pb]) {
		if (flag_is_redup(t + fc->off[a], fc->off[a + 1] - fc->off[a]))
			return;
		flag_add(fl, fls->p, FLAG_REPEAT, fc->off[a], fc->off[a + 1],
		    _("'%.*s' repeated across the line break"),
		    (int)(fc->off[a + 1] - fc->off[a]), t + fc->off[a]);
		return;
	}
	for (wa = pb + 1; wa > pa && flag_is_letter(pv->u[wa - 1]); wa--)
		;
	n = pb + 1 - wa;
	if (n == 0 || (wa > 0 && !flag_is_space(pv->u[wa - 1])) || a + n > fc->n ||
	    (a + n < fc->n && flag_is_letter(fc->u[a + n])) ||
	    fc->off[a + n] - fc->off[a] != n ||
	    strncasecmp(t + pv->off[wa], t + fc->off[a], n) != 0)
		return;
	flag_add(fl, fls->p, FLAG_REPEAT, fc->off[a], fc->off[a + n],
	    _("'%.*s' repeated across the line break"), (int)n, t + fc->off[a]);
}

/* --- driving -------------------------------------------------------------------- */

static void
flag_lines_load(struct flag_lines *fls, int slot, unsigned long line)
{
	const struct page_text *pt = &fls->p->text;
	struct flag_chars *fc = &fls->line[slot];

	if (line < 1 || line > pt->n_lines) {
		fc->n = 0;
		fls->doubled[slot] = false;
		return;
	}
	flag_chars_decode(fc, pt, pt->line_start[line - 1],
	    pt->line_start[line - 1] + pt->line_len[line - 1]);
	fls->doubled[slot] = clean_is_doubled(pt->text + pt->line_start[line - 1],
	    pt->line_len[line - 1]);
}

/* Move the window one line on: this becomes previous, next becomes this. */
static void
flag_lines_shift(struct flag_lines *fls, unsigned long next_line)
{
	struct flag_chars spare = fls->line[F_PREV];

	fls->line[F_PREV] = fls->line[F_THIS];
	fls->line[F_THIS] = fls->line[F_NEXT];
	fls->line[F_NEXT] = spare;
	fls->doubled[F_PREV] = fls->doubled[F_THIS];
	fls->doubled[F_THIS] = fls->doubled[F_NEXT];
	flag_lines_load(fls, F_NEXT, next_line);
}

void
flags_lines(const struct page *p, unsigned mask, struct flag_list *fl)
{
	struct flag_lines fls;
	unsigned long l;
	int i;

	memset(&fls, 0, sizeof fls);
	fls.p = p;
	flag_lines_load(&fls, F_THIS, 1);
	flag_lines_load(&fls, F_NEXT, 2);
	for (l = 1; l <= p->text.n_lines; l++) {
		if (flag_on(mask, FLAG_DOUBLED))
			flags_doubled(&fls, fl);
		if (flag_on(mask, FLAG_HALFWIDTH))
			flags_halfwidth(&fls, fl);
		if (flag_on(mask, FLAG_MIXED_WIDTH))
			flags_mixed_width(&fls, fl);
		if (flag_on(mask, FLAG_REPEAT))
			flags_repeat(&fls, fl);
		flag_lines_shift(&fls, l + 2);
	}
	for (i = 0; i < 3; i++)
		flag_chars_free(&fls.line[i]);
}

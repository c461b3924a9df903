/* SPDX-License-Identifier: ISC */
/* segment_late.c: headlines drawn after all the text, in -raw output.
 *
 * Some pages draw every headline (with its kicker, decks and subhead)
 * after all the text.  pdftotext's default order puts them back by
 * position (segment_flow.c handles what it misses); -raw keeps the
 * content stream's order, so all the headline lines follow the last
 * paragraph, in the order the items were drawn -- the order of their
 * texts -- and glyph runs that share a baseline and follow each other in
 * the stream become one line: two headlines side by side read as one
 * line, "甲乙丙丁 戊己庚辛".
 *
 * Here the headline lines are cut into groups, one an item, and the text
 * into as many runs of paragraphs, in order, so that each group shares
 * the most words with its run; each group then goes above its run.  How
 * lines group is partly seen in the lines themselves (a wrapped Latin
 * headline goes on in lower case, a ——subhead closes its group, a
 * one-line headline joined to another ends where the space is, a Latin
 * one may start at a capital) and partly left to the words: a deck
 * shares its words with the text of its own headline, the next headline
 * with the text after it. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "clean.h"
#include "segment_build.h"
#include "segment_int.h"
#include "xalloc.h"

#define LATE_LINES	48	/* headline lines after the text, at most */
#define LATE_MIN_LINES	4	/* and at least (see late_find) */
#define LATE_LINE_CHARS	160	/* a band's line: a few headlines joined */
#define GROUP_LINES	6	/* kicker, three deck lines, subhead and one */
#define GROUP_BONUS	3	/* an item more is worth this many shared words */
#define START_BONUS	5	/* a run opening with a byline or dateline */
#define MIN_SHARED	2	/* a group shares this much with its run */
#define MIN_SHARED_ITEM	1	/* or with a run opening with a byline */
#define MAX_UNITS	300	/* the cut is quadratic in paragraphs */

enum cut { CUT_NO, CUT_MAY, CUT_MUST };

struct late {
	size_t		 s0, t, e;	/* text [s0, t), headlines [t, e) */
	struct seg_line	*h;		/* headline lines, joined ones split */
	enum cut	*cut;		/* may a group start at h[x]? */
	size_t		 m;
	size_t		*unit;		/* paragraph units' first lines */
	size_t		 nu;
	int		*aff;		/* aff[x * nu + u]: words h[x] shares */
	size_t		*gs;		/* chosen: group j is h[gs[j]..gs[j+1]) */
	size_t		*us;		/* and its run units us[j]..us[j+1] */
	size_t		 k;
};

static bool
has_upper(const char *s)
{
	for (; *s; s++)
		if (*s >= 'A' && *s <= 'Z')
			return true;
	return false;
}

/* A letter or an ideograph, beyond a page's number (A3, 2). */
static bool
has_word(const char *s)
{
	size_t letters = 0;

	for (; *s; s++)
		if ((unsigned char)*s >= 0x80)
			return true;
		else if ((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z'))
			letters++;
	return letters > 1;
}

/* A line that may be a headline, or several joined: no sentence ends in
 * it or at its end (a question may end one), no clause ends at its end
 * but a Latin comma (a headline wraps after one: "Pool, random /
 * numbers").  Whatever the line's class: a headline drawn last may read
 * as a kicker (热点关注) or a byline (记者手记) on its own. */
static bool
title_shape(const struct seg_line *l)
{
	static const char *const bad_end[] = { "，", "、", "；", "：", "。",
	    ";", ":", ".", NULL };
	size_t n = u8_mbsnlen((const uint8_t *)l->clean, strlen(l->clean)), k;

	if ((l->cls != SEG_BODY && l->cls != SEG_TITLE &&
	    l->cls != SEG_KICKER && l->cls != SEG_BYLINE) || n < 1 ||
	    n > LATE_LINE_CHARS || strstr(l->clean, "。") ||
	    seg_starts_with(l->clean, "（") ||
	    (seg_starts_with(l->clean, "(") && n < strlen(l->clean)))
		return false;	/* (据新华社电): a signature */
	for (k = 0; bad_end[k]; k++)
		if (seg_ends_with(l->clean, bad_end[k]))
			return false;
	return has_word(l->clean);	/* no folio (2, A3) */
}

/* Headline lines after the last text.  The last lines of a page read
 * in order are the end of a paragraph, an ad or a signature: a line or
 * two of headline shape at most (on 48 generated pages of both splits,
 * never more than two; a page with its headlines drawn last had seven
 * or more).  Two may be one item's headline and deck, when the text
 * holds no headline of its own: a line or two there may look like one
 * (a byline wrapped, a line set letter-spaced), a page with its
 * headlines in place has one at every item. */
static bool
late_find(const struct seg_page *sp, struct late *lt)
{
	size_t titles = segment_flow_late_band(sp, title_shape, LATE_LINES,
	    &lt->s0, &lt->t, &lt->e), band = lt->e - lt->t;

	if (titles == SIZE_MAX || band < 2 || lt->t - lt->s0 < 2 * band)
		return false;
	return band >= LATE_MIN_LINES || titles <= 1 || titles * 4 <= band;
}

/* ---- the headline lines -------------------------------------------------- */

static void
late_add(struct late *lt, const struct seg_line *from, size_t off,
    size_t len, size_t *cap)
{
	struct seg_line *l;

	lt->h = xgrow(lt->h, cap, lt->m + 1, sizeof *lt->h);
	lt->cut = xrealloc(lt->cut, *cap * sizeof *lt->cut);
	l = &lt->h[lt->m];
	*l = *from;
	l->s = from->s + off;
	l->off = from->off + off;
	l->len = len;
	l->clean = clean_string(l->s, l->len);
	l->tested = l->held = 0;
	lt->m++;
}

/* CJK headlines hold no spaces between wide characters: such a space
 * between two runs of four characters or more parts two headlines side
 * by side (pdftotext keeps a narrow space inside a headline as no space
 * at all).  A space before a Latin word or a digit may part them too
 * (…正确可用 MyVar 总是…) or be the gap some papers set there (在 exit
 * 处理过程中): must[] says which, and the words decide the second.  A
 * first run of two or three characters is the tail of the headline on
 * the line above, wrapped (青石乡举办首届农民丰 / 收节 云溪县…), when tail
 * is set and four characters or more follow it (else it is a letter of
 * a letter-spaced headline: 向 后 引 用).
 * The byte offsets of the pieces after the first. */
/* Characters from byte at of l to the next space. */
static size_t
run_chars(const struct seg_line *l, size_t at)
{
	const char *sp = memchr(l->s + at, ' ', l->len - at);
	size_t end = sp ? (size_t)(sp - l->s) : l->len;

	return u8_mbsnlen((const uint8_t *)l->s + at, end - at);
}

static size_t
joined_cuts(const struct seg_line *l, bool tail, size_t *at, bool *must,
    size_t max)
{
	size_t i, n = 0, last = 0, first;

	for (i = 1; i + 1 < l->len && n < max; i++) {
		if (l->s[i] != ' ' || (unsigned char)l->s[i - 1] < 0x80 ||
		    l->s[i + 1] == ' ')
			continue;
		first = u8_mbsnlen((const uint8_t *)l->s + last, i - last);
		if ((first < 4 && !(tail && last == 0 &&
		    run_chars(l, i + 1) >= 4)) ||
		    u8_mbsnlen((const uint8_t *)l->s + i + 1,
		    l->len - i - 1) < 4)
			continue;
		must[n] = (unsigned char)l->s[i + 1] >= 0x80;
		at[n++] = i + 1;
		last = i + 1;
	}
	return n;
}

/* Latin headlines side by side read as one line too, and a space
 * parts any two words: a capital three words or more into the line,
 * with three or more after it, may start the second headline ("Harbor
 * commission raises mooring fees Pine Hollow votes to rebuild the
 * landing"); so may such a capital two words or more after that one (a
 * place's name ends the first: "Storm knocks out power across Pine
 * Hollow Harvest fair draws record crowd"): the words decide, and pieces
 * of a line that stay in one group are one line again (late_relay). */
static size_t
latin_cuts(const struct seg_line *l, size_t *at, size_t max)
{
	size_t i, n = 0, before = 1, since = 1, after, k;

	for (i = 1; i < l->len && n < max; i++) {
		if (l->s[i - 1] != ' ' || l->s[i] == ' ')
			continue;
		if (before >= 3 && since >= 2 && l->s[i] >= 'A' &&
		    l->s[i] <= 'Z') {
			for (k = i, after = 1; k < l->len; k++)
				if (l->s[k] == ' ' && k + 1 < l->len &&
				    l->s[k + 1] != ' ')
					after++;
			if (after >= 3) {
				at[n++] = i;
				since = 0;
			}
		}
		before++;
		since++;
	}
	return n;
}

static size_t
chars(const char *s)
{
	return u8_mbsnlen((const uint8_t *)s, strlen(s));
}

/* Whether a group may start at line c, after line prev. */
static enum cut
line_cut(const struct seg_page *sp, const char *prev, const char *c)
{
	/* 评 or a dash opens the subhead of the line above; a subhead
	 * closes its group. */
	if (seg_starts_with(c, "评") || seg_starts_with(c, "—"))
		return CUT_NO;
	/* A CJK headline holds four characters or more: three or fewer
	 * under a longer line are its end, wrapped. */
	if (sp->cjk && chars(c) <= 3 && chars(prev) > chars(c))
		return CUT_NO;
	if (seg_starts_with(prev, "—"))
		return CUT_MUST;
	if (!sp->cjk) {
		/* a headline wrapped goes on in lower case */
		if (*c >= 'a' && *c <= 'z')
			return CUT_NO;
		/* a kicker in capitals goes with the headline under it */
		if (has_upper(prev) && !segment_lines_has_lower(prev))
			return CUT_NO;
	}
	return CUT_MAY;
}

static void
late_lines(const struct seg_page *sp, struct late *lt)
{
	size_t cap = 0, i, at[8], n, p;
	bool must[8];

	for (i = lt->t; i < lt->e; i++) {
		const struct seg_line *l = &sp->v[i];
		n = sp->cjk ? joined_cuts(l, i > lt->t, at, must, 8) :
		    latin_cuts(l, at, 8);
		for (p = 0; p <= n; p++) {
			size_t a = p == 0 ? 0 : at[p - 1];
			size_t b = p == n ? l->len : at[p] - 1;
			late_add(lt, l, a, b - a, &cap);
			/* after the space of a joined line: a headline of its own
			 * (before a Latin word, maybe: the words decide) */
			if (lt->m == 1 || (p > 0 && sp->cjk && must[p - 1]))
				lt->cut[lt->m - 1] = CUT_MUST;
			else if (p > 0)
				lt->cut[lt->m - 1] = CUT_MAY;
			else
				lt->cut[lt->m - 1] = line_cut(sp,
				    lt->h[lt->m - 2].clean,
				    lt->h[lt->m - 1].clean);
		}
	}
}

/* A headline line as wide as lines that surely wrapped (a tail of three
 * characters or fewer under them) reached its column's edge: the line
 * under it goes on with it.  Used for a ——subhead only, which else closes
 * its group (——白沙镇举办首届农 / 民丰收节): a headline set to the
 * column's width by design would read as wrapped too. */
static void
late_wraps(const struct seg_page *sp, struct late *lt)
{
	size_t x, y;

	if (!sp->cjk)
		return;
	for (x = 1; x < lt->m; x++) {
		if (!seg_starts_with(lt->h[x - 1].clean, "—") ||
		    lt->cut[x] != CUT_MUST)
			continue;
		for (y = 1; y < lt->m; y++)
			if (lt->cut[y] == CUT_NO && y != x &&
			    !seg_starts_with(lt->h[y].clean, "—") &&
			    lt->h[y - 1].w == lt->h[x - 1].w &&
			    chars(lt->h[y].clean) <= 3) {
				lt->cut[x] = CUT_NO;
				break;
			}
	}
}

/* ---- the text ------------------------------------------------------------ */

/* Units a run of text can start at: a paragraph, a byline line with
 * the paragraph under it (or a line of the text that looks like a
 * headline: a byline wrapped).  Other lines (credits, jumps, ads) stay with
 * the unit before them. */
static void
late_units(const struct seg_page *sp, struct late *lt)
{
	size_t i;

	lt->unit = xcalloc(lt->t - lt->s0 + 1, sizeof *lt->unit);
	lt->nu = 0;
	for (i = lt->s0; i < lt->t; i++) {
		enum seg_class c = sp->v[i].cls, p = i > lt->s0 ?
		    sp->v[i - 1].cls : SEG_META;
		bool start = i == lt->s0;
		if ((c == SEG_BYLINE || c == SEG_TITLE) && p != c)
			start = true;
		if (c == SEG_BODY && p != SEG_BYLINE && p != SEG_TITLE &&
		    (p != SEG_BODY ||
		    !segment_blocks_joins(sp, i - 1)))
			start = true;
		if (start)
			lt->unit[lt->nu++] = i;
	}
	lt->unit[lt->nu] = lt->t;
}

/* Headlines capitalise words the text has in lower case. */
static void
lower(char *s)
{
	for (; *s; s++)
		if (*s >= 'A' && *s <= 'Z')
			*s = (char)(*s - 'A' + 'a');
}

static void
late_affinity(const struct seg_page *sp, struct late *lt)
{
	size_t u, x;
	char **h = xcalloc(lt->m + 1, sizeof *h);

	for (x = 0; x < lt->m; x++) {
		h[x] = xstrdup(lt->h[x].clean);
		lower(h[x]);
	}
	lt->aff = xcalloc(lt->m * lt->nu + 1, sizeof *lt->aff);
	for (u = 0; u < lt->nu; u++) {
		char *t = segment_build_text(sp, lt->unit[u], lt->unit[u + 1],
		    false);
		lower(t);
		for (x = 0; x < lt->m; x++)
			lt->aff[x * lt->nu + u] = segment_lines_shared(h[x], t);
		free(t);
	}
	for (x = 0; x < lt->m; x++)
		free(h[x]);
	free(h);
}

/* A staff story's dateline: its place in capitals and a dash, no
 * agency ("ELM FALLS — Library director ..."); text never opens with
 * a run of capitals set off so. */
static bool
caps_dateline(const char *c)
{
	const char *p = c;
	size_t n = 0;

	for (;;) {
		if (*p >= 'A' && *p <= 'Z')
			n++;
		else if (*p != '.' && *p != ',' && *p != '\'' &&
		    !(*p == ' ' && p[1] >= 'A' && p[1] <= 'Z'))
			break;
		p++;
	}
	return n >= 3 && n <= 30 && *p == ' ' && (seg_starts_with(p + 1,
	    "—") || seg_starts_with(p + 1, "–") || seg_starts_with(p + 1,
	    "--"));
}

/* An item's text opens with its byline or dateline. */
static bool
opens_item(const struct seg_page *sp, size_t i)
{
	return sp->v[i].cls == SEG_BYLINE ||
	    segment_lines_byline_prefix(sp->v[i].clean) > 0 ||
	    segment_lines_dateline(sp->v[i].clean) > 0 ||
	    (!sp->cjk && caps_dateline(sp->v[i].clean));
}

/* The line before i closes an item: an ad, a photo's credit, a jump
 * line to another page or a signature under the last paragraph
 * ((本报记者 …)); the text after it starts another. */
static bool
follows_item(const struct seg_page *sp, const struct late *lt, size_t i)
{
	const struct seg_line *p;
	enum jump_dir dir;

	if (i <= lt->s0 || sp->v[i].cls == SEG_AD)
		return false;
	p = &sp->v[i - 1];	/* (i > s0 >= 0: not before the first line) */
	if (p->cls == SEG_JUMP)
		return segment_lines_is_jump(p->clean, &dir, NULL) &&
		    dir == JUMP_TO;
	return p->cls == SEG_AD || p->cls == SEG_CREDIT ||
	    (p->cls == SEG_BYLINE && (seg_starts_with(p->clean, "（") ||
	    seg_starts_with(p->clean, "(")));
}

/* A unit that ends in a photo's credit is its caption: no headline
 * goes over it, and the words it shares tell nothing of the items
 * around it. */
static bool
is_caption(const struct seg_page *sp, const struct late *lt, size_t u)
{
	size_t i;

	for (i = lt->unit[u]; i < lt->unit[u + 1]; i++)
		if (sp->v[i].cls == SEG_CREDIT)
			return true;
	return false;
}

/* ---- the cut ------------------------------------------------------------- */

static bool	is_kicker(const struct seg_page *, const struct late *, size_t,
		    size_t);
static bool	same_line(const struct seg_line *, const struct seg_line *);

/* Lines [x, y) and units [u, v), in order, each a group and its run; the
 * most words in common, an item more worth GROUP_BONUS.  A dynamic
 * programme over (lines placed, units placed). */
static bool
late_cut(const struct seg_page *sp, struct late *lt)
{
	size_t m = lt->m, n = lt->nu, W = n + 1, x, y, u, v;
	long *best = xcalloc((m + 1) * W, sizeof *best);
	size_t *fx = xcalloc((m + 1) * W, sizeof *fx);
	size_t *fu = xcalloc((m + 1) * W, sizeof *fu);
	/* sum[x][v]: what lines [0, x) share with units [0, v) */
	long *sum = xcalloc((m + 1) * W, sizeof *sum);
	bool *cap = xcalloc(n + 1, sizeof *cap);
	int *bonus = xcalloc(n + 1, sizeof *bonus);
	bool ok;

	for (u = 0; u < n; u++) {
		cap[u] = is_caption(sp, lt, u);
		bonus[u] = GROUP_BONUS + (opens_item(sp, lt->unit[u]) ||
		    follows_item(sp, lt, lt->unit[u]) ? START_BONUS : 0);
	}
	for (x = 0; x < m; x++)
		for (u = 0; u < n; u++)
			sum[(x + 1) * W + u + 1] = sum[(x + 1) * W + u] +
			    sum[x * W + u + 1] - sum[x * W + u] +
			    (cap[u] ? 0 : lt->aff[x * n + u]);
	for (x = 0; x <= m; x++)
		for (u = 0; u <= n; u++)
			best[x * W + u] = -1;
	/* The first group may stand over any unit: the units before it
	 * are items without a headline (a photo, an ad) or the end of an
	 * item from the page before.  A tie goes to the earlier unit (a
	 * jump line "continued from" opens the item under the headline). */
	for (u = 0; u < n; u++)
		best[u] = (long)(n - u);
	for (x = 0; x < m; x++)
		for (u = 0; u < n; u++) {
			if (best[x * W + u] < 0 || lt->cut[x] == CUT_NO ||
			    cap[u])
				continue;
			for (y = x + 1; y <= m && y - x <= GROUP_LINES; y++) {
				if (y > x + 1 && lt->cut[y - 1] == CUT_MUST)
					break;
				if (y < m && lt->cut[y] == CUT_NO)
					continue;
				for (v = u + 1; v <= n; v++) {
					long s = sum[y * W + v] - sum[x * W + v] -
					    sum[y * W + u] + sum[x * W + u];
					/* A run that opens with a byline or a
					 * dateline is an item's text: one word
					 * in common will do. */
					if (s < (bonus[u] > GROUP_BONUS ?
					    MIN_SHARED_ITEM : MIN_SHARED))
						continue;
					/* Scores count four times: a tie goes
					 * to more items (a group's words count
					 * in a longer run too, so two groups
					 * joined tie with them apart), but
					 * against a group opening with a line
					 * that has nothing in common with its
					 * text and is no kicker -- the deck of
					 * the group above. */
					s = 4 * (s + bonus[u]) + 1 +
					    best[x * W + u] -
					    2 * (x > 0 && sum[(x + 1) * W + v] -
					    sum[x * W + v] - sum[(x + 1) * W + u] +
					    sum[x * W + u] == 0 &&
					    !is_kicker(sp, lt, x, y));
					if (s > best[y * W + v]) {
						best[y * W + v] = s;
						fx[y * W + v] = x;
						fu[y * W + v] = u;
					}
				}
			}
		}
	ok = best[m * W + n] >= 0;

	if (ok) {
		size_t k = 0;
		lt->gs = xcalloc(m + 1, sizeof *lt->gs);
		lt->us = xcalloc(m + 1, sizeof *lt->us);
		for (x = m, u = n; x > 0; k++) {
			size_t px = fx[x * W + u], pu = fu[x * W + u];
			x = px, u = pu;
		}
		lt->k = k;
		lt->gs[k] = m, lt->us[k] = n;
		for (x = m, u = n; x > 0;) {
			size_t px = fx[x * W + u], pu = fu[x * W + u];
			k--;
			lt->gs[k] = px, lt->us[k] = pu;
			x = px, u = pu;
		}
	}
	free(best);
	free(fx);
	free(fu);
	free(sum);
	free(cap);
	free(bonus);
	return ok;
}

/* A CJK group's first line much shorter than the line under it is a
 * kicker (一线见闻 over its headline); a Latin one in capitals is left
 * to the headline's own rule (segment.c). */
static bool
is_kicker(const struct seg_page *sp, const struct late *lt, size_t g,
    size_t end)
{
	size_t a, b, x;

	if (!sp->cjk || g + 1 >= end || seg_starts_with(lt->h[g + 1].clean, "—") ||
	    seg_starts_with(lt->h[g + 1].clean, "评"))
		return false;	/* a headline and its subhead */
	a = chars(lt->h[g].clean);
	/* the line under it whole: pieces of it cut at a space before a
	 * Latin word may be one headline */
	for (b = chars(lt->h[g + 1].clean), x = g + 2; x < end &&
	    same_line(&lt->h[x - 1], &lt->h[x]); x++)
		b += chars(lt->h[x].clean);
	return a >= 2 && a <= 7 && b >= a + 3;
}

/* Pieces of one line of the band, next to each other (a joined line cut
 * at a space where no second headline began). */
static bool
same_line(const struct seg_line *a, const struct seg_line *b)
{
	return a->line == b->line && b->off > a->off + a->len &&
	    segment_columns_is_blank(a->s + a->len, b->off - a->off - a->len);
}

/* Line a runs on over piece b; b's clean text is freed. */
static void
join_piece(const struct seg_page *sp, struct seg_line *a,
    struct seg_line *b)
{
	a->len = b->off + b->len - a->off;
	segment_lines_free_clean(sp, a->clean);
	segment_lines_free_clean(sp, b->clean);
	a->clean = clean_string(a->s, a->len);
	a->tested = a->held = 0;
	a->w = clean_width(a->s, a->len, sp->cjk);
}

/* Put each group above its run. */
static void
late_relay(struct seg_page *sp, struct late *lt)
{
	size_t n = sp->n - (lt->e - lt->t) + lt->m, o = 0, i, j = 0, g;
	struct seg_line *out = xcalloc(n, sizeof *out);

	for (i = 0; i < lt->t; i++) {
		if (j < lt->k && i == lt->unit[lt->us[j]]) {
			for (g = lt->gs[j]; g < lt->gs[j + 1]; g++) {
				if (g > lt->gs[j] && same_line(&out[o - 1],
				    &lt->h[g])) {
					join_piece(sp, &out[o - 1], &lt->h[g]);
					continue;
				}
				out[o] = lt->h[g];
				out[o].gap = g == lt->gs[j];
				out[o].fixed = true;
				out[o].fixed_cls = g == lt->gs[j] &&
				    is_kicker(sp, lt, g, lt->gs[j + 1]) ?
				    SEG_KICKER : SEG_TITLE;
				o++;
			}
			j++;
			sp->v[i].gap = true;
		}
		out[o++] = sp->v[i];
	}
	for (i = lt->t; i < lt->e; i++)
		segment_lines_free_clean(sp, sp->v[i].clean);
	for (i = lt->e; i < sp->n; i++)
		out[o++] = sp->v[i];
	free(sp->v);
	sp->v = out;
	sp->n = o;
	sp->cap = n;
	lt->m = 0;	/* the lines are the page's now */
}

static void
late_free(struct late *lt)
{
	size_t x;

	for (x = 0; x < lt->m; x++)
		free(lt->h[x].clean);
	free(lt->h);
	free(lt->cut);
	free(lt->unit);
	free(lt->aff);
	free(lt->gs);
	free(lt->us);
}

const char *
segment_late_fixed_why(enum seg_class cls)
{
	return cls == SEG_KICKER ?
	    "kicker: -raw, over a headline drawn after its text, put back" :
	    "headline: -raw, drawn after its text, put back";
}

bool
segment_late_raw(struct seg_page *sp)
{
	struct late lt;
	bool ok = false;
	size_t x;

	if (sp->mode != SEG_MODE_RAW)
		return false;
	memset(&lt, 0, sizeof lt);
	if (!late_find(sp, &lt))
		return false;
	late_lines(sp, &lt);
	for (x = 0; x < lt.m; x++)
		lt.h[x].w = clean_width(lt.h[x].s, lt.h[x].len, sp->cjk);
	late_wraps(sp, &lt);
	late_units(sp, &lt);
	/* Every line split at a space at most: more is no headline band. */
	if (lt.nu >= 1 && lt.nu <= MAX_UNITS && lt.m <= 2 * LATE_LINES) {
		late_affinity(sp, &lt);
		ok = late_cut(sp, &lt);
	}
	/* One headline under text that ends in a jump (（下转第3版）) is
	 * the next item's, its text on another page. */
	if (ok && (lt.k >= 2 || sp->v[lt.t - 1].cls != SEG_JUMP))
		late_relay(sp, &lt);
	else
		ok = false;
	late_free(&lt);
	return ok;
}

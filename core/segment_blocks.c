/* SPDX-License-Identifier: ISC */
/* segment_blocks.c: lines -> units (headline lines, paragraphs, bylines,
 * credits, jumps, ads).
 *
 * Two judgements live here.  A headline line is one that starts after a
 * paragraph ends, has the shape of a title (no sentence punctuation at
 * its end, nothing like a full stop inside) and is not the first line of a
 * paragraph (which the next, full-width line would continue).  A blank
 * line is a column break inside a paragraph when the line before it is
 * full width and no sentence ends there; otherwise it ends the paragraph.
 * A short line ends a paragraph too: the paragraph indent is lost. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "clean.h"
#include "segment_int.h"
#include "xalloc.h"

static bool
is_body(const struct seg_page *sp, size_t i)
{
	return i < sp->n && sp->v[i].cls == SEG_BODY;
}

/* （一）, 一、, (2): a numbered section head. */
bool
segment_blocks_is_enum(const char *c)
{
	static const char *const nums[] = { "一", "二", "三", "四", "五", "六",
	    "七", "八", "九", "十", NULL };
	const char *p = c;
	size_t k;
	bool any = false;

	if (seg_starts_with(p, "（"))
		p += 3;
	for (;;) {
		for (k = 0; nums[k]; k++)
			if (seg_starts_with(p, nums[k]))
				break;
		if (nums[k] == NULL)
			break;
		p += 3;
		any = true;
	}
	if (!any)
		return false;
	return (seg_starts_with(c, "（") && strcmp(p, "）") == 0) ||
	    (!seg_starts_with(c, "（") && seg_starts_with(p, "、") && strlen(p) < 40);
}

/* A paragraph opening with a number: （一）…, 一、… */
bool
segment_blocks_starts_enum(const char *c)
{
	const char *close = strstr(c, "）");
	char *head;
	bool r;

	if (seg_starts_with(c, "（") && close && close - c <= 12) {
		head = xstrndup(c, (size_t)(close - c) + 3);
		r = segment_blocks_is_enum(head);
		free(head);
		return r;
	}
	close = strstr(c, "、");
	if (close == NULL || close - c > 9)
		return false;
	head = xstrndup(c, (size_t)(close - c) + 3);
	r = segment_blocks_is_enum(head);
	free(head);
	return r;
}

/* Most words capitalised: "Will Lay Off 150 Craft." (old headlines end
 * with a full stop). */
static bool
title_case(const char *c)
{
	int words = 0, caps = 0;
	const char *p = c;

	while (*p) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		words++;
		if ((*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		    !((*p >= 'a' && *p <= 'z')))
			caps++;
		while (*p && *p != ' ')
			p++;
	}
	return words >= 2 && caps * 4 >= words * 3;
}

/* The shape of a headline line, by its text alone. */
static bool
title_shape(const struct seg_page *sp, size_t i)
{
	const struct seg_line *l = &sp->v[i];
	const char *c = l->clean;
	static const char *const bad_end[] = { "，", "、", "；", "：", "。",
	    ",", ";", ":", "“", "（", "—", "-", NULL };
	size_t k;

	if (segment_blocks_is_enum(c))
		return true;
	if (u8_mbsnlen((const uint8_t *)c, strlen(c)) < 3)
		return false;	/* a stray glyph, not a headline */
	if (seg_starts_with(c, "（") || seg_starts_with(c, "(") || strstr(c, "。"))
		return false;
	if (seg_starts_with(c, "图为"))
		return false;	/* "pictured is": a caption's first words */
	for (k = 0; bad_end[k]; k++)
		if (seg_ends_with(c, bad_end[k]))
			return false;
	if (!sp->cjk && (seg_ends_with(c, ".") || seg_ends_with(c, ".\"") ||
	    seg_ends_with(c, ".”")) && !seg_ends_with(c, "...") && !title_case(c))
		return false;
	if (!sp->cjk && (c[0] == '"' || seg_starts_with(c, "“")))
		return false;	/* a quotation opens a paragraph */
	if (strstr(c, ". ") && !sp->cjk && strlen(c) > 60)
		return false;
	/* Longer than two columns: a paragraph pdftotext ran together.  In
	 * default and -raw text the lines around a headline may measure
	 * narrow (short headline lines, an ad): a Latin line of up to 72
	 * characters passes whatever they say, a judgement (two column
	 * lines run together mostly come longer, and go on mid-sentence,
	 * which the other tests catch); -layout measures inside the line's
	 * own column. */
	if (!sp->cjk && sp->mode != SEG_MODE_LAYOUT && l->w <= 72)
		return true;
	return l->w <= 2 * l->full + 4 && l->w <= (sp->cjk ? 80 : 100);
}

/* Does a paragraph end before line i (so that i may start something)? */
static bool
boundary_before(const struct seg_page *sp, size_t i)
{
	const struct seg_line *p;

	if (i == 0)
		return true;
	p = &sp->v[i - 1];
	if (p->cls != SEG_BODY)
		return true;	/* after a headline, byline, credit, jump, ad */
	if (segment_lines_is_para_end(sp, i - 1))
		return true;
	/* A kicker's dash ends its line's block; a blank line after a
	 * sentence ends a block (or a column).  -raw output has no blank
	 * lines: any sentence's end may end a block. */
	if (seg_ends_with(p->clean, "——"))
		return true;
	return (sp->v[i].gap || (sp->mode == SEG_MODE_RAW && sp->cjk)) &&
	    segment_lines_ends_sentence(p->clean);
}

/* The two above, for the rules in files of their own (segment_heads.c). */
bool
segment_blocks_title_shape(const struct seg_page *sp, size_t i)
{
	return title_shape(sp, i);
}

bool
segment_blocks_boundary_before(const struct seg_page *sp, size_t i)
{
	return boundary_before(sp, i);
}

/* Nearly full: a paragraph's first line, short by its lost indent. */
static bool
nearly_full(const struct seg_page *sp, size_t i)
{
	const struct seg_line *l = &sp->v[i];

	if (sp->cjk)
		return l->w >= l->full - 8;
	return l->w * 100 >= l->full * 70;
}

/* Line i is the first line of a paragraph that line i + 1 continues. */
static bool
starts_paragraph(const struct seg_page *sp, size_t i)
{
	const struct seg_line *n;

	if (!is_body(sp, i + 1))
		return false;
	/* Wider than the column: not a line of it (a headline across). */
	if (sp->cjk && (sp->v[i].w > sp->v[i].full + 3 ||
	    sp->v[i + 1].w > sp->v[i + 1].full + 3))
		return false;
	/* A (nearly) full line before a blank: the column breaks
	 * mid-sentence. */
	if (sp->v[i + 1].gap)
		return sp->cjk && sp->v[i].w >= sp->v[i].full - 4 &&
		    !(i > 0 && !sp->v[i].gap && sp->v[i - 1].cls == SEG_TITLE &&
		    !segment_blocks_is_enum(sp->v[i - 1].clean)) &&
		    segment_lines_byline_prefix(sp->v[i + 1].clean) == 0;
	n = &sp->v[i + 1];
	if (segment_lines_byline_prefix(n->clean) > 0)
		return false;
	/* The next line is itself a first line (shorter by its indent than
	 * the full line after it): line i stands above a paragraph. */
	if (sp->cjk && is_body(sp, i + 2) && !sp->v[i + 2].gap &&
	    n->w + 3 < sp->v[i + 2].w && sp->v[i].w + 3 < sp->v[i + 2].w)
		return false;
	if (nearly_full(sp, i) && segment_lines_is_full(sp, i + 1))
		return true;
	/* A one-line follower that ends a sentence: a short paragraph. */
	if (sp->cjk)
		return segment_lines_ends_sentence(n->clean) &&
		    segment_lines_is_para_end(sp, i + 1) && nearly_full(sp, i);
	return segment_lines_ends_sentence(n->clean) &&
	    !segment_lines_is_full(sp, i + 1) && strchr(sp->v[i].clean, ':');
}

/* Default output: line i stands alone between blank lines (or at the
 * end) and has no punctuation. */
static bool
has_punct(const char *c)
{
	static const char *const punct[] = { "，", "。", "、", "；", "：", "！",
	    "？", NULL };
	size_t k;

	for (k = 0; punct[k]; k++)
		if (strstr(c, punct[k]))
			return true;
	return false;
}

static bool
lone_line(const struct seg_page *sp, size_t i)
{
	if (sp->mode != SEG_MODE_DEFAULT || !sp->v[i].gap ||
	    (i + 1 < sp->n && !sp->v[i + 1].gap) ||
	    (sp->v[i].cls != SEG_BODY && sp->v[i].cls != SEG_TITLE))
		return false;
	return !has_punct(sp->v[i].clean);
}

/* An opening 《 or “ that the line does not close: the text goes on. */
static bool
open_quote(const char *c)
{
	const char *o = strstr(c, "《"), *q = strstr(c, "“");

	return (o != NULL && strstr(o, "》") == NULL) ||
	    (q != NULL && strstr(q, "”") == NULL);
}

/* Chinese, default output: one such line of six characters or more is
 * a headline too.  A column's text comes one line at a time only at the
 * column's foot: a paragraph's first line, as wide as the column, after
 * one that ended a sentence (…生。 / blank / 会议审议通过了《… / blank /
 * …》，要求…); a headline is set larger (shorter) or across columns
 * (wider), and after a sentence cut by a column break the next column
 * goes on with it (a line alone there is no column's). */
static bool
lone_head(const struct seg_page *sp, size_t i)
{
	const struct seg_line *l = &sp->v[i], *p = i > 0 ? &sp->v[i - 1] : NULL;

	if (u8_mbsnlen((const uint8_t *)l->clean, strlen(l->clean)) < 6 ||
	    open_quote(l->clean))
		return false;
	if (p == NULL || p->cls != SEG_BODY ||
	    !segment_lines_ends_sentence(p->clean) || l->w <= l->full - 4 ||
	    l->w > l->full + 3)
		return true;
	/* Nor is it a paragraph's first line when no text goes on after it
	 * (furniture, an ad, a byline or another item's headline next). */
	return i + 1 < sp->n && (sp->v[i + 1].cls != SEG_BODY ||
	    segment_lines_byline_prefix(sp->v[i + 1].clean) > 0 ||
	    (title_shape(sp, i + 1) && !has_punct(sp->v[i + 1].clean)));
}

/* Chinese, default output: two or more such lines in a row are the
 * headlines and decks of items side by side, read row by row, however
 * wide they are (a column's text never comes one line at a time). */
static bool
lone_stack(const struct seg_page *sp, size_t i)
{
	return sp->cjk && lone_line(sp, i) && ((i > 0 && lone_line(sp, i - 1)) ||
	    (i + 1 < sp->n && lone_line(sp, i + 1)) || lone_head(sp, i));
}

/* An agency's dateline cut before its 电 or 讯 (新华社北京8月22日 /
 * 电（记者 …）…): the two lines joined open with a byline. */
static bool
dateline_cut(const struct seg_page *sp, size_t i)
{
	const char *n;
	char *both;
	bool r;

	if (!sp->cjk || i + 1 >= sp->n || sp->v[i + 1].gap)
		return false;
	n = sp->v[i + 1].clean;
	if (!seg_starts_with(n, "电") && !seg_starts_with(n, "讯"))
		return false;
	both = xasprintf("%s%s", sp->v[i].clean, n);
	r = segment_lines_byline_prefix(both) > strlen(sp->v[i].clean);
	free(both);
	return r;
}

/* -layout, Chinese: line i opens a block flush with its column, right
 * over an indented line (a paragraph's first) over a flush one.  A
 * column's text never breaks mid-sentence before a paragraph's start,
 * and a paragraph's last line ends in punctuation (title_shape rules
 * that out): line i heads the paragraph, whatever ended before it (a
 * source in brackets, a credit). */
static bool
layout_head_over_para(const struct seg_page *sp, size_t i)
{
	const struct seg_line *l = &sp->v[i];

	return sp->mode == SEG_MODE_LAYOUT && sp->cjk && l->gap &&
	    l->first_ok && l->indent == 0 && i + 2 < sp->n &&
	    is_body(sp, i + 1) && !sp->v[i + 1].gap &&
	    sp->v[i + 1].first_ok && sp->v[i + 1].indent >= 1 &&
	    sp->v[i + 1].indent <= 4 && is_body(sp, i + 2) &&
	    !sp->v[i + 2].gap && sp->v[i + 2].first_ok &&
	    sp->v[i + 2].indent == 0 && l->w <= l->full;
}

/* -raw, Chinese: the line after line i opens with a particle or a
 * closing mark no sentence starts with (的, 了, 着, ，, ）…): line i
 * runs on into it, so it is no headline. */
static bool
raw_continued(const struct seg_page *sp, size_t i)
{
	static const char *const cont[] = { "的", "了", "着", "，", "。", "、",
	    "；", "：", "）", "”", "！", "？", NULL };
	size_t k;

	if (sp->mode != SEG_MODE_RAW || !sp->cjk || !is_body(sp, i + 1))
		return false;
	for (k = 0; cont[k]; k++)
		if (seg_starts_with(sp->v[i + 1].clean, cont[k]))
			return true;
	return false;
}

static bool
is_title(const struct seg_page *sp, size_t i)
{
	if (!is_body(sp, i) || (!boundary_before(sp, i) &&
	    !lone_stack(sp, i) && !layout_head_over_para(sp, i)))
		return false;
	if (segment_lines_byline_prefix(sp->v[i].clean) > 0 ||
	    segment_lines_dateline(sp->v[i].clean) > 0 ||
	    segment_lines_byline_wraps(sp, i) || dateline_cut(sp, i) ||
	    (!sp->v[i].gap && segment_blocks_is_end_name(sp, i)))
		return false;	/* 林能, right under the text: signed at the end */
	if (!title_shape(sp, i) || segment_lines_is_fragment(sp, i) ||
	    raw_continued(sp, i))
		return false;
	if (lone_stack(sp, i))
		return true;
	/* A comma in a line nearly as wide as the column: body text, unless a
	 * question or a byline follows (是革命老英雄，还是…？). */
	if (sp->cjk && (strstr(sp->v[i].clean, "，") ||
	    strstr(sp->v[i].clean, "、")) && sp->v[i].w * 4 >= sp->v[i].full * 3 &&
	    !seg_ends_with(sp->v[i].clean, "？") && !seg_ends_with(sp->v[i].clean, "！") &&
	    !(i + 1 < sp->n && (sp->v[i + 1].cls == SEG_BYLINE ||
	    segment_lines_byline_prefix(sp->v[i + 1].clean) > 0)))
		return false;
	if (sp->mode == SEG_MODE_LAYOUT && sp->v[i].first_ok &&
	    sp->v[i].indent >= 1 && sp->v[i].indent <= 4 && is_body(sp, i + 1) &&
	    !sp->v[i + 1].gap && sp->v[i + 1].indent == 0 &&
	    segment_lines_is_full(sp, i + 1))
		return false;	/* an indented first line */
	return !starts_paragraph(sp, i);
}

/* Does line i open with a byline (own line or 本报讯… inline)? */
static bool
is_byline_start(const struct seg_page *sp, size_t i)
{
	return i < sp->n && (sp->v[i].cls == SEG_BYLINE ||
	    (sp->v[i].cls == SEG_BODY &&
	    (segment_lines_byline_prefix(sp->v[i].clean) > 0 ||
	    dateline_cut(sp, i))));
}

/* Is line i a continued-from line (（上接第1版）, "FAIR, from Page A1")?
 * A continuation repeats its headline above it, as a byline has one. */
static bool
is_jump_from(const struct seg_page *sp, size_t i)
{
	enum jump_dir dir;

	return i < sp->n && sp->v[i].cls == SEG_JUMP &&
	    segment_lines_is_jump(sp->v[i].clean, &dir, NULL) &&
	    dir == JUMP_FROM;
}

/* A Latin word broken at the line's end ("short-"): a headline line may
 * end so when a title line continues it. */
static bool
hyphen_break(const struct seg_page *sp, size_t i)
{
	const char *c = sp->v[i].clean;
	size_t n = strlen(c);

	return !sp->cjk && n >= 2 && c[n - 1] == '-' &&
	    ((c[n - 2] >= 'a' && c[n - 2] <= 'z') ||
	    (c[n - 2] >= 'A' && c[n - 2] <= 'Z')) && !strchr(c, '.');
}

/* -raw, English: where headline line a seems to follow a paragraph's
 * end (a short line), that line may be the headline's own first line,
 * wrapped ("Pine Hollow votes to" / "rebuild the old ferry" / "landing"),
 * or a kicker over it: no blank line shows where a headline starts.
 * The headline reaches up through lines that end no sentence to the line
 * after one that does (or after no text), the first line opening with a
 * capital; a by line b under it.  Returns where the headline starts: a
 * when it starts at a. */
#define RAW_TITLE_LINES	5

static size_t
raw_title_top(const struct seg_page *sp, size_t a, size_t b)
{
	size_t p;

	if (sp->mode != SEG_MODE_RAW || sp->cjk)
		return a;
	for (p = a; p > 0 && b - p < RAW_TITLE_LINES; p--) {
		const struct seg_line *l = &sp->v[p - 1];
		if ((l->cls != SEG_BODY && l->cls != SEG_TITLE) ||
		    segment_lines_ends_sentence(l->clean))
			break;
		if (!title_shape(sp, p - 1) || segment_lines_dateline(l->clean) > 0)
			return a;
	}
	if (p == a || b - p >= RAW_TITLE_LINES ||
	    !(sp->v[p].clean[0] >= 'A' && sp->v[p].clean[0] <= 'Z'))
		return a;
	return p;
}

/* The lines between a paragraph's end and a byline are the headline:
 * up to four title-shaped lines, no blank line among them. */
static void
titles_before_bylines(struct seg_page *sp)
{
	size_t i, a, k;

	for (i = 1; i < sp->n; i++) {
		if ((!is_byline_start(sp, i) && !is_jump_from(sp, i)) ||
		    (sp->v[i].gap &&
		    sp->mode != SEG_MODE_LAYOUT))
			continue;
		/* Kicker, a headline of up to three lines and a deck. */
		for (a = i; a > 0 && i - a < (sp->cjk ? 4 : 7); a--) {
			struct seg_line *l = &sp->v[a - 1];
			if ((l->cls != SEG_BODY && l->cls != SEG_TITLE) ||
			    (!title_shape(sp, a - 1) && !(a == i &&
			    !sp->cjk && strchr(l->clean, '?')) &&
			    !(a < i && hyphen_break(sp, a - 1))))
				break;
			if (boundary_before(sp, a - 1) || l->gap) {
				for (k = raw_title_top(sp, a - 1, i); k < i; k++)
					seg_set(&sp->v[k], SEG_TITLE, "headline: the short lines right over a byline");
				break;
			}
		}
	}
}

/* A line a quarter wider than its column, with no sentence end, over a
 * line that opens a sentence: a headline set across the columns of its
 * text.  (Body lines that wide are two lines pdftotext joined at a
 * hyphen; the text then goes on mid-sentence, mostly in lower case.) */
static bool
wide_title_end(const struct seg_page *sp, size_t i)
{
	const struct seg_line *l = &sp->v[i], *n;
	char c;

	if (i + 1 >= sp->n || l->full <= 0 || l->w * 4 <= l->full * 5 ||
	    segment_lines_ends_sentence(l->clean) || strchr(l->clean, ',') ||
	    segment_heads_goes_on(l->clean))
		return false;
	n = &sp->v[i + 1];
	c = n->clean[0];
	return n->cls == SEG_BODY && !n->gap &&
	    ((c >= 'A' && c <= 'Z') || c == '"' || seg_starts_with(n->clean, "“"));
}

/* English: a run of title-shaped lines after a blank line that stops at
 * a short line with no sentence end is a headline (body text never
 * stops short without a full stop); runs may follow each other (decks). */
static size_t
latin_title_run(struct seg_page *sp, size_t a)
{
	size_t i, k;

	for (i = a; i < sp->n && i - a < 5; i++) {
		const struct seg_line *l = &sp->v[i];
		if (l->cls != SEG_BODY && l->cls != SEG_TITLE)
			return a;
		if (i > a && l->gap && sp->mode != SEG_MODE_RAW)
			return a;
		/* A signature ends a story's text (— Maria Jensen) */
		if (segment_lines_dash_name(l->clean))
			return a;
		/* A dateline opens the story's text: the title lines over it
		 * are its headline, it is none of them. */
		if (segment_lines_dateline(l->clean) > 0) {
			for (k = a; k < i; k++)
				seg_set(&sp->v[k], SEG_TITLE, "headline: title lines over a dateline (NEW YORK (AP) —)");
			return i;
		}
		if (!title_shape(sp, i) || segment_lines_is_fragment(sp, i))
			return a;
		if (wide_title_end(sp, i)) {
			for (k = a; k <= i; k++)
				seg_set(&sp->v[k], SEG_TITLE, "headline: a run of short capitalised lines");
			return i + 1;
		}
		if (l->w * 100 < l->full * 60 &&
		    (!segment_lines_ends_sentence(l->clean) ||
		    title_case(l->clean))) {
			for (k = a; k <= i; k++)
				seg_set(&sp->v[k], SEG_TITLE, "headline: a run of short capitalised lines");
			return i + 1;
		}
	}
	return a;
}

/* "Editor: Ann Lee": a one-word label and a colon is page furniture. */
static bool
one_word_label(const char *c)
{
	const char *colon = strchr(c, ':');

	return colon != NULL && memchr(c, ' ', (size_t)(colon - c)) == NULL;
}

/* English: one to three title-shaped lines that start with a capital,
 * stand between blank lines after a paragraph's end and end no sentence
 * are a headline, however wide: body text between blank lines is a
 * column's piece, which goes on mid-sentence from the line before it (so
 * follows no paragraph end) or ends a sentence.  Headlines drawn in a
 * band apart from their text (default output) come so. */
static size_t
latin_title_block(struct seg_page *sp, size_t a)
{
	size_t e, k;

	if (a >= sp->n || sp->mode == SEG_MODE_RAW ||
	    !(sp->v[a].clean[0] >= 'A' &&
	    sp->v[a].clean[0] <= 'Z'))
		return a;
	for (e = a; e < sp->n && e - a < 4 && (e == a || !sp->v[e].gap); e++) {
		const struct seg_line *l = &sp->v[e];
		if ((l->cls != SEG_BODY && l->cls != SEG_TITLE) ||
		    !title_shape(sp, e) || segment_lines_is_fragment(sp, e) ||
		    segment_lines_ends_sentence(l->clean) ||
		    segment_lines_dateline(l->clean) > 0 || one_word_label(l->clean))
			return a;
	}
	if (e - a > 3 || (e < sp->n && !sp->v[e].gap))
		return a;
	for (k = a; k < e; k++)
		seg_set(&sp->v[k], SEG_TITLE, "headline: an English block of title shape");
	return e;
}


/* Does line i open a sentence (a capital, a digit or a quotation)? */
static bool
opens_sentence(const struct seg_page *sp, size_t i)
{
	char c = sp->v[i].clean[0];

	return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' ||
	    seg_starts_with(sp->v[i].clean, "“");
}

/* -raw: do lines from j, up to four, end a sentence right over a photo's
 * credit?  Then they are its caption. */
#define RAW_CAPTION_LINES	4

static bool
raw_caption_at(const struct seg_page *sp, size_t j)
{
	size_t k;

	for (k = j; k < sp->n && k - j < RAW_CAPTION_LINES && is_body(sp, k);
	    k++)
		if (segment_lines_ends_sentence(sp->v[k].clean))
			return k + 1 < sp->n && sp->v[k + 1].cls == SEG_CREDIT;
	return false;
}

/* -raw, English: after an ad, a photo's credit, page furniture (the
 * folio line over the first item) or a line sending the text on to
 * another page (See LIBRARY, Page A2) the next item begins,
 * and -raw gives no blank line to show where its headline ends.  A run
 * of up to three title-shaped lines, the first opening with a capital,
 * the others going on in lower case (a headline wrapped) or in capitals
 * (a kicker over it), that ends no sentence and is followed by text
 * opening a sentence is that headline.  A caption's lines end in a full
 * stop and a credit follows them. */
static size_t
raw_title_after_item(struct seg_page *sp, size_t a)
{
	size_t e, k;

	if (sp->mode != SEG_MODE_RAW || a == 0 || a >= sp->n ||
	    (sp->v[a - 1].cls != SEG_AD && sp->v[a - 1].cls != SEG_CREDIT &&
	    sp->v[a - 1].cls != SEG_META &&
	    (sp->v[a - 1].cls != SEG_JUMP || is_jump_from(sp, a - 1))) ||
	    !(sp->v[a].clean[0] >= 'A' && sp->v[a].clean[0] <= 'Z'))
		return a;
	for (e = a; e < sp->n && e - a < 3; e++) {
		const struct seg_line *l = &sp->v[e];
		if (l->cls != SEG_BODY || !title_shape(sp, e) ||
		    segment_lines_ends_sentence(l->clean) ||
		    segment_lines_dateline(l->clean) > 0 ||
		    one_word_label(l->clean))
			return a;
		if (e + 1 < sp->n && (sp->v[e + 1].cls == SEG_BYLINE ||
		    (sp->v[e + 1].cls == SEG_BODY && opens_sentence(sp, e + 1) &&
		    segment_lines_has_lower(l->clean))))
			break;
	}
	if (e - a >= 3 || e + 1 >= sp->n || raw_caption_at(sp, a))
		return a;
	for (k = a; k <= e; k++)
		seg_set(&sp->v[k], SEG_TITLE, "headline: -raw, short lines after an item ends");
	return e + 1;
}

/* -raw, English: a headline set between two items' texts follows a
 * sentence's end with no blank line, and a sentence's end need not end a
 * paragraph.  Up to three lines from i that end no sentence, the first
 * opening with a capital, each short of the column (justified text runs
 * its lines to the column's edge until a paragraph's last line), the last
 * much shorter, before a line opening a sentence or a byline: a
 * headline.  Proportional type puts about four fifths of the column's
 * characters or more on a justified line, so under two lines that end
 * no sentence, the second under seven tenths, stand no text ("Westbrook
 * votes to rebuild" / "the old ferry landing").  A single line must be
 * shorter: a narrow column's line before a long name can stop at two
 * thirds ("The Heat traded center" / "Chris Andersen and forward").
 * Returns the line after it, i when there is none. */
#define RAW_HEAD_LINES	3
#define RAW_HEAD_SHORT	90	/* per cent of the column: not a text line */
#define RAW_HEAD_END	70	/* and the last of two or three lines */
#define RAW_HEAD_ONE	60	/* and a headline of one line */

static size_t
raw_title_after_sentence(struct seg_page *sp, size_t i)
{
	size_t e, k;

	if (sp->mode != SEG_MODE_RAW || sp->cjk || i == 0 ||
	    !is_body(sp, i - 1) ||
	    !segment_lines_ends_sentence(sp->v[i - 1].clean) ||
	    !(sp->v[i].clean[0] >= 'A' && sp->v[i].clean[0] <= 'Z'))
		return i;
	for (e = i; e < sp->n && e - i < RAW_HEAD_LINES; e++) {
		const struct seg_line *l = &sp->v[e];
		if (!is_body(sp, e) || !title_shape(sp, e) ||
		    segment_lines_ends_sentence(l->clean) ||
		    segment_lines_dateline(l->clean) > 0 ||
		    segment_lines_is_fragment(sp, e) ||
		    l->w * 100 >= l->full * RAW_HEAD_SHORT)
			return i;
		if (l->w * 100 < l->full * (e > i ? RAW_HEAD_END :
		    RAW_HEAD_ONE) && e + 1 < sp->n &&
		    (sp->v[e + 1].cls == SEG_BYLINE ||
		    (is_body(sp, e + 1) && opens_sentence(sp, e + 1))))
			break;
	}
	if (e >= sp->n || e - i >= RAW_HEAD_LINES)
		return i;
	for (k = i; k <= e; k++)
		seg_set(&sp->v[k], SEG_TITLE, "headline: -raw, short lines after a finished sentence");
	return e + 1;
}

/* -layout, English: may line i be a headline line by its width?  A
 * column's lines are justified to its width; a headline's lines stop
 * short of it (ragged) or, in large type across columns, run past it. */
#define LAYOUT_SHORT	90	/* percent of the column */

static bool
layout_title_width(const struct seg_line *l)
{
	return l->full > 0 && (l->w * 100 < l->full * LAYOUT_SHORT ||
	    l->w >= l->full + 2);
}

/* -layout, English: a block that starts after a paragraph's end, not
 * indented, opens a new article (a column going on opens with a
 * paragraph's indent or mid-sentence).  Its first one to four lines are
 * its headline when each is title-shaped, ends no sentence or word, and
 * stands off the column's width (layout_title_width), and the line after
 * them opens a sentence: a byline, a dateline or the text.  Returns the
 * line after the headline, or a when there is none. */
static size_t
layout_title_head(struct seg_page *sp, size_t a)
{
	size_t e, k;

	if (sp->mode != SEG_MODE_LAYOUT || sp->cjk || a >= sp->n ||
	    !sp->v[a].first_ok || sp->v[a].indent > 0 ||
	    !(sp->v[a].clean[0] >= 'A' && sp->v[a].clean[0] <= 'Z'))
		return a;
	for (e = a; e + 1 < sp->n && e - a < 4; e++) {
		const struct seg_line *l = &sp->v[e];
		if ((e > a && l->gap) || l->cls != SEG_BODY ||
		    !title_shape(sp, e) || segment_lines_ends_sentence(
		    l->clean) || seg_ends_with(l->clean, "-") ||
		    segment_lines_dateline(l->clean) > 0 ||
		    !layout_title_width(l))
			return a;
		if (!sp->v[e + 1].gap && opens_sentence(sp, e + 1))
			break;
	}
	if (e + 1 >= sp->n || e - a >= 4)
		return a;
	for (k = a; k <= e; k++)
		seg_set(&sp->v[k], SEG_TITLE, "headline: -layout, short lines heading a column block");
	return e + 1;
}

static bool latin_end_name(const struct seg_page *, size_t);

static void
latin_titles(struct seg_page *sp)
{
	size_t i, e;

	for (i = 0; i < sp->n; i++) {
		if ((e = raw_title_after_item(sp, i)) > i ||
		    (e = raw_title_after_sentence(sp, i)) > i) {
			i = e - 1;
			continue;
		}
		/* -layout: after a paragraph's end an unindented line opens
		 * an article, blank line or not (the blank row a short item
		 * leaves under it may hold the next column's lines). */
		if (!sp->v[i].gap && sp->mode == SEG_MODE_LAYOUT && i > 0 &&
		    sp->v[i - 1].cls == SEG_BODY &&
		    segment_lines_is_para_end(sp, i - 1) &&
		    (e = layout_title_head(sp, i)) > i) {
			i = e - 1;
			continue;
		}
		/* -raw output has no blank lines: any paragraph end will do;
		 * a caption over its credit is no headline. */
		if ((!sp->v[i].gap && sp->mode != SEG_MODE_RAW) ||
		    !boundary_before(sp, i) || latin_end_name(sp, i) ||
		    (sp->mode == SEG_MODE_RAW && raw_caption_at(sp, i)))
			continue;
		/* a signature closing the story above: the next story's
		 * headline may stand right under it */
		if (segment_lines_dash_name(sp->v[i].clean) && i + 1 < sp->n)
			i++;
		while ((e = latin_title_run(sp, i)) > i ||
		    (e = latin_title_block(sp, i)) > i ||
		    (e = layout_title_head(sp, i)) > i)
			i = e;
	}
}

/* min to four words, every one capitalised: "Ledger Staff Writer". */
static bool
all_caps_words(const char *c, int min)
{
	int words = 0;
	const char *p;

	for (p = c; *p; p++)
		if (p == c || p[-1] == ' ') {
			if (!(*p >= 'A' && *p <= 'Z'))
				return false;
			words++;
		}
	return words >= min && words <= 4;
}

/* -raw has no blank lines: a name line after a short paragraph that
 * ends a sentence (a caption of one to three lines), above a headline. */
static bool
raw_credit(const struct seg_page *sp, size_t i)
{
	size_t a;

	/* A name is not set in capitals (a head is). */
	if (!segment_lines_has_lower(sp->v[i].clean) ||
	    !segment_lines_ends_sentence(sp->v[i - 1].clean) ||
	    !segment_lines_is_para_end(sp, i - 1) || !title_shape(sp, i + 1) ||
	    sp->v[i + 1].cls != SEG_BODY)
		return false;
	/* The caption's first line follows a paragraph's end. */
	for (a = i - 1; a > 0 && i - a <= 3 &&
	    !segment_lines_is_para_end(sp, a - 1); a--)
		;
	return i - a <= 3 && (a == 0 || segment_lines_is_para_end(sp, a - 1));
}

/* Lines from i on, one to three, that end no sentence, the first with
 * a word in lower case, then a line opening with a byline: a headline
 * set in sentence case over its byline. */
static bool
sentence_case_head(const struct seg_page *sp, size_t i)
{
	size_t k;

	if (all_caps_words(sp->v[i].clean, 1) || strlen(sp->v[i].clean) <= 4)
		return false;
	for (k = i; k < sp->n && k - i < 3; k++) {
		if (sp->v[k].cls != SEG_BODY || !title_shape(sp, k) ||
		    segment_lines_ends_sentence(sp->v[k].clean))
			return false;
		if (is_byline_start(sp, k + 1))
			return true;
	}
	return false;
}

/* -raw: a name alone after a story's last sentence and above page
 * furniture or a line in capitals (a kicker, an ad) is the story's byline
 * set at its end ("Irene Weatherbee" / "HIGH SCHOOL SPORTS"); so is one
 * above a headline in sentence case that its byline follows: a
 * headline's lines share their case, so a line of capitalised words over
 * "Rowing team takes regional title" is none of it.  A story, not a
 * caption: text runs on for four lines or more above it. */
static bool
raw_end_byline(const struct seg_page *sp, size_t i)
{
	const struct seg_line *n = &sp->v[i + 1];
	size_t k;

	if (i < 4 || !segment_lines_has_lower(sp->v[i].clean) ||
	    !all_caps_words(sp->v[i].clean, 2) ||
	    !segment_lines_ends_sentence(sp->v[i - 1].clean) ||
	    (n->cls != SEG_META && segment_lines_has_lower(n->clean) &&
	    !sentence_case_head(sp, i + 1)))
		return false;
	for (k = i - 4; k < i; k++)
		if (sp->v[k].cls != SEG_BODY)
			return false;
	return true;
}

/* English: a photo credit alone between blank lines after a short
 * caption ("The tides, captured on film late yesterday." / "Karben"). */
static void
latin_credits(struct seg_page *sp)
{
	size_t i, a;

	for (i = 1; i + 1 < sp->n; i++) {
		struct seg_line *l = &sp->v[i];
		if (l->cls != SEG_BODY || strlen(l->clean) > 30 ||
		    strpbrk(l->clean, ".,;:!?") ||
		    !(l->clean[0] >= 'A' && l->clean[0] <= 'Z'))
			continue;
		if (sp->mode == SEG_MODE_RAW) {
			if (all_caps_words(l->clean, 1) && raw_credit(sp, i))
				seg_set(l, SEG_CREDIT, "credit: -raw, a name in capitals after a caption");
			else if (raw_end_byline(sp, i))
				seg_set(l, SEG_BYLINE, "byline: -raw, a name line ending a story");
			continue;
		}
		if (!l->gap || !sp->v[i + 1].gap)
			continue;
		for (a = i - 1; a > 0 && !sp->v[a].gap; a--)
			;
		if (i - a <= 3 && segment_lines_ends_sentence(sp->v[i - 1].clean))
			seg_set(l, SEG_CREDIT, "credit: a short capitalised line alone after a caption");
	}
}

/* A Chinese headline too wide for its column leaves a character or two on
 * a line of their own (伦敦千年大厦正式关 / 闭).  Right under a headline
 * line, a lone ideograph is its tail: body text is never set in so short
 * a line unless it ends a sentence.  Two may be a name (an author under a
 * poem's title), so two count only with a byline right after them: a
 * name is no byline's headline.  Called after segment_flow, which first
 * takes lone glyphs that belong to a byline below. */
bool
segment_blocks_ideographs_only(const char *c, size_t max)
{
	const uint8_t *p = (const uint8_t *)c, *end = p + strlen(c);
	size_t n = 0;
	ucs4_t u;
	int k;

	while (p < end) {
		if ((k = u8_mbtouc(&u, p, (size_t)(end - p))) <= 0 ||
		    !((u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF)))
			return false;
		p += k;
		if (++n > max)
			return false;
	}
	return n > 0;
}

/* Can clean be a headline's tail (one or two ideographs)? */
bool
segment_blocks_is_title_tail(const char *clean)
{
	return segment_blocks_ideographs_only(clean, 2);
}

/* A long headline line with no punctuation, a tail of two ideographs
 * and a blank line: the headline ran out of room.  (An author's name
 * under a title is followed by the text, not a blank.) */
static bool
wrapped_title(const struct seg_page *sp, size_t i)
{
	const char *c = sp->v[i].clean;

	return u8_mbsnlen((const uint8_t *)c, strlen(c)) >= 8 &&
	    !strstr(c, "，") && !strstr(c, "。") && !strstr(c, "：");
}

/* -layout, Chinese: up to three ideographs under a long headline line,
 * starting at its column: large type in a narrow column wraps the
 * headline's last word onto a line of its own.  (A name under a title is
 * short itself, and a column's text never stops short of its width
 * without punctuation.) */
bool
segment_blocks_layout_tail(const struct seg_page *sp, size_t i)
{
	const struct seg_line *l = &sp->v[i], *h;

	if (sp->mode != SEG_MODE_LAYOUT || !sp->cjk || i == 0 || l->gap)
		return false;
	h = &sp->v[i - 1];
	return l->col >= h->col - 1 && l->col <= h->col + 1 &&
	    segment_blocks_ideographs_only(l->clean, 3) &&
	    wrapped_title(sp, i - 1);
}

/* Does the text open right after line i, as it does after a headline:
 * a byline, a deck, or (-layout) an indented first line? */
static bool
text_opens_after(const struct seg_page *sp, size_t i)
{
	const struct seg_line *n = &sp->v[i + 1];

	return i + 1 < sp->n && (is_byline_start(sp, i + 1) ||
	    n->cls == SEG_TITLE || n->gap || (n->first_ok && n->indent > 0));
}

/* Does the line end on a closing bracket or quote, or a ! or ? (the
 * phrase is over: no word runs on to the next line)? */
static bool
closed_phrase(const char *c)
{
	static const char *const ends[] = { "）", ")", "”", "》", "！", "？",
	    "!", "?", NULL };
	size_t k;

	for (k = 0; ends[k]; k++)
		if (seg_ends_with(c, ends[k]))
			return true;
	return false;
}

/* Is headline line i the tail of line i - 1, wrapped: up to four
 * ideographs under a long line with no punctuation (青石乡古桥保护修缮 /
 * 工程启动)?  A deck that short is rare; a main headline runs out of room
 * mid-word. */
bool
segment_blocks_is_wrapped_tail(const struct seg_page *sp, size_t i)
{
	return i > 0 && segment_blocks_ideographs_only(sp->v[i].clean, 4) &&
	    wrapped_title(sp, i - 1) && !closed_phrase(sp->v[i - 1].clean);
}

/* English: a headline wrapped onto a line that opens in lower case
 * ("System V message" / "queues allow data to be"): a body paragraph opens
 * with a capital, a headline line's tail goes on mid-phrase.  It is
 * short and ends no sentence. */
static void
latin_title_tails(struct seg_page *sp)
{
	size_t i;

	for (i = 1; i < sp->n; i++) {
		struct seg_line *l = &sp->v[i];

		if (sp->v[i - 1].cls == SEG_TITLE && l->cls == SEG_BODY &&
		    !l->gap && l->clean[0] >= 'a' && l->clean[0] <= 'z' &&
		    l->w < l->full && !segment_lines_ends_sentence(l->clean) &&
		    !segment_lines_ends_sentence(sp->v[i - 1].clean))
			seg_set(l, SEG_TITLE, "headline: its line over it goes on in lower case");
	}
}

void
segment_blocks_mark_title_tails(struct seg_page *sp)
{
	size_t i;

	if (!sp->cjk) {
		latin_title_tails(sp);
		return;
	}
	for (i = 1; i < sp->n; i++) {
		struct seg_line *l = &sp->v[i];
		if (sp->v[i - 1].cls != SEG_TITLE || l->cls != SEG_BODY ||
		    l->gap)
			continue;
		/* -raw writes no blank lines: a wrapped headline's tail is
		 * followed by the text at once. */
		/* -layout keeps a headline's decks in its block, with no
		 * blank line: a deck right under the tail ends it too. */
		if (segment_blocks_layout_tail(sp, i) && text_opens_after(sp, i)) {
			seg_set(l, SEG_TITLE, "headline: -layout, the wrapped tail of a headline");
			continue;
		}
		/* Default output: a deck right under the tail (no blank
		 * line) ends it as well, when the line over the tail stops
		 * mid-phrase (春到松溪（外一首） / 柳青 / a poem's first line:
		 * an author under a closed title). */
		if (segment_blocks_ideographs_only(l->clean, 1) ||
		    (segment_blocks_ideographs_only(l->clean, 2) &&
		    i + 1 < sp->n && (is_byline_start(sp, i + 1) ||
		    ((sp->v[i + 1].gap || sp->mode == SEG_MODE_RAW ||
		    (sp->mode == SEG_MODE_LAYOUT &&
		    sp->v[i + 1].cls == SEG_TITLE) ||
		    (sp->mode == SEG_MODE_DEFAULT &&
		    sp->v[i + 1].cls == SEG_TITLE &&
		    !closed_phrase(sp->v[i - 1].clean))) &&
		    wrapped_title(sp, i - 1)))))
			seg_set(l, SEG_TITLE, "headline: a wrapped tail of one or two ideographs");
	}
}

void
segment_blocks_mark_titles(struct seg_page *sp)
{
	size_t i;

	if (!sp->cjk)
		latin_credits(sp);
	/* Latin titles have rules of their own (latin_titles) in -layout
	 * too: its columns come in the order default output has. */
	for (i = 0; i < sp->n; i++)
		if (sp->cjk && is_title(sp, i))
			seg_set(&sp->v[i], SEG_TITLE, SEG_WHY_TITLE_SHAPE);
	if (!sp->cjk)
		latin_titles(sp);
	segment_heads_sentence_case(sp);
	titles_before_bylines(sp);
}

/* "周晴 刘俊杰 / 摄影报道": names on the line before a lone 摄影报道. */
void
segment_blocks_mark_credits(struct seg_page *sp)
{
	size_t i;

	for (i = 1; i < sp->n; i++) {
		struct seg_line *p = &sp->v[i - 1];
		/* "(Photo by Ann Lee/The" / "Ledger)": a credit in brackets
		 * that wraps ends on the next line, at the closing bracket. */
		if (p->cls == SEG_CREDIT && sp->v[i].cls == SEG_BODY &&
		    seg_starts_with(p->clean, "(") && !strchr(p->clean, ')') &&
		    seg_ends_with(sp->v[i].clean, ")") &&
		    !strchr(sp->v[i].clean, '(') && strlen(sp->v[i].clean) <= 30) {
			seg_set(&sp->v[i], SEG_CREDIT, "credit: the end of a bracketed credit");
			continue;
		}
		if (!segment_lines_is_credit_word(sp->v[i].clean))
			continue;
		if (p->cls == SEG_BODY && !segment_lines_ends_sentence(p->clean) &&
		    !strstr(p->clean, "，") && p->w <= 40)
			seg_set(p, SEG_CREDIT, "credit: the names over a credit word (摄影报道)");
	}
}

/* ---- fake bold ------------------------------------------------------------ */

/* A staircase opens with steps of a glyph or two (a line this long at
 * most: two pairs and their copies). */
#define STAIR_STEP_CHARS	8

/* Lines printed as a staircase of pairs ("中" "中国" "国通" ...) read as
 * doubled glyphs when run together.  A spaced Latin line breaks at its
 * words instead, into longer pieces ("N" / "Neew" / "w ppaattiieennttss w"
 * / "weellccoom" / "mee"): a piece may be long once the run so far is
 * doubled. */
static bool
staircase_at(const struct seg_page *sp, size_t i, size_t *end)
{
	struct strbuf_lite { char *s; size_t n; } b = { NULL, 0 };
	size_t j, best = 0;

	for (j = i; j < sp->n && j - i < 64; j++) {
		const struct seg_line *l = &sp->v[j];
		if (l->cls != SEG_BODY || (u8_mbsnlen((const uint8_t *)l->s,
		    l->len) > STAIR_STEP_CHARS && j - i < 2))
			break;
		b.s = xrealloc(b.s, b.n + l->len + 1);
		memcpy(b.s + b.n, l->s, l->len);
		b.n += l->len;
		if (!clean_doubled_so_far(b.s, b.n))
			break;
		if (j - i >= 2 && clean_is_doubled(b.s, b.n))
			best = j + 1;
	}
	free(b.s);
	*end = best;
	return best > 0;
}

/* Do the words of s (split at spaces) pair up so far: "Cobb Cobb Mill
 * Mill Diner" (the last one may wait for its copy)?  *n: the number of
 * words; text words only, not bare numbers.  Fake bold draws each line
 * twice a little apart, and pdftotext reads the copies of a spaced line
 * word by word as a staircase: "Cobb" / "Cobb Mill" / "Mill Diner" /
 * "Diner", "高山绿茶" / "高山绿茶 诚招代理" / "诚招代理". */
bool
segment_blocks_words_pairing(const char *s, size_t *n)
{
	const char *w[2];
	size_t len[2], k = 0;
	bool text = false;

	for (;;) {
		while (*s == ' ')
			s++;
		if (*s == '\0')
			break;
		w[k % 2] = s;
		while (*s && *s != ' ') {
			if (!(*s >= '0' && *s <= '9') && *s != '.' && *s != ',')
				text = true;
			s++;
		}
		len[k % 2] = (size_t)(s - w[k % 2]);
		if (k % 2 == 1 && (len[0] != len[1] ||
		    memcmp(w[0], w[1], len[0]) != 0))
			return false;
		k++;
	}
	*n = k;
	return text;
}

bool
segment_blocks_words_paired(const char *s)
{
	size_t n;

	return segment_blocks_words_pairing(s, &n) && n >= 2 && n % 2 == 0;
}

/* The number of space-separated words in s. */
static size_t
count_words(const char *s)
{
	size_t n = 0;

	while (*s) {
		while (*s == ' ')
			s++;
		if (*s)
			n++;
		while (*s && *s != ' ')
			s++;
	}
	return n;
}

/* A fake-bold staircase of words from line i: lines of one or two words
 * whose words pair up, each ad line closed by a one-word line. */
static bool
word_staircase_at(const struct seg_page *sp, size_t i, size_t *end)
{
	struct strbuf_lite { char *s; size_t n; } b = { NULL, 0 };
	size_t j, best = 0, n;

	/* Words as printed: the clean text drops the space between CJK
	 * words. */
	for (j = i; j < sp->n && j - i < 32; j++) {
		const struct seg_line *l = &sp->v[j];
		size_t w;
		if (l->cls != SEG_BODY)
			break;
		b.s = xrealloc(b.s, b.n + l->len + 2);
		if (b.n)
			b.s[b.n++] = ' ';
		memcpy(b.s + b.n, l->s, l->len);
		b.s[b.n + l->len] = '\0';
		w = count_words(b.s + b.n);
		b.n += l->len;
		if (w == 0 || w > 2 || (j == i && w != 1) ||
		    !segment_blocks_words_pairing(b.s, &n))
			break;
		/* three lines at least: two equal lines are the whole-line
		 * case below, which wants them wide */
		if (j >= i + 2 && w == 1 && n % 2 == 0)
			best = j + 1;
	}
	free(b.s);
	*end = best;
	return best > 0;
}

void
segment_blocks_mark_ads(struct seg_page *sp)
{
	size_t i, j, end;

	for (i = 0; i < sp->n; i++) {
		if (sp->v[i].cls == SEG_BODY && word_staircase_at(sp, i, &end)) {
			for (j = i; j < end; j++)
				seg_set(&sp->v[j], SEG_AD, "ad: a staircase of words drawn twice (fake bold)");
			i = end - 1;
			continue;
		}
		if (sp->v[i].cls == SEG_BODY && staircase_at(sp, i, &end)) {
			for (j = i; j < end; j++)
				seg_set(&sp->v[j], SEG_AD, "ad: a staircase of glyphs drawn twice (fake bold)");
			i = end - 1;
			continue;
		}
		/* A whole line printed twice, one copy after the other (a
		 * short one too where it goes on an ad: WESTBROOK SAVINGS
		 * / BANK, each twice). */
		if (i + 1 < sp->n && sp->v[i].cls == SEG_BODY &&
		    sp->v[i + 1].cls == SEG_BODY && (sp->v[i].w >= 8 ||
		    (i > 0 && sp->v[i - 1].cls == SEG_AD)) &&
		    strcmp(sp->v[i].clean, sp->v[i + 1].clean) == 0) {
			seg_set(&sp->v[i], SEG_AD, "ad: a line printed twice");
			seg_set(&sp->v[i + 1], SEG_AD, "ad: a line printed twice");
			i++;
		}
	}
}

/* ---- paragraphs -------------------------------------------------------------- */

/* -layout, English: a name alone in a block of its own (two to four
 * capitalised words), set in from the column of a story's last sentence
 * right before it and within its width (centred under it): the story's
 * byline set at its end ("Irene Weatherbee").  A story, not a caption:
 * text runs on for four lines or more above it. */
static bool
latin_end_name(const struct seg_page *sp, size_t i)
{
	const struct seg_line *l = &sp->v[i], *p;
	size_t k;

	if (sp->mode != SEG_MODE_LAYOUT || sp->cjk || i < 4 || !l->gap ||
	    (i + 1 < sp->n && !sp->v[i + 1].gap) || strlen(l->clean) > 30 ||
	    strpbrk(l->clean, ".,;:!?") || !all_caps_words(l->clean, 2) ||
	    !segment_lines_has_lower(l->clean))
		return false;
	p = &sp->v[i - 1];
	if (!segment_lines_ends_sentence(p->clean) || l->col <= p->col ||
	    l->col + l->w > p->col + p->full + 2)
		return false;
	for (k = i - 4; k < i; k++)
		if (sp->v[k].cls != SEG_BODY)
			return false;
	return true;
}

/* A name alone on the last line of an item, after punctuation: the
 * byline set at the end (林能). */
bool
segment_blocks_is_end_name(const struct seg_page *sp, size_t i)
{
	const char *c = sp->v[i].clean;
	size_t n = u8_mbsnlen((const uint8_t *)c, strlen(c));
	const char *p;

	if (i > 0 && sp->v[i].cls == SEG_BODY && latin_end_name(sp, i))
		return true;
	if (i == 0 || !sp->cjk || n < 2 || n > 4 || sp->v[i].cls != SEG_BODY)
		return false;
	if (clean_count_wide(c, strlen(c)) != n || strstr(c, "，") ||
	    strstr(c, "。") || strstr(c, "、"))
		return false;
	if (i + 1 < sp->n && !sp->v[i + 1].gap && sp->v[i + 1].cls == SEG_BODY)
		return false;
	p = sp->v[i - 1].clean;
	return sp->v[i - 1].cls == SEG_BODY && (segment_lines_ends_sentence(p) ||
	    seg_ends_with(p, "，"));
}

/* CJK line j is a paragraph's first line: short of the column by about
 * the room of a two-character indent (pdftotext drops the indent, not
 * its room) over a full line.  Lines with digits or Latin letters are
 * set looser and may fall short anyway: only all-CJK lines count. */
static bool
indented_first(const struct seg_page *sp, size_t j)
{
	const struct seg_line *l = &sp->v[j];
	size_t n = u8_mbsnlen((const uint8_t *)l->clean, strlen(l->clean));

	return sp->cjk && sp->mode != SEG_MODE_LAYOUT && is_body(sp, j + 1) &&
	    !sp->v[j + 1].gap && segment_lines_is_full(sp, j + 1) &&
	    l->w <= l->full - 3 && l->w >= l->full - 6 &&
	    clean_count_wide(l->clean, strlen(l->clean)) == n;
}

/* -layout: is line i the first of a block of at most four lines that a
 * photo credit ends (a caption)?  A caption is a block of its own under
 * its photo, never the tail of a paragraph in the column before it. */
#define CAPTION_LINES	4

static bool
layout_caption(const struct seg_page *sp, size_t i)
{
	size_t j;

	if (sp->mode != SEG_MODE_LAYOUT)
		return false;
	for (j = i; j < sp->n && j - i < CAPTION_LINES && sp->v[j].cls ==
	    SEG_BODY && (j == i || !sp->v[j].gap); j++)
		;
	return j > i && j < sp->n && sp->v[j].cls == SEG_CREDIT;
}

/* Does body line i + 1 continue the paragraph of line i? */
bool
segment_blocks_joins(const struct seg_page *sp, size_t i)
{
	const struct seg_line *n = &sp->v[i + 1];

	if (segment_blocks_is_end_name(sp, i + 1))
		return false;
	if (!is_body(sp, i) || !is_body(sp, i + 1) || n->signoff)
		return false;
	if (segment_lines_byline_prefix(n->clean) > 0 ||
	    segment_lines_dateline(n->clean) > 0 ||
	    segment_blocks_starts_enum(n->clean))
		return false;
	/* -raw: a photo's caption (图为…, "pictured is") follows the text
	 * before it with no blank line; it starts after a sentence. */
	if (sp->mode == SEG_MODE_RAW && segment_lines_ends_sentence(
	    sp->v[i].clean) && (seg_starts_with(n->clean, "图为") ||
	    raw_caption_at(sp, i + 1)))
		return false;
	if (sp->mode == SEG_MODE_LAYOUT && n->first_ok && !n->gap &&
	    n->indent >= 1 && n->indent <= 6)
		return false;	/* indented: a new paragraph */
	if (segment_lines_is_para_end(sp, i))
		return false;
	/* （本报记者 孟梅） on its own line after a sentence's end signs the
	 * item off: what comes next, over a column break, is another's. */
	if (i > 0 && segment_lines_is_signature(sp->v[i].clean) &&
	    segment_lines_ends_sentence(sp->v[i - 1].clean))
		return false;
	if (n->gap) {
		/* A column break: the sentence goes on in the next column. */
		if (segment_lines_ends_sentence(sp->v[i].clean) &&
		    layout_caption(sp, i + 1))
			return false;
		if (sp->mode == SEG_MODE_LAYOUT && n->first_ok)
			return n->indent == 0 || !segment_lines_ends_sentence(
			    sp->v[i].clean);
		return !segment_lines_ends_sentence(sp->v[i].clean);
	}
	return !(segment_lines_ends_sentence(sp->v[i].clean) &&
	    indented_first(sp, i + 1));
}

/* "By BERNARD CONDON" / "AP Business Writer": the title under a byline. */
/* "By Ann Lee, Staff" / "Writer": a byline too long for its column wraps,
 * and its tail is a short line of capitalised words; the first line of
 * the body under it runs (nearly) the width of the column. */
static bool
byline_tail(const struct seg_page *sp, size_t i)
{
	const struct seg_line *l = &sp->v[i];
	const char *p = l->clean;
	int words = 0;

	if (l->w * 2 > l->full)
		return false;
	while (*p) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		if (!(*p >= 'A' && *p <= 'Z') || ++words > 4)
			return false;
		while (*p && *p != ' ') {
			if (*p >= '0' && *p <= '9')
				return false;
			p++;
		}
	}
	return words > 0;
}

void
segment_blocks_mark_byline_titles(struct seg_page *sp)
{
	size_t i;

	for (i = 1; i < sp->n; i++) {
		struct seg_line *l = &sp->v[i];
		if (sp->v[i - 1].cls != SEG_BYLINE || l->cls != SEG_BODY ||
		    l->gap || sp->cjk || !seg_starts_with(sp->v[i - 1].clean, "By "))
			continue;
		if (strlen(l->clean) <= 40 && !segment_lines_ends_sentence(
		    l->clean) && !strchr(l->clean, ',') &&
		    segment_lines_dateline(l->clean) == 0 &&
		    /* A byline with a comma has its title ("By Teddy
		     * Marsh, Staff Writer"): only a short tail goes on
		     * with it, and a line of capitalised words under it
		     * opens the text ("When Priya Natarajan"). */
		    (i + 1 >= sp->n || sp->v[i + 1].gap || (all_caps_words(
		    l->clean, 2) && !strchr(sp->v[i - 1].clean, ',')) ||
		    sp->v[i + 1].cls != SEG_BODY || sp->v[i + 1].indent >= 2 ||
		    segment_lines_dateline(sp->v[i + 1].clean) > 0 ||
		    byline_tail(sp, i)))
			seg_set(l, SEG_BYLINE, "byline: a reporter's name under a headline");
	}
}

/* -layout, Chinese: the first line of a block, a headline line shorter
 * than the headline line under it and set a row or more apart from it,
 * is a kicker in small type over the headline (新春走基层 / 下洋村消费市场
 * 持续回暖): the large headline's lines follow each other row by row.
 * A kicker is a short label; a longer line set apart under the headline
 * line is its subhead, read as a deck.  (English kickers are in
 * capitals: build_decks takes them.) */
#define KICKER_CHARS	8

/* Does the title stack go on at line i (a headline's tail, a deck, a
 * subhead)?  Over a stack of three a short first line is a kicker even
 * on the row right above the headline: a short headline with a deck
 * under it makes two. */
static bool
stack_goes_on(const struct seg_page *sp, size_t i)
{
	return i < sp->n && ((sp->v[i].cls == SEG_TITLE && !sp->v[i].gap) ||
	    segment_blocks_layout_tail(sp, i));
}

static bool
layout_kicker(const struct seg_page *sp, size_t i)
{
	const struct seg_line *l = &sp->v[i], *n = &sp->v[i + 1];

	return sp->mode == SEG_MODE_LAYOUT && sp->cjk && l->gap &&
	    l->cls == SEG_TITLE && n->cls == SEG_TITLE && !n->gap &&
	    (n->line >= l->line + 2 || stack_goes_on(sp, i + 2)) &&
	    l->w < n->w &&
	    u8_mbsnlen((const uint8_t *)l->clean, strlen(l->clean)) <=
	    KICKER_CHARS;
}

/* A paragraph ending in ——— or a colon just above a headline. */
void
segment_blocks_mark_kickers(struct seg_page *sp)
{
	size_t i, a;

	for (i = 0; i + 1 < sp->n; i++) {
		const char *c = sp->v[i].clean;
		if (layout_kicker(sp, i)) {
			seg_set(&sp->v[i], SEG_KICKER, "kicker: the line over a headline (a dash or colon ends it)");
			continue;
		}
		if (sp->v[i].cls != SEG_BODY || sp->v[i + 1].cls != SEG_TITLE)
			continue;
		if (!seg_ends_with(c, "—") && !seg_ends_with(c, "：") &&
		    !seg_ends_with(c, ":"))
			continue;
		for (a = i; a > 0 && segment_blocks_joins(sp, a - 1); a--)
			;
		if (i - a > 3)
			continue;
		for (; a <= i; a++)
			seg_set(&sp->v[a], SEG_KICKER, "kicker: the first line of a headline block, set smaller");
	}
}

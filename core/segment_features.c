/* SPDX-License-Identifier: ISC */
/* segment_features.c: the features of each line of a page's text.
 *
 * The lines are the segmenter's own (segment_columns_read: one per
 * non-blank line of default and -raw text), measured as it measures them
 * (segment_lines_measure, segment_lines_set_full before any class is set,
 * so every line counts toward the column width).  Each feature is a number
 * in [0, 1] or about; the binary ones are the segmenter's line predicates
 * and simple shapes.  The trainer (tests/train/segtrain.c) and the model
 * (segment_model.c) read the vector in this file's order: changing the
 * table changes the model's meaning, so retrain (tests/train/train.sh). */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <unistr.h>

#include "model.h"
#include "segment_features.h"
#include "segment_int.h"
#include "xalloc.h"

/* --- Thresholds, all in one place ---------------------------------------- */

/* Width against the column's width (w / full): a line below SHORT is a
 * headline's, a byline's or a paragraph's end; at or above NEAR_FULL it
 * fills its column; above WIDE it is wider than the column (a headline
 * across columns, or pdftotext joined pieces). */
#define F_SHORT		0.5f
#define F_NEAR_FULL	0.9f
#define F_WIDE		1.1f
/* The width ratio is clipped here: wider lines look alike. */
#define F_RATIO_MAX	2.0f
/* A line of at most this many characters is "tiny" (a name, a folio). */
#define F_TINY_CHARS	4
/* Character counts scale to [0, 1] at this many. */
#define F_CHARS_SCALE	60.0f
/* Latin words scale to [0, 1] at this many. */
#define F_WORDS_SCALE	12.0f
/* Neighbours' widths within this many columns are "the same width" (a run
 * of body lines, of a headline's lines). */
#define F_SAME_WIDTH	1
/* The share of the page's lines at its top and at its bottom that count
 * as its edges (furniture is there). */
#define F_EDGE_SHARE	0.06f
/* At most this many ideographs and nothing else: a name, a title's tail. */
#define F_FEW_IDEOGRAPHS 4
/* A block is a run of lines between blank lines (default text; -raw text
 * has none, so its page is one block).  Its lines count scale to [0, 1] at
 * this many; up to FEW lines it is a headline's, a byline's, a credit's
 * size. */
#define F_BLOCK_SCALE	8.0f
#define F_BLOCK_FEW	3

/* --- The features of a line alone: index, name ---------------------------- */

enum {
	FO_PRESENT,	/* 1: a line (0: beyond the page's ends) */
	FO_RATIO,	/* width / column width, clipped */
	FO_SHORT, FO_NEAR_FULL, FO_WIDE,
	FO_IS_FULL,	/* segment_lines_is_full */
	FO_CJK, FO_LATIN, FO_DIGIT, FO_UPPER, FO_PUNCT,	/* shares */
	FO_CHARS,	/* characters, scaled */
	FO_TINY,
	FO_WORDS,	/* Latin words (spaces + 1), scaled */
	FO_ENDS_SENTENCE, FO_ENDS_COMMA, FO_ENDS_COLON, FO_ENDS_DASH,
	FO_ENDS_HYPHEN,
	FO_OPENS_QUOTE,
	FO_INDENT,	/* leading spaces or U+3000 in the source; -layout: set
			 * in from its column's left edge */
	FO_GAP_BEFORE, FO_GAP_AFTER,
	FO_META, FO_OWN_BYLINE, FO_BYLINE_PREFIX, FO_DATELINE,
	FO_CREDIT, FO_CREDIT_WORD, FO_JUMP, FO_SIGNATURE, FO_ENDS_SIGNED,
	FO_ENUM, FO_WORDS_PAIRED, FO_FEW_IDEOGRAPHS, FO_HAS_LOWER,
	FO_DUPLICATE,	/* the same text on another line of the page */
	FO_POSITION,	/* place in reading order, 0 .. 1 */
	FO_TOP, FO_BOTTOM,
	FO_SAME_WIDTH_PREV,
	FO_BLOCK_LINES,	/* lines in its block, scaled */
	FO_BLOCK_ONE, FO_BLOCK_FEW,
	FO_BLOCK_INDEX,	/* its place in its block, scaled */
	FO_BLOCK_RATIO,	/* its block's mean width ratio, clipped */
	FO_CAP_WORDS,	/* share of its Latin words that begin with a capital */
	FO_N
};

static const char *const own_name[] = {
	"present", "ratio", "short", "near_full", "wide", "is_full",
	"cjk", "latin", "digit", "upper", "punct", "chars", "tiny", "words",
	"ends_sentence", "ends_comma", "ends_colon", "ends_dash",
	"ends_hyphen", "opens_quote", "indent", "gap_before", "gap_after",
	"meta", "own_byline", "byline_prefix", "dateline", "credit",
	"credit_word", "jump", "signature", "ends_signed", "enum",
	"words_paired", "few_ideographs", "has_lower", "duplicate",
	"position", "top", "bottom", "same_width_prev", "block_lines",
	"block_one", "block_few", "block_index", "block_ratio", "cap_words",
};

/* The header's SEGF_OWN is this table's length. */
typedef char segf_own_check[(FO_N == SEGF_OWN &&
    sizeof own_name / sizeof own_name[0] == FO_N) ? 1 : -1];

/* --- Character shares ------------------------------------------------------ */

struct shares {
	size_t	all, cjk, latin, upper, digit, punct;
	ucs4_t	first, last, last2;
};

static bool
is_cjk(ucs4_t u)
{
	return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) ||
	    (u >= 0x3040 && u <= 0x30FF) || (u >= 0xAC00 && u <= 0xD7AF) ||
	    (u >= 0xF900 && u <= 0xFAFF) || (u >= 0x20000 && u <= 0x2FFFF);
}

static bool
is_punct(ucs4_t u)
{
	return (u < 0x80 && strchr("!\"'(),-.:;?[]", (int)u) != NULL && u) ||
	    (u >= 0x2010 && u <= 0x206F) || (u >= 0x3000 && u <= 0x303F) ||
	    (u >= 0xFF01 && u <= 0xFF0F) || (u >= 0xFF1A && u <= 0xFF20);
}

static void
shares_count(const char *c, struct shares *s)
{
	const uint8_t *p = (const uint8_t *)c, *end = p + strlen(c);
	ucs4_t u;
	int k;

	memset(s, 0, sizeof *s);
	while (p < end) {
		if ((k = u8_mbtouc(&u, p, (size_t)(end - p))) <= 0)
			break;
		p += k;
		if (u == ' ')
			continue;
		if (s->all++ == 0)
			s->first = u;
		s->last2 = s->last;
		s->last = u;
		if (is_cjk(u))
			s->cjk++;
		else if ((u >= 'a' && u <= 'z') || (u >= 0xC0 && u <= 0x24F &&
		    u != 0xD7 && u != 0xF7))
			s->latin++;
		else if (u >= 'A' && u <= 'Z') {
			s->latin++;
			s->upper++;
		} else if ((u >= '0' && u <= '9') || (u >= 0xFF10 && u <= 0xFF19))
			s->digit++;
		else if (is_punct(u))
			s->punct++;
	}
}

static float
share(size_t part, size_t all)
{
	return all ? (float)part / (float)all : 0.0f;
}

static float
clip(float x, float max)
{
	return x > max ? max : x;
}

/* --- Duplicates ------------------------------------------------------------ */

struct dup_ref {
	const char	*clean;
	size_t		 i;
};

static int
dup_cmp(const void *x, const void *y)
{
	const struct dup_ref *a = x, *b = y;
	int r = strcmp(a->clean, b->clean);

	if (r != 0)
		return r;
	return a->i < b->i ? -1 : a->i > b->i;
}

static void
mark_duplicates(const struct seg_page *sp, float (*own)[SEGF_OWN])
{
	struct dup_ref *r;
	size_t i;

	if (sp->n < 2)
		return;
	r = xcalloc(sp->n, sizeof *r);
	for (i = 0; i < sp->n; i++) {
		r[i].clean = sp->v[i].clean;
		r[i].i = i;
	}
	qsort(r, sp->n, sizeof *r, dup_cmp);
	for (i = 0; i < sp->n; i++)
		if ((i > 0 && strcmp(r[i].clean, r[i - 1].clean) == 0) ||
		    (i + 1 < sp->n && strcmp(r[i].clean, r[i + 1].clean) == 0))
			own[r[i].i][FO_DUPLICATE] = 1.0f;
	free(r);
}

/* --- A line's own features ------------------------------------------------- */

static float
flag(bool b)
{
	return b ? 1.0f : 0.0f;
}

/* The share of the Latin words of c (runs of letters) that begin with a
 * capital: title case in headlines, sentence case in text. */
static float
cap_words(const char *c)
{
	size_t words = 0, caps = 0, k;

	for (k = 0; c[k]; k++) {
		bool letter = (c[k] >= 'a' && c[k] <= 'z') ||
		    (c[k] >= 'A' && c[k] <= 'Z');
		bool after = k > 0 && ((c[k - 1] >= 'a' && c[k - 1] <= 'z') ||
		    (c[k - 1] >= 'A' && c[k - 1] <= 'Z') || c[k - 1] == '\'');
		if (!letter || after)
			continue;
		words++;
		caps += c[k] >= 'A' && c[k] <= 'Z';
	}
	return share(caps, words);
}

static void
line_features(struct seg_page *sp, size_t i, float *f)
{
	struct seg_line *l = &sp->v[i];
	const char *c = l->clean;
	const char *src = sp->page->text.text;
	struct shares s;
	int spaces = 0;
	size_t k, start;
	float ratio = l->full > 0 ? (float)l->w / (float)l->full : 1.0f;
	float pos = sp->n > 1 ? (float)i / (float)(sp->n - 1) : 0.0f;

	shares_count(c, &s);
	for (k = 0; c[k]; k++)
		spaces += c[k] == ' ';
	f[FO_PRESENT] = 1.0f;
	f[FO_RATIO] = clip(ratio, F_RATIO_MAX);
	f[FO_SHORT] = flag(ratio < F_SHORT);
	f[FO_NEAR_FULL] = flag(ratio >= F_NEAR_FULL);
	f[FO_WIDE] = flag(ratio > F_WIDE);
	f[FO_IS_FULL] = flag(segment_lines_is_full(sp, i));
	f[FO_CJK] = share(s.cjk, s.all);
	f[FO_LATIN] = share(s.latin, s.all);
	f[FO_DIGIT] = share(s.digit, s.all);
	f[FO_UPPER] = share(s.upper, s.latin);
	f[FO_PUNCT] = share(s.punct, s.all);
	f[FO_CHARS] = clip((float)s.all / F_CHARS_SCALE, 1.0f);
	f[FO_TINY] = flag(s.all <= F_TINY_CHARS);
	f[FO_WORDS] = sp->cjk ? 0.0f : clip((float)(spaces + 1) /
	    F_WORDS_SCALE, 1.0f);
	f[FO_ENDS_SENTENCE] = flag(segment_lines_ends_sentence(c));
	f[FO_ENDS_COMMA] = flag(s.last == ',' || s.last == 0xFF0C ||
	    s.last == 0x3001);
	f[FO_ENDS_COLON] = flag(s.last == ':' || s.last == 0xFF1A);
	f[FO_ENDS_DASH] = flag(s.last == 0x2014 || s.last == 0x2015 ||
	    (s.last == '-' && s.last2 == '-'));
	f[FO_ENDS_HYPHEN] = flag(s.last == '-' && s.last2 != '-');
	f[FO_OPENS_QUOTE] = flag(s.first == 0x201C || s.first == 0x300C ||
	    s.first == '"' || s.first == 0x2018 || s.first == 0x300A ||
	    s.first == 0xFF08 || s.first == '(');
	start = sp->page->text.line_start[l->line - 1];
	/* -layout: a column's piece comes after spaces, indented or not */
	if (sp->mode == SEG_MODE_LAYOUT)
		f[FO_INDENT] = flag(l->first_ok && l->indent > 0);
	else
		f[FO_INDENT] = flag(l->off > start && (src[start] == ' ' ||
		    memcmp(src + start, "\xe3\x80\x80", 3) == 0));
	f[FO_GAP_BEFORE] = flag(l->gap);
	f[FO_GAP_AFTER] = flag(i + 1 >= sp->n || sp->v[i + 1].gap);
	f[FO_META] = flag(segment_lines_test(l, SEG_TEST_META));
	f[FO_OWN_BYLINE] = flag(segment_lines_test(l, SEG_TEST_OWN_BYLINE));
	f[FO_BYLINE_PREFIX] = flag(segment_lines_byline_prefix(c) > 0);
	f[FO_DATELINE] = flag(segment_lines_dateline(c) > 0);
	f[FO_CREDIT] = flag(segment_lines_test(l, SEG_TEST_CREDIT));
	f[FO_CREDIT_WORD] = flag(segment_lines_test(l, SEG_TEST_CREDIT_WORD));
	f[FO_JUMP] = flag(segment_lines_test(l, SEG_TEST_JUMP));
	f[FO_SIGNATURE] = flag(segment_lines_is_signature(c));
	f[FO_ENDS_SIGNED] = flag(segment_lines_ends_signed(c));
	f[FO_ENUM] = flag(segment_blocks_is_enum(c));
	f[FO_WORDS_PAIRED] = flag(segment_blocks_words_paired(c));
	f[FO_FEW_IDEOGRAPHS] = flag(segment_blocks_ideographs_only(c,
	    F_FEW_IDEOGRAPHS));
	f[FO_HAS_LOWER] = flag(segment_lines_has_lower(c));
	f[FO_POSITION] = pos;
	f[FO_TOP] = flag(pos < F_EDGE_SHARE);
	f[FO_BOTTOM] = flag(pos > 1.0f - F_EDGE_SHARE);
	f[FO_CAP_WORDS] = cap_words(c);
	f[FO_SAME_WIDTH_PREV] = flag(i > 0 && abs(l->w - sp->v[i - 1].w) <=
	    F_SAME_WIDTH);
}

/* The blocks: for each line, its block's size and mean width ratio. */
static void
block_features(const struct seg_page *sp, float (*own)[SEGF_OWN])
{
	size_t a = 0, b, i;

	while (a < sp->n) {
		float sum = 0.0f;
		for (b = a + 1; b < sp->n && !sp->v[b].gap; b++)
			;
		for (i = a; i < b; i++)
			sum += own[i][FO_RATIO];
		for (i = a; i < b; i++) {
			own[i][FO_BLOCK_LINES] = clip((float)(b - a) /
			    F_BLOCK_SCALE, 1.0f);
			own[i][FO_BLOCK_ONE] = flag(b - a == 1);
			own[i][FO_BLOCK_FEW] = flag(b - a <= F_BLOCK_FEW);
			own[i][FO_BLOCK_INDEX] = clip((float)(i - a) /
			    F_BLOCK_SCALE, 1.0f);
			own[i][FO_BLOCK_RATIO] = sum / (float)(b - a);
		}
		a = b;
	}
}

/* --- Finding a line by its offset ------------------------------------------- */

struct at_offset {
	size_t	off, i;
};

static int
by_offset(const void *x, const void *y)
{
	const struct at_offset *a = x, *b = y;

	return a->off < b->off ? -1 : a->off > b->off;
}

static void
index_offsets(struct segment_features *f)
{
	struct at_offset *at = xcalloc(f->n + 1, sizeof *at);
	size_t i;

	for (i = 0; i < f->n; i++) {
		at[i].off = f->off[i];
		at[i].i = i;
	}
	qsort(at, f->n, sizeof *at, by_offset);
	f->by_off = xcalloc(f->n + 1, sizeof *f->by_off);
	for (i = 0; i < f->n; i++)
		f->by_off[i] = at[i].i;
	free(at);
}

size_t
segment_features_find(const struct segment_features *f, size_t off)
{
	size_t lo = 0, hi = f->n, m;

	while (lo < hi) {
		m = lo + (hi - lo) / 2;
		if (f->off[f->by_off[m]] < off)
			lo = m + 1;
		else
			hi = m;
	}
	return lo < f->n && f->off[f->by_off[lo]] == off ? f->by_off[lo] :
	    f->n;
}

/* --- The page ---------------------------------------------------------------- */

void
segment_features_page(const struct page_text *pt, struct segment_features *out)
{
	struct page scratch;
	struct seg_page sp;
	size_t i;

	memset(out, 0, sizeof *out);
	memset(&scratch, 0, sizeof scratch);
	memset(&sp, 0, sizeof sp);
	scratch.text = *pt;	/* borrowed: read only, not unloaded */
	sp.page = &scratch;
	segment_columns_read(&sp);
	segment_lines_measure(&sp);
	segment_features_lines(&sp, out);
	for (i = 0; i < sp.n; i++)
		free(sp.v[i].clean);
	free(sp.v);
}

void
segment_features_lines(struct seg_page *sp, struct segment_features *out)
{
	size_t i;

	memset(out, 0, sizeof *out);
	segment_lines_set_full(sp);
	out->n = sp->n;
	out->cjk = sp->cjk;
	out->layout = sp->mode == SEG_MODE_LAYOUT;
	out->line = xcalloc(sp->n + 1, sizeof *out->line);
	out->off = xcalloc(sp->n + 1, sizeof *out->off);
	out->len = xcalloc(sp->n + 1, sizeof *out->len);
	out->own = xcalloc(sp->n + 1, sizeof *out->own);
	for (i = 0; i < sp->n; i++) {
		out->line[i] = sp->v[i].line;
		out->off[i] = sp->v[i].off;
		out->len[i] = sp->v[i].len;
		line_features(sp, i, out->own[i]);
	}
	mark_duplicates(sp, out->own);
	block_features(sp, out->own);
	index_offsets(out);
}

void
segment_features_free(struct segment_features *f)
{
	if (f == NULL)
		return;
	free(f->line);
	free(f->off);
	free(f->len);
	free(f->own);
	free(f->by_off);
	memset(f, 0, sizeof *f);
}

void
segment_features_vector(const struct segment_features *f, size_t i, float *v)
{
	int d;

	for (d = -SEGF_CONTEXT; d <= SEGF_CONTEXT; d++) {
		float *o = v + (size_t)(d + SEGF_CONTEXT) * SEGF_OWN;
		long j = (long)i + d;
		if (j < 0 || (size_t)j >= f->n)
			memset(o, 0, SEGF_OWN * sizeof *o);
		else
			memcpy(o, f->own[j], SEGF_OWN * sizeof *o);
	}
}

const char *
segment_features_name(size_t k, char *buf, size_t size)
{
	int d = (int)(k / SEGF_OWN) - SEGF_CONTEXT;

	if (k >= SEGF_DIM) {
		snprintf(buf, size, "bias");
		return buf;
	}
	snprintf(buf, size, "%+d:%s", d, own_name[k % SEGF_OWN]);
	return buf;
}

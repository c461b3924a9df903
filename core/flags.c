/* SPDX-License-Identifier: ISC */
/* flags.c: the flag list, and the kinds found on the article model and the
 * issue (see flags.h).  The line-by-line kinds are in flags_text.c. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "archive.h"
#include "flags.h"
#include "flags_int.h"
#include "i18n.h"
#include "pagetext.h"
#include "strbuf.h"
#include "xalloc.h"

static const char *const flag_names[FLAG__COUNT] = {
#define KANBAO_FLAG_NAME(e, n) [FLAG_##e] = n,
	KANBAO_FLAG_KINDS(KANBAO_FLAG_NAME)
#undef KANBAO_FLAG_NAME
};

const char *
flag_kind_name(enum flag_kind k)
{
	if ((int)k < 0 || k >= FLAG__COUNT)
		return NULL;
	return flag_names[k];
}

int
flag_kind_from_name(const char *name)
{
	int k;

	for (k = 0; k < FLAG__COUNT; k++)
		if (strcmp(flag_names[k], name) == 0)
			return k;
	return -1;
}

unsigned
flag_mask_parse(const char *list, char **bad)
{
	char *copy = xstrdup(list), *save = NULL, *w;
	struct strbuf b = STRBUF_INIT;
	unsigned mask = 0;
	int k;

	for (w = strtok_r(copy, ", \t", &save); w; w = strtok_r(NULL, ", \t", &save)) {
		if (w[0] == '-' && (k = flag_kind_from_name(w + 1)) >= 0) {
			if (w == copy + strspn(copy, ", \t"))
				mask = FLAG_MASK_ALL;	/* "-repeat": all but */
			mask &= ~(1u << k);
		} else if (strcmp(w, "all") == 0)
			mask = FLAG_MASK_ALL;
		else if (strcmp(w, "none") == 0)
			mask = 0;
		else if ((k = flag_kind_from_name(w)) >= 0)
			mask |= 1u << k;
		else
			strbuf_printf(&b, "%s%s", b.len ? ", " : "", w);
	}
	free(copy);
	*bad = b.len ? strbuf_take(&b) : NULL;
	strbuf_free(&b);
	return mask;
}

/* --- helpers shared with flags_text.c ------------------------------------ */

bool
flag_is_han(uint32_t c)
{
	return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
	    (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF) ||
	    c == 0x3007;
}

bool
flag_is_space(uint32_t c)
{
	return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0;
}

void
flag_chars_decode(struct flag_chars *fc, const struct page_text *pt,
    size_t start, size_t end)
{
	const uint8_t *s = (const uint8_t *)pt->text;
	size_t i = start;
	ucs4_t c;
	int k;

	fc->n = 0;
	if (end > pt->len)
		end = pt->len;
	while (i < end) {
		k = u8_mbtouc(&c, s + i, end - i);
		if (k <= 0)
			k = 1;
		if (fc->n + 2 > fc->cap) {
			fc->u = xgrow(fc->u, &fc->cap, fc->n + 2, sizeof *fc->u);
			fc->off = xrealloc(fc->off, fc->cap * sizeof *fc->off);
		}
		fc->u[fc->n] = c;
		fc->off[fc->n++] = i;
		i += (size_t)k;
	}
	if (fc->off == NULL)
		fc->off = xmalloc(sizeof *fc->off);
	fc->off[fc->n] = i;	/* the cap leaves room: n + 2 was grown for */
}

void
flag_chars_free(struct flag_chars *fc)
{
	free(fc->u);
	free(fc->off);
	memset(fc, 0, sizeof *fc);
}

/* The article whose span holds byte off, or NULL. */
static const struct article *
flag_article_at(const struct page *p, size_t off)
{
	size_t i;

	for (i = 0; i < p->n_articles; i++)
		if (off >= p->articles[i].span.byte_start &&
		    off < p->articles[i].span.byte_end)
			return &p->articles[i];
	return NULL;
}

void
flag_add(struct flag_list *fl, const struct page *p, enum flag_kind kind,
    size_t start, size_t end, const char *fmt, ...)
{
	struct flag *f;
	size_t ls;
	va_list ap;
	char *reason;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	reason = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(reason, (size_t)n + 1, fmt, ap);
	va_end(ap);

	fl->items = xgrow(fl->items, &fl->cap, fl->n + 1, sizeof *fl->items);
	f = &fl->items[fl->n++];
	memset(f, 0, sizeof *f);
	f->kind = kind;
	f->reason = reason;
	f->page = p;
	f->span.file = p->path;
	f->span.byte_start = start;
	f->span.byte_end = end;
	f->span.first_line = pagetext_line_of(&p->text, start);
	f->span.last_line = pagetext_line_of(&p->text, end > start ? end - 1 : start);
	ls = f->span.first_line ? p->text.line_start[f->span.first_line - 1] : 0;
	f->col = 1 + u8_mbsnlen((const uint8_t *)p->text.text + ls, start - ls);
	f->article = flag_article_at(p, start);
}

/* --- brackets and quotes -------------------------------------------------- */

static const uint32_t flag_open[] = { 0xFF08, 0x201C, 0x300A, 0x300C, 0x300E, 0x3010 };
static const uint32_t flag_close[] = { 0xFF09, 0x201D, 0x300B, 0x300D, 0x300F, 0x3011 };
#define FLAG_N_PAIRS (sizeof flag_open / sizeof flag_open[0])

static int
flag_pair_of(uint32_t c, const uint32_t *set)
{
	size_t i;

	for (i = 0; i < FLAG_N_PAIRS; i++)
		if (set[i] == c)
			return (int)i;
	return -1;
}

static void
flags_unclosed(const struct page *p, const struct flag_chars *fc,
    const size_t *idx, size_t n, struct flag_list *fl)
{
	size_t i;

	for (i = 0; i < n; i++)
		flag_add(fl, p, FLAG_UNBALANCED, fc->off[idx[i]], fc->off[idx[i] + 1],
		    _("opening %.*s is never closed"),
		    (int)(fc->off[idx[i] + 1] - fc->off[idx[i]]),
		    p->text.text + fc->off[idx[i]]);
}

/* Report what an element's text leaves open or closes without opening.
 * Brackets nest; a closer closes the nearest opener of its kind, and the
 * openers inside that one were never closed. */
static void
flags_balance(const struct page *p, const struct span *sp, struct flag_list *fl)
{
	struct flag_chars fc = { 0 };
	size_t *stack = NULL, depth = 0, cap = 0, i, d;
	int k;

	flag_chars_decode(&fc, &p->text, sp->byte_start, sp->byte_end);
	for (i = 0; i < fc.n; i++) {
		if (flag_pair_of(fc.u[i], flag_open) >= 0) {
			stack = xgrow(stack, &cap, depth + 1, sizeof *stack);
			stack[depth++] = i;
		} else if ((k = flag_pair_of(fc.u[i], flag_close)) >= 0) {
			for (d = depth; d > 0 && fc.u[stack[d - 1]] != flag_open[k]; d--)
				;
			if (d == 0)
				flag_add(fl, p, FLAG_UNBALANCED, fc.off[i], fc.off[i + 1],
				    _("closing %.*s without an opening one"),
				    (int)(fc.off[i + 1] - fc.off[i]), p->text.text + fc.off[i]);
			else {
				flags_unclosed(p, &fc, stack + d, depth - d, fl);
				depth = d - 1;
			}
		}
	}
	flags_unclosed(p, &fc, stack, depth, fl);
	free(stack);
	flag_chars_free(&fc);
}

/* --- spaces that clean text drops ---------------------------------------- */

/* Words after which a space is the paper's own: a name follows a role
 * (记者 徐明), a weekday follows the date (3月15日 星期五). */
static const char *const flag_role_words[] = {
	"记者", "記者", "通讯员", "通訊員", "实习生", "實習生", "摄影", "攝影",
	"编辑", "編輯", "责编", "作者"
};

static bool
flag_space_is_meant(const struct page *p, size_t start, size_t sp, size_t next)
{
	const char *t = p->text.text;
	size_t i, n;

	if (p->text.len - next >= 6 && (memcmp(t + next, "星期", 6) == 0 ||
	    memcmp(t + next, "礼拜", 6) == 0))
		return true;
	for (i = 0; i < sizeof flag_role_words / sizeof flag_role_words[0]; i++) {
		n = strlen(flag_role_words[i]);
		if (sp - start >= n && memcmp(t + sp - n, flag_role_words[i], n) == 0)
			return true;
	}
	return false;
}

/* A space or two (or one ideographic space) between two ideographs on one
 * line: justification or OCR noise that clean text drops.  Wider gaps are
 * column gutters, not text. */
static void
flags_dropped_space(const struct page *p, const struct span *sp,
    struct flag_list *fl)
{
	struct flag_chars fc = { 0 };
	size_t i, j;

	flag_chars_decode(&fc, &p->text, sp->byte_start, sp->byte_end);
	for (i = 1; i < fc.n; i++) {
		if (!flag_is_space(fc.u[i]) || !flag_is_han(fc.u[i - 1]))
			continue;
		for (j = i; j < fc.n && flag_is_space(fc.u[j]); j++)
			;
		if (j < fc.n && flag_is_han(fc.u[j]) && j - i <= 2 &&
		    (j - i == 1 || fc.u[i] != 0x3000) &&
		    !flag_space_is_meant(p, sp->byte_start, fc.off[i], fc.off[j]))
			flag_add(fl, p, FLAG_DROPPED_SPACE, fc.off[i], fc.off[j],
			    _("space between %.*s and %.*s dropped from the clean text"),
			    (int)(fc.off[i] - fc.off[i - 1]), p->text.text + fc.off[i - 1],
			    (int)(fc.off[j + 1] - fc.off[j]), p->text.text + fc.off[j]);
		i = j;
	}
	flag_chars_free(&fc);
}

/* --- per article ------------------------------------------------------------- */

static bool
flag_span_set(const struct span *sp)
{
	return sp->byte_end > sp->byte_start;
}

/* Call fn on every text element of a; names: bylines and credits too,
 * where spaces between names are kept. */
static void
flags_each_elem(const struct page *p, const struct article *a, bool names,
    void (*fn)(const struct page *, const struct span *, struct flag_list *),
    struct flag_list *fl)
{
	const struct text_elem *one[] = { &a->kicker, &a->subhead, &a->dateline,
	    &a->byline, &a->credit };
	size_t i, n_one = names ? 5 : 3;

	for (i = 0; i < n_one; i++)
		if (one[i]->text && flag_span_set(&one[i]->span))
			fn(p, &one[i]->span, fl);
	for (i = 0; i < a->n_decks; i++)
		if (flag_span_set(&a->decks[i].span))
			fn(p, &a->decks[i].span, fl);
	for (i = 0; i < a->n_blocks; i++)
		if (flag_span_set(&a->blocks[i].span))
			fn(p, &a->blocks[i].span, fl);
}

static bool
flag_has_page(const struct issue *is, int number)
{
	size_t i;

	for (i = 0; i < is->n_pages; i++)
		if (is->pages[i].number == number)
			return true;
	return false;
}

static void
flags_jumps(const struct page *p, const struct article *a, struct flag_list *fl)
{
	size_t i;

	for (i = 0; i < a->n_jumps; i++) {
		const struct jump *j = &a->jumps[i];

		if (j->target != NULL || !flag_span_set(&j->span))
			continue;
		if (j->page_number == 0)
			flag_add(fl, p, FLAG_JUMP_TARGET, j->span.byte_start,
			    j->span.byte_end, _("jump line names no page"));
		else if (!flag_has_page(p->issue, j->page_number))
			flag_add(fl, p, FLAG_JUMP_TARGET, j->span.byte_start,
			    j->span.byte_end, _("page %d is not in the issue"),
			    j->page_number);
		else
			flag_add(fl, p, FLAG_JUMP_TARGET, j->span.byte_start,
			    j->span.byte_end, j->dir == JUMP_TO ? _("no continuation found on page %d") :
			    _("no first part found on page %d"), j->page_number);
	}
}

/* A news article with neither byline nor dateline where every other news
 * article of the page has a byline. */
static void
flags_byline(const struct page *p, struct flag_list *fl)
{
	size_t i, news = 0, with = 0;

	for (i = 0; i < p->n_articles; i++)
		if (p->articles[i].kind == ARTICLE_NEWS) {
			news++;
			with += p->articles[i].byline.text != NULL;
		}
	for (i = 0; i < p->n_articles; i++) {
		const struct article *a = &p->articles[i];
		size_t end;

		if (a->kind != ARTICLE_NEWS || a->byline.text || a->dateline.text ||
		    news < 2 || with != news - 1 || !flag_span_set(&a->span))
			continue;
		/* The article's first line stands for it. */
		end = a->span.byte_end;
		if (a->span.first_line >= 1 && a->span.first_line <= p->text.n_lines)
			end = p->text.line_start[a->span.first_line - 1] +
			    p->text.line_len[a->span.first_line - 1];
		if (end <= a->span.byte_start || end > a->span.byte_end)
			end = a->span.byte_end;
		flag_add(fl, p, FLAG_NO_BYLINE, a->span.byte_start, end,
		    ngettext("no byline; the page's other %zu article has one",
		    "no byline; the page's other %zu articles have one", with), with);
	}
}

/* --- repeats: only inside one element -------------------------------------- */

static bool
flag_in(const struct span *sp, size_t off)
{
	return off >= sp->byte_start && off < sp->byte_end;
}

/* Whether the element of a holding byte off began on an earlier line. */
static bool
flag_elem_spans_break(const struct article *a, size_t off, size_t line_start)
{
	const struct text_elem *one[] = { &a->kicker, &a->subhead, &a->dateline,
	    &a->byline, &a->credit };
	const struct span *sp = NULL;
	size_t i;

	for (i = 0; i < 5 && sp == NULL; i++)
		if (one[i]->text && flag_in(&one[i]->span, off))
			sp = &one[i]->span;
	for (i = 0; i < a->n_decks && sp == NULL; i++)
		if (flag_in(&a->decks[i].span, off))
			sp = &a->decks[i].span;
	for (i = 0; i < a->n_blocks && sp == NULL; i++)
		if (flag_in(&a->blocks[i].span, off))
			sp = &a->blocks[i].span;
	return sp != NULL && sp->byte_start < line_start;
}

/* Drop the repeats whose two lines are not one element's text: a kicker
 * and a headline, a headline and a byline, two articles. */
static void
flags_repeat_filter(const struct page *p, struct flag_list *fl)
{
	size_t i, n = 0;

	for (i = 0; i < fl->n; i++) {
		struct flag *f = &fl->items[i];
		size_t ls = p->text.line_start[f->span.first_line - 1];

		if (f->kind == FLAG_REPEAT && (f->article == NULL ||
		    !flag_elem_spans_break(f->article, f->span.byte_start, ls)))
			free(f->reason);
		else
			fl->items[n++] = *f;
	}
	fl->n = n;
}

/* --- driving ------------------------------------------------------------------ */

static int
flag_cmp(const void *va, const void *vb)
{
	const struct flag *a = va, *b = vb;
	int c = strcmp(a->span.file ? a->span.file : "", b->span.file ? b->span.file : "");
	unsigned long la = a->span.first_line + a->page->line_offset;
	unsigned long lb = b->span.first_line + b->page->line_offset;

	if (c != 0)
		return c;
	if (la != lb)
		return la < lb ? -1 : 1;
	if (a->col != b->col)
		return a->col < b->col ? -1 : 1;
	return (int)a->kind - (int)b->kind;
}

void
flag_list_sort(struct flag_list *fl)
{
	if (fl->n > 1)
		qsort(fl->items, fl->n, sizeof *fl->items, flag_cmp);
}

void
flags_page(const struct page *p, unsigned mask, struct flag_list *fl)
{
	struct flag_list mine = { 0 };
	size_t i;

	if (!p->loaded || p->text.n_lines == 0)
		return;
	flags_lines(p, mask, &mine);
	flags_repeat_filter(p, &mine);
	for (i = 0; i < p->n_articles; i++) {
		const struct article *a = &p->articles[i];

		if (mask & (1u << FLAG_UNBALANCED))
			flags_each_elem(p, a, true, flags_balance, &mine);
		/* Ads are set with spaces for design. */
		if ((mask & (1u << FLAG_DROPPED_SPACE)) && a->kind != ARTICLE_AD)
			flags_each_elem(p, a, false, flags_dropped_space, &mine);
		if ((mask & (1u << FLAG_JUMP_TARGET)) && p->issue && p->issue->linked)
			flags_jumps(p, a, &mine);
	}
	if (mask & (1u << FLAG_NO_BYLINE))
		flags_byline(p, &mine);
	flag_list_sort(&mine);
	fl->items = xgrow(fl->items, &fl->cap, fl->n + mine.n, sizeof *fl->items);
	if (mine.n)
		memcpy(fl->items + fl->n, mine.items, mine.n * sizeof *mine.items);
	fl->n += mine.n;
	free(mine.items);
}

void
flags_issue(struct issue *is, unsigned mask, struct flag_list *fl)
{
	size_t i;

	issue_load(is);
	for (i = 0; i < is->n_pages; i++)
		flags_page(&is->pages[i], mask, fl);
}

void
flag_list_free(struct flag_list *fl)
{
	size_t i;

	if (fl == NULL)
		return;
	for (i = 0; i < fl->n; i++)
		free(fl->items[i].reason);
	free(fl->items);
	memset(fl, 0, sizeof *fl);
}

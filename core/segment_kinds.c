/* SPDX-License-Identifier: ISC */
/* segment_kinds.c: what kind of item each assembled article is.
 *
 * Runs over the articles once they hold all their text: a headline with
 * no text before another headline is a section label (page furniture), a
 * notice says so in its headline, and a short item of one or two
 * paragraphs is a brief unless the paper's own reporter signs it up top
 * (本报讯（记者 …）: such a report is news however short).  Where the text
 * cannot show a subhead's smaller type, the length decides between a
 * subhead and a second deck: briefs have no room for a subhead. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "segment_int.h"
#include "segment_build.h"
#include "xalloc.h"

/* Characters of text in the article's paragraphs. */
static size_t
text_chars(const struct article *a)
{
	size_t i, n = 0;

	for (i = 0; i < a->n_blocks; i++)
		n += u8_mbsnlen((const uint8_t *)a->blocks[i].text,
		    strlen(a->blocks[i].text));
	return n;
}

static size_t
paragraphs(const struct article *a)
{
	size_t i, n = 0;

	for (i = 0; i < a->n_blocks; i++)
		n += a->blocks[i].kind == BLOCK_PARAGRAPH;
	return n;
}

static bool
has_any(const char *s, const char *const *words)
{
	size_t k;

	for (k = 0; s && words[k]; k++)
		if (strstr(s, words[k]))
			return true;
	return false;
}

/* The paper's own staff at the top: 本报讯 with a reporter, or a
 * reporter's own byline line. */
static bool
staff_byline(const struct article *a)
{
	static const char *const own[] = { "本报", "本報", NULL };
	static const char *const rep[] = { "记者", "記者", "通讯员", NULL };
	const char *b = a->byline.text;

	if (b == NULL)
		return false;
	if (strncmp(b, "By ", 3) == 0)
		return true;
	return has_any(b, own) && (has_any(b, rep) || strlen(b) <= 9);
}

/* Ends with a signature: the habit of briefs in a briefs column. */
static bool
signed_at_end(const struct article *a)
{
	const struct block *b = a->n_blocks ? &a->blocks[a->n_blocks - 1] : NULL;

	return b && (b->kind == BLOCK_SIGNATURE ||
	    segment_lines_ends_signed(b->text));
}

static bool
is_short(const struct seg_page *sp, const struct article *a)
{
	size_t max = sp->cjk ? 300 : 600;

	return paragraphs(a) >= 1 && paragraphs(a) <= 2 &&
	    text_chars(a) <= max;
}

static bool
is_notice(const struct article *a)
{
	static const char *const words[] = { "通知", "公告", "通告", "启事",
	    "啟事", "NOTICE", "Notice", NULL };

	return a->n_decks > 0 && has_any(a->decks[0].text, words);
}

static void
decide_kind(const struct seg_page *sp, struct article *a)
{
	if (a->kind != ARTICLE_NEWS)
		return;
	if (is_notice(a))
		a->kind = ARTICLE_NOTICE;
	else if (is_short(sp, a) && (signed_at_end(a) || a->n_decks == 0 ||
	    !staff_byline(a)))
		a->kind = ARTICLE_BRIEF;
}

/* Default and -raw text: the second of two CJK headline lines is a
 * subhead over a long story, a deck over a short one. */
static void
decide_subhead(const struct seg_page *sp, struct article *a)
{
	if (!sp->cjk || sp->mode == SEG_MODE_LAYOUT || a->n_decks != 2 ||
	    a->subhead.text != NULL || paragraphs(a) < 3)
		return;
	/* A line giving a figure is a deck (7万亩秧苗长势喜人, 已致１２人
	 * 死４９人受伤): a deck states the story's fact, a subhead its
	 * occasion or subject. */
	if (segment_lines_has_digit(a->decks[1].text))
		return;
	/* Two lines of one length are a couplet of decks (对仗). */
	if (u8_mbsnlen((const uint8_t *)a->decks[0].text,
	    strlen(a->decks[0].text)) == u8_mbsnlen((const uint8_t *)
	    a->decks[1].text, strlen(a->decks[1].text)))
		return;
	a->subhead = a->decks[1];
	a->n_decks = 1;
}

/* A headline alone, right before another headline or a credit: a
 * section label (要闻简报, AROUND TOWN). */
static bool
is_label(const struct article *a, const struct article *next)
{
	return a->kind == ARTICLE_NEWS && a->n_decks == 1 && a->n_blocks == 0 &&
	    a->byline.text == NULL && a->n_jumps == 0 && a->credit.text == NULL &&
	    a->kicker.text == NULL && next != NULL && next->n_decks > 0;
}

void
segment_kinds_decide(const struct seg_page *sp, struct article *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (is_label(&v[i], i + 1 < n ? &v[i + 1] : NULL)) {
			segment_build_meta_article(sp->page, &v[i]);
			segment_build_forget(sp, &v[i]);
			article_free(&v[i]);
			memset(&v[i], 0, sizeof v[i]);
			continue;
		}
		decide_subhead(sp, &v[i]);
		decide_kind(sp, &v[i]);
	}
}

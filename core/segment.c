/* SPDX-License-Identifier: ISC */
/* segment.c: a page's text -> articles (the entry point, segment_page).
 *
 * The steps: read the lines in reading order (segment_columns.c), measure
 * and classify them (segment_lines.c), mark headlines, kickers, credits and
 * ads and group lines into paragraphs (segment_blocks.c), put back lines
 * the extraction displaced (segment_flow.c), then walk the units and build
 * articles here; in default output, stretches of text hung under the wrong
 * headline go back to the one whose words they repeat (segment_regroup.c),
 * the decks of headlines read a row at a time go under their main
 * headlines (segment_decks.c), and photos read a row at a time get a
 * credit each (segment_photos.c).
 *
 * Articles are built in the order the units come, with one twist for
 * pages whose extraction order strays: headlines whose body has not come
 * yet wait in a queue, and bylines and bodies that plainly start an
 * article (本报讯…, NEW YORK (AP) —) go to the oldest waiting headline. */
#include "config.h"

#include <stdlib.h>
#ifdef HAVE_MALLOC_TRIM
#include <malloc.h>
#endif
#include <string.h>

#include <unistr.h>

#include "clean.h"
#include "i18n.h"
#include "segment.h"
#include "segment_build.h"
#include "segment_int.h"
#include "strbuf.h"
#include "xalloc.h"

#define NONE ((size_t)-1)

struct asm_state {
	struct seg_page	*sp;
	struct article	*v;
	bool		*closed;	/* no more text goes in */
	size_t		 n, cap, capc;
	size_t		 cur;		/* the article text goes to */
	size_t		*wait;		/* headlines waiting for their body */
	size_t		 nwait, capw;
	/* The waiting headlines by their words (wait_relevant): by place in
	 * wait, each one's id there; by id, its article. */
	struct seg_keyidx widx;
	size_t		*wait_id, *id_art;
	size_t		 capwi, capia;
	size_t		 kicker_a, kicker_b;	/* a kicker waiting, lines */
	size_t		 sub_a, sub_b;	/* a displaced subhead waiting, lines */
	size_t		 under;		/* the last byline's headline, right over it */
	enum seg_class	 prev;		/* the class of the unit before */
	size_t		 last_a, last_b;	/* the last paragraph's lines */
	size_t		 last_art;	/* and its article */
	size_t		 first_text, last_text;	/* the first and last lines
					 * that are no furniture */
	bool		 dated;		/* a furniture line gave the date or
					 * page number */
};

static size_t
asm_new(struct asm_state *st, enum article_kind kind)
{
	struct article *a;

	st->v = xgrow(st->v, &st->cap, st->n + 1, sizeof *st->v);
	st->closed = xgrow(st->closed, &st->capc, st->n + 1,
	    sizeof *st->closed);
	a = &st->v[st->n];
	memset(a, 0, sizeof *a);
	a->kind = kind;
	st->closed[st->n] = false;
	st->cur = st->n;
	return st->n++;
}

static bool
cur_open(const struct asm_state *st)
{
	return st->cur != NONE && !st->closed[st->cur];
}

static void
wait_push(struct asm_state *st, size_t ai)
{
	const struct article *a = &st->v[ai];
	size_t id = segment_keyidx_add(&st->widx,
	    a->n_decks > 0 ? a->decks[0].text : NULL);

	st->wait = xgrow(st->wait, &st->capw, st->nwait + 1, sizeof *st->wait);
	st->wait_id = xgrow(st->wait_id, &st->capwi, st->nwait + 1,
	    sizeof *st->wait_id);
	st->id_art = xgrow(st->id_art, &st->capia, id + 1, sizeof *st->id_art);
	st->id_art[id] = ai;
	st->wait_id[st->nwait] = id;
	st->wait[st->nwait++] = ai;
}

static void
wait_drop(struct asm_state *st, size_t ai)
{
	size_t i;

	for (i = 0; i < st->nwait; i++)
		if (st->wait[i] == ai) {
			segment_keyidx_drop(&st->widx, st->wait_id[i]);
			memmove(st->wait + i, st->wait + i + 1,
			    (st->nwait - i - 1) * sizeof *st->wait);
			memmove(st->wait_id + i, st->wait_id + i + 1,
			    (st->nwait - i - 1) * sizeof *st->wait_id);
			st->nwait--;
			return;
		}
}

/* The oldest waiting headline with no byline yet (or any, bylines
 * aside), NONE if none. */
static size_t
wait_oldest(const struct asm_state *st, bool want_no_byline)
{
	size_t i;

	for (i = 0; i < st->nwait; i++)
		if (!want_no_byline || st->v[st->wait[i]].byline.text == NULL)
			return st->wait[i];
	return NONE;
}

/* ---- headlines ------------------------------------------------------------ */

/* Is the last line of a two-line headline a subhead rather than a deck?
 * A subhead is set off: in -layout output it stands off the headline's
 * centre; in the text alone, it is longer than the headline or opens with
 * a dash or 评 (a commentary's subject). */
static bool
is_subhead(const struct seg_page *sp, size_t first, size_t last)
{
	const struct seg_line *h = &sp->v[first], *s = &sp->v[last];
	const char *c = s->clean;

	if (!sp->cjk)
		return false;
	if (seg_starts_with(c, "—") || seg_starts_with(c, "——") || seg_starts_with(c, "评"))
		return true;
	if (sp->mode == SEG_MODE_LAYOUT) {
		int ch = 2 * h->col + h->w / 2, cs = 2 * s->col + s->w / 2;
		/* A wrapped tail stands off the centre, yet ends the line
		 * above it. */
		if (segment_blocks_layout_tail(sp, last))
			return false;
		return abs(ch - cs) > 6;
	}
	/* A line giving a figure is a deck however long (see
	 * segment_kinds.c). */
	return s->w > h->w && !segment_lines_has_digit(c);
}

/* Three ideographs or fewer, nothing else. */
static bool
short_tail(const char *c)
{
	const uint8_t *p = (const uint8_t *)c, *end = p + strlen(c);
	ucs4_t u;
	int k, n = 0;

	while (p < end) {
		if ((k = u8_mbtouc(&u, p, (size_t)(end - p))) <= 0 ||
		    !((u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF)) ||
		    ++n > 3)
			return false;
		p += k;
	}
	return n > 0;
}

/* English headlines wrap: a line starting in lower case goes on the same
 * deck; a capital starts a new deck after a short line or where the lines
 * get much wider (a deck is set smaller, so more fits on a line). */
static bool
same_deck(const struct seg_page *sp, size_t d, size_t i)
{
	const char *c = sp->v[i].clean;
	int dw = 0;
	size_t k;

	/* Each CJK line its own deck, but a wrapped tail: a headline holds
	 * four characters or more, so three ideographs or fewer under a
	 * much longer line end it (河口区古桥保护修缮工 / 程启动), and so
	 * does a -layout tail at the headline's column. */
	if (sp->cjk)
		return segment_blocks_is_title_tail(c) ||
		    segment_blocks_layout_tail(sp, i) ||
		    segment_blocks_is_wrapped_tail(sp, i) ||
		    (short_tail(c) && sp->v[i - 1].w > sp->v[i].w * 2);
	if (!(c[0] >= 'A' && c[0] <= 'Z'))
		return true;
	for (k = d; k < i; k++)
		if (sp->v[k].w > dw)
			dw = sp->v[k].w;
	return sp->v[i - 1].w * 10 >= dw * 6 && sp->v[i].w * 4 <= dw * 5;
}

static void
build_decks(struct asm_state *st, size_t ai, size_t a, size_t b)
{
	struct seg_page *sp = st->sp;
	struct article *art = &st->v[ai];
	size_t i, d, s;

	/* English: a line in capitals over a headline in lower case is
	 * its kicker (CITY COUNCIL). */
	if (!sp->cjk && b - a >= 2 && art->kicker.text == NULL &&
	    !segment_lines_has_lower(sp->v[a].clean) && segment_lines_has_lower(sp->v[a + 1].clean)) {
		segment_build_elem(sp, &art->kicker, a, a + 1, false);
		sp->v[a].why = "kicker: capitals over a headline in lower case";
		a++;
	}
	/* A ——subhead closes the headline: the lines under it are its
	 * own, wrapped (——白沙镇早稻育秧全 / 面铺开). */
	for (s = a + 1; sp->cjk && s < b && !seg_starts_with(sp->v[s].clean,
	    "——"); s++)
		;
	if (sp->cjk && s + 1 < b) {
		segment_build_elem(sp, &art->subhead, s, b, false);
		sp->v[s].why = "subhead: opens with a dash (——) under the headline";
		b = s;
	} else if (b - a >= 2 && is_subhead(sp, a, b - 1)) {
		segment_build_elem(sp, &art->subhead, b - 1, b, false);
		sp->v[b - 1].why = "subhead: set off from the headline (a dash, "
		    "off its centre, or longer)";
		b--;
	} else if (b - a >= 3 && segment_blocks_layout_tail(sp, b - 1) &&
	    is_subhead(sp, a, b - 2)) {
		/* -layout: a subhead wrapped, its tail on a line of its own */
		segment_build_elem(sp, &art->subhead, b - 2, b, false);
		sp->v[b - 2].why = "subhead: -layout, off the headline's centre";
		b -= 2;
	}
	for (d = a, i = a + 1; i <= b; i++) {
		if (i < b && same_deck(sp, d, i))
			continue;
		segment_build_deck(sp, art, d, i);
		d = i;
	}
}

/* A single headline-shaped line inside an article with text already is a
 * section head when it reads like one: numbered, a clause pair joined by
 * a comma, or an English head in capitals or of one word, over no
 * dateline; or when the learned model says so (-layout). */
static bool
is_section_head(const struct asm_state *st, size_t a, size_t b)
{
	const struct seg_page *sp = st->sp;
	const char *c = sp->v[a].clean;
	size_t i;
	bool caps = true;

	/* (an article with text already, or a continuation: its text may
	 * go on under a section head right under its "continued from") */
	if (b - a != 1 || !cur_open(st) || (st->v[st->cur].n_blocks == 0 &&
	    st->v[st->cur].kind != ARTICLE_CONTINUATION))
		return false;
	if (b < sp->n && (sp->v[b].cls == SEG_BYLINE ||
	    segment_lines_byline_prefix(sp->v[b].clean) > 0 ||
	    sp->v[b].cls == SEG_JUMP))
		return false;
	if (segment_blocks_is_enum(c) || sp->v[a].model_section)
		return true;
	if (strstr(c, "，") && !strstr(c, "？") && !strstr(c, "！"))
		return true;
	for (i = 0; c[i]; i++)
		if (c[i] >= 'a' && c[i] <= 'z')
			caps = false;
	if (sp->cjk || (b < sp->n && segment_lines_dateline(sp->v[b].clean)))
		return false;	/* NEW YORK (AP) — opens a story */
	/* One word set apart: of the generated training pages' English
	 * heads, 64 section heads were one word, one headline (a headline's
	 * last word wrapped reads so in -raw, where nothing is set apart). */
	return (caps && strlen(c) <= 30) || (strchr(c, ' ') == NULL &&
	    sp->v[a].gap);
}

/* A Chinese subhead opens with a dash (——主题) and sits under its
 * headline.  Where pdftotext reads it on its own (a blank line apart, or
 * over the body of a headline read earlier in a stack), it still belongs
 * to a headline and never starts an article: give it to the headline just
 * above, or hold it for the article the next text or byline goes to. */
static bool
displaced_subhead(struct asm_state *st, size_t a, size_t b)
{
	const struct seg_page *sp = st->sp;
	struct article *cur;

	if (!sp->cjk || sp->mode != SEG_MODE_DEFAULT ||
	    !seg_starts_with(sp->v[a].clean, "——"))
		return false;
	if (st->sub_b > st->sub_a)
		return false;
	cur = cur_open(st) ? &st->v[st->cur] : NULL;
	if (st->prev == SEG_TITLE && cur != NULL && cur->n_decks > 0 &&
	    cur->n_blocks == 0 && cur->subhead.text == NULL) {
		segment_build_elem(sp, &cur->subhead, a, b, false);
		return true;
	}
	st->sub_a = a;
	st->sub_b = b;
	return true;
}

/* No article took the held subhead: it stands as a headline after all. */
static void
flush_subhead(struct asm_state *st)
{
	size_t ai, cur = st->cur;

	if (st->sub_b <= st->sub_a)
		return;
	ai = asm_new(st, ARTICLE_NEWS);
	build_decks(st, ai, st->sub_a, st->sub_b);
	wait_push(st, ai);
	st->cur = cur;
	st->sub_a = st->sub_b = 0;
}

/* The subhead held by displaced_subhead goes to article ai. */
static void
take_subhead(struct asm_state *st, size_t ai)
{
	struct article *art = &st->v[ai];

	if (st->sub_b <= st->sub_a)
		return;
	if (art->subhead.text != NULL || art->kind != ARTICLE_NEWS) {
		flush_subhead(st);
		return;
	}
	segment_build_elem(st->sp, &art->subhead, st->sub_a, st->sub_b, false);
	st->sub_a = st->sub_b = 0;
}

static void
do_titles(struct asm_state *st, size_t a, size_t b)
{
	size_t ai;

	if (displaced_subhead(st, a, b))
		return;
	flush_subhead(st);
	if (is_section_head(st, a, b)) {
		struct block *bl = segment_build_block(&st->v[st->cur],
		    BLOCK_SECTION_HEAD, segment_build_text(st->sp, a, b, false),
		    segment_build_span(st->sp, a, b));
		segment_build_mark(st->sp, a, b, bl->text);
		st->sp->v[a].why = st->sp->v[a].model_section ?
		    "section head: the learned model's label, alone inside "
		    "an article's text" : "section head: a headline-shaped "
		    "line inside an article's text (numbered, a clause pair, "
		    "capitals)";
		return;
	}
	ai = asm_new(st, ARTICLE_NEWS);
	if (st->kicker_b > st->kicker_a)
		segment_build_elem(st->sp, &st->v[ai].kicker, st->kicker_a,
		    st->kicker_b, false);
	st->kicker_a = st->kicker_b = 0;
	build_decks(st, ai, a, b);
	wait_push(st, ai);
}

/* ---- text ----------------------------------------------------------------- */

/* Does the paragraph [a, b) plainly open an article? */
static bool
opens_article(const struct seg_page *sp, size_t a)
{
	return segment_lines_byline_prefix(sp->v[a].clean) > 0 ||
	    segment_lines_dateline(sp->v[a].clean) > 0;
}

/* 图为…: a photo caption ("pictured is"), never a news story's text. */
static bool
is_caption(const struct seg_page *sp, size_t a, size_t b)
{
	char *t = segment_build_text(sp, a, b, false);
	bool r = strstr(t, "图为") != NULL;

	free(t);
	return r;
}

/* The waiting headline that shares the most words with the text, if
 * any shares at least min (the first such, in waiting order).  A page of
 * a few MB can keep thousands of headlines waiting: only those that
 * could share min, by the index of their words (segment_keys.c), are
 * matched; ids go in waiting order. */
static size_t
wait_relevant(struct asm_state *st, const char *text, int min)
{
	size_t i, n, best = NONE;
	const size_t *ids;
	int bs = min - 1, sc;
	struct seg_keys k;

	segment_keys_of(&k, text);
	n = segment_keyidx_query(&st->widx, &k, bs, &ids);
	for (i = 0; i < n; i++) {
		const struct article *w = &st->v[st->id_art[ids[i]]];
		if (w->n_decks == 0)
			continue;
		sc = segment_lines_shared(w->decks[0].text, text);
		if (sc > bs) {
			bs = sc;
			best = st->id_art[ids[i]];
		}
	}
	segment_keys_free(&k);
	return best;
}

static size_t
text_target(struct asm_state *st, size_t a, size_t b)
{
	size_t w;
	char *t;
	int sc;

	if (st->sp->cjk && is_caption(st->sp, a, b) && !(cur_open(st) &&
	    st->v[st->cur].n_decks == 0 && st->prev == SEG_BODY))
		return asm_new(st, ARTICLE_PHOTO);
	if (st->prev == SEG_TITLE && cur_open(st) &&
	    st->v[st->cur].n_blocks == 0) {
		/* Text after a stack of headlines: pdftotext puts the
		 * headlines of columns side by side before their bodies, so
		 * the text may belong to an earlier one.  Take it there only
		 * on more than a shared name (three shared words or character
		 * pairs) and when the last headline shares less. */
		if (st->nwait > 1) {
			t = segment_build_text(st->sp, a, b, false);
			w = wait_relevant(st, t, 3);
			sc = st->v[st->cur].n_decks > 0 ? segment_lines_shared(
			    st->v[st->cur].decks[0].text, t) : 0;
			free(t);
			if (w != NONE && sc < 3)
				return w;
		}
		return st->cur;
	}
	/* Text under a byline set right under its headline goes there. */
	if (st->prev == SEG_BYLINE && st->under != NONE &&
	    st->v[st->under].n_blocks == 0)
		return st->under;
	w = wait_oldest(st, false);
	if (w != NONE && (opens_article(st->sp, a) || !cur_open(st) ||
	    st->prev == SEG_BYLINE || st->v[st->cur].n_blocks == 0)) {
		t = segment_build_text(st->sp, a, b, false);
		w = wait_relevant(st, t, 2);
		free(t);
		if (w != NONE)
			return w;
		w = wait_oldest(st, false);
		/* Text that does not open an article after a closed one, with
		 * a headline waiting that it has nothing in common with: keep
		 * it apart (pair_orphans may find its headline). */
		if (!cur_open(st) && !opens_article(st->sp, a) &&
		    st->prev != SEG_BYLINE && st->prev != SEG_TITLE)
			return asm_new(st, ARTICLE_NEWS);
		return w;
	}
	if (cur_open(st) && !(opens_article(st->sp, a) &&
	    st->v[st->cur].n_blocks > 0))
		return st->cur;
	return asm_new(st, ARTICLE_NEWS);
}

static void
first_paragraph(struct asm_state *st, struct article *art, size_t a, size_t b)
{
	const struct seg_page *sp = st->sp;
	char *all = segment_build_text(sp, a, b, false);
	size_t k = sp->cjk ? segment_lines_byline_prefix(all) : 0;
	struct span rest;
	char *text;

	if (k > 0 && art->byline.text == NULL) {
		text = segment_build_split(sp, a, b, k, &art->byline, &rest);
		segment_build_block(art, BLOCK_PARAGRAPH, text, rest);
		st->sp->v[a].why = "byline: the article's first paragraph opens "
		    "with one (本报讯…)";
		free(all);
		return;
	}
	segment_build_block(art, BLOCK_PARAGRAPH, all,
	    segment_build_span(sp, a, b));
	segment_build_mark(sp, a, b, all);
	if ((k = segment_lines_dateline(all)) > 0 && art->dateline.text == NULL) {
		art->dateline.text = xstrndup(all, k);
		art->dateline.span = segment_build_span(sp, a, a + 1);
		segment_build_mark(sp, a, a + 1, art->dateline.text);
		st->sp->v[a].why = "dateline: the article's first paragraph "
		    "opens with CITY (AGENCY) —";
	}
}


/* A reporter's signature at an item's end: （本报记者 孟梅）, — Maria
 * Jensen. */
static bool
end_signature(const struct seg_page *sp, size_t i)
{
	const char *c = sp->v[i].clean;

	return (segment_lines_is_signature(c) && clean_count_wide(c,
	    strlen(c)) > 0) || segment_lines_dash_name(c);
}

/* "…代替。" / "（本报记者 孟梅）": a signature on a line of its own
 * after a sentence's end, read run on with the paragraph; the first such
 * line in a..b, or b. */
static size_t
signature_at(const struct seg_page *sp, size_t a, size_t b)
{
	size_t k;

	for (k = a + 1; k < b; k++)
		if (end_signature(sp, k) &&
		    segment_lines_ends_sentence(sp->v[k - 1].clean))
			return k;
	return b;
}

static void
do_text(struct asm_state *st, size_t a, size_t b)
{
	const struct seg_page *sp = st->sp;
	size_t ai, k;
	struct article *art;

	if ((k = signature_at(sp, a, b)) < b) {
		do_text(st, a, k);
		do_text(st, k, k + 1);
		if (k + 1 < b)
			do_text(st, k + 1, b);
		return;
	}
	/* A signature after the text, the item's only byline, is its
	 * byline set at the end. */
	if (b - a == 1 && cur_open(st) &&
	    st->v[st->cur].n_blocks > 0 && st->v[st->cur].byline.text == NULL &&
	    end_signature(sp, a) &&
	    segment_lines_ends_sentence(st->v[st->cur].blocks[
	    st->v[st->cur].n_blocks - 1].text)) {
		st->sp->v[a].why = "byline: a signature in brackets under an "
		    "article's last paragraph";
		segment_build_elem(sp, &st->v[st->cur].byline, a, b, true);
		return;
	}
	if (b - a == 1 && segment_blocks_is_end_name(sp, a) && cur_open(st) &&
	    st->v[st->cur].n_blocks > 0) {
		art = &st->v[st->cur];
		st->sp->v[a].why = "byline: a name alone under an article's "
		    "last paragraph";
		if (art->byline.text == NULL)
			segment_build_elem(sp, &art->byline, a, b, true);
		else
			segment_build_mark(sp, a, b, segment_build_block(art,
			    BLOCK_SIGNATURE, segment_build_text(sp, a, b, false),
			    segment_build_span(sp, a, b))->text);
		return;
	}
	ai = text_target(st, a, b);
	wait_drop(st, ai);
	st->cur = ai;
	take_subhead(st, ai);
	art = &st->v[ai];
	st->last_a = a;
	st->last_b = b;
	st->last_art = ai;
	if (art->kind == ARTICLE_PHOTO && art->n_blocks == 0)
		st->sp->v[a].why = "caption: a photo's text (图为…)";
	if (art->n_blocks == 0 && art->kind != ARTICLE_CONTINUATION) {
		first_paragraph(st, art, a, b);
		return;
	}
	if (b - a == 1 && segment_lines_is_signature(sp->v[a].clean))
		segment_build_mark(sp, a, b, segment_build_block(art,
		    BLOCK_SIGNATURE, segment_build_text(sp, a, b, false),
		    segment_build_span(sp, a, b))->text);
	else
		segment_build_mark(sp, a, b, segment_build_block(art,
		    BLOCK_PARAGRAPH, segment_build_text(sp, a, b, false),
		    segment_build_span(sp, a, b))->text);
}

/* ---- bylines, credits, jumps, ads ------------------------------------------ */

/* "By BERNARD CONDON" / "AP Business Writer": the reporter's title on a
 * line of its own under the name, not the name's tail ("By Ann Lee,
 * Staff" / "Writer", a name too long for its column): the title's first
 * word would have fit on the name's line.  The title goes to the item's
 * credit line, the byline keeps the name. */
/* A reporter's title line is short: a few words. */
#define TITLE_LINE_MAX	40

/* A reporter's job named in one word, a title line of its own under an
 * agency's name (a wrapped title's tail is "Writer", "Staff"). */
static bool
job_title(const char *c)
{
	static const char *const job[] = { "Correspondent", "Columnist",
	    "Reporter", "Photographer", "Contributor", "Stringer", NULL };
	size_t k;

	for (k = 0; job[k]; k++)
		if (strcmp(c, job[k]) == 0)
			return true;
	return false;
}

/* A reporter's title worded as one, whatever the widths say: words
 * ending in a job's name ("AP Sports Writer", "Senior Reporter"), an
 * agency's name alone ("Associated Press") or "Special to the Ledger".
 * One word alone may be a wrapped title's tail (job_title decides). */
static bool
worded_title(const char *c)
{
	static const char *const tail[] = { " Writer", " Reporter",
	    " Correspondent", " Columnist", " Editor", " Photographer",
	    " Contributor", NULL };
	static const char *const agency[] = { "Associated Press", "Reuters",
	    "dpa", "AFP", "Bloomberg", NULL };
	size_t k;

	if (strlen(c) > TITLE_LINE_MAX || !(*c >= 'A' && *c <= 'Z'))
		return false;
	if (seg_starts_with(c, "Special to the "))
		return true;
	for (k = 0; agency[k]; k++)
		if (strcmp(c, agency[k]) == 0)
			return true;
	for (k = 0; tail[k]; k++)
		if (seg_ends_with(c, tail[k]))
			return true;
	return false;
}

static bool
byline_title_at(const struct seg_page *sp, size_t a)
{
	const struct seg_line *l = &sp->v[a], *n = &sp->v[a + 1];
	const char *sp_at = strchr(n->clean, ' ');
	int first = sp_at ? (int)(sp_at - n->clean) : (int)strlen(n->clean);

	if (sp->cjk || !seg_starts_with(l->clean, "By ") ||
	    seg_ends_with(l->clean, ",") || seg_ends_with(l->clean, " and"))
		return false;	/* the names go on */
	if (worded_title(n->clean))
		return true;
	if (l->w + 1 + first > l->full)
		return false;	/* the title's first word would not fit */
	/* "By Ann Lee, Staff" / "Writer": after a comma the title has begun
	 * on the name's line; a title of its own under an agency ("By Ann
	 * Lee, dpa" / "Staff Writer") has words enough to stand alone, or
	 * is a job's name alone ("By Ann Lee, Reuters" / "Correspondent"). */
	return !strchr(l->clean, ',') || sp_at != NULL ||
	    job_title(n->clean);
}

/* A standfirst has at most this many lines. */
#define STANDFIRST_LINES	3

static void
do_byline(struct asm_state *st, size_t a, size_t b)
{
	const struct seg_page *sp = st->sp;
	size_t ai = wait_oldest(st, true);

	/* A byline set right under a headline, no blank line between, is
	 * that headline's: older headlines still waiting were read from
	 * other columns (or are column tags), not stacked over this one. */
	if (sp->mode == SEG_MODE_DEFAULT && a > 0 && !sp->v[a].gap &&
	    sp->v[a - 1].cls == SEG_TITLE && cur_open(st) &&
	    st->v[st->cur].n_decks > 0 && st->v[st->cur].n_blocks == 0 &&
	    st->v[st->cur].byline.text == NULL)
		ai = st->cur;
	/* A byline under a headline and its standfirst (a short paragraph)
	 * is that headline's too. */
	if (ai != st->cur && cur_open(st) && st->v[st->cur].n_decks > 0 &&
	    st->v[st->cur].n_blocks == 1 && st->v[st->cur].byline.text == NULL &&
	    st->last_art == st->cur &&
	    st->last_b - st->last_a <= STANDFIRST_LINES)
		ai = st->cur;
	st->under = ai == st->cur ? ai : NONE;
	if (ai == NONE) {
		if (cur_open(st) && st->v[st->cur].byline.text == NULL)
			ai = st->cur;
		else
			ai = asm_new(st, ARTICLE_NEWS);
	}
	take_subhead(st, ai);
	if (b - a >= 2 && byline_title_at(sp, a) &&
	    st->v[ai].credit.text == NULL) {
		segment_build_elem(st->sp, &st->v[ai].byline, a, a + 1, true);
		segment_build_elem(st->sp, &st->v[ai].credit, a + 1, b, true);
		return;
	}
	segment_build_elem(st->sp, &st->v[ai].byline, a, b, true);
}

/* A credit under a caption that was set apart (a blank line before it)
 * from a headlined article: the caption is a photo of its own.  -raw
 * output has no blank lines: a short last paragraph will do. */
static size_t
split_caption(struct asm_state *st)
{
	struct article *art = &st->v[st->cur];
	struct block bl;
	size_t ai;

	if (st->last_art != st->cur || art->n_decks == 0 || art->n_blocks < 2 ||
	    (!st->sp->v[st->last_a].gap && st->sp->mode != SEG_MODE_RAW) ||
	    st->last_b - st->last_a > 4 || st->prev != SEG_BODY)
		return st->cur;
	bl = art->blocks[--art->n_blocks];
	st->sp->v[st->last_a].why = "caption: a short paragraph set apart "
	    "over a credit";
	ai = asm_new(st, ARTICLE_PHOTO);
	segment_build_block(&st->v[ai], bl.kind, bl.text, bl.span);
	return ai;
}

static void
do_credit(struct asm_state *st, size_t a, size_t b)
{
	size_t ai = cur_open(st) ? split_caption(st) :
	    asm_new(st, ARTICLE_PHOTO);
	struct article *art = &st->v[ai];

	segment_build_elem(st->sp, &art->credit, a, b, true);
	if (art->n_decks == 0)
		art->kind = ARTICLE_PHOTO;
	st->closed[ai] = true;
	wait_drop(st, ai);
}

/* Photos side by side, read a row at a time: the captions over a run of
 * credits, one each (segment_photos.c), become photos of their own, taken
 * from the articles the walk gave them to (always their last blocks). */
static bool
do_photo_row(struct asm_state *st, size_t a, size_t b)
{
	size_t cap[8], own[8], at[8], k, m, ai;

	k = segment_photos_pair(st->sp, a, b, cap, 8);
	if (k == 0)
		return false;
	for (m = 0; m < k; m++) {
		unsigned long line = st->sp->v[cap[m]].line;
		for (own[m] = st->n; own[m] > 0; own[m]--) {
			const struct article *x = &st->v[own[m] - 1];
			for (at[m] = x->n_blocks; at[m] > 0 && x->n_blocks -
			    at[m] < k; at[m]--)
				if (x->blocks[at[m] - 1].span.first_line == line)
					break;
			if (at[m] > 0 && x->n_blocks - at[m] < k)
				break;
		}
		if (own[m] == 0)
			return false;
		own[m]--;
		at[m]--;
	}
	for (m = 0; m < k; m++) {
		ai = asm_new(st, ARTICLE_PHOTO);
		segment_build_block(&st->v[ai], BLOCK_PARAGRAPH,
		    st->v[own[m]].blocks[at[m]].text,
		    st->v[own[m]].blocks[at[m]].span);
		st->v[own[m]].blocks[at[m]].text = NULL;
		segment_build_elem(st->sp, &st->v[ai].credit, a + m, a + m + 1,
		    true);
		st->closed[ai] = true;
	}
	/* Drop the blocks the captions left. */
	for (m = 0; m < k; m++) {
		struct article *x = &st->v[own[m]];
		size_t i, o = 0;
		for (i = 0; i < x->n_blocks; i++)
			if (x->blocks[i].text != NULL)
				x->blocks[o++] = x->blocks[i];
		x->n_blocks = o;
	}
	st->last_art = NONE;
	st->cur = st->n - 1;
	return true;
}

static void
do_jump(struct asm_state *st, size_t i)
{
	enum jump_dir dir = JUMP_TO;
	size_t ai;

	segment_lines_is_jump(st->sp->v[i].clean, &dir, NULL);
	if (dir == JUMP_TO) {
		ai = st->cur != NONE ? st->cur : asm_new(st, ARTICLE_NEWS);
		segment_build_jump(st->sp, &st->v[ai], i);
		st->closed[ai] = true;
		return;
	}
	if (cur_open(st) && st->v[st->cur].n_blocks == 0 &&
	    st->prev == SEG_TITLE)
		ai = st->cur;
	else
		ai = asm_new(st, ARTICLE_CONTINUATION);
	st->v[ai].kind = ARTICLE_CONTINUATION;
	segment_build_jump(st->sp, &st->v[ai], i);
}

/* The first character of s as a string of bytes: its length. */
static size_t
first_len(const char *s, size_t len)
{
	int k = len ? u8_mblen((const uint8_t *)s, len) : 0;

	return k > 0 ? (size_t)k : (len ? 1 : 0);
}

/* One line of an ad, lines [a, e): doubled lines one by one; a staircase
 * ("中" "中国" "国通" … "）") until the pairs close and the next line
 * starts with another glyph. */
static size_t
ad_line_end(const struct seg_page *sp, size_t a, size_t b)
{
	struct strbuf buf = STRBUF_INIT;
	size_t i, k;

	for (i = a; i < b; i++) {
		const struct seg_line *l = &sp->v[i];
		k = first_len(l->s, l->len);
		if (buf.len > 0 && clean_is_doubled(buf.s, buf.len) &&
		    (buf.len < k || memcmp(buf.s + buf.len - k, l->s, k) != 0))
			break;
		strbuf_add(&buf, l->s, l->len);
	}
	strbuf_free(&buf);
	return i > a ? i : a + 1;
}

/* One line of a fake-bold staircase of words, lines [a, e): its words
 * pair up and a one-word line closes it ("Cobb" / "Cobb Mill" / "Mill
 * Diner" / "Diner").  0 when lines from a are no such staircase.  Words
 * as printed: the clean text drops the space between CJK words. */
static size_t
word_ad_line_end(const struct seg_page *sp, size_t a, size_t b)
{
	struct strbuf buf = STRBUF_INIT;
	size_t i, e = 0, n;

	if (memchr(sp->v[a].s, ' ', sp->v[a].len))
		return 0;	/* a staircase opens with one word */
	for (i = a; i < b && i - a < 32; i++) {
		const struct seg_line *l = &sp->v[i];
		bool one = !memchr(l->s, ' ', l->len);
		if (buf.len)
			strbuf_add(&buf, " ", 1);
		strbuf_add(&buf, l->s, l->len);
		if (!segment_blocks_words_pairing(buf.s, &n))
			break;
		if (i > a && one && n % 2 == 0) {
			e = i + 1;
			break;
		}
	}
	strbuf_free(&buf);
	return e;
}

/* Every other word of the staircase lines [a, e): the line as printed.
 * The lines read as if joined with spaces and cut at a NUL, word by word
 * where they lie (not joined in a copy first: the copy of a huge page's
 * ad was as big as the page). */
static char *
word_undouble(const struct seg_page *sp, size_t a, size_t e)
{
	struct strbuf out = STRBUF_INIT;
	const char *s;
	size_t i, j, w, len, k = 0;
	bool stop = false;

	for (i = a; i < e && !stop; i++) {
		s = sp->v[i].s;
		len = sp->v[i].len;
		for (j = 0; j < len;) {
			if (s[j] == '\0') {
				stop = true;
				break;
			}
			if (s[j] == ' ') {
				j++;
				continue;
			}
			for (w = j; j < len && s[j] != ' ' && s[j] != '\0'; j++)
				;
			if (k++ % 2 == 0) {
				if (out.len)
					strbuf_add(&out, " ", 1);
				strbuf_add(&out, s + w, j - w);
			}
		}
	}
	strbuf_add(&out, "", 0);	/* never NULL */
	return strbuf_take(&out);
}

static void
do_ad(struct asm_state *st, size_t a, size_t b)
{
	const struct seg_page *sp = st->sp;
	size_t ai = asm_new(st, ARTICLE_AD), e, k;
	char *raw, *kept;

	/* Each line once; the second copies go to the page's removed
	 * artefacts, so every character is accounted for. */
	while (a < b) {
		if ((e = word_ad_line_end(sp, a, b)) > 0) {
			kept = word_undouble(sp, a, e);
			segment_build_removed(sp, a, e, kept);
			segment_build_mark(sp, a, e, kept);
			for (k = a + 1; k < e; k++)	/* a whole line again */
				sp->v[k].removed = strcmp(sp->v[k].clean,
				    sp->v[k - 1].clean) == 0;
			segment_build_block(&st->v[ai], BLOCK_PARAGRAPH, kept,
			    segment_build_span(sp, a, e));
			a = e;
			continue;
		}
		if (a + 1 < b && strcmp(sp->v[a].clean, sp->v[a + 1].clean) == 0 &&
		    !clean_is_doubled(sp->v[a].s, sp->v[a].len)) {
			kept = xstrdup(sp->v[a].clean);
			segment_build_removed(sp, a, a + 2, kept);
			segment_build_mark(sp, a, a + 2, kept);
			sp->v[a + 1].removed = true;
			segment_build_block(&st->v[ai], BLOCK_PARAGRAPH, kept,
			    segment_build_span(sp, a, a + 2));
			a += 2;
			continue;
		}
		e = ad_line_end(sp, a, b);
		raw = segment_build_text(sp, a, e, false);
		kept = sp->cjk ? clean_undouble(raw, strlen(raw)) :
		    clean_undouble_spaced(raw, strlen(raw));
		segment_build_removed(sp, a, e, kept);
		segment_build_mark(sp, a, e, kept);
		segment_build_block(&st->v[ai], BLOCK_PARAGRAPH, kept,
		    segment_build_span(sp, a, e));
		free(raw);
		a = e;
	}
	st->closed[ai] = true;
}

/* ---- the walk ---------------------------------------------------------------- */

static size_t
run_end(const struct seg_page *sp, size_t i, enum seg_class cls, bool gaps)
{
	size_t j = i + 1;

	while (j < sp->n && sp->v[j].cls == cls && (gaps || !sp->v[j].gap))
		j++;
	return j;
}

static size_t
para_end(const struct seg_page *sp, size_t i)
{
	size_t j = i;

	while (j + 1 < sp->n && segment_blocks_joins(sp, j))
		j++;
	return j + 1;
}

/* A kicker no headline took goes to the page's furniture. */
static void
flush_kicker(struct asm_state *st)
{
	char *t;

	if (st->kicker_b <= st->kicker_a)
		return;
	t = segment_build_text(st->sp, st->kicker_a, st->kicker_b, false);
	segment_build_meta(st->sp->page, t, FURNITURE_OTHER);
	free(t);
	st->kicker_a = st->kicker_b = 0;
}

/* --explain: body lines no rule named say where their paragraph starts. */
static void
explain_paragraph(struct seg_page *sp, size_t a, size_t b)
{
	size_t k;

	if (!sp->explain)
		return;
	for (k = a; k < b; k++)
		if (sp->v[k].why == NULL ||
		    strcmp(sp->v[k].why, SEG_WHY_BODY) == 0)
			sp->v[k].why = k == a ? "body: starts a paragraph (the "
			    "line before ends one, or a blank line or a new "
			    "indent)" : "body: goes on with the line before";
}

static size_t
step(struct asm_state *st, size_t i)
{
	struct seg_page *sp = st->sp;
	size_t j, k;

	switch (sp->v[i].cls) {
	case SEG_META:
		sp->v[i].furn = segment_lines_furniture_kind(sp, sp->v[i].clean,
		    i < st->first_text, !st->dated, i > st->last_text);
		st->dated |= sp->v[i].furn == FURNITURE_DATE_LINE ||
		    sp->v[i].furn == FURNITURE_FOLIO ||
		    sp->v[i].furn == FURNITURE_RUNNING_HEADER;
		segment_build_meta(sp->page, sp->v[i].clean, sp->v[i].furn);
		return i + 1;
	case SEG_TITLE:
		j = run_end(sp, i, SEG_TITLE, false);
		do_titles(st, i, j);
		return j;
	case SEG_KICKER:
		j = run_end(sp, i, SEG_KICKER, false);
		flush_kicker(st);
		st->kicker_a = i;
		st->kicker_b = j;
		return j;
	case SEG_BYLINE:
		j = run_end(sp, i, SEG_BYLINE, false);
		do_byline(st, i, j);
		return j;
	case SEG_CREDIT:
		j = run_end(sp, i, SEG_CREDIT, true);
		if (!do_photo_row(st, i, j))
			do_credit(st, i, j);
		return j;
	case SEG_JUMP:
		do_jump(st, i);
		return i + 1;
	case SEG_AD:
		j = run_end(sp, i, SEG_AD, true);
		/* Two ads in a row: the first's first line again, after
		 * other lines, starts the second (the same ad twice). */
		for (k = i + 2; k < j; k++)
			if (strcmp(sp->v[k].clean, sp->v[i].clean) == 0 &&
			    strcmp(sp->v[k - 1].clean, sp->v[i].clean) != 0) {
				j = k;
				break;
			}
		do_ad(st, i, j);
		return j;
	case SEG_BODY:
		break;
	}
	j = para_end(sp, i);
	explain_paragraph(sp, i, j);
	do_text(st, i, j);
	return j;
}

static bool
headless(const struct article *a)
{
	return a->n_decks == 0 && a->n_blocks > 0 && a->kind != ARTICLE_AD &&
	    a->kind != ARTICLE_PHOTO && a->kind != ARTICLE_CONTINUATION;
}

static bool
title_only(const struct article *a)
{
	return a->n_decks > 0 && a->n_blocks == 0 && a->n_jumps == 0;
}

/* Keep *into when it is set, else take *from; the other goes to the
 * page's furniture (nothing is lost). */
static void
merge_elem(const struct seg_page *sp, struct text_elem *into,
    struct text_elem *from)
{
	if (into->text == NULL) {
		*into = *from;
		from->text = NULL;
	} else {
		if (from->text != NULL)
			segment_build_meta(sp->page, from->text, FURNITURE_OTHER);
		segment_build_retext(sp, from->text, NULL);
		text_elem_free(from);
	}
}

/* Move headless b's text under title-only a's headline.  Every part of
 * either article ends in the merged one or is freed (found by fuzzing:
 * a title-only article's credit leaked). */
static void
merge_into(const struct seg_page *sp, struct article *a, struct article *b)
{
	struct article t = *b;

	t.decks = a->decks;
	t.n_decks = a->n_decks;
	free(b->decks);		/* headless: empty, but may be allocated */
	t.kicker = a->kicker;
	merge_elem(sp, &t.kicker, &b->kicker);
	t.subhead = a->subhead;
	merge_elem(sp, &t.subhead, &b->subhead);
	merge_elem(sp, &t.byline, &a->byline);
	merge_elem(sp, &t.dateline, &a->dateline);
	merge_elem(sp, &t.credit, &a->credit);
	free(a->blocks);	/* title-only: no blocks, no jumps */
	free(a->jumps);
	memset(b, 0, sizeof *b);
	memset(a, 0, sizeof *a);
	*a = t;
}

/* A caption cut by the page order: a photo without its credit whose text
 * stops mid-sentence, and later a photo whose credit came with the rest. */
static void
join_captions(struct asm_state *st)
{
	size_t i, j;
	struct article *a, *b;
	char *t;

	for (i = 0; i < st->n; i++) {
		a = &st->v[i];
		if (a->kind != ARTICLE_PHOTO || a->credit.text || a->n_blocks != 1 ||
		    segment_lines_ends_sentence(a->blocks[0].text))
			continue;
		for (j = i + 1; j < st->n; j++) {
			b = &st->v[j];
			if (b->kind != ARTICLE_PHOTO || !b->credit.text ||
			    b->n_blocks != 1 || strstr(b->blocks[0].text, "图为") ==
			    b->blocks[0].text)
				continue;
			t = xasprintf("%s%s", a->blocks[0].text, b->blocks[0].text);
			segment_build_retext(st->sp, a->blocks[0].text, t);
			segment_build_retext(st->sp, b->blocks[0].text, t);
			free(a->blocks[0].text);
			a->blocks[0].text = t;
			a->credit = b->credit;
			b->credit.text = NULL;
			segment_build_forget(st->sp, b);
			article_free(b);
			break;
		}
	}
}

struct orphan_pair {
	size_t	 title, text;
};

static int
cmp_orphan_pair(const void *a, const void *b)
{
	const struct orphan_pair *x = a, *y = b;

	if (x->title != y->title)
		return x->title < y->title ? -1 : 1;
	return x->text < y->text ? -1 : x->text > y->text;
}

/* The pairs of a title-only article and a headless one that could share
 * two words or more (segment_keys.c's bound), by title, then text: a
 * page of a few MB has thousands of each, and matching every pair was
 * quadratic. */
static struct orphan_pair *
orphan_pairs(const struct asm_state *st, size_t *np)
{
	struct seg_keyidx x;
	struct seg_keys k;
	struct orphan_pair *v = NULL;
	size_t i, j, n, c, cap = 0, *title = NULL, capt = 0;
	const size_t *ids;

	memset(&x, 0, sizeof x);
	*np = 0;
	for (i = 0; i < st->n; i++)
		if (title_only(&st->v[i])) {
			c = segment_keyidx_add(&x, st->v[i].decks[0].text);
			title = xgrow(title, &capt, c + 1, sizeof *title);
			title[c] = i;
		}
	for (j = 0; x.n > 0 && j < st->n; j++) {
		if (!headless(&st->v[j]))
			continue;
		segment_keys_of(&k, st->v[j].blocks[0].text);
		n = segment_keyidx_query(&x, &k, 1, &ids);
		for (c = 0; c < n; c++) {
			v = xgrow(v, &cap, *np + 1, sizeof *v);
			v[*np].title = title[ids[c]];
			v[(*np)++].text = j;
		}
		segment_keys_free(&k);
	}
	if (*np > 0)
		qsort(v, *np, sizeof *v, cmp_orphan_pair);
	segment_keyidx_free(&x);
	free(title);
	return v;
}

/* Pages drawn out of order leave headlines without text and text without
 * headlines: pair them, by shared words first, else in order.  Each
 * title goes to the first text sharing the most with it, if two words or
 * more (a text sharing less cannot be chosen: only those that could are
 * matched). */
static void
pair_orphans(struct asm_state *st)
{
	size_t i, j, p = 0, np, best;
	struct orphan_pair *v = orphan_pairs(st, &np);
	int score, bs;

	for (i = 0; i < st->n; i++) {
		if (!title_only(&st->v[i]))
			continue;
		best = NONE;
		bs = 1;
		for (; p < np && v[p].title < i; p++)
			;
		for (; p < np && v[p].title == i; p++) {
			j = v[p].text;
			if (!headless(&st->v[j]))
				continue;
			score = segment_lines_shared(st->v[i].decks[0].text,
			    st->v[j].blocks[0].text);
			if (score > bs) {
				bs = score;
				best = j;
			}
		}
		if (best != NONE && bs >= 2)
			merge_into(st->sp, &st->v[i], &st->v[best]);
	}
	free(v);
}

/* A section label's shape: a short line of ideographs without digits
 * (聚焦乡村振兴, 民生实事面对面) or Latin capitals (WATERFRONT). */
static bool
label_shaped(const char *c)
{
	size_t n = u8_mbsnlen((const uint8_t *)c, strlen(c));

	if (segment_lines_has_lower(c) || strpbrk(c, "0123456789") != NULL)
		return false;
	return (c[0] & 0x80) ? n >= 2 && n <= 7 : n >= 3 && n <= 24;
}

/* Default output: a byline that went to the oldest waiting headline when
 * that is a section label over the next headline (新春走基层 / 白沙镇… /
 * 本报记者 X) belongs to that next headline; the label, bare again, goes
 * to the page's furniture (segment_kinds.c). */
static void
label_bylines(struct asm_state *st)
{
	size_t i;

	if (st->sp->mode != SEG_MODE_DEFAULT)
		return;
	for (i = 0; i + 1 < st->n; i++) {
		struct article *a = &st->v[i], *b = &st->v[i + 1];
		if (a->kind == ARTICLE_NEWS && title_only(a) && a->n_decks == 1 &&
		    a->byline.text != NULL && a->kicker.text == NULL &&
		    label_shaped(a->decks[0].text) && b->kind == ARTICLE_NEWS &&
		    b->n_decks > 0 && b->byline.text == NULL) {
			b->byline = a->byline;
			memset(&a->byline, 0, sizeof a->byline);
		}
	}
}

static void
assemble(struct seg_page *sp)
{
	struct asm_state st;
	struct page *page = sp->page;
	size_t i = 0, k, o = 0;

	memset(&st, 0, sizeof st);
	st.sp = sp;
	st.cur = NONE;
	st.under = NONE;
	st.prev = SEG_META;
	st.first_text = sp->n;
	for (k = 0; k < sp->n; k++)
		if (sp->v[k].cls != SEG_META) {
			if (st.first_text == sp->n)
				st.first_text = k;
			st.last_text = k;
		}
	while (i < sp->n) {
		enum seg_class c = sp->v[i].cls;
		i = step(&st, i);
		if (c != SEG_META)
			st.prev = c;
	}
	flush_subhead(&st);
	flush_kicker(&st);
	segment_regroup(sp, st.v, st.n);
	segment_decks_pair(sp, st.v, st.n);
	label_bylines(&st);
	pair_orphans(&st);
	join_captions(&st);
	segment_kinds_decide(sp, st.v, st.n);
	page->articles = xcalloc(st.n ? st.n : 1, sizeof *page->articles);
	for (k = 0; k < st.n; k++) {
		struct article *a = &st.v[k];
		if (a->n_decks == 0 && a->n_blocks == 0 && a->credit.text == NULL &&
		    a->n_jumps == 0 && a->byline.text == NULL) {
			segment_build_meta_article(page, a);
			segment_build_forget(sp, a);
			article_free(a);
			continue;
		}
		page->articles[o] = *a;
		page->articles[o].index = o + 1;
		page->articles[o].page = page;
		segment_build_article_span(&page->articles[o]);
		o++;
	}
	page->n_articles = o;
	segment_build_hyphens(sp);
	free(st.v);
	free(st.closed);
	free(st.wait);
	free(st.wait_id);
	free(st.id_art);
	segment_keyidx_free(&st.widx);
}

static void
seg_page_free(struct seg_page *sp)
{
	size_t i;

	for (i = 0; i < sp->n; i++)
		segment_lines_free_clean(sp, sp->v[i].clean);
	free(sp->v);
	free(sp->made);
	segment_lines_restore(sp);
}

/* A page of this many bytes or more gives the memory its lines took back
 * to the system once segmented: their small pieces, freed, stay with the
 * process otherwise (malloc keeps them for reuse), and what comes next
 * (an export, the reader's layout) takes new memory beside them.  Small
 * pages skip it: a trim walks the whole heap. */
#define SEG_TRIM_BYTES	(4u << 20)

static void
seg_give_back(const struct page *page)
{
#ifdef HAVE_MALLOC_TRIM
	if (page->text.len >= SEG_TRIM_BYTES)
		malloc_trim(0);
#else
	(void)page;
#endif
}

/* Classify every line from scratch. */
static void
mark_lines(struct seg_page *sp)
{
	size_t i;

	segment_lines_classify(sp);
	segment_lines_mark_header(sp);
	/* Default and -raw text: ads first, or the short doubled lines of
	 * an ad over a headline would narrow the column width measured
	 * around it (-layout measures inside a column, where the order made
	 * no difference to be glad of). */
	if (sp->mode != SEG_MODE_LAYOUT)
		segment_blocks_mark_ads(sp);
	segment_lines_set_full(sp);
	if (sp->mode == SEG_MODE_LAYOUT)
		segment_blocks_mark_ads(sp);
	segment_blocks_mark_credits(sp);
	segment_blocks_mark_byline_titles(sp);
	segment_blocks_mark_titles(sp);
	segment_blocks_mark_kickers(sp);
	segment_lines_mark_signoffs(sp);
	for (i = 0; i < sp->n; i++)
		if (sp->v[i].fixed)
			seg_set(&sp->v[i], sp->v[i].fixed_cls,
			    segment_late_fixed_why(sp->v[i].fixed_cls));
}

void
segment_page(struct page *page, const struct segment_options *opt,
    struct diag_list *diags)
{
	(void)opt;
	segment_run(page, diags, NULL);
}

void
segment_run(struct page *page, struct diag_list *diags,
    struct segment_explain *ex)
{
	struct seg_page sp;
	struct segment_features feat;

	memset(&sp, 0, sizeof sp);
	sp.page = page;
	sp.explain = ex != NULL;
	sp.share_clean = true;
	segment_columns_read(&sp);
	segment_lines_measure(&sp);
	segment_vote_features(&sp, &feat);
	mark_lines(&sp);
	/* Lines put back in their place change their neighbours: mark
	 * them all again. */
	if (segment_flow_rejoin(&sp))
		mark_lines(&sp);
	/* After the headlines drawn last are back: the band's lines are
	 * no kickers of the text's last lines. */
	segment_raw_mark_kickers(&sp);
	segment_blocks_mark_title_tails(&sp);
	segment_vote(&sp, &feat);
	segment_features_free(&feat);
	segment_photos_caption_heads(&sp);
	if (sp.explain)
		sp.made = xcalloc(sp.n ? sp.n : 1, sizeof *sp.made);
	assemble(&sp);
	if (page->n_articles == 0 && sp.n > 0 && diags != NULL)
		diag_add(diags, DIAG_NOTE, page->path, 0, -1,
		    _("no articles found on the page"));
	if (ex != NULL)
		segment_explain_fill(&sp, ex);
	seg_page_free(&sp);
	seg_give_back(page);
	/* The line patterns stay compiled for the next page: compiling them
	 * again took milliseconds a page, most of an issue of short pages. */
}


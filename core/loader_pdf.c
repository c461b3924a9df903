/* SPDX-License-Identifier: ISC */
/* loader_pdf.c: PDF pages (poppler-glib), read from the geometry.
 *
 * pdf_read.c and pdf_order.c give the page's lines in reading order with
 * their font, median size and weight.  Here each line gets a role from
 * its style next to the page's body style (the most common size and
 * font):
 *   furniture  over the page (the header band), or a page number, date
 *              or editor line under it; kept with its kind (folio, date
 *              line, editor line, price, running header or footer)
 *   headline   bold and clearly larger than the body, or in another face
 *              a little larger; under it a much smaller line in another
 *              face is the subhead, in its own face a lower deck
 *   kicker     a short smaller line right above a headline
 *   subhead    larger than the body, not bold
 *   section    bold at about body size, inside a body
 *   body       the body font at its size
 *   other      anything else: a byline under a headline, a caption and
 *              its credit, a closing byline set flush right or centred
 *   ad         glyphs drawn twice (fake bold)
 * A scan's OCR layer has one font and sizes a point or two off: there a
 * line is a headline or body by size alone.  The lines are then read in
 * order into articles: a headline starts one; body lines after a jump line
 * ("continued on") or after a photo with nothing open start a
 * headline-less one; paragraphs break at an indent or after a short line.
 * An "article" without any body text is page furniture: the masthead when
 * it is the page's first, at its top. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "loader.h"

#ifdef HAVE_POPPLER
#include "clean.h"
#include "pagebuild.h"
#include "pdf_int.h"
#include "segment_int.h"
#include "xalloc.h"

/* A paragraph starts at a line indented this many ems, or after one
 * ending this many ems short of its column. */
#define PDF_PARA_INDENT	0.6
#define PDF_PARA_SHORT	1.0
/* A price line is short: longer text naming a price is an ad. */
#define PDF_PRICE_LEN	60
/* A headline-only block starting above this share of the page's height,
 * as the page's first article, is the masthead. */
#define PDF_MASTHEAD_SHARE	0.25

/* A line under a headline smaller than this share of its first deck,
 * in another font, is its subhead. */
#define PDF_SUBHEAD_SIZE	0.8

/* Body text is the body's font at this share of its size or more; a
 * caption set half a point smaller in the same face is not body. */
#define PDF_BODY_RATIO	0.97

/* Space this many ems high between two lines of a column's text parts
 * two items (a blank line's worth; paragraphs follow at the leading). */
#define PDF_ITEM_GAP	1.0
/* A headline this many times its story's column wide runs across its
 * columns: a column off its width is not the story's.  (A narrower one
 * may top a story that runs on in the next column, level with it.) */
#define PDF_HEAD_ACROSS	1.5

/* A lower deck is at least this share of the body's size. */
#define PDF_DECK_MIN	0.9

/* Ads' lines further apart than this many ems are two ads. */
#define PDF_AD_GAP	1.5

/* A kicker is a label, not a sentence: at most this many bytes. */
#define PDF_KICKER_LEN	60

/* A page number, date or editor line this close to the page's foot (a
 * share of its height) is the footer even where no band was cut off. */
#define PDF_FOOT_SHARE	0.06

/* A line whose top is within this share of the page's height from its
 * top edge stands where a masthead or running header does. */
#define PDF_EDGE_SHARE	0.12

/* A line in another font than the body's, this many times its size, is
 * a headline even when the font's name does not say it is bold. */
#define PDF_HEAD_OTHER_FONT	1.08

/* A reporter's name on a line of its own: at most this many bytes (two
 * names of four CJK characters and a space). */
#define PDF_NAME_BYTES	25

/* A standfirst is set at most this many times the body's size. */
#define PDF_STANDFIRST_MAX	1.4

/* Two lines this close in size (points) are set in one size. */
#define PDF_SAME_SIZE	0.2

/* A caption over its credit line is at most this many lines. */
#define PDF_CAPTION_LINES	8

/* On a scan a line this many times the body size is a headline. */
#define PDF_SCAN_HEAD	1.4

enum pdf_role { ROLE_FURNITURE, ROLE_AD, ROLE_HEAD, ROLE_SUB, ROLE_SECTION,
    ROLE_BODY, ROLE_OTHER };

enum pdf_state {
	ST_NONE,	/* no open article */
	ST_HEAD,	/* reading headline decks */
	ST_BYLINE,	/* after the headline, before the body */
	ST_BODY,
	ST_CAPTION,	/* a photo's caption */
	ST_AD,
	ST_CLOSED	/* the article jumped to another page, or was signed */
};

/* The paragraph being gathered: lines of the pdf page. */
struct pdf_para {
	const char	**lines;
	size_t		 *lens;
	size_t		  n;
	size_t		  cap, cap2;
	unsigned long	  first, last;	/* page text lines */
};

struct pdf_reader {
	struct pdf_page	*pg;
	struct pagebuild pb;
	unsigned long	*line_no;	/* page text line of each pdf line */
	size_t		 cur;		/* index of the open article + 1; 0: none */
	size_t		 text_art;	/* the last article with a body + 1 */
	enum pdf_state	 st;
	bool		 text_closed;	/* text_art jumped away */
	double		 deck_size;	/* the first deck's size */
	int		 deck_font;	/* and font */
	double		 deck_x1;	/* the last headline line's left edge */
	double		 deck_x2;	/* and right edge */
	double		 deck_last;	/* the last headline line's size */
	int		 by_font;	/* the byline's first line's font and size */
	double		 by_size;
	int		 cap_font;	/* the caption's font and size */
	double		 cap_size;
	struct pdf_para	 para;
	enum block_kind	 para_kind;
	const struct pdf_line *prev;	/* the last line read into a body */
	const struct pdf_line *text_last; /* and into any story's, kept
					   * over photos and ads */
	const struct pdf_line *line;	/* the line being read */
	const struct pdf_line *ad_last;	/* the open ad's last line */
	const struct pdf_line *sf_last;	/* the open standfirst's last line */
	size_t		 sf_blocks;	/* the open article's standfirst blocks */
	double		 art_y1;	/* where the open article starts */
	double		 head_foot;	/* where its headline ends (art_y1: none) */
	double		 head_x1, head_x2; /* and its edges */
	double		*tops;		/* where each article starts */
	size_t		 cap_tops;
	double		 col_x1, col_x2; /* the body's column (pdf_column_edges) */
	double		 prev_col_x2;	/* its right edge at the line before */
};

static struct article *
pdf_cur(struct pdf_reader *r)
{
	return r->cur ? &r->pb.page->articles[r->cur - 1] : NULL;
}

/* --- roles ------------------------------------------------------------------ */

/* What a furniture line is, by its text and where it stands (band 1:
 * over the page, 2: under it): a folio is a page number alone ("3",
 * "- 3 -", "Page 3", "第3版"); an editor line names the page's editor; a
 * date line is a date alone; a price names what the paper costs; the rest
 * is the running header or footer of its band. */
static enum furniture_kind
pdf_furniture_kind(const char *text, int band)
{
	static const char *const price[] = { "定价", "零售", "Price", "PRICE",
	    "Cents", "CENTS", "cents", NULL };
	char *clean = clean_string(text, strlen(text));
	enum furniture_kind k = band == 2 ? FURNITURE_RUNNING_FOOTER :
	    FURNITURE_RUNNING_HEADER;
	size_t i;

	if (strspn(clean, "0123456789 -") == strlen(clean) ||
	    strncmp(clean, "Page ", 5) == 0 || strncmp(clean, "第", 3) == 0)
		k = FURNITURE_FOLIO;
	else if (strstr(clean, "编辑") || strstr(clean, "Editor"))
		k = FURNITURE_EDITOR_LINE;
	else if (segment_lines_is_meta(clean))
		k = FURNITURE_DATE_LINE;
	for (i = 0; price[i] && k != FURNITURE_FOLIO; i++)
		if (strstr(clean, price[i]) && strlen(clean) < PDF_PRICE_LEN)
			k = FURNITURE_PRICE;
	free(clean);
	return k;
}

/* A footer line: 责任编辑, a page number, a date, a line naming the
 * page's editor ("Design: … · Editor: …"). */
static bool
pdf_is_meta(const struct pdf_line *l)
{
	char *clean = clean_string(l->text, strlen(l->text));
	bool meta = segment_lines_is_meta(clean) ||
	    strspn(clean, "0123456789 -") == strlen(clean) ||
	    pdf_furniture_kind(clean, 2) == FURNITURE_EDITOR_LINE;

	free(clean);
	return meta;
}

/* A line of the page's header or footer by its words and where it
 * stands: in the footer band or as near the foot as a footer stands, a
 * date, a page number or the masthead's words with the paper's name
 * beside them ("The Elm Falls Herald · Sunday, March 15, 2025", "A2");
 * as near the top as a header stands (a masthead's second line, under
 * the header band), a date or the masthead's words. */
static bool
pdf_edge_words(const struct pdf_page *pg, const struct pdf_line *l)
{
	bool foot = l->band == 2 || l->b.y1 > (1 - PDF_FOOT_SHARE) * pg->height;
	bool top = l->b.y2 < PDF_EDGE_SHARE * pg->height;
	char *clean;
	bool yes;

	if (!foot && !top)
		return false;
	clean = clean_string(l->text, strlen(l->text));
	yes = (foot ? segment_lines_is_band_furniture(clean) :
	    segment_lines_is_header_words(clean)) &&
	    !segment_lines_is_jump(clean, NULL, NULL);	/* （接第1版） */
	free(clean);
	return yes;
}

static enum pdf_role
pdf_role(const struct pdf_page *pg, const struct pdf_line *l)
{
	double ratio = l->size / pg->body_size;

	if (l->band == 1 || ((l->band == 2 || l->b.y1 > (1 - PDF_FOOT_SHARE) *
	    pg->height) && pdf_is_meta(l)) || pdf_edge_words(pg, l))
		return ROLE_FURNITURE;
	if (l->doubled)
		return ROLE_AD;
	/* A scan's OCR layer gives each word a size estimated from its
	 * pixels, a point or two off; one font; no sign of what is a caption:
	 * only type clearly larger than the body is a headline. */
	if (pg->scan)
		return ratio >= PDF_SCAN_HEAD ? ROLE_HEAD : ROLE_BODY;
	if ((l->bold && ratio >= 1.25) || ratio >= 1.6 ||
	    (l->font != pg->body_font && ratio >= PDF_HEAD_OTHER_FONT))
		return ROLE_HEAD;
	if (l->bold && ratio >= 0.9)
		return ROLE_SECTION;
	if (ratio >= 1.05)
		return ROLE_SUB;
	if (l->font == pg->body_font && ratio > PDF_BODY_RATIO)
		return ROLE_BODY;
	return ROLE_OTHER;
}

/* Short and set flush right (standing in a third of the column from its
 * left) or centred in the column of the body line before it: a closing
 * byline. */
static bool
pdf_flush_right(const struct pdf_reader *r, const struct pdf_line *l)
{
	double w = r->col_x2 - r->col_x1;

	if (r->prev == NULL)
		return false;
	double mid = (l->b.x1 + l->b.x2) / 2 - (r->col_x1 + r->col_x2) / 2;

	if (l->b.x2 > r->col_x2 + 1 || l->b.x1 >= r->col_x2)
		return false;
	return l->b.x1 > r->col_x1 + 0.3 * w ||
	    (mid < 0.05 * w && mid > -0.05 * w && l->b.x1 > r->col_x1 + l->size);
}

/* --- paragraphs ------------------------------------------------------------- */

static void
pdf_para_add(struct pdf_reader *r, const struct pdf_line *l, unsigned long no)
{
	struct pdf_para *p = &r->para;

	p->lines = xgrow(p->lines, &p->cap, p->n + 1, sizeof *p->lines);
	p->lens = xgrow(p->lens, &p->cap2, p->n + 1, sizeof *p->lens);
	p->lines[p->n] = l->text;
	p->lens[p->n++] = strlen(l->text);
	if (p->first == 0)
		p->first = no;
	p->last = no;
}

static void
pdf_para_flush(struct pdf_reader *r)
{
	struct pdf_para *p = &r->para;
	struct article *a = pdf_cur(r);
	struct span sp;
	char *clean;

	if (p->n == 0 || a == NULL) {
		p->n = 0;
		p->first = 0;
		return;
	}
	sp = pagebuild_span(&r->pb, p->first, p->last);
	clean = clean_lines(p->lines, p->lens, p->n);
	/* The first paragraph (after a standfirst's, or a paragraph read
	 * before it out of place) may open with the byline. */
	if (r->para_kind == BLOCK_PARAGRAPH && (a->n_blocks <= r->sf_blocks ||
	    (a->byline.text == NULL && a->kind != ARTICLE_CONTINUATION)))
		pagebuild_inline_byline(a, clean, sp);
	pagebuild_block(a, r->para_kind, clean, sp);
	free(clean);
	p->n = 0;
	p->first = 0;
	r->para_kind = BLOCK_PARAGRAPH;
}

/* --- articles ------------------------------------------------------------------ */

/* Every element of an article without any text, as furniture of kind k. */
static void
pdf_to_furniture(struct pdf_reader *r, const struct article *a,
    enum furniture_kind k)
{
	struct page_meta *m = &r->pb.page->meta;
	size_t i;

	if (a->kicker.text && *a->kicker.text)
		page_meta_add(m, a->kicker.text, k);
	for (i = 0; i < a->n_decks; i++)
		page_meta_add(m, a->decks[i].text, k);
	if (a->subhead.text && *a->subhead.text)
		page_meta_add(m, a->subhead.text, k);
	if (a->byline.text && *a->byline.text)
		page_meta_add(m, a->byline.text, k);
	if (a->credit.text && *a->credit.text)
		page_meta_add(m, a->credit.text, k);
}

/* Close the open article.  One without any text is page furniture: the
 * masthead when it is the page's first and stands at its top, else a
 * block of display type with nothing under it (a banner, a label). */
static void
pdf_close(struct pdf_reader *r)
{
	struct article *a;

	pdf_para_flush(r);
	if ((a = pdf_cur(r)) != NULL && a->n_blocks == 0 &&
	    a->kind != ARTICLE_PHOTO) {
		pdf_to_furniture(r, a, r->cur == 1 && r->art_y1 <
		    PDF_MASTHEAD_SHARE * r->pg->height ? FURNITURE_MASTHEAD :
		    FURNITURE_OTHER);
		if (r->text_art == r->cur)
			r->text_art = 0;
		pagebuild_drop_last(&r->pb);
	}
	r->cur = 0;
	r->st = ST_NONE;
	r->prev = NULL;
}

static struct article *
pdf_open_article(struct pdf_reader *r, enum article_kind kind, enum pdf_state st)
{
	pdf_close(r);
	pagebuild_article(&r->pb, kind);
	r->cur = r->pb.page->n_articles;
	r->st = st;
	r->sf_blocks = 0;
	r->art_y1 = r->line ? r->line->b.y1 : 0;
	r->head_foot = r->art_y1;
	/* (no headline yet: an empty span, x1 past x2) */
	r->head_x1 = r->line ? r->line->b.x2 : 0;
	r->head_x2 = 0;
	r->tops = xgrow(r->tops, &r->cap_tops, r->cur, sizeof *r->tops);
	r->tops[r->cur - 1] = r->art_y1;
	if (kind != ARTICLE_PHOTO && kind != ARTICLE_AD) {
		r->text_art = r->cur;
		r->text_closed = false;
	}
	return pdf_cur(r);
}

/* --- lines by role ---------------------------------------------------------------- */

static void
pdf_read_sub(struct pdf_reader *r, const struct pdf_line *l, struct span sp)
{
	struct article *a = pdf_cur(r);
	char *clean = clean_string(l->text, strlen(l->text));

	if (a && (r->st == ST_HEAD || r->st == ST_BYLINE) && a->n_decks > 0) {
		if (a->subhead.text) {
			char *both = xasprintf("%s %s", a->subhead.text, clean);

			pagebuild_elem(a, &a->subhead, both,
			    pagebuild_span(&r->pb, a->subhead.span.first_line,
			    sp.last_line));
			free(both);
		} else
			pagebuild_elem(a, &a->subhead, clean, sp);
		r->st = ST_HEAD;
	} else if (a && r->st == ST_BODY) {
		pdf_para_flush(r);
		r->para_kind = BLOCK_SECTION_HEAD;
		pdf_para_add(r, l, sp.first_line);
		pdf_para_flush(r);
	} else {
		/* Above a headline: a kicker. */
		a = pdf_open_article(r, ARTICLE_NEWS, ST_HEAD);
		pagebuild_elem(a, &a->kicker, clean, sp);
		r->deck_size = 0;
	}
	free(clean);
}

/* Same size and left edge as the last headline line: a wrapped deck.
 * Centred lines (Chinese headlines) are decks of their own. */
static bool
pdf_deck_wraps(const struct pdf_reader *r, const struct pdf_line *l)
{
	return l->size > r->deck_last - 0.5 && l->size < r->deck_last + 0.5 &&
	    l->b.x1 < r->deck_x1 + 1 && l->b.x1 > r->deck_x1 - 1;
}

/* Headline lines are joined keeping a hyphen at the break: headlines are
 * not hyphenated, so "short-" "handed" is "short-handed". */
static void
pdf_deck_append(struct pdf_reader *r, struct article *a, const char *text,
    struct span sp)
{
	struct text_elem *last = &a->decks[a->n_decks - 1];
	size_t n = strlen(last->text);
	char *line = clean_string(text, strlen(text)), *joined;
	const char *v[2] = { last->text, line };
	size_t lens[2] = { n, strlen(line) };

	if (n > 0 && last->text[n - 1] == '-')
		joined = xasprintf("%s%s", last->text, line);
	else
		joined = clean_lines(v, lens, 2);
	free(line);
	free(last->text);
	last->text = joined;
	last->span = pagebuild_span(&r->pb, last->span.first_line, sp.last_line);
	a->span = pagebuild_span(&r->pb, a->span.first_line, sp.last_line);
}

static void
pdf_read_head(struct pdf_reader *r, const struct pdf_line *l, struct span sp)
{
	struct article *a = pdf_cur(r);
	char *clean;

	/* A headline beside the last one, not under it: another story's
	 * (on a scan poppler may give one headline line in pieces). */
	if (a == NULL || r->st != ST_HEAD || (a->n_decks > 0 && !r->pg->scan &&
	    (l->b.x1 >= r->deck_x2 || l->b.x2 <= r->deck_x1))) {
		a = pdf_open_article(r, ARTICLE_NEWS, ST_HEAD);
		r->deck_size = l->size;
		r->deck_font = l->font;
	} else if (r->deck_size == 0) {
		r->deck_size = l->size;	/* after a kicker */
		r->deck_font = l->font;
	} else if ((l->size < PDF_SUBHEAD_SIZE * r->deck_size &&
	    l->font != r->deck_font) || a->subhead.text) {
		/* Much smaller and in another face: the subhead; in the
		 * headline's own face it is a lower deck. */
		pdf_read_sub(r, l, sp);
		return;
	}
	if (a->n_decks > 0 && pdf_deck_wraps(r, l))
		pdf_deck_append(r, a, l->text, sp);
	else {
		clean = clean_string(l->text, strlen(l->text));
		pagebuild_deck(a, clean, sp);
		free(clean);
	}
	r->deck_x1 = l->b.x1;
	r->deck_x2 = l->b.x2;
	r->deck_last = l->size;
	if (l->b.y2 > r->head_foot)
		r->head_foot = l->b.y2;
	if (l->b.x2 > r->head_x2)
		r->head_x2 = l->b.x2;
	if (l->b.x1 < r->head_x1)
		r->head_x1 = l->b.x1;
}

/* A line of its own under the headline: the byline; a line under it in
 * the same style goes on with it (本报记者 / 名字).  One in another style
 * (smaller, or another face) is the writer's title ("AP Business
 * Writer"), not the byline: the story's credit line. */
static void
pdf_read_byline(struct pdf_reader *r, const struct pdf_line *l, struct span sp)
{
	struct article *a = pdf_cur(r);
	char *clean = clean_string(l->text, strlen(l->text));

	if (a->byline.text == NULL) {
		pagebuild_elem(a, &a->byline, clean, sp);
		r->by_font = l->font;
		r->by_size = l->size;
	} else if (l->font != r->by_font || l->size < r->by_size - PDF_SAME_SIZE ||
	    l->size > r->by_size + PDF_SAME_SIZE) {
		/* The writer's title belongs to the story: its credit line,
		 * as the text path keeps it. */
		if (a->credit.text == NULL)
			pagebuild_elem(a, &a->credit, clean, sp);
		else
			page_meta_add(&r->pb.page->meta, clean, FURNITURE_OTHER);
	} else {
		char *both = xasprintf("%s %s", a->byline.text, clean);

		pagebuild_elem(a, &a->byline, both, pagebuild_span(&r->pb,
		    a->byline.span.first_line, sp.last_line));
		free(both);
	}
	r->st = ST_BYLINE;
	free(clean);
}

/* A credit: "… 摄", "Photo: …", or a short line in another font than the
 * caption's (often italic or smaller). */
static bool
pdf_is_credit(const struct pdf_reader *r, const struct pdf_line *l,
    const char *clean)
{
	if (segment_lines_is_credit(clean) || segment_lines_is_credit_word(clean))
		return true;
	return strlen(clean) < 60 && (l->font != r->cap_font ||
	    l->size < r->cap_size - 0.2 || l->size > r->cap_size + 0.2);
}

static void
pdf_read_caption(struct pdf_reader *r, const struct pdf_line *l, struct span sp)
{
	struct article *a = pdf_cur(r);
	char *clean = clean_string(l->text, strlen(l->text));

	if (r->st == ST_CAPTION && pdf_is_credit(r, l, clean)) {
		pdf_para_flush(r);
		pagebuild_elem(a, &a->credit, clean, sp);
		r->st = ST_CLOSED;
		free(clean);
		return;
	}
	if (r->st != ST_CAPTION) {
		a = pdf_open_article(r, ARTICLE_PHOTO, ST_CAPTION);
		r->cap_font = l->font;
		r->cap_size = l->size;
	}
	pdf_para_add(r, l, sp.first_line);
	free(clean);
}

/* pred on line l's clean text. */
static bool
pdf_line_is(const struct pdf_line *l, bool (*pred)(const char *))
{
	char *clean = clean_string(l->text, strlen(l->text));
	bool yes = pred(clean);

	free(clean);
	return yes;
}

static bool
pdf_ends_sentence(const struct pdf_line *l)
{
	return pdf_line_is(l, segment_lines_ends_sentence);
}

static void
pdf_read_other(struct pdf_reader *r, const struct pdf_line *l, struct span sp)
{
	struct article *a = pdf_cur(r);

	/* (a sentence: a photo's caption, not a name; a scan shows no
	 * photos) */
	if (a && a->n_decks > 0 && (r->st == ST_HEAD || r->st == ST_BYLINE) &&
	    (r->pg->scan || !pdf_ends_sentence(l))) {
		pdf_read_byline(r, l, sp);
		return;
	}
	/* Signed at the end, flush right: a closing byline. */
	if (a && r->st == ST_BODY && a->byline.text == NULL &&
	    pdf_flush_right(r, l) && strlen(l->text) < 60) {
		char *clean = clean_string(l->text, strlen(l->text));

		pdf_para_flush(r);
		pagebuild_elem(a, &a->byline, clean, sp);
		free(clean);
		r->st = ST_CLOSED;
		r->text_closed = true;
		return;
	}
	pdf_read_caption(r, l, sp);
}

/* A jump line: continued on (closes the article) or from another page. */
static bool
pdf_read_jump(struct pdf_reader *r, const struct pdf_line *l, struct span sp)
{
	enum jump_dir dir;
	int page = 0;
	char *clean = clean_string(l->text, strlen(l->text));
	struct article *a;

	if (!segment_lines_is_jump(clean, &dir, &page)) {
		free(clean);
		return false;
	}
	pdf_para_flush(r);
	if ((a = pdf_cur(r)) == NULL || r->st == ST_CAPTION || r->st == ST_AD ||
	    r->st == ST_CLOSED)
		a = pdf_open_article(r, ARTICLE_NEWS, ST_BODY);
	pagebuild_jump(a, dir, page, clean, sp);
	if (dir == JUMP_FROM) {
		a->kind = ARTICLE_CONTINUATION;
		r->st = ST_BODY;
	} else {
		r->st = ST_CLOSED;
		r->text_closed = true;
	}
	free(clean);
	return true;
}

/* Whether l starts a paragraph: indented, or the line before it ended
 * short of its column's right edge. */
static bool
pdf_para_starts(const struct pdf_reader *r, const struct pdf_line *l)
{
	const struct pdf_line *p = r->prev;
	double em = l->size;

	if (p == NULL)
		return true;
	/* Indented against its column and the line before: beside a drop
	 * cap every line stands in from the column's edge. */
	if (l->b.x1 > r->col_x1 + PDF_PARA_INDENT * em &&
	    l->b.x1 > p->text_x1 + PDF_PARA_INDENT * em)
		return true;
	return p->b.x2 < r->prev_col_x2 - PDF_PARA_SHORT * em;
}

/* The edges of the column a body line stands in: its block's; when the
 * cuts made the line a block of its own (it knows no more than the line),
 * the line's widened by the body lines above it in the same column. */
static void
pdf_column_edges(struct pdf_reader *r, const struct pdf_line *l)
{
	const struct pdf_line *p = r->prev;

	bool own_block = l->leaf_x1 < l->b.x1 - 0.5 || l->leaf_x2 > l->b.x2 + 0.5;

	/* A scan's runs of lines are its columns (pdf_leaf_flow); OCR boxes
	 * are too ragged to widen them line by line. */
	if (p == NULL || own_block || r->pg->scan || l->b.x1 > p->b.x2 ||
	    l->b.x2 < p->b.x1) {
		r->col_x1 = l->leaf_x1;
		r->col_x2 = l->leaf_x2;
	}
	if (l->b.x1 < r->col_x1)
		r->col_x1 = l->b.x1;
	if (l->b.x2 > r->col_x2)
		r->col_x2 = l->b.x2;
}

/* The text read next goes on with story k (+ 1), open again. */
static void
pdf_go_on_with(struct pdf_reader *r, size_t k)
{
	pdf_para_flush(r);
	r->cur = k;
	r->text_art = k;
	r->text_closed = false;
	r->st = ST_BODY;
	r->prev = NULL;
}

/* The latest story (+ 1) whose text stops mid-sentence; 0 for none. */
static size_t
pdf_unfinished(const struct pdf_reader *r)
{
	const struct article *v = r->pb.page->articles;
	const struct block *b;
	char *clean;
	bool ends;
	size_t k;

	for (k = r->pb.page->n_articles; k > 0; k--) {
		if ((v[k - 1].kind != ARTICLE_NEWS &&
		    v[k - 1].kind != ARTICLE_BRIEF &&
		    v[k - 1].kind != ARTICLE_CONTINUATION) ||
		    v[k - 1].n_blocks == 0)
			continue;
		b = &v[k - 1].blocks[v[k - 1].n_blocks - 1];
		clean = xstrdup(b->text);
		ends = segment_lines_ends_sentence(clean);
		free(clean);
		if (!ends)
			return k;
	}
	return 0;
}

/* Body after a photo or an ad goes on with the story they interrupted,
 * unless it jumped away; else it starts an article without a headline. */
static void
pdf_body_article(struct pdf_reader *r)
{
	size_t k;

	if (r->st == ST_HEAD || r->st == ST_BYLINE || r->st == ST_BODY)
		return;
	/* (a photo closed by its credit is no story that ended; a story
	 * runs down and to the right: text in a column left of where it
	 * stopped is another's) */
	if (r->text_art && !r->text_closed &&
	    (r->st != ST_CLOSED || r->cur != r->text_art) &&
	    !(r->text_last != NULL && r->line != NULL &&
	    r->line->b.x2 < r->text_last->b.x1)) {
		pdf_para_flush(r);
		r->cur = r->text_art;
		r->st = ST_BODY;
		return;
	}
	/* A Latin line going on in lower case goes on with the latest story
	 * whose text stopped mid-sentence, not a new one. */
	if (r->line != NULL && r->line->text[0] >= 'a' &&
	    r->line->text[0] <= 'z' && (k = pdf_unfinished(r)) != 0) {
		pdf_go_on_with(r, k);
		return;
	}
	pdf_open_article(r, ARTICLE_NEWS, ST_BODY);
}

/* Whether line l stands in from its column's left edge (its block's,
 * or the line under it's) by a paragraph's indent. */
static bool
pdf_indented(const struct pdf_page *pg, const struct pdf_line *l)
{
	const struct pdf_line *n = l + 1;
	double left = l->leaf_x1;

	if (n < pg->lines + pg->n_lines && n->b.y1 > l->b.y1 &&
	    n->b.x1 < l->b.x2 && n->b.x1 < left)
		left = n->b.x1;
	return l->b.x1 > left + PDF_PARA_INDENT * l->size;
}

/* Body text opening a column block above where the open story starts
 * cannot be that story's: text runs down a column and on at the next
 * one's top.  It goes on with the latest story before it that starts
 * above it (a story read down one column while its end stands at the top
 * of the next, the cuts having read the whole column first), whether the
 * open story goes on or ended (signed, or jumped away) over it.
 * Nor can text level with the open story's headline, off the width of a
 * headline run across columns (or of one over a column, when the text
 * opens a paragraph after the story's last sentence): a story's text
 * stands under its headline.  That goes on with a story above it that
 * stopped mid-sentence, or else is a brief of its own (without a
 * headline). */
static void
pdf_column_top(struct pdf_reader *r, const struct pdf_line *l)
{
	struct article *v = r->pb.page->articles;
	bool beside;
	size_t k;

	if ((r->st != ST_BODY && r->st != ST_CLOSED) || !l->gap_before ||
	    r->cur == 0 || r->pg->scan)
		return;
	/* (a headline over one column may top a story going on level
	 * with it in the next; not when the text there starts a paragraph
	 * after the story's sentence ended) */
	beside = l->b.y1 + l->size < r->head_foot && l->b.x1 >= r->head_x2 &&
	    (r->head_x2 - r->head_x1 > PDF_HEAD_ACROSS * (r->col_x2 - r->col_x1) ||
	    (r->prev != NULL && pdf_ends_sentence(r->prev) &&
	    pdf_indented(r->pg, l)));
	if (beside) {
		/* a story that stopped mid-sentence, above it, goes on (on
		 * a line that opens no paragraph) */
		pdf_para_flush(r);
		k = pdf_indented(r->pg, l) ? 0 : pdf_unfinished(r);
		if (k > 0 && k != r->cur && r->tops[k - 1] <= l->b.y1) {
			pdf_go_on_with(r, k);
			r->art_y1 = r->tops[k - 1];
		} else {
			pdf_open_article(r, ARTICLE_NEWS, ST_BODY);
			r->prev = NULL;
		}
		return;
	}
	if (r->tops[r->cur - 1] <= l->b.y1 + l->size)
		return;
	/* Under a story that ended, an indented first line starts a story
	 * of its own (a brief without a headline). */
	if (r->st == ST_CLOSED && pdf_indented(r->pg, l))
		return;
	for (k = r->cur - 1; k > 0; k--) {
		if ((v[k - 1].kind != ARTICLE_NEWS &&
		    v[k - 1].kind != ARTICLE_CONTINUATION) ||
		    r->tops[k - 1] > l->b.y1)
			continue;
		pdf_go_on_with(r, k);
		r->art_y1 = r->tops[k - 1];
		return;
	}
}

/* A blank line's space in a column of text, nothing in it (a section
 * head stands in such a space), under a sentence's end and over an
 * indented line: the story ended, a brief without a headline starts (a
 * story's own paragraphs follow each other at the leading).  The same
 * under a band where every column's text ends together, whichever
 * column the sentence ended in. */
static bool
pdf_item_break(const struct pdf_reader *r, const struct pdf_line *l)
{
	const struct pdf_line *p = r->prev;
	char *clean;
	bool ended;

	if (r->st != ST_BODY || p == NULL || p != l - 1 || r->pg->scan ||
	    !pdf_indented(r->pg, l))
		return false;
	if (!l->after_band &&
	    (l->b.y1 - p->b.y2 < PDF_ITEM_GAP * l->size ||
	    l->b.x1 >= p->b.x2 || l->b.x2 <= p->b.x1 || l->b.y1 < p->b.y1))
		return false;
	clean = clean_string(p->text, strlen(p->text));
	ended = segment_lines_ends_sentence(clean);
	free(clean);
	return ended;
}

static void
pdf_read_body(struct pdf_reader *r, const struct pdf_line *l, struct span sp)
{
	if (pdf_read_jump(r, l, sp))
		return;
	pdf_column_top(r, l);
	if (pdf_item_break(r, l)) {
		pdf_para_flush(r);
		pdf_open_article(r, ARTICLE_NEWS, ST_BODY);
		r->prev = NULL;
	}
	pdf_body_article(r);
	if (r->st != ST_BODY) {
		r->st = ST_BODY;
		r->prev = NULL;
	}
	r->prev_col_x2 = r->col_x2;
	pdf_column_edges(r, l);
	if (pdf_para_starts(r, l))
		pdf_para_flush(r);
	pdf_para_add(r, l, sp.first_line);
	r->prev = l;
	r->text_last = l;
}

static void
pdf_read_section(struct pdf_reader *r, const struct pdf_line *l,
    struct span sp)
{
	if (r->st != ST_BODY) {
		pdf_read_other(r, l, sp);
		return;
	}
	pdf_para_flush(r);
	r->para_kind = BLOCK_SECTION_HEAD;
	pdf_para_add(r, l, sp.first_line);
	pdf_para_flush(r);
	r->prev = NULL;
}

/* An ad's lines are its paragraphs. */
static void
pdf_read_ad(struct pdf_reader *r, const struct pdf_line *l, struct span sp)
{
	const struct pdf_line *p = r->ad_last;

	/* Another ad: not under the last line, or well apart from it. */
	if (r->st != ST_AD || p == NULL || l->b.x1 > p->b.x2 ||
	    l->b.x2 < p->b.x1 || l->b.y1 < p->b.y1 ||
	    l->b.y1 - p->b.y2 > PDF_AD_GAP * l->size)
		pdf_open_article(r, ARTICLE_AD, ST_AD);
	r->ad_last = l;
	pdf_para_flush(r);
	pdf_para_add(r, l, sp.first_line);
	pdf_para_flush(r);
}

/* "By …", 本报记者 …, 本报讯（记者 …）. */
static bool
pdf_worded_byline(const struct pdf_line *l)
{
	char *clean = clean_string(l->text, strlen(l->text));
	bool byline = segment_lines_is_own_byline(clean) ||
	    segment_lines_byline_prefix(clean) > 0;

	free(clean);
	return byline;
}

/* A byline alone on its line: "By …", 本报记者 …. */
static bool
pdf_own_byline(const struct pdf_line *l)
{
	return pdf_line_is(l, segment_lines_is_own_byline);
}

/* An opening byline with nothing after it on its line (本报讯（记者 …）
 * wrapped before the text's first word). */
static bool
pdf_opening_byline_alone(const struct pdf_line *l)
{
	char *clean = clean_string(l->text, strlen(l->text));
	size_t k = segment_lines_byline_prefix(clean);
	bool alone;

	while (k > 0 && clean[k] == ' ')
		k++;
	/* (closed: 本报北京1月1日讯 alone may go on with （记者 …） below) */
	alone = k > 0 && clean[k] == '\0' &&
	    (seg_ends_with(clean, "\xef\xbc\x89") ||	/* ） */
	    seg_ends_with(clean, "\xef\xbc\x9a"));	/* ： */
	free(clean);
	return alone;
}

/* A byline that is a reporter's title alone (本报记者, 通讯员) wants the
 * name on the line under it: a few characters, no sentence. */
static bool
pdf_byline_wants_name(const char *byline, const struct pdf_line *l)
{
	static const char *const title[] = { "记者", "記者", "通讯员",
	    "通訊員", NULL };
	size_t n = strlen(byline), i, k;
	char *clean;
	bool name;

	for (i = 0; title[i]; i++)
		if (n >= (k = strlen(title[i])) &&
		    strcmp(byline + n - k, title[i]) == 0)
			break;
	if (title[i] == NULL)
		return false;
	clean = clean_string(l->text, strlen(l->text));
	name = strlen(clean) <= PDF_NAME_BYTES &&
	    !segment_lines_ends_sentence(clean);
	free(clean);
	return name;
}

/* A line under a headline in its face: a lower deck when at about the
 * body's size or more and not worded as a byline ("By …", 本报记者 …): a
 * byline set in that face is. */
static bool
pdf_lower_deck(const struct pdf_reader *r, const struct pdf_line *l)
{
	if (l->size < PDF_DECK_MIN * r->pg->body_size)
		return false;
	/* Worded as a byline it is one, whatever its size: a paper may set
	 * its bylines in the headline's face at the body's size or more. */
	return !pdf_worded_byline(l);
}

/* A short line right above a headline, standing at its left edge or
 * centred over it, in a smaller size: the kicker (a topic label). */
static bool
pdf_is_kicker(const struct pdf_reader *r, const struct pdf_line *l,
    const struct pdf_line *next)
{
	double gap, ml, mn;

	if (next == NULL || pdf_role(r->pg, next) != ROLE_HEAD ||
	    l->size >= next->size || strlen(l->text) > PDF_KICKER_LEN)
		return false;
	gap = next->b.y1 - l->b.y2;
	ml = (l->b.x1 + l->b.x2) / 2;
	mn = (next->b.x1 + next->b.x2) / 2;
	return gap > -1 && gap < next->size &&
	    ((l->b.x1 < next->b.x1 + 1 && l->b.x1 > next->b.x1 - 1) ||
	    (ml < mn + 2 && ml > mn - 2));
}

static void
pdf_read_kicker(struct pdf_reader *r, const struct pdf_line *l, struct span sp)
{
	struct article *a = pdf_open_article(r, ARTICLE_NEWS, ST_HEAD);
	char *clean = clean_string(l->text, strlen(l->text));

	pagebuild_elem(a, &a->kicker, clean, sp);
	r->deck_size = 0;
	free(clean);
}

static bool
pdf_same_style(const struct pdf_line *a, const struct pdf_line *b)
{
	return a->font == b->font && a->size < b->size + PDF_SAME_SIZE &&
	    a->size > b->size - PDF_SAME_SIZE;
}

/* Lines in a style of their own, not the body's, whose run (the lines
 * in that style running down the page) ends right over a credit line
 * ("Photo: …", "… 摄"): a photo's caption, whatever its size. */
static bool
pdf_caption_over_credit(const struct pdf_reader *r, const struct pdf_line *l)
{
	const struct pdf_line *end = r->pg->lines + r->pg->n_lines, *e = l;
	size_t n = 1;
	char *clean;
	bool credit;

	if (l->font == r->pg->body_font || l->band != 0)
		return false;
	while (e + 1 < end && pdf_same_style(e + 1, l) && e[1].band == 0 &&
	    e[1].b.y1 >= e->b.y1 && n++ < PDF_CAPTION_LINES)
		e++;
	if (e + 1 >= end || e[1].band != 0 || e[1].b.y1 < e->b.y1 ||
	    e[1].b.y1 - e->b.y2 > e->size)
		return false;
	clean = clean_string(e[1].text, strlen(e[1].text));
	credit = segment_lines_is_credit(clean) ||
	    segment_lines_is_credit_word(clean);
	free(clean);
	return credit;
}

/* Under a headline's decks, display type in a style of its own, near the
 * body's size, whose lines (the run in its style) end a sentence: the
 * standfirst, the story's opening summary, not a deck (decks are
 * phrases).  Returns its last line, or NULL. */
static const struct pdf_line *
pdf_standfirst(struct pdf_reader *r, const struct pdf_line *l)
{
	const struct pdf_line *end = r->pg->lines + r->pg->n_lines, *e = l;
	struct article *a = pdf_cur(r);
	char *clean;
	bool sentence;

	if (a == NULL || r->st != ST_HEAD || a->n_decks == 0 ||
	    l->size >= PDF_STANDFIRST_MAX * r->pg->body_size ||
	    (l->size < r->deck_last + PDF_SAME_SIZE &&
	    l->size > r->deck_last - PDF_SAME_SIZE && l->font == r->deck_font))
		return NULL;
	while (e + 1 < end && pdf_same_style(e + 1, l) && e[1].band == 0 &&
	    e[1].b.y1 >= e->b.y1)
		e++;
	clean = clean_string(e->text, strlen(e->text));
	sentence = segment_lines_ends_sentence(clean);
	free(clean);
	return sentence ? e : NULL;
}

/* The last line of a story, over the next headline (or its kicker) or
 * an ad, short, in another face than the body's or worded as a byline
 * (（本报记者 …）), not a kicker itself (right
 * over the headline) and not ending a sentence: the writer's name
 * signing it. */
/* Whether the story ends under line l: a headline, an ad or a kicker
 * over one follows, or the page's footer, or nothing, or text a blank
 * line's space under it. */
static bool
pdf_story_ends_under(struct pdf_reader *r, const struct pdf_line *l,
    const struct pdf_line *next)
{
	const struct pdf_line *end = r->pg->lines + r->pg->n_lines;

	if (next == NULL || next->band == 2 ||
	    pdf_role(r->pg, next) == ROLE_FURNITURE)
		return true;
	if (next->band != 0 || pdf_is_kicker(r, l, next))
		return false;
	/* the column goes on only after a blank line's space: another item */
	if (next->b.y1 - l->b.y2 >= PDF_ITEM_GAP * l->size &&
	    next->b.x1 < r->col_x2 && next->b.x2 > r->col_x1)
		return true;
	/* the column ends under it: what follows stands higher, right of it */
	if (next->b.x1 >= r->col_x2 && next->b.y1 < l->b.y1)
		return true;
	return pdf_role(r->pg, next) == ROLE_HEAD ||
	    pdf_role(r->pg, next) == ROLE_AD || (next + 1 < end &&
	    pdf_role(r->pg, next + 1) == ROLE_HEAD && pdf_is_kicker(r, next,
	    next + 1));
}

/* In the body's face, a signature is a name alone, or in brackets, set
 * flush right under a paragraph that ended, and the story ends with it:
 * a headline, an ad or another column follows (（叶梅）, 潘宇). */
static bool
pdf_body_face_signature(struct pdf_reader *r, const struct pdf_line *l,
    const struct pdf_line *next)
{
	char *clean, *prev;
	bool sign, ended;

	if (r->prev == NULL || !pdf_flush_right(r, l))
		return false;
	if (!pdf_story_ends_under(r, l, next) && next->b.y1 > l->b.y1 &&
	    next->b.x1 < l->b.x2)
		return false;	/* the column goes on under it */
	clean = clean_string(l->text, strlen(l->text));
	prev = clean_string(r->prev->text, strlen(r->prev->text));
	sign = (segment_lines_is_signature(clean) ||
	    segment_lines_is_names_only(clean)) &&
	    !segment_lines_is_jump(clean, NULL, NULL);	/* （下转第2版） */
	ended = segment_lines_ends_sentence(prev);
	free(clean);
	free(prev);
	return sign && ended;
}

static bool
pdf_end_signature(struct pdf_reader *r, const struct pdf_line *l,
    const struct pdf_line *next)
{
	struct article *a = pdf_cur(r);
	char *clean;
	bool sentence;

	if (a == NULL || r->st != ST_BODY || a->byline.text != NULL ||
	    strlen(l->text) >= PDF_KICKER_LEN)
		return false;
	if (l->font == r->pg->body_font && !pdf_own_byline(l))
		return pdf_body_face_signature(r, l, next);
	if (!pdf_story_ends_under(r, l, next))
		return false;
	clean = clean_string(l->text, strlen(l->text));
	sentence = segment_lines_ends_sentence(clean) ||
	    segment_lines_is_credit(clean) ||
	    segment_lines_is_credit_word(clean);	/* a photo's, under it */
	free(clean);
	return !sentence;
}

/* A line under a headline opening with a dash (——): its subhead. */
static bool
pdf_dash_subhead(struct pdf_reader *r, const struct pdf_line *l)
{
	struct article *a = pdf_cur(r);

	return a && r->st == ST_HEAD && a->n_decks > 0 &&
	    strncmp(l->text, "\xe2\x80\x94", 3) == 0;
}

static void
pdf_read_line(struct pdf_reader *r, const struct pdf_line *l,
    const struct pdf_line *next, unsigned long no)
{
	struct span sp = pagebuild_span(&r->pb, no, no);

	enum pdf_role role = pdf_role(r->pg, l);

	r->line = l;
	/* A standfirst's lines are its story's first paragraph. */
	if (r->sf_last == NULL && (role == ROLE_HEAD || role == ROLE_SUB ||
	    role == ROLE_SECTION))
		r->sf_last = pdf_standfirst(r, l);
	if (r->sf_last != NULL) {
		if (r->st == ST_HEAD || r->st == ST_BYLINE)
			r->st = ST_BODY;
		pdf_para_add(r, l, sp.first_line);
		if (l == r->sf_last) {
			/* A byline may stand under it; the first paragraph
			 * after it may open with one. */
			pdf_para_flush(r);
			r->sf_last = NULL;
			r->prev = NULL;
			r->st = ST_BYLINE;
			r->sf_blocks = pdf_cur(r)->n_blocks;
		}
		return;
	}
	if ((role == ROLE_SECTION || role == ROLE_OTHER || role == ROLE_BODY) &&
	    pdf_end_signature(r, l, next)) {
		char *clean = clean_string(l->text, strlen(l->text));

		pdf_para_flush(r);
		/* A continuation's signature is the story's byline, pages
		 * back: here it stays the last paragraph, as printed. */
		if (pdf_cur(r)->kind == ARTICLE_CONTINUATION) {
			pdf_para_add(r, l, sp.first_line);
			pdf_para_flush(r);
		} else
			pagebuild_elem(pdf_cur(r), &pdf_cur(r)->byline, clean,
			    sp);
		free(clean);
		r->st = ST_CLOSED;
		r->text_closed = true;
		return;
	}
	/* Display type over a credit line is a photo's caption. */
	if ((role == ROLE_SUB || role == ROLE_SECTION || role == ROLE_OTHER) &&
	    r->st != ST_HEAD && ((r->st == ST_CAPTION && l->font == r->cap_font &&
	    l->size < r->cap_size + PDF_SAME_SIZE &&
	    l->size > r->cap_size - PDF_SAME_SIZE) ||
	    pdf_caption_over_credit(r, l))) {
		pdf_read_caption(r, l, sp);
		return;
	}
	if ((role == ROLE_HEAD || role == ROLE_SUB || role == ROLE_OTHER) &&
	    pdf_dash_subhead(r, l)) {
		pdf_read_sub(r, l, sp);
		return;
	}
	/* Under a headline, a line in the headline's face is a lower deck,
	 * unless it is a byline. */
	if (r->st == ST_HEAD && r->deck_size > 0 && l->font == r->deck_font &&
	    (role == ROLE_SECTION || role == ROLE_SUB || role == ROLE_OTHER ||
	    (role == ROLE_HEAD && l->size < r->deck_size - PDF_SAME_SIZE)))
		role = pdf_lower_deck(r, l) ? ROLE_HEAD : ROLE_OTHER;
	/* Under a standfirst, a byline in the headline's face; under the
	 * decks, a byline in a display face of its own, smaller than them. */
	else if ((role == ROLE_HEAD || role == ROLE_SUB) && ((r->st == ST_BYLINE &&
	    pdf_cur(r)->byline.text == NULL) || (r->st == ST_HEAD &&
	    pdf_cur(r)->n_decks > 0 && l->size < r->deck_last - PDF_SAME_SIZE)) &&
	    pdf_worded_byline(l))
		role = ROLE_OTHER;
	/* Under a byline, a line in its style is its second line; in the
	 * body's style only a name under a reporter's title alone (本报记者 /
	 * 名字) or a second role (本报记者 钟霞 / 通讯员 朱佳): else it is the
	 * body. */
	else if (r->st == ST_BYLINE && pdf_cur(r)->byline.text != NULL &&
	    l->font == r->by_font && l->size < r->by_size + PDF_SAME_SIZE &&
	    l->size > r->by_size - PDF_SAME_SIZE && role != ROLE_FURNITURE &&
	    role != ROLE_AD && (role != ROLE_BODY ||
	    pdf_byline_wants_name(pdf_cur(r)->byline.text, l) ||
	    pdf_own_byline(l)))
		role = ROLE_OTHER;
	/* A byline in the body's face, alone on its line under the
	 * headline (or its standfirst). */
	else if (role == ROLE_BODY && ((r->st == ST_HEAD &&
	    pdf_cur(r)->n_decks > 0) || (r->st == ST_BYLINE &&
	    pdf_cur(r)->byline.text == NULL)) && pdf_own_byline(l))
		role = ROLE_OTHER;
	else if (role == ROLE_BODY && r->st == ST_HEAD &&
	    pdf_cur(r)->n_decks > 0 && pdf_opening_byline_alone(l)) {
		pdf_read_byline(r, l, sp);
		return;
	}
	/* A kicker may be display type too, when clearly smaller than the
	 * headline under it and no headline is being read. */
	else if (role != ROLE_FURNITURE && role != ROLE_AD &&
	    (role != ROLE_HEAD || (r->st != ST_HEAD && next != NULL &&
	    l->size < next->size - PDF_SAME_SIZE)) &&
	    pdf_is_kicker(r, l, next)) {
		pdf_read_kicker(r, l, sp);
		return;
	}
	switch (role) {
	case ROLE_FURNITURE:
		page_meta_add(&r->pb.page->meta, l->text,
		    pdf_furniture_kind(l->text, l->band ? l->band : 2));
		break;
	case ROLE_AD:
		pdf_read_ad(r, l, sp);
		break;
	case ROLE_HEAD:
		pdf_read_head(r, l, sp);
		break;
	case ROLE_SUB:
		pdf_read_sub(r, l, sp);
		break;
	case ROLE_SECTION:
		pdf_read_section(r, l, sp);
		break;
	case ROLE_BODY:
		pdf_read_body(r, l, sp);
		break;
	case ROLE_OTHER:
		if (!pdf_read_jump(r, l, sp))
			pdf_read_other(r, l, sp);
		break;
	}
}

/* Whether most of the page's glyphs are CJK. */
static bool
pdf_page_cjk(const struct pdf_page *pg)
{
	size_t i, wide = 0;

	for (i = 0; i < pg->n_glyphs; i++)
		wide += clean_is_wide(pg->glyphs[i].c);
	return wide * 2 > pg->n_glyphs;
}

/* Kinds (brief, notice) by the habits the text path's segmentation reads
 * them by: a short story, signed at its end or without a headline or a
 * staff byline, is a brief.  The PDF's geometry is a layout's: read as
 * -layout text is.  Every headline-only article became furniture in
 * pdf_close, so no article is taken for a section label here. */
static void
pdf_set_kinds(const struct pdf_page *pg, struct page *p)
{
	struct seg_page sp;

	memset(&sp, 0, sizeof sp);
	sp.page = p;
	sp.mode = SEG_MODE_LAYOUT;
	sp.cjk = pdf_page_cjk(pg);
	segment_kinds_decide(&sp, p->articles, p->n_articles);
}

/* A date or page line near the top that no header band took (a
 * masthead set large leaves no thin band over the page): it and every
 * line standing higher (the paper's name) are the page's header. */
static void
pdf_mark_masthead(struct pdf_page *pg)
{
	double under = -1;
	size_t i;

	for (i = 0; i < pg->n_lines; i++) {
		const struct pdf_line *l = &pg->lines[i];
		if (l->band == 0 && l->b.y2 < PDF_EDGE_SHARE * pg->height &&
		    pdf_edge_words(pg, l) && (l->b.y1 + l->b.y2) / 2 > under)
			under = (l->b.y1 + l->b.y2) / 2;
	}
	for (i = 0; i < pg->n_lines && under >= 0; i++) {
		struct pdf_line *l = &pg->lines[i];
		if (l->band == 0 && (l->b.y1 + l->b.y2) / 2 <= under)
			l->band = 1;
	}
}

static void
pdf_read_all(struct pdf_page *pg, struct page *page)
{
	struct pdf_reader r;
	size_t i;

	memset(&r, 0, sizeof r);
	r.pg = pg;
	r.para_kind = BLOCK_PARAGRAPH;
	pagebuild_init(&r.pb, page);
	r.line_no = xcalloc(pg->n_lines + 1, sizeof *r.line_no);
	if (!pg->scan)
		pdf_mark_masthead(pg);
	for (i = 0; i < pg->n_lines; i++)
		r.line_no[i] = pagebuild_line(&r.pb, pg->lines[i].text,
		    strlen(pg->lines[i].text));
	for (i = 0; i < pg->n_lines; i++)
		pdf_read_line(&r, &pg->lines[i], i + 1 < pg->n_lines ?
		    &pg->lines[i + 1] : NULL, r.line_no[i]);
	pdf_close(&r);
	pdf_set_kinds(pg, page);
	pagebuild_finish(&r.pb, "UTF-8");
	free(r.para.lines);
	free(r.para.lens);
	free(r.line_no);
	free(r.tops);
}

static int
loader_pdf_load(struct page *page, const unsigned char *buf, size_t n,
    const struct load_options *opt, struct diag_list *diags)
{
	struct pdf_page pg;
	char *err = NULL;

	if (pdf_read_page(&pg, buf, n, page->part, &err) != 0) {
		diag_add(diags, DIAG_ERROR, page->path, 0, -1,
		    _("cannot read the PDF: %s"), err);
		free(err);
		return -1;
	}
	pdf_order_lines(&pg);
	if (pg.n_lines == 0)
		diag_add(diags, DIAG_WARNING, page->path, 0, -1,
		    _("the PDF page has no text (a scan without OCR?)"));
	pdf_read_all(&pg, page);
	/* The fake-bold twins dropped: artefacts, recorded, not lost. */
	page_meta_add_removed(&page->meta, pg.removed.s, pg.removed.len);
	pdf_page_free(&pg);
	return 0;
}

static int
loader_pdf_parts(const char *path, const unsigned char *buf, size_t n,
    struct diag_list *diags)
{
	char *err = NULL;
	int count = pdf_read_count(buf, n, &err);

	if (count < 0)
		diag_add(diags, DIAG_ERROR, path, 0, -1,
		    _("cannot read the PDF: %s; not read"), err ? err : _("unreadable"));
	free(err);
	return count < 0 ? 0 : count;
}

#else /* !HAVE_POPPLER */

static int
loader_pdf_load(struct page *page, const unsigned char *buf, size_t n,
    const struct load_options *opt, struct diag_list *diags)
{
	diag_add(diags, DIAG_ERROR, page->path, 0, -1,
	    _("PDF pages are not supported in this build (needs poppler-glib)"));
	return -1;
}

/* Without poppler the page count is unknown: one page stands for all. */
static int
loader_pdf_parts(const char *path, const unsigned char *buf, size_t n,
    struct diag_list *diags)
{
	return 1;
}

#endif /* HAVE_POPPLER */

/* By content: "%PDF-" near the start (some writers put junk before it). */
static int
loader_pdf_probe(const char *path, const unsigned char *head, size_t n)
{
	size_t i, lim = n < 1024 ? n : 1024;

	for (i = 0; i + 5 <= lim; i++)
		if (memcmp(head + i, "%PDF-", 5) == 0)
			return 1;
	return 0;
}

const struct loader loader_pdf = {
	"pdf",
	loader_pdf_probe,
	loader_pdf_load,
	loader_pdf_parts,
};

/* alto_geom.c: an ALTO page without tags read from its geometry, the way
 * a PDF page is read (see alto_int.h).
 *
 * Type size is the TextStyle FONTSIZE where the page gives one for most of
 * its text and more than one size, else the line height; the body size is the median, weighted by
 * text.  In reading order (alto_order.c):
 *   headline   a line this much larger than the body, or a line of
 *              capitals centred in its column (old papers set their heads
 *              in body-sized capitals); lines of about the same size and
 *              case in a row are one deck, other lines centred under it
 *              further decks, so a headline set on several lines stays whole
 *   subhead    a line somewhat larger than the body, under a headline
 *   byline     "By NAME", 本报记者 … right under the headline, or
 *              本报讯（记者 …） opening the first paragraph
 *   furniture  a running head, date or folio line at the page's top or
 *              bottom edge; headlines without any text under them at the
 *              top of the page are the masthead
 *   body       the rest; paragraphs break at a first-line indent, after a
 *              line that stops short of its column, at a gap, and where
 *              the column changes. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alto_int.h"
#include "clean.h"
#include "pagebuild.h"
#include "segment_int.h"
#include "xalloc.h"

/* A headline's type is at least this many times the body's. */
#define ALTO_HEAD_RATIO		1.5
/* A subhead's, under a headline. */
#define ALTO_SUB_RATIO		1.2
/* A headline line further below the last than this many of its own (or
 * the last's) heights, or beside it, starts a new article. */
#define ALTO_DECK_GAP		1.0
/* Lines of one deck differ in size by at most this share. */
#define ALTO_DECK_SAME		0.15
/* A first-line indent: at least this many body line heights. */
#define ALTO_INDENT		0.8
/* A paragraph's last line stops at least this many body line heights
 * short of its column's right edge. */
#define ALTO_SHORT		1.5
/* White space between two lines of one paragraph: less than this many
 * body line heights. */
#define ALTO_PARA_GAP		0.8
/* Two lines are of one column when their x ranges overlap by this share
 * of the narrower. */
#define ALTO_RUN_OVERLAP	0.5
/* A line set centred in its column: margins on both sides differ by at
 * most this share of the two together. */
#define ALTO_CENTRED		0.35
/* Capitals: at least this share of a line's letters, and this many. */
#define ALTO_CAPS_SHARE		0.8
#define ALTO_CAPS_MIN		4
/* Furniture lies in this share of the page's height at its top or bottom. */
#define ALTO_EDGE_BAND		0.06
/* Headlines without text that end in this top share of the page are its
 * masthead (the paper's name, date and number lines). */
#define ALTO_MASTHEAD_BAND	0.15

enum alto_state { AG_NONE, AG_HEAD, AG_SUB, AG_BYLINE, AG_BODY, AG_CLOSED };

struct alto_geom {
	struct pagebuild pb;
	const struct alto_line *lines;
	const size_t	*order;
	size_t		 n;
	unsigned long	*no;		/* page text line, by order position */
	double		*size;		/* type size, by line */
	double		*bottom;	/* each article's lowest line's bottom */
	size_t		*run;		/* column run, by order position */
	struct alto_box	*runs;		/* each run's box */
	double		 body;		/* the body's type size */
	bool		 font;		/* sizes are FONTSIZEs, not heights */
	double		 h;		/* the body's em, file units */
	size_t		 cur;		/* open article + 1; 0: none */
	enum alto_state	 st;
	double		 deck_size;
	bool		 deck_caps;	/* the last deck line was capitals */
	const char	**para;
	size_t		*lens, np, cap, cap2;
	unsigned long	 first, last;
};

struct alto_wv {
	double	v, w;
};

static int
alto_wv_cmp(const void *x, const void *y)
{
	const struct alto_wv *a = x, *b = y;

	return (a->v > b->v) - (a->v < b->v);
}

/* The type size of each line and the body's. */
static void
alto_geom_sizes(struct alto_geom *g)
{
	struct alto_wv *wv = xcalloc(g->n + 1, sizeof *wv);
	size_t i, m = 0, sized = 0, all = 0;
	double total = 0, acc = 0;
	bool font, differ = false;

	for (i = 0; i < g->n; i++) {
		all += g->lines[i].chars;
		if (g->lines[i].size > 0)
			sized += g->lines[i].chars;
		if (g->lines[i].size > 0 && g->lines[i].size != g->lines[0].size)
			differ = true;
	}
	/* One style for the whole page says nothing about sizes. */
	g->font = font = all > 0 && 2 * sized >= all && differ;
	for (i = 0; i < g->n; i++) {
		const struct alto_line *l = &g->lines[i];
		double v = font ? l->size : l->b.y2 - l->b.y1;

		g->size[i] = v;
		if (v > 0 && l->chars > 0) {
			wv[m].v = v;
			wv[m++].w = (double)l->chars;
			total += (double)l->chars;
		}
	}
	if (m > 0)
		qsort(wv, m, sizeof *wv, alto_wv_cmp);
	for (i = 0; i < m; i++)
		if ((acc += wv[i].w) * 2 >= total) {
			g->body = wv[i].v;
			break;
		}
	for (i = 0; i < g->n; i++)	/* unknown: as the body */
		if (g->size[i] <= 0)
			g->size[i] = g->body;
	free(wv);
}

static bool
alto_geom_is_head(const struct alto_geom *g, size_t i)
{
	return g->body > 0 && g->size[i] >= ALTO_HEAD_RATIO * g->body;
}

static int
alto_double_cmp(const void *x, const void *y)
{
	double a = *(const double *)x, b = *(const double *)y;

	return (a > b) - (a < b);
}

/* A run's edges are where most of its lines start and end (the lower
 * median): OCR boxes wobble, and a speck left of the column must not
 * make every line look indented. */
static void
alto_geom_run_edges(struct alto_geom *g)
{
	double *x1 = xcalloc(g->n + 1, sizeof *x1), *x2 = xcalloc(g->n + 1, sizeof *x2);
	size_t p, q, k;

	for (p = 0; p < g->n; p = q) {
		for (q = p, k = 0; q < g->n && g->run[q] == g->run[p]; q++, k++) {
			x1[k] = g->lines[g->order[q]].b.x1;
			x2[k] = g->lines[g->order[q]].b.x2;
		}
		qsort(x1, k, sizeof *x1, alto_double_cmp);
		qsort(x2, k, sizeof *x2, alto_double_cmp);
		g->runs[g->run[p]].x1 = x1[(k - 1) / 2];
		g->runs[g->run[p]].x2 = x2[(k - 1) / 2];
	}
	free(x1);
	free(x2);
}

/* Lines in a row of one column (and one kind, headline or not) form a
 * run; indents and short lines are measured against its edges. */
static void
alto_geom_runs(struct alto_geom *g)
{
	size_t p, r = 0;

	g->run = xcalloc(g->n + 1, sizeof *g->run);
	g->runs = xcalloc(g->n + 1, sizeof *g->runs);
	for (p = 0; p < g->n; p++) {
		const struct alto_line *l = &g->lines[g->order[p]];
		const struct alto_line *q = p ? &g->lines[g->order[p - 1]] : NULL;
		bool same = false;

		if (q) {
			double lo = l->b.x1 > q->b.x1 ? l->b.x1 : q->b.x1;
			double hi = l->b.x2 < q->b.x2 ? l->b.x2 : q->b.x2;
			double wl = l->b.x2 - l->b.x1, wq = q->b.x2 - q->b.x1;
			double narrow = wl < wq ? wl : wq;

			same = narrow > 0 && hi - lo >= ALTO_RUN_OVERLAP * narrow &&
			    l->b.y1 >= q->b.y1 &&
			    l->b.y1 - q->b.y2 < ALTO_PARA_GAP * g->h &&
			    alto_geom_is_head(g, g->order[p]) ==
			    alto_geom_is_head(g, g->order[p - 1]);
		}
		if (p > 0 && !same)
			r++;
		if (p == 0 || !same)
			g->runs[r] = l->b;
		else {
			struct alto_box *b = &g->runs[r];

			if (l->b.x1 < b->x1) b->x1 = l->b.x1;
			if (l->b.x2 > b->x2) b->x2 = l->b.x2;
			if (l->b.y2 > b->y2) b->y2 = l->b.y2;
		}
		g->run[p] = r;
	}
	alto_geom_run_edges(g);
}

static struct article *
alto_geom_art(struct alto_geom *g)
{
	return g->cur ? &g->pb.page->articles[g->cur - 1] : NULL;
}

static void
alto_geom_flush(struct alto_geom *g)
{
	struct span sp;
	char *clean;

	if (g->np > 0 && g->cur) {
		sp = pagebuild_span(&g->pb, g->first, g->last);
		clean = clean_lines(g->para, g->lens, g->np);
		if (alto_geom_art(g)->n_blocks == 0)
			pagebuild_inline_byline(alto_geom_art(g), clean, sp);
		pagebuild_block(alto_geom_art(g), BLOCK_PARAGRAPH, clean, sp);
		free(clean);
	}
	g->np = 0;
}

static void
alto_geom_open(struct alto_geom *g)
{
	alto_geom_flush(g);
	pagebuild_article(&g->pb, ARTICLE_NEWS);
	g->cur = g->pb.page->n_articles;
}

/* e's text and then line's, joined as lines of one paragraph are. */
static void
alto_geom_append(struct alto_geom *g, struct text_elem *e, const char *line,
    unsigned long no)
{
	const char *two[2] = { e->text, line };
	size_t lens[2] = { strlen(e->text), strlen(line) };
	char *both = clean_lines(two, lens, 2);
	struct span sp = pagebuild_span(&g->pb, e->span.first_line, no);

	free(e->text);
	e->text = both;
	e->span = sp;
	alto_geom_art(g)->span = pagebuild_span(&g->pb,
	    alto_geom_art(g)->span.first_line, no);
}

/* Mostly capitals (ASCII letters; other scripts have no case). */
static bool
alto_geom_caps(const char *s)
{
	size_t upper = 0, letters = 0;

	for (; *s; s++)
		if (*s >= 'A' && *s <= 'Z')
			upper++, letters++;
		else if (*s >= 'a' && *s <= 'z')
			letters++;
	return letters >= ALTO_CAPS_MIN &&
	    (double)upper >= ALTO_CAPS_SHARE * (double)letters;
}

/* Set centred in its column, margins on both sides. */
static bool
alto_geom_centred(const struct alto_geom *g, size_t p)
{
	const struct alto_line *l = &g->lines[g->order[p]];
	const struct alto_box *r = &g->runs[g->run[p]];
	double left = l->b.x1 - r->x1, right = r->x2 - l->b.x2;
	double diff = left > right ? left - right : right - left;

	return left > ALTO_INDENT * g->h && right > ALTO_INDENT * g->h &&
	    diff <= ALTO_CENTRED * (left + right);
}

/* Whether line p stands apart from the line before: well below it, or
 * in another column. */
static bool
alto_geom_apart(const struct alto_geom *g, size_t p)
{
	const struct alto_line *l = &g->lines[g->order[p]], *q;
	double h, hq;

	if (p == 0)
		return true;
	q = &g->lines[g->order[p - 1]];
	h = l->b.y2 - l->b.y1;
	hq = q->b.y2 - q->b.y1;
	return l->b.y1 - q->b.y2 > ALTO_DECK_GAP * (h > hq ? h : hq) ||
	    l->b.x1 >= q->b.x2 || q->b.x1 >= l->b.x2;
}

static void
alto_geom_head(struct alto_geom *g, size_t p, const char *clean)
{
	size_t i = g->order[p];
	unsigned long no = g->no[p];
	struct article *a;
	bool caps = alto_geom_caps(clean);
	bool same = g->st == AG_HEAD && p > 0 && caps == g->deck_caps &&
	    g->size[i] >= (1 - ALTO_DECK_SAME) * g->deck_size &&
	    g->size[i] <= (1 + ALTO_DECK_SAME) * g->deck_size;

	alto_geom_flush(g);
	if (g->st != AG_HEAD || alto_geom_apart(g, p))
		alto_geom_open(g);
	a = alto_geom_art(g);
	if (same && a->n_decks > 0)
		alto_geom_append(g, &a->decks[a->n_decks - 1], clean, no);
	else
		pagebuild_deck(a, clean, pagebuild_span(&g->pb, no, no));
	g->deck_size = g->size[i];
	g->deck_caps = caps;
	g->st = AG_HEAD;
}

static bool
alto_geom_para_break(const struct alto_geom *g, size_t p)
{
	const struct alto_line *l = &g->lines[g->order[p]], *q;
	const struct alto_box *r = &g->runs[g->run[p]], *rq;

	if (g->np == 0 || p == 0)
		return true;
	q = &g->lines[g->order[p - 1]];
	rq = &g->runs[g->run[p - 1]];
	/* A new run below the last in one column: a gap between them. */
	if (g->run[p] != g->run[p - 1] && l->b.y1 > q->b.y2 +
	    ALTO_PARA_GAP * g->h && r->x1 < rq->x2 && rq->x1 < r->x2)
		return true;
	/* Across a column break too, a paragraph goes on unless the last
	 * line stopped short or the next is indented. */
	return l->b.x1 - r->x1 > ALTO_INDENT * g->h ||
	    rq->x2 - q->b.x2 > ALTO_SHORT * g->h;
}

static void
alto_geom_body(struct alto_geom *g, size_t p)
{
	const struct alto_line *l = &g->lines[g->order[p]];

	if (g->cur == 0 || g->st == AG_CLOSED)
		alto_geom_open(g);
	if (g->st != AG_BODY || alto_geom_para_break(g, p))
		alto_geom_flush(g);
	g->para = xgrow(g->para, &g->cap, g->np + 1, sizeof *g->para);
	g->lens = xgrow(g->lens, &g->cap2, g->np + 1, sizeof *g->lens);
	g->para[g->np] = l->whole;
	g->lens[g->np++] = strlen(l->whole);
	if (g->np == 1)
		g->first = g->no[p];
	g->last = g->no[p];
	g->st = AG_BODY;
}

/* Furniture: a running head, date or folio at the page's top or bottom. */
static bool
alto_geom_furniture(struct alto_geom *g, size_t p, const char *clean,
    double page_h)
{
	const struct alto_line *l = &g->lines[g->order[p]];
	bool top = l->b.y2 <= ALTO_EDGE_BAND * page_h;
	bool bottom = l->b.y1 >= (1 - ALTO_EDGE_BAND) * page_h;

	if (page_h <= 0 || !(top || bottom) || !segment_lines_is_meta(clean))
		return false;
	page_meta_add(&g->pb.page->meta, clean, top ? FURNITURE_RUNNING_HEADER :
	    FURNITURE_RUNNING_FOOTER);
	return true;
}

static void
alto_geom_line(struct alto_geom *g, size_t p, double page_h)
{
	const struct alto_line *l = &g->lines[g->order[p]];
	size_t len = strlen(l->whole);
	const char *one = l->whole;
	char *clean = clean_lines(&one, &len, 1);
	struct article *a = alto_geom_art(g);
	struct span sp = pagebuild_span(&g->pb, g->no[p], g->no[p]);
	enum jump_dir dir;
	int page;
	size_t k;
	bool under = g->st == AG_HEAD || g->st == AG_SUB;

	if (clean == NULL || *clean == '\0') {
		free(clean);
		return;
	}
	if (alto_geom_is_head(g, g->order[p]))
		alto_geom_head(g, p, clean);
	else if (alto_geom_furniture(g, p, clean, page_h))
		;
	else if (under && a->byline.text == NULL &&
	    (segment_lines_is_own_byline(clean) ||
	    ((k = segment_lines_byline_prefix(clean)) > 0 && clean[k] == '\0'))) {
		pagebuild_elem(a, &a->byline, clean, sp);
		g->st = AG_BYLINE;
	} else if (alto_geom_centred(g, p) &&
	    (g->st == AG_HEAD || alto_geom_caps(clean)))
		alto_geom_head(g, p, clean);
	else if (under && g->size[g->order[p]] >= ALTO_SUB_RATIO * g->body) {
		if (g->st == AG_SUB && a->subhead.text)
			alto_geom_append(g, &a->subhead, clean, g->no[p]);
		else
			pagebuild_elem(a, &a->subhead, clean, sp);
		g->st = AG_SUB;
	} else if (a && segment_lines_is_jump(clean, &dir, &page)) {
		alto_geom_flush(g);
		pagebuild_jump(a, dir, page, clean, sp);
		if (dir == JUMP_TO)
			g->st = AG_CLOSED;
	} else
		alto_geom_body(g, p);
	if (g->cur && l->b.y2 > g->bottom[g->cur - 1])
		g->bottom[g->cur - 1] = l->b.y2;
	free(clean);
}

/* Articles of headlines alone at the top of the page: the masthead. */
static void
alto_geom_masthead(struct alto_geom *g, double page_h)
{
	struct page *pg = g->pb.page;
	size_t i = pg->n_articles, k;

	while (i-- > 0) {
		struct article *a = &pg->articles[i];

		if (a->n_blocks > 0 || a->n_jumps > 0 || page_h <= 0 ||
		    g->bottom[i] > ALTO_MASTHEAD_BAND * page_h)
			continue;
		for (k = 0; k < a->n_decks; k++)
			page_meta_add(&pg->meta, a->decks[k].text, FURNITURE_MASTHEAD);
		if (a->subhead.text)
			page_meta_add(&pg->meta, a->subhead.text, FURNITURE_MASTHEAD);
		if (a->byline.text)
			page_meta_add(&pg->meta, a->byline.text, FURNITURE_MASTHEAD);
		article_free(a);
		memmove(a, a + 1, (pg->n_articles - i - 1) * sizeof *a);
		pg->n_articles--;
	}
}

void
alto_geom_read(struct page *page, const struct alto_line *lines, size_t n,
    double page_h, double unit_pt)
{
	struct alto_geom g;
	size_t p;
	double line_h = alto_body_height(lines, n);

	memset(&g, 0, sizeof g);
	g.lines = lines;
	g.n = n;
	g.size = xcalloc(n + 1, sizeof *g.size);
	g.bottom = xcalloc(n + 1, sizeof *g.bottom);
	alto_geom_sizes(&g);
	/* Indents are measured in ems: the body's FONTSIZE where the unit is
	 * known, as OCR boxes often reach well above and below the type. */
	g.h = line_h;
	if (g.font && unit_pt > 0 && g.body * unit_pt < g.h)
		g.h = g.body * unit_pt;
	g.order = alto_order(lines, n, line_h);
	alto_geom_runs(&g);
	pagebuild_init(&g.pb, page);
	g.no = xcalloc(n + 1, sizeof *g.no);
	/* The page text in reading order, lines as printed. */
	for (p = 0; p < n; p++)
		g.no[p] = pagebuild_line(&g.pb, lines[g.order[p]].raw,
		    strlen(lines[g.order[p]].raw));
	for (p = 0; p < n; p++)
		alto_geom_line(&g, p, page_h);
	alto_geom_flush(&g);
	alto_geom_masthead(&g, page_h);
	pagebuild_finish(&g.pb, "UTF-8");
	free((size_t *)g.order);
	free(g.no);
	free(g.size);
	free(g.bottom);
	free(g.run);
	free(g.runs);
	free(g.para);
	free(g.lens);
}

/* SPDX-License-Identifier: ISC */
/* check_loader_pdf.c: the PDF loader on a page drawn here with cairo: a
 * running header, a headline over two columns drawn after its columns
 * (the second column first), a second story below, and an ad drawn twice
 * for fake bold.  Reading order and headlines must come from the geometry
 * and the font sizes, not from the drawing order. */
#include "config.h"

#include <cairo.h>
#include <cairo-pdf.h>
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check_run.h"
#include "loader_fixture.h"
#include "strbuf.h"
#ifdef HAVE_POPPLER
#include "pdf_int.h"
#endif

static char pdf_path[] = "/tmp/kanbao-pdf-XXXXXX";

/* A new PDF at pdf_path, w by h points: draw on the context returned,
 * then pdf_end it. */
static cairo_t *
pdf_begin(double w, double h)
{
	int fd = mkstemp(pdf_path);

	ck_assert_int_ge(fd, 0);
	close(fd);
	return cairo_create(cairo_pdf_surface_create(pdf_path, w, h));
}

static void
pdf_end(cairo_t *cr)
{
	cairo_surface_t *s = cairo_surface_reference(cairo_get_target(cr));

	cairo_destroy(cr);
	cairo_surface_finish(s);
	cairo_surface_destroy(s);	/* ours */
	cairo_surface_destroy(s);	/* pdf_begin's */
}

/* Text at (x, y) in the current font. */
static void
show_at(cairo_t *cr, double x, double y, const char *s)
{
	cairo_move_to(cr, x, y);
	cairo_show_text(cr, s);
}

/* A CJK face, bold or not, at size points. */
static void
cjk_font(cairo_t *cr, double size, bool bold)
{
	cairo_select_font_face(cr, "Noto Sans CJK SC", CAIRO_FONT_SLANT_NORMAL,
	    bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
	cairo_set_font_size(cr, size);
}

static void
text_at(cairo_t *cr, double x, double y, double size, bool bold,
    const char *s)
{
	cairo_select_font_face(cr, "DejaVu Serif", CAIRO_FONT_SLANT_NORMAL,
	    bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
	cairo_set_font_size(cr, size);
	show_at(cr, x, y, s);
}

/* Ten lines of a column; the first is indented, the last short. */
static void
column(cairo_t *cr, double x, double y, const char *word, const char *last)
{
	char line[128];
	int i;

	for (i = 0; i < 10; i++) {
		snprintf(line, sizeof line, "%s %s line %d of the column text", word,
		    i == 9 ? last : "and", i + 1);
		text_at(cr, x + (i == 0 ? 12 : 0), y + 13 * i, 10, false,
		    i == 9 ? last : line);
	}
}

static void
draw_page(void)
{
	cairo_t *cr = pdf_begin(595, 842);

	text_at(cr, 40, 30, 9, false, "The Test Gazette");
	text_at(cr, 450, 30, 9, false, "Page 1");
	column(cr, 245, 130, "omega", "omega ends.");	/* right column first */
	column(cr, 40, 130, "alpha", "alpha ends.");
	text_at(cr, 40, 100, 24, true, "Bridge Opens Over The River");
	text_at(cr, 40, 300, 20, true, "Second Story");
	column(cr, 40, 330, "second", "second ends.");
	/* Fake bold: the same line again 0.13 em to the right. */
	text_at(cr, 260, 340, 14, true, "BIG SALE TODAY");
	text_at(cr, 261.8, 340, 14, true, "BIG SALE TODAY");
	pdf_end(cr);
}

#ifdef HAVE_POPPLER
/* A scan: a page image with a text layer over it, two columns a narrow
 * gutter apart skewed as a scanner leaves them, so the cuts find no clean
 * white space between them. */
static void
draw_scan_page(void)
{
	cairo_t *cr = pdf_begin(595, 842);
	cairo_surface_t *img;
	cairo_text_extents_t e;
	char line[64];
	int i;

	img = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 60, 84);
	cairo_save(cr);
	cairo_scale(cr, 595.0 / 60, 842.0 / 84);
	cairo_set_source_surface(cr, img, 0, 0);
	cairo_paint(cr);
	cairo_restore(cr);
	cairo_surface_destroy(img);
	cairo_set_source_rgb(cr, 0, 0, 0);
	cairo_select_font_face(cr, "DejaVu Serif", CAIRO_FONT_SLANT_NORMAL,
	    CAIRO_FONT_WEIGHT_NORMAL);
	cairo_set_font_size(cr, 10);
	cairo_text_extents(cr, "alpha words of line 30 here", &e);
	/* Two degrees of skew move a column's foot a gutter's width. */
	cairo_rotate(cr, 0.035);
	for (i = 0; i < 30; i++) {
		snprintf(line, sizeof line, "alpha words of line %d here", i + 1);
		text_at(cr, 40, 100 + 13 * i, 10, false, line);
		snprintf(line, sizeof line, "omega words of line %d here", i + 1);
		text_at(cr, 40 + e.x_advance + 9, 100 + 13 * i, 10, false, line);
	}
	pdf_end(cr);
}

/* A justified CJK line: every character drawn on its own, 4 points
 * apart (the tracking justification spreads). */
static void
tracked(cairo_t *cr, double x, double y, const char *s)
{
	cairo_text_extents_t e;
	char ch[8];
	int n;

	while (*s) {
		n = (*s & 0x80) == 0 ? 1 : (*s & 0xE0) == 0xC0 ? 2 :
		    (*s & 0xF0) == 0xE0 ? 3 : 4;
		memcpy(ch, s, (size_t)n);
		ch[n] = '\0';
		show_at(cr, x, y, ch);
		cairo_text_extents(cr, ch, &e);
		x += e.x_advance + 4;
		s += n;
	}
}

/* A line of 10-point body text set justified across width. */
static void
justified(cairo_t *cr, double x, double y, double width, const char *line)
{
	char *copy = strdup(line), *w, *save = NULL;
	const char *words[16];
	cairo_text_extents_t e;
	double used = 0, gap;
	int n = 0, i;

	cairo_select_font_face(cr, "DejaVu Serif", CAIRO_FONT_SLANT_NORMAL,
	    CAIRO_FONT_WEIGHT_NORMAL);
	cairo_set_font_size(cr, 10);
	for (w = strtok_r(copy, " ", &save); w && n < 16;
	    w = strtok_r(NULL, " ", &save)) {
		words[n++] = w;
		cairo_text_extents(cr, w, &e);
		used += e.x_advance;
	}
	gap = n > 1 ? (width - used) / (n - 1) : 0;
	for (i = 0; i < n; i++) {
		show_at(cr, x, y, words[i]);
		cairo_text_extents(cr, words[i], &e);
		x += e.x_advance + gap;
	}
	free(copy);
}

/* Two stories down the left column; the first one's end stands at the
 * top of the right column. */
static void
draw_stacked_page(void)
{
	static const char *const fill[] = { "and more of it", "as it goes",
	    "told at length here", "on and on" };
	cairo_t *cr = pdf_begin(595, 842);
	char line[64];
	int i;

	text_at(cr, 40, 30, 9, false, "The Test Gazette");
	text_at(cr, 40, 100, 20, true, "First Story");
	for (i = 0; i < 12; i++) {
		snprintf(line, sizeof line, "first story text line %d %s", i + 1,
		    fill[i % 4]);
		text_at(cr, 40, 125 + 13 * i, 10, false, line);
	}
	text_at(cr, 40, 310, 20, true, "Second Story");
	for (i = 0; i < 12; i++) {
		snprintf(line, sizeof line, "second story text line %d %s", i + 1,
		    fill[(i + 1) % 4]);
		text_at(cr, 40, 335 + 13 * i, 10, false, line);
	}
	for (i = 0; i < 4; i++) {
		snprintf(line, sizeof line, "first story end line %d %s", i + 1,
		    fill[(i + 2) % 4]);
		text_at(cr, 330, 125 + 13 * i, 10, false, line);
	}
	text_at(cr, 330, 177, 10, false, "The end.");
	pdf_end(cr);
}

/* A second page: body text in two paragraphs (the first line of each
 * indented, the last short) opening with a drop cap three lines deep; a
 * headline drawn word by word with tight display spacing; and a Chinese
 * paragraph whose lines wrap without spaces. */
static void
draw_words_page(void)
{
	cairo_t *cr = pdf_begin(595, 842);

	text_at(cr, 40, 30, 9, false, "The Test Gazette");
	/* Display type: words 0.25 em apart, each drawn on its own. */
	text_at(cr, 40, 160, 24, true, "Council");
	text_at(cr, 150, 160, 24, true, "Votes");
	text_at(cr, 238, 160, 24, true, "Today");
	text_at(cr, 40, 210, 36, false, "M");
	justified(cr, 72, 190, 218, "atteo walked down to the harbour early in");
	justified(cr, 72, 203, 218, "the morning to meet the boats that came");
	justified(cr, 72, 216, 218, "in with the night's catch before the market");
	justified(cr, 40, 229, 250, "opened its stalls along the quay for all of the day.");
	text_at(cr, 40, 242, 10, false, "He bought fish.");
	justified(cr, 52, 255, 238, "The second paragraph starts here with an");
	justified(cr, 40, 268, 250, "indent and goes on across this line to the");
	text_at(cr, 40, 281, 10, false, "end of the column.");
	cairo_select_font_face(cr, "Noto Serif CJK SC", CAIRO_FONT_SLANT_NORMAL,
	    CAIRO_FONT_WEIGHT_NORMAL);
	cairo_set_font_size(cr, 10);
	show_at(cr, 40, 400, "今天上午市政府召开会议研究部署");
	show_at(cr, 40, 414, "全市冬季供暖工作。");
	tracked(cr, 40, 440, "英国耗资7.58亿英镑兴建千年大厦");
	pdf_end(cr);
}


/* Display type drawn glyph by glyph in face, track ems apart (letter-
 * spacing), words a third of an em apart; a '|' leaves a stray gap of
 * 0.11 em inside a word; twin: each glyph drawn again that many ems to
 * the right (fake bold). */
static void
glyphs_at(cairo_t *cr, const char *face, double x, double y, double size,
    bool bold, double track, double twin, const char *s)
{
	cairo_text_extents_t e;
	char ch[2] = { 0, 0 };

	cairo_select_font_face(cr, face, CAIRO_FONT_SLANT_NORMAL,
	    bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
	cairo_set_font_size(cr, size);
	for (; *s; s++) {
		if (*s == ' ' || *s == '|') {
			x += (*s == ' ' ? 0.33 : 0.11) * size;
			continue;
		}
		ch[0] = *s;
		show_at(cr, x, y, ch);
		if (twin > 0) {
			show_at(cr, x + twin * size, y, ch);
		}
		cairo_text_extents(cr, ch, &e);
		x += e.x_advance + track * size;
	}
}

static void
sans_at(cairo_t *cr, double x, double y, double size, bool bold,
    const char *s)
{
	glyphs_at(cr, "DejaVu Sans", x, y, size, bold, 0, 0, s);
}

/* Display type as papers set it: two stories side by side under
 * headlines of their own, over a story across the page's foot (so no
 * gutter runs down the whole page); the left one's byline in a bold sans
 * of its own, smaller than the headline; the right one's decks letter-
 * spaced, one with a stray gap in a word; a photo's caption in a sans a
 * little larger than the body over its credit; an ad drawn glyph by
 * glyph in fake bold. */
static void
draw_display_page(void)
{
	cairo_t *cr = pdf_begin(595, 842);
	char line[64];
	int i;

	text_at(cr, 40, 30, 9, false, "The Test Gazette");
	text_at(cr, 40, 90, 18, true, "Harbour Works");
	text_at(cr, 40, 110, 18, true, "Begin Today");
	sans_at(cr, 40, 130, 11, true, "By Ann Lee");
	glyphs_at(cr, "DejaVu Serif", 320, 90, 12, true, 0.1, 0,
	    "Rules for a more uniform way");
	glyphs_at(cr, "DejaVu Serif", 320, 108, 11, true, 0, 0,
	    "Changi|ng the mark");
	for (i = 0; i < 10; i++) {
		snprintf(line, sizeof line, "harbour story line %d runs on", i + 1);
		text_at(cr, 40, 150 + 13 * i, 10, false, i == 9 ?
		    "harbour ends." : line);
		snprintf(line, sizeof line, "rules story line %d runs on", i + 1);
		text_at(cr, 320, 130 + 13 * i, 10, false, i == 9 ?
		    "rules ends." : line);
	}
	sans_at(cr, 320, 300, 10.5, false, "A crane lifts the first");
	sans_at(cr, 320, 313, 10.5, false, "span into place.");
	sans_at(cr, 320, 326, 9, false, "Photo: Jo Park");
	glyphs_at(cr, "DejaVu Serif", 40, 400, 14, true, 0, 0.13,
	    "Everything half price");
	text_at(cr, 40, 470, 20, true, "Wide Story");
	text_at(cr, 40, 495, 10, false, "The wide story runs across the foot of "
	    "the page from one side to the other side of it.");
	text_at(cr, 40, 508, 10, false, "wide ends.");
	text_at(cr, 40, 800, 9, false, "Page 1");
	pdf_end(cr);
}


/* A grey picture (a raster image, as papers carry photos) at x, y. */
static void
picture(cairo_t *cr, double x, double y, double w, double h)
{
	cairo_surface_t *img = cairo_image_surface_create(CAIRO_FORMAT_RGB24,
	    8, 6);

	cairo_save(cr);
	cairo_translate(cr, x, y);
	cairo_scale(cr, w / 8, h / 6);
	cairo_set_source_surface(cr, img, 0, 0);
	cairo_paint(cr);
	cairo_restore(cr);
	cairo_surface_destroy(img);
	cairo_set_source_rgb(cr, 0, 0, 0);
}

/* Two columns of a story, then two photos side by side, each with a
 * two-line caption and its credit set flush right under it, where the
 * photo's width leaves white space between caption and credit wider than
 * the gutter between the photos. */
static void
draw_photos_page(void)
{
	cairo_t *cr = pdf_begin(595, 842);
	char line[64];
	int i;

	text_at(cr, 40, 30, 9, false, "The Test Gazette");
	text_at(cr, 40, 80, 20, true, "Harbour Works Begin");
	for (i = 0; i < 8; i++) {
		snprintf(line, sizeof line, "harbour line %d runs on", i + 1);
		text_at(cr, 40, 105 + 13 * i, 10, false, line);
		snprintf(line, sizeof line, "harbour more %d runs on", i + 1);
		text_at(cr, 300, 105 + 13 * i, 10, false, i == 7 ?
		    "harbour ends." : line);
	}
	picture(cr, 40, 220, 250, 150);
	picture(cr, 300, 220, 255, 150);
	sans_at(cr, 40, 385, 9.5, false, "The crane lifts the");
	sans_at(cr, 40, 397, 9.5, false, "first span.");
	sans_at(cr, 230, 409, 9, false, "Photo: Jo Park");
	sans_at(cr, 300, 385, 9.5, false, "Divers check the");
	sans_at(cr, 300, 397, 9.5, false, "piers at dawn.");
	sans_at(cr, 480, 409, 9, false, "Photo: Al Roy");
	text_at(cr, 40, 800, 9, false, "Page 1");
	pdf_end(cr);
}


/* A story whose byline runs across both its columns, set so close over
 * them that no white band separates it from their first lines; the
 * columns stand a narrow gutter (one em) apart. */
static void
draw_byline_across_page(void)
{
	cairo_t *cr = pdf_begin(595, 842);
	char line[96];
	int i;

	text_at(cr, 40, 30, 9, false, "The Test Gazette");
	text_at(cr, 40, 100, 20, true, "Gutter Story");
	sans_at(cr, 40, 113, 9, true,
	    "By Ann Lee and Bo Chan, staff writers of the Test Gazette");
	/* words of other lengths on each line, so that no word gap lines
	 * up down a column as a gutter would */
	static const char *const lead[] = { "it", "and so", "then a", "on",
	    "as the", "so it" };

	for (i = 0; i < 6; i++) {
		snprintf(line, sizeof line, "%s alpha %d runs on in the left "
		    "column %s", lead[i], i + 1, lead[(i + 2) % 6]);
		justified(cr, 40, 123 + 12 * i, 250, line);
		snprintf(line, sizeof line, "%s omega %d runs on in the right "
		    "column %s", lead[5 - i], i + 1, lead[(i + 3) % 6]);
		justified(cr, 300, 123 + 12 * i, 250, line);
	}
	text_at(cr, 40, 800, 9, false, "Page 1");
	pdf_end(cr);
}


/* Three columns over a story across the page's foot: the first column's
 * text (no headline of its own) starts lower than the middle column's
 * headline, which stands right over its own text, centred on the page by
 * the chance of being in the middle column. */
static void
draw_middle_headline_page(void)
{
	cairo_t *cr = pdf_begin(595, 842);
	cairo_text_extents_t e, h;
	char line[64];
	int i;

	text_at(cr, 40, 30, 9, false, "The Test Gazette");
	/* centred between the first column's left edge and the third's
	 * longest line's end */
	text_at(cr, 380, 900, 10, false, "");
	cairo_text_extents(cr, "right 12 goes on", &e);
	text_at(cr, 0, 900, 12, true, "");
	cairo_text_extents(cr, "Middle Story", &h);
	text_at(cr, (40 + 380 + e.x_advance) / 2 - h.x_advance / 2, 110, 12,
	    true, "Middle Story");
	for (i = 0; i < 12; i++) {
		snprintf(line, sizeof line, "left %d goes on", i + 1);
		text_at(cr, 40, 150 + 13 * i, 10, false, line);
		snprintf(line, sizeof line, "middle %d goes on", i + 1);
		text_at(cr, 210, 124 + 13 * i, 10, false, line);
		snprintf(line, sizeof line, "right %d goes on", i + 1);
		text_at(cr, 380, 124 + 13 * i, 10, false, line);
	}
	text_at(cr, 40, 400, 20, true, "Wide Story");
	text_at(cr, 40, 425, 10, false, "The wide story runs across the foot of "
	    "the page.");
	text_at(cr, 40, 800, 9, false, "Page 1");
	pdf_end(cr);
}

#endif

static void
teardown(void)
{
	fx_free();
	if (!getenv("KEEP")) unlink(pdf_path);
	strcpy(pdf_path, "/tmp/kanbao-pdf-XXXXXX");
}

#ifdef HAVE_POPPLER
/* Whether pdf_read_page takes the PDF at path for a scan. */
static bool
is_scan(const char *path)
{
	FILE *f = fopen(path, "rb");
	static unsigned char buf[1 << 20];
	size_t n;
	struct pdf_page pg;
	char *err = NULL;
	bool scan;

	ck_assert_ptr_nonnull(f);
	n = fread(buf, 1, sizeof buf, f);
	fclose(f);
	ck_assert_int_eq(pdf_read_page(&pg, buf, n, 0, &err), 0);
	scan = pg.scan;
	pdf_page_free(&pg);
	return scan;
}

static char *
all_text(const struct article *a)
{
	struct strbuf b = STRBUF_INIT;
	size_t i;

	for (i = 0; i < a->n_blocks; i++) {
		strbuf_adds(&b, a->blocks[i].text);
		strbuf_addc(&b, '\n');
	}
	return b.s ? strbuf_take(&b) : xstrdup("");
}

START_TEST(pdf_columns_and_headlines)
{
	char *t, *alpha, *omega;

	draw_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	ck_assert_str_eq(fx_loader->name, "pdf");
	ck_assert_uint_eq(fx_page.n_articles, 3);
	ck_assert_uint_eq(fx_page.articles[0].n_decks, 1);
	ck_assert_str_eq(fx_page.articles[0].decks[0].text,
	    "Bridge Opens Over The River");
	t = all_text(&fx_page.articles[0]);
	alpha = strstr(t, "alpha ends.");
	omega = strstr(t, "omega and line 1");
	/* The left column is read before the right one. */
	ck_assert_ptr_nonnull(alpha);
	ck_assert_ptr_nonnull(omega);
	ck_assert(alpha < omega);
	ck_assert(fx_spans_ok(&fx_page.articles[0]));
	free(t);
	ck_assert_str_eq(fx_page.articles[1].decks[0].text, "Second Story");
	ck_assert_int_eq(fx_page.articles[2].kind, ARTICLE_AD);
	ck_assert_str_eq(fx_page.articles[2].blocks[0].text, "BIG SALE TODAY");
	ck_assert_uint_ge(fx_page.meta.n_lines, 2);
	ck_assert_str_eq(fx_page.meta.lines[0], "The Test Gazette");
	ck_assert_int_eq(fx_page.meta.kinds[0], FURNITURE_RUNNING_HEADER);
	ck_assert_str_eq(fx_page.meta.lines[1], "Page 1");
	ck_assert_int_eq(fx_page.meta.kinds[1], FURNITURE_FOLIO);
	/* The fake-bold copies are not in the ad's text but recorded as
	 * removed, so no glyph is lost silently. */
	ck_assert_ptr_nonnull(fx_page.meta.removed);
	ck_assert_str_eq(fx_page.meta.removed, "BIGSALETODAY");
	/* Typeset text, no page image: not a scan. */
	ck_assert(!is_scan(pdf_path));
}
END_TEST

/* The article whose text holds s, or NULL. */
static const struct article *
find_text(const char *s)
{
	size_t i, k;

	for (i = 0; i < fx_page.n_articles; i++)
		for (k = 0; k < fx_page.articles[i].n_blocks; k++)
			if (strstr(fx_page.articles[i].blocks[k].text, s))
				return &fx_page.articles[i];
	return NULL;
}

START_TEST(pdf_words_drop_cap_paragraphs)
{
	const struct article *a;

	draw_words_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	/* Display type drawn word by word keeps its word spaces. */
	ck_assert_uint_ge(fx_page.n_articles, 1);
	ck_assert_uint_ge(fx_page.articles[0].n_decks, 1);
	ck_assert_str_eq(fx_page.articles[0].decks[0].text,
	    "Council Votes Today");
	/* The drop cap joins its word; lines join with a space. */
	a = find_text("Matteo walked down");
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_nonnull(find_text("early in the morning"));
	ck_assert_ptr_null(find_text("M atteo"));
	/* Two paragraphs: after a short last line, at an indent. */
	ck_assert_uint_eq(a->n_blocks, 2);
	ck_assert_ptr_nonnull(strstr(a->blocks[0].text, "He bought fish."));
	ck_assert(strncmp(a->blocks[1].text, "The second paragraph", 20) == 0);
	ck_assert_ptr_nonnull(strstr(a->blocks[1].text, "to the end of the column."));
}
END_TEST

START_TEST(pdf_scan_read_in_flow_order)
{
	struct strbuf all = STRBUF_INIT;
	size_t i, k;

	draw_scan_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	for (i = 0; i < fx_page.n_articles; i++)
		for (k = 0; k < fx_page.articles[i].n_blocks; k++) {
			strbuf_adds(&all, fx_page.articles[i].blocks[k].text);
			strbuf_addc(&all, '\n');
		}
	ck_assert_ptr_nonnull(all.s);
	/* Every line is there, whole. */
	for (i = 1; i <= 30; i++) {
		char w[48];

		snprintf(w, sizeof w, "alpha words of line %zu here", i);
		ck_assert_msg(strstr(all.s, w), "lost: %s", w);
		snprintf(w, sizeof w, "omega words of line %zu here", i);
		ck_assert_msg(strstr(all.s, w), "lost: %s", w);
	}
	/* Each column in its own order. */
	for (i = 1; i < 30; i++) {
		char w[48], w2[48];

		snprintf(w, sizeof w, "alpha words of line %zu here", i);
		snprintf(w2, sizeof w2, "alpha words of line %zu here", i + 1);
		ck_assert(strstr(all.s, w) < strstr(all.s, w2));
	}
	strbuf_free(&all);
	ck_assert(is_scan(pdf_path));
}
END_TEST

START_TEST(pdf_story_ends_atop_next_column)
{
	const struct article *a, *b;

	draw_stacked_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	a = find_text("first story text line 1");
	b = find_text("second story text line 1");
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_nonnull(b);
	ck_assert_ptr_ne(a, b);
	ck_assert_ptr_eq(find_text("first story end line 1"), a);
	ck_assert_ptr_eq(find_text("The end."), a);
}
END_TEST

/* A story whose byline is set in the headline's bold face a little
 * larger than the body, on two lines, with the writer's title under it
 * in a smaller roman. */
static void
draw_byline_page(void)
{
	cairo_t *cr = pdf_begin(595, 842);

	text_at(cr, 40, 100, 20, true, "Harbour Works Begin");
	text_at(cr, 40, 122, 11, true, "By Ann Lee and Bo");
	text_at(cr, 40, 135, 11, true, "Chan, Reuters");
	text_at(cr, 40, 147, 8, false, "Senior Writer");
	column(cr, 40, 165, "harbour", "harbour ends.");
	pdf_end(cr);
}

START_TEST(pdf_byline_in_headline_face)
{
	const struct article *a;

	draw_byline_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	a = find_text("harbour ends.");
	ck_assert_ptr_nonnull(a);
	/* Worded as a byline, it is no lower deck, though set in the
	 * headline's face; its second line in its style goes on with it. */
	ck_assert_uint_eq(a->n_decks, 1);
	ck_assert_str_eq(a->decks[0].text, "Harbour Works Begin");
	ck_assert_ptr_nonnull(a->byline.text);
	ck_assert_str_eq(a->byline.text, "By Ann Lee and Bo Chan, Reuters");
	/* The title in another style is not the byline: the story's credit
	 * line, as the text path keeps it. */
	ck_assert_ptr_nonnull(a->credit.text);
	ck_assert_str_eq(a->credit.text, "Senior Writer");
}
END_TEST

/* A headline over two columns a narrow gutter apart, set so close over
 * them that its box's foot (the font's descent) reaches into their first
 * line's. */
static void
draw_close_head_page(void)
{
	cairo_t *cr = pdf_begin(595, 842);
	cairo_text_extents_t e;

	text_at(cr, 40, 100, 22, true, "Council Meets Over The Budget Plans");
	cairo_select_font_face(cr, "DejaVu Serif", CAIRO_FONT_SLANT_NORMAL,
	    CAIRO_FONT_WEIGHT_NORMAL);
	cairo_set_font_size(cr, 10);
	cairo_text_extents(cr, "omega and line 9 of the column text", &e);
	column(cr, 40, 112, "alpha", "alpha ends.");
	column(cr, 40 + e.x_advance + 24, 112, "omega", "omega ends.");
	pdf_end(cr);
}

START_TEST(pdf_body_under_close_headline)
{
	const struct article *a;

	draw_close_head_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	a = find_text("alpha ends.");
	ck_assert_ptr_nonnull(a);
	ck_assert_uint_eq(a->n_decks, 1);
	/* The columns are read one after the other, not row by row. */
	ck_assert_ptr_nonnull(find_text("alpha and line 1 of the column text "
	    "alpha and line 2"));
	ck_assert_ptr_nonnull(find_text("omega and line 1 of the column text "
	    "omega and line 2"));
	ck_assert_ptr_eq(find_text("omega ends."), a);
}
END_TEST

/* Three stories: one with a standfirst (a sentence in the headline's
 * bold face, between the body's size and the headline's) and a byline
 * under it; one with a subhead opening with a dash; one with a kicker in
 * the headline's face. */
static void
draw_standfirst_page(void)
{
	cairo_t *cr = pdf_begin(595, 842);

	text_at(cr, 40, 100, 22, true, "Harbour Works Begin");
	text_at(cr, 40, 124, 12, true, "The council agreed on a plan for");
	text_at(cr, 40, 139, 12, true, "the works that start in spring.");
	text_at(cr, 40, 156, 10.5, true, "By Ann Lee");
	column(cr, 40, 172, "harbour", "harbour ends.");
	text_at(cr, 40, 400, 22, true, "Market Hall Reopens");
	text_at(cr, 40, 422, 14, true, "\xe2\x80\x94 Traders return after a year");
	column(cr, 40, 445, "market", "market ends.");
	/* A kicker in the headline's face, larger than the body. */
	text_at(cr, 40, 600, 12, true, "WEATHER");
	text_at(cr, 40, 626, 22, true, "Storm Due Tonight");
	column(cr, 40, 648, "storm", "storm ends.");
	pdf_end(cr);
}

START_TEST(pdf_standfirst_and_dash_subhead)
{
	const struct article *a;

	draw_standfirst_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	/* The standfirst is no deck: the story's first paragraph, with the
	 * byline under it still the byline. */
	a = find_text("harbour ends.");
	ck_assert_ptr_nonnull(a);
	ck_assert_uint_eq(a->n_decks, 1);
	ck_assert_str_eq(a->decks[0].text, "Harbour Works Begin");
	ck_assert_uint_ge(a->n_blocks, 2);
	ck_assert_str_eq(a->blocks[0].text, "The council agreed on a plan for "
	    "the works that start in spring.");
	ck_assert_ptr_nonnull(a->byline.text);
	ck_assert_str_eq(a->byline.text, "By Ann Lee");
	ck_assert(strncmp(a->blocks[1].text, "harbour and line 1", 18) == 0);
	/* Opening with a dash, in the headline's face: the subhead. */
	a = find_text("market ends.");
	ck_assert_ptr_nonnull(a);
	ck_assert_uint_eq(a->n_decks, 1);
	ck_assert_str_eq(a->decks[0].text, "Market Hall Reopens");
	ck_assert_ptr_nonnull(a->subhead.text);
	ck_assert_str_eq(a->subhead.text, "\xe2\x80\x94 Traders return after a year");
	/* Display type clearly smaller than the headline right under it,
	 * at its left edge: the kicker. */
	a = find_text("storm ends.");
	ck_assert_ptr_nonnull(a);
	ck_assert_uint_eq(a->n_decks, 1);
	ck_assert_str_eq(a->decks[0].text, "Storm Due Tonight");
	ck_assert_ptr_nonnull(a->kicker.text);
	ck_assert_str_eq(a->kicker.text, "WEATHER");
}
END_TEST

/* A story signed at its end in italic, the next headline a space under
 * it; another signed over an ad; a
 * line naming the page's editor at its foot. */
static void
draw_signed_page(void)
{
	cairo_t *cr = pdf_begin(595, 842);

	text_at(cr, 40, 100, 22, true, "Harbour Works Begin");
	column(cr, 40, 122, "harbour", "harbour ends.");
	cairo_select_font_face(cr, "DejaVu Serif", CAIRO_FONT_SLANT_ITALIC,
	    CAIRO_FONT_WEIGHT_NORMAL);
	cairo_set_font_size(cr, 10);
	show_at(cr, 40, 252, "\xe2\x80\x94 Ann Lee");
	text_at(cr, 40, 300, 22, true, "Market Hall Reopens");
	column(cr, 40, 322, "market", "market ends.");
	/* A third story, signed over an ad in fake bold. */
	text_at(cr, 40, 500, 22, true, "Storm Due");
	column(cr, 40, 522, "storm", "storm ends.");
	cairo_select_font_face(cr, "DejaVu Serif", CAIRO_FONT_SLANT_ITALIC,
	    CAIRO_FONT_WEIGHT_NORMAL);
	cairo_set_font_size(cr, 10);
	show_at(cr, 40, 652, "\xe2\x80\x94 Bo Chan");
	text_at(cr, 40, 690, 14, true, "BIG SALE TODAY");
	text_at(cr, 41.8, 690, 14, true, "BIG SALE TODAY");
	text_at(cr, 40, 815, 8, false, "Design: Bo Chan \xc2\xb7 Editor: Ann Lee");
	pdf_end(cr);
}

START_TEST(pdf_end_signature_and_editor_line)
{
	const struct article *a;
	size_t i;
	bool editor = false;

	draw_signed_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	/* Short, in another face, over the next headline: the signature. */
	a = find_text("harbour ends.");
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_nonnull(a->byline.text);
	ck_assert_str_eq(a->byline.text, "\xe2\x80\x94 Ann Lee");
	a = find_text("market ends.");
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_null(a->byline.text);
	/* The editor line at the page's foot is furniture, no caption. */
	for (i = 0; i < fx_page.meta.n_lines; i++)
		editor |= fx_page.meta.kinds[i] == FURNITURE_EDITOR_LINE &&
		    strncmp(fx_page.meta.lines[i], "Design: Bo Chan", 15) == 0;
	ck_assert(editor);
	a = find_text("storm ends.");
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_nonnull(a->byline.text);
	ck_assert_str_eq(a->byline.text, "\xe2\x80\x94 Bo Chan");
	ck_assert_uint_eq(fx_page.n_articles, 4);
}
END_TEST

/* A CJK story whose byline is in the body's face and size on two lines:
 * the reporter's title, then the name. */
static void
draw_cjk_byline_page(void)
{
	cairo_t *cr = pdf_begin(595, 842);
	int i;

	cjk_font(cr, 22, true);
	show_at(cr, 40, 100, "全市冬季供暖工作启动");
	cjk_font(cr, 10, false);
	show_at(cr, 40, 122, "本报记者");
	show_at(cr, 40, 136, "王小明");
	for (i = 0; i < 8; i++) {
		show_at(cr, 40, 150 + 14 * i, i == 7 ? "会议结束。" :
		    "今天上午市政府召开会议研究部署全市冬季供暖工作");
	}
	pdf_end(cr);
}

START_TEST(pdf_cjk_byline_in_body_face)
{
	const struct article *a;

	draw_cjk_byline_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	a = find_text("会议结束。");
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_nonnull(a->byline.text);
	ck_assert_str_eq(a->byline.text, "本报记者 王小明");
	ck_assert_ptr_null(find_text("王小明"));
	/* The body's first line stays the body's. */
	ck_assert(strncmp(a->blocks[0].text, "今天上午", 12) == 0);
}
END_TEST

START_TEST(pdf_cjk_lines_join_without_space)
{
	const struct article *a;

	draw_words_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	a = find_text("研究部署全市冬季供暖工作。");
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_nonnull(find_text("今天上午市政府召开会议"));
	/* Digits in a tracked CJK line are not words apart. */
	ck_assert_ptr_nonnull(find_text("英国耗资7.58亿英镑兴建千年大厦"));
}
END_TEST

/* Two headlines side by side each go with the story under them. */
START_TEST(pdf_side_by_side_headlines)
{
	const struct article *a;

	draw_display_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	a = find_text("harbour ends.");
	ck_assert_ptr_nonnull(a);
	ck_assert_uint_ge(a->n_decks, 1);
	ck_assert(strncmp(a->decks[0].text, "Harbour Works", 13) == 0);
	a = find_text("rules ends.");
	ck_assert_ptr_nonnull(a);
	ck_assert_uint_eq(a->n_decks, 2);
}
END_TEST

/* Letter-spaced display type and a stray gap in a word are no word
 * spaces; a byline in a display face of its own, smaller than the
 * headline, is the byline, not a deck. */
START_TEST(pdf_display_type_words_and_byline)
{
	const struct article *a;

	draw_display_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	a = find_text("rules ends.");
	ck_assert_ptr_nonnull(a);
	ck_assert_uint_eq(a->n_decks, 2);
	ck_assert_str_eq(a->decks[0].text, "Rules for a more uniform way");
	ck_assert_str_eq(a->decks[1].text, "Changing the mark");
	a = find_text("harbour ends.");
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_nonnull(a->byline.text);
	ck_assert_str_eq(a->byline.text, "By Ann Lee");
}
END_TEST

/* A caption in display type over its credit is a photo; fake bold drawn
 * glyph by glyph loses every twin. */
START_TEST(pdf_caption_and_glyph_fake_bold)
{
	const struct article *a;

	draw_display_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	a = find_text("A crane lifts the first span into place.");
	ck_assert_ptr_nonnull(a);
	ck_assert_int_eq(a->kind, ARTICLE_PHOTO);
	ck_assert_ptr_nonnull(a->credit.text);
	ck_assert_str_eq(a->credit.text, "Photo: Jo Park");
	a = find_text("Everything half price");
	ck_assert_ptr_nonnull(a);
	ck_assert_int_eq(a->kind, ARTICLE_AD);
}
END_TEST

/* Each photo keeps its caption and credit: the cuts go between the
 * pictures, not through one between its caption and its credit. */
START_TEST(pdf_photos_side_by_side)
{
	const struct article *a;

	draw_photos_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	a = find_text("The crane lifts the first span.");
	ck_assert_ptr_nonnull(a);
	ck_assert_int_eq(a->kind, ARTICLE_PHOTO);
	ck_assert_ptr_nonnull(a->credit.text);
	ck_assert_str_eq(a->credit.text, "Photo: Jo Park");
	a = find_text("Divers check the piers at dawn.");
	ck_assert_ptr_nonnull(a);
	ck_assert_int_eq(a->kind, ARTICLE_PHOTO);
	ck_assert_ptr_nonnull(a->credit.text);
	ck_assert_str_eq(a->credit.text, "Photo: Al Roy");
}
END_TEST

/* Under a byline set across them, the columns are still read one after
 * the other, not line by line across the gutter. */
START_TEST(pdf_columns_under_byline_across)
{
	draw_byline_across_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	ck_assert_ptr_nonnull(find_text("it alpha 1 runs on in the left column "
	    "then a and so alpha 2 runs on in the left column on"));
	ck_assert_ptr_nonnull(find_text("and so omega 5 runs on in the right "
	    "column and so it omega 6 runs on in the right column then a"));
}
END_TEST

/* A narrow headline centred on the page by chance heads its own column,
 * not the page: the column beside it is read before it. */
START_TEST(pdf_middle_column_headline)
{
	const struct article *a;
	char *t;

	draw_middle_headline_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	a = find_text("middle 1 goes on middle 2 goes on");
	ck_assert_ptr_nonnull(a);
	ck_assert_uint_eq(a->n_decks, 1);
	ck_assert_str_eq(a->decks[0].text, "Middle Story");
	ck_assert(strncmp(a->blocks[0].text, "middle 1", 8) == 0);
	t = all_text(a);
	ck_assert_ptr_null(strstr(t, "left"));
	free(t);
}
END_TEST

/* A signature in the body's face: a name in brackets set flush right
 * under the story's last paragraph, a headline under it; a byline of
 * two roles on two lines; a name alone flush right over the page's
 * footer. */
static void
draw_body_face_signature_page(void)
{
	cairo_t *cr = pdf_begin(595, 842);
	int i;

	cjk_font(cr, 20, true);
	show_at(cr, 40, 100, "全市冬季供暖工作启动");
	show_at(cr, 40, 330, "山区学校新学期开学");
	show_at(cr, 40, 540, "公社水渠放水");
	cjk_font(cr, 10, false);
	for (i = 0; i < 8; i++) {
		show_at(cr, 40, 130 + 14 * i, i == 7 ? "会议结束。" :
		    "今天上午市政府召开会议研究部署全市冬季供暖工作");
		show_at(cr, 40, 374 + 14 * i, i == 7 ? "学生到校。" :
		    "山区大队办起的学校今天开学全村孩子都进了学校");
	}
	show_at(cr, 230, 130 + 14 * 8, "（叶梅）");
	show_at(cr, 40, 346, "本报记者 钟山");
	show_at(cr, 40, 360, "通讯员 朱平");
	for (i = 0; i < 4; i++) {
		show_at(cr, 40, 588 + 14 * i, i == 3 ? "渠水通了。" :
		    "公社修好的水渠今天放水下游三个大队的稻田都能");
	}
	show_at(cr, 240, 588 + 14 * 4, "王兵");
	show_at(cr, 40, 820, "本版编辑：李丽");
	pdf_end(cr);
}

START_TEST(pdf_signature_in_body_face)
{
	const struct article *a;

	draw_body_face_signature_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	ck_assert_uint_eq(fx_page.n_articles, 3);
	a = &fx_page.articles[0];
	ck_assert_ptr_nonnull(a->byline.text);
	ck_assert_str_eq(a->byline.text, "（叶梅）");
	ck_assert_ptr_null(strstr(a->blocks[a->n_blocks - 1].text, "叶梅"));
	/* two roles on two lines */
	a = &fx_page.articles[1];
	ck_assert_ptr_nonnull(a->byline.text);
	ck_assert_ptr_nonnull(strstr(a->byline.text, "钟山"));
	ck_assert_ptr_nonnull(strstr(a->byline.text, "通讯员"));
	ck_assert_ptr_nonnull(strstr(a->byline.text, "朱平"));
	/* signed over the page's footer */
	a = &fx_page.articles[2];
	ck_assert_ptr_nonnull(a->byline.text);
	ck_assert_str_eq(a->byline.text, "王兵");
}
END_TEST

/* A blank line's space in a column under a story's last sentence, then
 * an indented paragraph: a brief without a headline starts. */
static void
draw_brief_under_gap_page(void)
{
	cairo_t *cr = pdf_begin(595, 842);
	int i;

	cjk_font(cr, 20, true);
	show_at(cr, 40, 100, "全市冬季供暖工作启动");
	cjk_font(cr, 10, false);
	for (i = 0; i < 6; i++) {
		show_at(cr, i == 0 ? 60 : 40, 130 + 14 * i, i == 5 ? "会议结束。" :
		    "今天上午市政府召开会议研究部署全市冬季供暖工作");
		show_at(cr, i == 0 ? 60 : 40, 130 + 14 * 7 + 14 * i, i == 5 ? "学生到校。" :
		    "山区大队办起的学校今天开学全村孩子都进了学校");
	}
	pdf_end(cr);
}

START_TEST(pdf_brief_under_gap)
{
	char *t;

	draw_brief_under_gap_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	ck_assert_uint_eq(fx_page.n_articles, 2);
	t = all_text(&fx_page.articles[0]);
	ck_assert_ptr_null(strstr(t, "山区"));
	free(t);
	ck_assert_uint_eq(fx_page.articles[1].n_decks, 0);
}
END_TEST

/* A headline and its standfirst; under them a photo with its caption
 * (a sentence, in small type) and credit, the story's text beside the
 * photo opening with its byline: the caption is no byline, and the text
 * goes on with the story, its byline taken though a paragraph (the
 * standfirst) came first. */
static void
draw_photo_under_standfirst_page(void)
{
	cairo_t *cr = pdf_begin(595, 842);
	int i;

	cjk_font(cr, 22, true);
	show_at(cr, 40, 100, "全市冬季供暖工作启动");
	cairo_set_font_size(cr, 10.5);
	show_at(cr, 40, 122, "今年供暖季提前五天开始，全市二十万户居民受益。");
	picture(cr, 40, 135, 140, 90);
	cjk_font(cr, 8.5, false);
	show_at(cr, 40, 240, "工人们在检修供暖管道。");
	cairo_set_font_size(cr, 8);
	show_at(cr, 140, 252, "李明摄");
	cairo_set_font_size(cr, 10);
	for (i = 0; i < 8; i++) {
		show_at(cr, 200, 150 + 14 * i, i == 0 ? "本报讯（记者 王兵）今天上午" :
		    i == 7 ? "会议结束。" : "市政府召开会议研究部署全市");
	}
	pdf_end(cr);
}

START_TEST(pdf_caption_under_standfirst)
{
	size_t i;
	int photos = 0;

	draw_photo_under_standfirst_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	for (i = 0; i < fx_page.n_articles; i++) {
		const struct article *a = &fx_page.articles[i];
		if (a->kind == ARTICLE_PHOTO) {
			photos++;
			ck_assert_str_eq(a->blocks[0].text, "工人们在检修供暖管道。");
		} else {
			/* the byline opening the text read after the photo */
			ck_assert_ptr_nonnull(a->byline.text);
			ck_assert_ptr_nonnull(strstr(a->byline.text, "王兵"));
		}
	}
	ck_assert_int_eq(photos, 1);
}
END_TEST

/* A story across three columns; under it an ad, then a brief without a
 * headline starting in a column left of where the story stopped: the
 * brief is no continuation of the story. */
static void
draw_brief_after_ad_page(void)
{
	cairo_t *cr = pdf_begin(595, 842);
	int i, c;

	cjk_font(cr, 20, true);
	show_at(cr, 40, 100, "全市冬季供暖工作启动");
	cjk_font(cr, 10, false);
	for (c = 0; c < 3; c++)
		for (i = 0; i < 8; i++) {
			show_at(cr, 40 + 170 * c + (c == 0 && i == 0 ? 20 : 0),
			    130 + 14 * i, c == 2 && i == 7 ? "会议结束。" :
			    "今天上午市政府召开会议研究");
		}
	/* the ad, each glyph drawn twice */
	cjk_font(cr, 14, true);
	for (i = 0; i < 2; i++) {
		show_at(cr, 50 + 1.8 * i, 320, "新店开业");
		show_at(cr, 50 + 1.8 * i, 340, "全场八折");
	}
	cjk_font(cr, 10, false);
	for (i = 0; i < 5; i++) {
		show_at(cr, i == 0 ? 230 : 210, 320 + 14 * i, i == 4 ? "学生到校。" :
		    "山区大队办起的学校今天开学");
	}
	pdf_end(cr);
}

START_TEST(pdf_brief_after_ad)
{
	size_t i;
	char *t;
	int with = 0;

	draw_brief_after_ad_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	for (i = 0; i < fx_page.n_articles; i++) {
		t = all_text(&fx_page.articles[i]);
		with += strstr(t, "山区") != NULL && strstr(t, "今天上午") == NULL;
		free(t);
	}
	ck_assert_int_eq(with, 1);
}
END_TEST

/* Two stories side by side; the second signed, a blank line's space
 * under its signature, then text going on in lower case: the first
 * story's, which stopped mid-sentence at its column's foot. */
static void
draw_signed_then_continued_page(void)
{
	cairo_t *cr = pdf_begin(595, 842);
	int i;

	text_at(cr, 40, 30, 9, false, "The Test Gazette");
	text_at(cr, 40, 820, 9, false, "Page 1");
	text_at(cr, 40, 200, 20, true, "Harbour Works Begin");
	text_at(cr, 320, 206, 20, true, "Tides Run High");
	for (i = 0; i < 8; i++) {
		text_at(cr, 40, 230 + 13 * i, 10, false, i == 7 ?
		    "the pier will open again if the" :
		    "workers began driving new pilings");
		text_at(cr, 320, 236 + 13 * i, 10, false, i == 7 ?
		    "the tide turned on Sunday." :
		    "the harbour master said the tide");
	}
	text_at(cr, 470, 236 + 13 * 8, 10, true, "Ann Lee");
	for (i = 0; i < 3; i++)
		text_at(cr, 320, 380 + 13 * i, 10, false, i == 2 ?
		    "weather holds this week." :
		    "weather holds and the city pays");
	pdf_end(cr);
}

START_TEST(pdf_lower_case_goes_on)
{
	const struct article *a;
	char *t;

	draw_signed_then_continued_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	ck_assert_uint_eq(fx_page.n_articles, 2);
	a = &fx_page.articles[0];
	t = all_text(a);
	ck_assert_ptr_nonnull(strstr(t, "weather holds this week."));
	free(t);
	a = &fx_page.articles[1];
	ck_assert_ptr_nonnull(a->byline.text);
	ck_assert_str_eq(a->byline.text, "Ann Lee");
}
END_TEST

/* A masthead set large leaves no thin band over the page: the date line
 * under it and the paper's name over it are the header; the footer
 * names the paper beside the date, and a page number stands alone at the
 * foot: furniture, no photo, no headline. */
static void
draw_masthead_footer_page(void)
{
	cairo_t *cr = pdf_begin(595, 842);

	text_at(cr, 200, 70, 40, true, "The Ledger");
	text_at(cr, 40, 88, 9, false, "Monday, March 2, 2026");
	text_at(cr, 40, 120, 22, true, "Harbour Works Begin");
	column(cr, 40, 150, "harbour", "harbour ends.");
	column(cr, 310, 150, "harbour", "harbour ends again.");
	text_at(cr, 40, 820, 8, false, "The Ledger \xc2\xb7 Monday, March 2, 2026");
	text_at(cr, 540, 820, 9, false, "A2");
	pdf_end(cr);
}

START_TEST(pdf_masthead_and_footer_furniture)
{
	size_t i;
	int furniture = 0;

	draw_masthead_footer_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	ck_assert_uint_eq(fx_page.n_articles, 1);
	ck_assert_uint_eq(fx_page.articles[0].n_decks, 1);
	ck_assert_str_eq(fx_page.articles[0].decks[0].text,
	    "Harbour Works Begin");
	for (i = 0; i < fx_page.meta.n_lines; i++)
		furniture += strstr(fx_page.meta.lines[i], "The Ledger") != NULL ||
		    strstr(fx_page.meta.lines[i], "March 2, 2026") != NULL ||
		    strcmp(fx_page.meta.lines[i], "A2") == 0;
	ck_assert_int_eq(furniture, 4);
}
END_TEST

/* A METS page without ALTO (a page the library did not OCR) is read from
 * its PDF, not skipped. */
START_TEST(pdf_mets_page_without_alto)
{
	char mets[] = "/tmp/kanbao-mets-XXXXXX";
	const char *name = strrchr(pdf_path, '/') + 1;
	FILE *f;
	int fd;

	draw_page();
	ck_assert_int_ge(fd = mkstemp(mets), 0);
	ck_assert_ptr_nonnull(f = fdopen(fd, "w"));
	fprintf(f, "<?xml version=\"1.0\"?>\n"
	    "<mets xmlns=\"http://www.loc.gov/METS/\" "
	    "xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n"
	    "<fileSec><fileGrp>\n"
	    "<file ID=\"img1\" MIMETYPE=\"image/tiff\"><FLocat "
	    "xlink:href=\"0001.tif\"/></file>\n"
	    "<file ID=\"pdf1\" MIMETYPE=\"application/pdf\"><FLocat "
	    "xlink:href=\"%s\"/></file>\n"
	    "</fileGrp></fileSec>\n"
	    "<structMap><div TYPE=\"issue\"><div TYPE=\"page\">"
	    "<fptr FILEID=\"img1\"/><fptr FILEID=\"pdf1\"/></div></div>"
	    "</structMap>\n</mets>\n", name);
	fclose(f);
	ck_assert_int_eq(fx_load(mets, 0), 0);
	ck_assert_str_eq(fx_loader->name, "mets");
	ck_assert_ptr_nonnull(find_text("alpha ends."));
	ck_assert_ptr_nonnull(find_text("omega ends."));
	unlink(mets);
}
END_TEST
/* A face of its own for signatures and captions (a Kai). */
static void
kai_font(cairo_t *cr, double size)
{
	cairo_select_font_face(cr, "AR PL UKai CN", CAIRO_FONT_SLANT_NORMAL,
	    CAIRO_FONT_WEIGHT_NORMAL);
	cairo_set_font_size(cr, size);
}

/* n lines of a column at x from baseline y, the first indented, the last
 * the short end. */
static void
column_lines(cairo_t *cr, double x, double y, int n, const char *line,
    const char *end)
{
	int i;

	cjk_font(cr, 10, false);
	for (i = 0; i < n; i++)
		show_at(cr, x + (i == 0 ? 20 : 0), y + 14 * i,
		    i == n - 1 ? end : line);
}

/* Two bands over three columns, a blank line's space between them: in
 * each a brief without a headline runs down the first column and on at
 * the second's top, where it is signed in a face of its own, and a
 * headlined story fills the third. */
static void
draw_band_briefs_page(void)
{
	cairo_t *cr = pdf_begin(640, 900);

	column_lines(cr, 34, 80, 8, "河堤加固工程今天全线开工沿岸", "前来观看。");
	column_lines(cr, 229, 80, 5, "施工单位表示工程将在汛期前完", "按期完工。");
	kai_font(cr, 10);
	show_at(cr, 330, 80 + 14 * 5 + 2, "（本报记者方明）");
	cjk_font(cr, 16, true);
	show_at(cr, 425, 84, "图书馆延长开放时间");
	column_lines(cr, 425, 110, 7, "市图书馆从下周起每天开放到晚", "欢迎读者。");
	column_lines(cr, 34, 232, 4, "城东菜市场改造后重新开张摊位", "秩序井然。");
	column_lines(cr, 229, 232, 3, "市场管理处说新增了停车位和公", "方便市民。");
	kai_font(cr, 10);
	show_at(cr, 380, 232 + 14 * 3 + 2, "林平");
	cjk_font(cr, 16, true);
	show_at(cr, 425, 236, "社区开设夜间课堂");
	column_lines(cr, 425, 262, 4, "社区学校开设夜间课堂教授书法", "报名踊跃。");
	pdf_end(cr);
}

/* The bands are read before the columns: each brief is whole with its
 * signature, and the second starts under the band though the story
 * before it in reading order ended in another column. */
START_TEST(pdf_briefs_across_columns_in_bands)
{
	const struct article *a, *b;

	draw_band_briefs_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	a = find_text("河堤加固工程");
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_eq(find_text("施工单位表示"), a);
	ck_assert_ptr_nonnull(a->byline.text);
	ck_assert_ptr_nonnull(strstr(a->byline.text, "方明"));
	b = find_text("城东菜市场");
	ck_assert_ptr_nonnull(b);
	ck_assert_ptr_ne(b, find_text("市图书馆从下周起"));
	ck_assert_ptr_eq(find_text("市场管理处说"), b);
	ck_assert_ptr_nonnull(b->byline.text);
	ck_assert_str_eq(b->byline.text, "林平");
}
END_TEST

/* A story signed at its column's foot in a face of its own; beside it,
 * higher, a photo whose caption and credit are set in that face. */
static void
draw_signature_beside_photo_page(void)
{
	cairo_t *cr = pdf_begin(640, 900);

	cjk_font(cr, 16, true);
	show_at(cr, 34, 84, "老街修缮完成");
	column_lines(cr, 34, 110, 12, "历时半年的老街修缮工程日前完", "恢复原貌。");
	kai_font(cr, 10);
	show_at(cr, 175, 110 + 14 * 12 + 2, "（戴文）");
	picture(cr, 229, 70, 377, 150);
	kai_font(cr, 9);
	show_at(cr, 229, 234, "图为修缮后的老街一角。");
	show_at(cr, 560, 246, "方明摄");
	pdf_end(cr);
}

/* The column ends under the signature (what follows stands higher, to
 * its right): it signs the story, and the photo keeps its caption. */
START_TEST(pdf_signature_beside_photo)
{
	const struct article *a;

	draw_signature_beside_photo_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	a = find_text("历时半年的老街");
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_nonnull(a->byline.text);
	ck_assert_str_eq(a->byline.text, "（戴文）");
	a = find_text("图为修缮后的老街一角。");
	ck_assert_ptr_nonnull(a);
	ck_assert_int_eq(a->kind, ARTICLE_PHOTO);
	ck_assert_ptr_null(strstr(a->blocks[0].text, "戴文"));
}
END_TEST
/* A headline run across two columns over its story; level with it, in
 * the third column, a brief without a headline, its first line not
 * indented, signed at its end. */
static void
draw_brief_beside_headline_page(void)
{
	cairo_t *cr = pdf_begin(640, 900);

	cjk_font(cr, 20, true);
	show_at(cr, 34, 100, "全市春耕备耕工作今天全面展开");
	column_lines(cr, 34, 130, 8, "各区县农机站提前检修农机具确", "春耕生产。");
	column_lines(cr, 229, 130, 6, "农业部门组织技术人员下乡指导", "种植计划。");
	cjk_font(cr, 10, false);
	show_at(cr, 425, 86, "老年大学新学期今天开学共开设");
	column_lines(cr, 425, 100, 6, "书法绘画摄影等课程报名人数比", "再创新高。");
	pdf_end(cr);
}

/* Text level with a headline run across columns, off its width, is no
 * part of that story: the brief stands on its own. */
START_TEST(pdf_brief_beside_headline)
{
	const struct article *a, *b;

	draw_brief_beside_headline_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	a = find_text("各区县农机站");
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_eq(find_text("农业部门组织"), a);
	b = find_text("老年大学新学期");
	ck_assert_ptr_nonnull(b);
	ck_assert_ptr_ne(a, b);
	ck_assert_ptr_eq(find_text("书法绘画摄影"), b);
}
END_TEST

/* Over the page, a story that stops mid-sentence (it jumps); under it a
 * story under a headline over one column; level with that headline, in
 * the next column, an indented paragraph after the story's last
 * sentence. */
static void
draw_paragraph_beside_narrow_headline_page(void)
{
	cairo_t *cr = pdf_begin(640, 900);

	column_lines(cr, 34, 50, 7, "汛期将至各区加紧检查堤防和排", "排水泵站和");
	cjk_font(cr, 14, true);
	show_at(cr, 34, 180, "图书馆延长开放");
	column_lines(cr, 34, 204, 8, "市图书馆从下周起每天开放到晚", "欢迎读者。");
	column_lines(cr, 229, 180, 6, "城东菜市场改造后重新开张摊位", "秩序井然。");
	pdf_end(cr);
}

/* The paragraph starts a brief of its own: the story ended, a story runs
 * on under its headline, not level with it, and the story that stopped
 * mid-sentence would go on with a line that opens no paragraph. */
START_TEST(pdf_paragraph_beside_narrow_headline)
{
	const struct article *a, *b;

	draw_paragraph_beside_narrow_headline_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	a = find_text("市图书馆从下周起");
	b = find_text("城东菜市场改造后");
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_nonnull(b);
	ck_assert_ptr_ne(a, b);
	ck_assert_ptr_ne(find_text("汛期将至"), b);
}
END_TEST

/* Where poppler reads a line of small type and display type level with
 * it on one line, the gutter between them (less than the display type's
 * em) still parts them; a drop cap stays with the word it opens. */
START_TEST(pdf_fragment_parts_small_type_from_display)
{
	struct pdf_glyph s = { 's', { 213.9, 135.7, 218.0, 145.0 }, 8, 0, 0, 0, 0 };
	struct pdf_glyph t = { 'T', { 228.0, 129.1, 238.0, 148.1 }, 17, 0, 0, 0, 0 };
	struct pdf_glyph cap = { 'M', { 34.0, 100.0, 62.0, 130.0 }, 30, 0, 0, 0, 0 };
	struct pdf_glyph a = { 'a', { 62.5, 121.0, 67.5, 130.5 }, 10, 0, 0, 0, 0 };

	ck_assert(!pdf_same_run(&s, &t));
	ck_assert(pdf_same_run(&cap, &a));
}
END_TEST

/* A photo wider than its caption; right of it, a column's text runs on
 * past the caption, its lines level with the caption's. */
static void
draw_caption_beside_column_page(void)
{
	cairo_t *cr = pdf_begin(640, 900);
	char line[64];
	int i;

	text_at(cr, 36, 30, 9, false, "The Test Gazette");
	text_at(cr, 280, 100, 16, true, "Resolver Rules");
	for (i = 0; i < 45; i++) {
		snprintf(line, sizeof line, "resolver %d runs on", i + 1);
		text_at(cr, 280, 125 + 10.4 * i, 9, false, i == 44 ?
		    "resolver ends." : line);
	}
	picture(cr, 36, 140, 232, 160);
	sans_at(cr, 36, 311, 8.5, false, "Divers check the piers at dawn");
	sans_at(cr, 36, 322, 8.5, false, "before the boats come in.");
	sans_at(cr, 36, 333, 8, false, "(AP Photo/Jo Park)");
	/* a caption of one line, under a photo over a gutter of one em */
	picture(cr, 36, 360, 235, 100);
	sans_at(cr, 36, 471, 8.5, false, "The crane lifts the first span.");
	pdf_end(cr);
}

/* The gutter between the caption and the column is found though the
 * photo reaches into it: the caption stays the photo's, the column's text
 * its story's. */
START_TEST(pdf_caption_beside_column)
{
	const struct article *a;

	draw_caption_beside_column_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	a = find_text("Divers check the piers at dawn before the boats come in.");
	ck_assert_ptr_nonnull(a);
	ck_assert_int_eq(a->kind, ARTICLE_PHOTO);
	ck_assert_ptr_nonnull(a->credit.text);
	ck_assert_str_eq(a->credit.text, "(AP Photo/Jo Park)");
	a = find_text("resolver 19 runs on resolver 20 runs on");
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_eq(find_text("resolver ends."), a);
	ck_assert_ptr_eq(find_text("resolver 34 runs on resolver 35 runs on"), a);
	a = find_text("The crane lifts the first span.");
	ck_assert_ptr_nonnull(a);
	ck_assert_int_eq(a->kind, ARTICLE_PHOTO);
}
END_TEST

/* Four columns; a photo over the third and fourth, its caption one line
 * under it, level with the second column's lines a gutter away, a column
 * on the photo's right. */
static void
draw_one_line_caption_page(void)
{
	cairo_t *cr = pdf_begin(760, 900);
	int i;

	for (i = 0; i < 30; i++) {
		cjk_font(cr, 9, false);
		show_at(cr, 40, 100 + 13.2 * i, i == 29 ? "第一栏结束。" :
		    "第一栏的文字一行接一行地往下排");
		show_at(cr, 184.4, 100 + 13.2 * i, i == 29 ? "第二栏结束。" :
		    "第二栏的文字一行接一行地往下排");
		show_at(cr, 618, 100 + 13.2 * i, i == 29 ? "第五栏结束。" :
		    "第五栏的文字一行接一行地往下排");
	}
	picture(cr, 328.8, 120, 279, 154);
	cjk_font(cr, 8.5, false);
	show_at(cr, 328.8, 286, "图为新修的河堤和沿岸的步道。");
	pdf_end(cr);
}

/* The gutter between the second column and the caption is found though
 * the caption is a single row: it stands under its photo. */
START_TEST(pdf_one_line_caption_beside_column)
{
	const struct article *a;

	draw_one_line_caption_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	a = find_text("图为新修的河堤和沿岸的步道。");
	ck_assert_ptr_nonnull(a);
	ck_assert_int_eq(a->kind, ARTICLE_PHOTO);
	ck_assert_ptr_null(strstr(a->blocks[0].text, "第二栏"));
}
END_TEST

/* A headline over a story whose opening byline (本报讯（记者 …）) fills
 * its first line alone, the text's first word wrapped to the next. */
static void
draw_opening_byline_alone_page(void)
{
	cairo_t *cr = pdf_begin(640, 900);

	cjk_font(cr, 9, false);
	show_at(cr, 34, 30, "河口时报");
	cjk_font(cr, 18, true);
	show_at(cr, 34, 100, "老街修缮完成");
	column_lines(cr, 34, 126, 1, "", "本报讯（记者方明）");
	column_lines(cr, 34, 140, 6, "modinfo工具对内核模块进行测试",
	    "结果正常。");
	pdf_end(cr);
}

/* The line is the story's byline, the text starts under it. */
START_TEST(pdf_opening_byline_alone)
{
	const struct article *a;

	draw_opening_byline_alone_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), 0);
	a = find_text("结果正常。");
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_nonnull(a->byline.text);
	ck_assert_str_eq(a->byline.text, "本报讯（记者方明）");
	ck_assert_ptr_null(strstr(a->blocks[0].text, "方明"));
}
END_TEST

#else
START_TEST(pdf_not_supported)
{
	draw_page();
	ck_assert_int_eq(fx_load(pdf_path, -1), -1);
	ck_assert(fx_diag_has("PDF pages are not supported in this build "
	    "(needs poppler-glib)"));
}
END_TEST
#endif

static Suite *
loader_pdf_suite(void)
{
	Suite *s = suite_create("loader_pdf");
	TCase *tc = tcase_create("pdf");

	tcase_add_checked_fixture(tc, NULL, teardown);
#ifdef HAVE_POPPLER
	tcase_add_test(tc, pdf_columns_and_headlines);
	tcase_add_test(tc, pdf_words_drop_cap_paragraphs);
	tcase_add_test(tc, pdf_cjk_lines_join_without_space);
	tcase_add_test(tc, pdf_scan_read_in_flow_order);
	tcase_add_test(tc, pdf_story_ends_atop_next_column);
	tcase_add_test(tc, pdf_byline_in_headline_face);
	tcase_add_test(tc, pdf_body_under_close_headline);
	tcase_add_test(tc, pdf_standfirst_and_dash_subhead);
	tcase_add_test(tc, pdf_end_signature_and_editor_line);
	tcase_add_test(tc, pdf_cjk_byline_in_body_face);
	tcase_add_test(tc, pdf_side_by_side_headlines);
	tcase_add_test(tc, pdf_display_type_words_and_byline);
	tcase_add_test(tc, pdf_caption_and_glyph_fake_bold);
	tcase_add_test(tc, pdf_photos_side_by_side);
	tcase_add_test(tc, pdf_columns_under_byline_across);
	tcase_add_test(tc, pdf_middle_column_headline);
	tcase_add_test(tc, pdf_masthead_and_footer_furniture);
	tcase_add_test(tc, pdf_signature_in_body_face);
	tcase_add_test(tc, pdf_brief_under_gap);
	tcase_add_test(tc, pdf_caption_under_standfirst);
	tcase_add_test(tc, pdf_brief_after_ad);
	tcase_add_test(tc, pdf_lower_case_goes_on);
	tcase_add_test(tc, pdf_mets_page_without_alto);
	tcase_add_test(tc, pdf_briefs_across_columns_in_bands);
	tcase_add_test(tc, pdf_signature_beside_photo);
	tcase_add_test(tc, pdf_brief_beside_headline);
	tcase_add_test(tc, pdf_paragraph_beside_narrow_headline);
	tcase_add_test(tc, pdf_fragment_parts_small_type_from_display);
	tcase_add_test(tc, pdf_caption_beside_column);
	tcase_add_test(tc, pdf_one_line_caption_beside_column);
	tcase_add_test(tc, pdf_opening_byline_alone);
#else
	tcase_add_test(tc, pdf_not_supported);
#endif
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(loader_pdf_suite)

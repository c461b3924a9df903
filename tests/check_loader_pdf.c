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

static char pdf_path[] = "/tmp/kanbao-pdf-XXXXXX";

static void
text_at(cairo_t *cr, double x, double y, double size, bool bold,
    const char *s)
{
	cairo_select_font_face(cr, "DejaVu Serif", CAIRO_FONT_SLANT_NORMAL,
	    bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
	cairo_set_font_size(cr, size);
	cairo_move_to(cr, x, y);
	cairo_show_text(cr, s);
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
	int fd = mkstemp(pdf_path);
	cairo_surface_t *s;
	cairo_t *cr;

	ck_assert_int_ge(fd, 0);
	close(fd);
	s = cairo_pdf_surface_create(pdf_path, 595, 842);
	cr = cairo_create(s);
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
	cairo_destroy(cr);
	cairo_surface_finish(s);
	cairo_surface_destroy(s);
}

static void
teardown(void)
{
	fx_free();
	if (!getenv("KEEP")) unlink(pdf_path);
	strcpy(pdf_path, "/tmp/kanbao-pdf-XXXXXX");
}

#ifdef HAVE_POPPLER
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
	ck_assert_uint_ge(fx_page.meta.n_lines, 1);
	ck_assert_str_eq(fx_page.meta.lines[0], "The Test Gazette");
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
#else
	tcase_add_test(tc, pdf_not_supported);
#endif
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(loader_pdf_suite)

/* SPDX-License-Identifier: ISC */
/* pdf_read.c: a PDF page's glyphs through poppler-glib (see pdf_int.h).
 *
 * poppler_page_get_text_layout gives one box per character of the page's
 * text and poppler_page_get_text_attributes the font name and size of each
 * run; the weight comes from the font name.  Glyphs drawn twice, a little
 * apart, for fake bold are dropped here, at the source, so no later step
 * sees "中中国国". */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <poppler.h>
#include <unistr.h>

#include "dynlib.h"
#include "i18n.h"
#include "pdf_int.h"
#include "xalloc.h"

/* The poppler-glib and GLib functions used here: looked up when the first
 * PDF is read where configure found poppler-glib's soname (dynlib.h),
 * else linked. */
#define PDF_FUNCTIONS(X) \
	X(poppler_document_new_from_bytes) X(poppler_document_get_n_pages) \
	X(poppler_document_get_page) X(poppler_page_get_size) \
	X(poppler_page_get_text) X(poppler_page_get_text_layout) \
	X(poppler_page_get_text_attributes) \
	X(poppler_page_free_text_attributes) \
	X(poppler_page_get_image_mapping) X(poppler_page_free_image_mapping) \
	X(g_bytes_new_static) X(g_bytes_unref) X(g_error_free) X(g_free) \
	X(g_object_unref) X(g_unichar_isspace)

#define PDF_POINTER(f)	__typeof__(f) *f;
static struct {
	PDF_FUNCTIONS(PDF_POINTER)
} pdf_fn;

/* Fill pdf_fn once.  0, or -1 with why in *err (when err). */
static int
pdf_functions(char **err)
{
	static int state;	/* 0: not yet, 1: loaded, -1: cannot be */
	static char *why;
#ifdef POPPLER_SONAME
#define PDF_NAME(f)	#f,
#define PDF_SLOT(f)	&pdf_fn.f,
	static const char *const names[] = { PDF_FUNCTIONS(PDF_NAME) };
	void *const slots[] = { PDF_FUNCTIONS(PDF_SLOT) };

	if (state == 0)
		state = dynlib_load(POPPLER_SONAME, names,
		    sizeof names / sizeof names[0], slots, &why) == 0 ? 1 : -1;
#else
#define PDF_LINKED(f)	pdf_fn.f = f;
	if (state == 0) {
		PDF_FUNCTIONS(PDF_LINKED)
		state = 1;
	}
#endif
	if (state < 0 && err != NULL)
		*err = xstrdup(why);
	return state > 0 ? 0 : -1;
}

/* A gap wider than this (in ems) ends a fragment: a gutter or a justified
 * gap; lines are regrouped later, so cutting too often does no harm. */
#define PDF_FRAG_GAP	0.6
/* A glyph this many times the size of the one before it starts a
 * fragment of its own: body text ends there, beside display type. */
#define PDF_FRAG_GROW	1.3
/* Images covering this share of the page make it a scan. */
#define PDF_SCAN_SHARE	0.5
/* A glyph drawn again right after itself, shifted less than this many
 * ems, is a fake-bold twin. */
#define PDF_TWIN_SHIFT	0.2

void
pdf_utf8_add(struct strbuf *b, uint32_t c)
{
	uint8_t tmp[6];
	int n = u8_uctomb(tmp, (ucs4_t)c, sizeof tmp);

	if (n > 0)
		strbuf_add(b, (const char *)tmp, (size_t)n);
}

static bool
pdf_font_is_bold(const char *name)
{
	static const char *const words[] = { "bold", "black", "heavy", "demi",
	    "semibold", NULL };
	size_t i;

	for (i = 0; words[i]; i++)
		if (strcasestr(name, words[i]))
			return true;
	return false;
}

static int
pdf_font_intern(struct pdf_page *pg, const char *name, size_t *cap)
{
	size_t i;

	if (name == NULL)
		name = "";
	for (i = 0; i < pg->n_fonts; i++)
		if (strcmp(pg->fonts[i].name, name) == 0)
			return (int)i;
	pg->fonts = xgrow(pg->fonts, cap, pg->n_fonts + 1, sizeof *pg->fonts);
	pg->fonts[pg->n_fonts].name = xstrdup(name);
	pg->fonts[pg->n_fonts].bold = pdf_font_is_bold(name);
	return (int)pg->n_fonts++;
}

/* Characters that are not glyphs worth keeping: white space (indents and
 * word spaces are read from the geometry) and controls. */
static bool
pdf_skip_char(gunichar c)
{
	return pdf_fn.g_unichar_isspace(c) || c == 0x3000 || c < 0x20 ||
	    (c >= 0x7F && c < 0xA0) || c == 0xFEFF;
}

struct pdf_attr_walk {
	GList	*at;
};

static PopplerTextAttributes *
pdf_attr_for(struct pdf_attr_walk *w, int index)
{
	while (w->at && ((PopplerTextAttributes *)w->at->data)->end_index < index)
		w->at = w->at->next;
	return w->at ? w->at->data : NULL;
}

/* Glyphs of the page in poppler's text order; line ends are kept as a
 * flag in doubled (reset later) so fragments can break there. */
static void
pdf_collect(struct pdf_page *pg, PopplerPage *page, bool **breaks)
{
	char *text = pdf_fn.poppler_page_get_text(page), *s;
	PopplerRectangle *rects = NULL;
	guint n_rects = 0, i;
	GList *attrs = pdf_fn.poppler_page_get_text_attributes(page);
	struct pdf_attr_walk w = { attrs };
	size_t cap = 0, cap_b = 0, cap_f = 0;
	int k = 1;
	bool space = false;

	pdf_fn.poppler_page_get_text_layout(page, &rects, &n_rects);
	*breaks = NULL;
	for (i = 0, s = text; s && *s && i < n_rects; i++, s += k) {
		ucs4_t c;

		/* poppler's text is UTF-8 (GLib); a bad byte is stepped over. */
		if ((k = u8_strmbtouc(&c, (const uint8_t *)s)) <= 0)
			k = 1;
		PopplerTextAttributes *ta = pdf_attr_for(&w, (int)i);
		struct pdf_glyph *g;

		if (pdf_skip_char(c)) {
			if (c == '\n' && pg->n_glyphs > 0)
				(*breaks)[pg->n_glyphs - 1] = true;
			space = c != '\n';
			continue;
		}
		pg->glyphs = xgrow(pg->glyphs, &cap, pg->n_glyphs + 1,
		    sizeof *pg->glyphs);
		*breaks = xgrow(*breaks, &cap_b, pg->n_glyphs + 1, sizeof **breaks);
		g = &pg->glyphs[pg->n_glyphs];
		(*breaks)[pg->n_glyphs++] = false;
		memset(g, 0, sizeof *g);
		g->c = c;
		g->space_before = space;
		space = false;
		g->b.x1 = rects[i].x1;
		g->b.y1 = rects[i].y1;
		g->b.x2 = rects[i].x2;
		g->b.y2 = rects[i].y2;
		g->size = ta && ta->font_size > 0 ? ta->font_size : rects[i].y2 - rects[i].y1;
		g->font = pdf_font_intern(pg, ta ? ta->font_name : NULL, &cap_f);
	}
	pdf_fn.g_free(rects);
	pdf_fn.poppler_page_free_text_attributes(attrs);
	pdf_fn.g_free(text);
}

/* --- fake bold ------------------------------------------------------------ */

static const struct pdf_glyph *pdf_sort_base;

static int
pdf_by_char_x(const void *x, const void *y)
{
	const struct pdf_glyph *a = &pdf_sort_base[*(const size_t *)x];
	const struct pdf_glyph *b = &pdf_sort_base[*(const size_t *)y];

	if (a->c != b->c)
		return a->c < b->c ? -1 : 1;
	return (a->b.x1 > b->b.x1) - (a->b.x1 < b->b.x1);
}

/* Whether b is a's fake-bold twin: the same character in the same size,
 * nearly the same place.  A line drawn twice: the boxes mostly overlap.
 * Glyphs drawn twice one after the other (adjacent: a and b are next to
 * each other in the drawing order): poppler ends the first copy's box
 * where its twin starts, so only the shift counts, less than a fifth of
 * an em where a real double letter ("ll", "ii") stands a whole advance
 * on. */
static bool
pdf_is_twin(const struct pdf_glyph *a, const struct pdf_glyph *b,
    bool adjacent)
{
	double em = a->size > b->size ? a->size : b->size;
	double w = a->b.x2 - a->b.x1 < b->b.x2 - b->b.x1 ?
	    a->b.x2 - a->b.x1 : b->b.x2 - b->b.x1;
	double lo = a->b.x1 > b->b.x1 ? a->b.x1 : b->b.x1;
	double hi = a->b.x2 < b->b.x2 ? a->b.x2 : b->b.x2;

	if (a->c != b->c || a->size - b->size > 0.5 || b->size - a->size > 0.5 ||
	    a->b.y1 - b->b.y1 >= 0.25 * em || b->b.y1 - a->b.y1 >= 0.25 * em ||
	    b->b.x1 - a->b.x1 >= 0.25 * em)
		return false;
	if (adjacent && b->b.x1 - a->b.x1 < PDF_TWIN_SHIFT * em)
		return true;
	return hi - lo >= 0.4 * w && w > 0;
}

/* Mark twins: of each pair the glyph drawn later goes (drop[i]). */
static void
pdf_find_twins(struct pdf_page *pg, bool *drop)
{
	size_t *ix = xmalloc((pg->n_glyphs + 1) * sizeof *ix), i, k;

	for (i = 0; i < pg->n_glyphs; i++)
		ix[i] = i;
	pdf_sort_base = pg->glyphs;
	qsort(ix, pg->n_glyphs, sizeof *ix, pdf_by_char_x);
	for (i = 1; i < pg->n_glyphs; i++) {
		struct pdf_glyph *b = &pg->glyphs[ix[i]];

		for (k = i; k-- > 0;) {
			struct pdf_glyph *a = &pg->glyphs[ix[k]];

			if (a->c != b->c || b->b.x1 - a->b.x1 >= 0.25 * b->size)
				break;
			if (drop[ix[k]] || !pdf_is_twin(a, b, ix[i] == ix[k] + 1 ||
			    ix[k] == ix[i] + 1))
				continue;
			drop[ix[i] > ix[k] ? ix[i] : ix[k]] = true;
			pg->glyphs[ix[i] > ix[k] ? ix[k] : ix[i]].doubled = true;
			break;
		}
	}
	free(ix);
}

/* Remove dropped glyphs, keeping breaks in step. */
static void
pdf_compact(struct pdf_page *pg, const bool *drop, bool *breaks)
{
	size_t i, j = 0;

	for (i = 0; i < pg->n_glyphs; i++) {
		if (drop[i]) {
			if (breaks[i] && j > 0)
				breaks[j - 1] = true;
			pdf_utf8_add(&pg->removed, pg->glyphs[i].c);
			continue;
		}
		breaks[j] = breaks[i];
		pg->glyphs[j++] = pg->glyphs[i];
	}
	pg->n_glyphs = j;
}

/* --- fragments -------------------------------------------------------------- */

bool
pdf_same_run(const struct pdf_glyph *a, const struct pdf_glyph *b)
{
	double em = a->size > b->size ? a->size : b->size;
	double gap = b->b.x1 - a->b.x2;
	double dy = (a->b.y2 - b->b.y2);

	/* (a drop cap, larger than what follows it, stays with it) */
	if (b->size > PDF_FRAG_GROW * a->size)
		return false;
	return gap < PDF_FRAG_GAP * em && gap > -0.3 * em &&
	    dy < 0.3 * em && dy > -0.3 * em;
}

void
pdf_box_grow(struct pdf_box *b, const struct pdf_box *g, bool first)
{
	if (first) {
		*b = *g;
		return;
	}
	if (g->x1 < b->x1)
		b->x1 = g->x1;
	if (g->y1 < b->y1)
		b->y1 = g->y1;
	if (g->x2 > b->x2)
		b->x2 = g->x2;
	if (g->y2 > b->y2)
		b->y2 = g->y2;
}

static void
pdf_make_frags(struct pdf_page *pg, const bool *breaks)
{
	size_t i, cap = 0;
	struct pdf_frag *f = NULL;

	for (i = 0; i < pg->n_glyphs; i++) {
		if (f == NULL || breaks[i - 1] ||
		    !pdf_same_run(&pg->glyphs[i - 1], &pg->glyphs[i])) {
			pg->frags = xgrow(pg->frags, &cap, pg->n_frags + 1,
			    sizeof *pg->frags);
			f = &pg->frags[pg->n_frags++];
			f->first = i;
			f->n = 0;
		}
		pdf_box_grow(&f->b, &pg->glyphs[i].b, f->n == 0);
		f->n++;
	}
}

/* --- the page's body style ------------------------------------------------- */

/* The most common size (to 0.5 pt) and font, counted over glyphs. */
static void
pdf_body_style(struct pdf_page *pg)
{
	size_t *by_size = xcalloc(401, sizeof *by_size);
	size_t *by_font = xcalloc(pg->n_fonts + 1, sizeof *by_font);
	size_t i, best = 0;

	for (i = 0; i < pg->n_glyphs; i++) {
		long s = (long)(pg->glyphs[i].size * 2 + 0.5);

		by_size[s < 0 ? 0 : s > 400 ? 400 : s]++;
		by_font[pg->glyphs[i].font]++;
	}
	for (i = 1; i <= 400; i++)
		if (by_size[i] > by_size[best])
			best = i;
	pg->body_size = best ? (double)best / 2 : 10;
	for (i = 0, best = 0; i < pg->n_fonts; i++)
		if (by_font[i] > by_font[best])
			best = i;
	pg->body_font = (int)best;
	free(by_size);
	free(by_font);
}

/* --- the document ------------------------------------------------------------ */

static PopplerDocument *
pdf_open(const unsigned char *buf, size_t n, GBytes **bytes, char **err)
{
	GError *e = NULL;
	PopplerDocument *doc;

	*bytes = NULL;
	if (pdf_functions(err) != 0)
		return NULL;
	*bytes = pdf_fn.g_bytes_new_static(buf, n);
	doc = pdf_fn.poppler_document_new_from_bytes(*bytes, NULL, &e);
	if (doc == NULL) {
		if (err)
			*err = xstrdup(e && e->message ? e->message : _("unreadable PDF"));
		if (e)
			pdf_fn.g_error_free(e);
		pdf_fn.g_bytes_unref(*bytes);
		*bytes = NULL;
	}
	return doc;
}

int
pdf_read_count(const unsigned char *buf, size_t n, char **err)
{
	GBytes *bytes;
	PopplerDocument *doc = pdf_open(buf, n, &bytes, err);
	int count;

	if (doc == NULL)
		return -1;
	count = pdf_fn.poppler_document_get_n_pages(doc);
	pdf_fn.g_object_unref(doc);
	pdf_fn.g_bytes_unref(bytes);
	return count;
}

/* The page's images.  A scan: images cover most of the page, and the text
 * is the OCR layer laid over them (drawn invisible, render mode 3); else
 * they are its pictures. */
static void
pdf_read_images(struct pdf_page *pg, PopplerPage *page)
{
	GList *maps = pdf_fn.poppler_page_get_image_mapping(page), *m;
	size_t cap = 0;
	double area = 0;

	for (m = maps; m; m = m->next) {
		const PopplerImageMapping *im = m->data;
		struct pdf_box b = { im->area.x1, im->area.y1, im->area.x2,
		    im->area.y2 };

		area += (b.x2 - b.x1) * (b.y2 - b.y1);
		pg->pictures = xgrow(pg->pictures, &cap, pg->n_pictures + 1,
		    sizeof *pg->pictures);
		pg->pictures[pg->n_pictures++] = b;
	}
	pdf_fn.poppler_page_free_image_mapping(maps);
	pg->scan = area >= PDF_SCAN_SHARE * pg->width * pg->height;
	if (pg->scan)
		pg->n_pictures = 0;
}

static void
pdf_read_glyphs(struct pdf_page *pg, PopplerPage *page)
{
	bool *breaks = NULL, *drop;

	pdf_fn.poppler_page_get_size(page, &pg->width, &pg->height);
	pdf_read_images(pg, page);
	pdf_collect(pg, page, &breaks);
	drop = xcalloc(pg->n_glyphs + 1, sizeof *drop);
	pdf_find_twins(pg, drop);
	if (breaks)
		pdf_compact(pg, drop, breaks);
	for (size_t i = 0; i < pg->n_glyphs; i++)
		pg->glyphs[i].line_end = breaks[i] || i + 1 == pg->n_glyphs;
	pdf_make_frags(pg, breaks);
	pdf_body_style(pg);
	free(drop);
	free(breaks);
}

int
pdf_read_page(struct pdf_page *pg, const unsigned char *buf, size_t n,
    int index, char **err)
{
	GBytes *bytes;
	PopplerDocument *doc;
	PopplerPage *page;

	memset(pg, 0, sizeof *pg);
	if ((doc = pdf_open(buf, n, &bytes, err)) == NULL)
		return -1;
	if (index < 0)
		index = 0;
	if ((page = pdf_fn.poppler_document_get_page(doc, index)) == NULL) {
		*err = xasprintf(_("no page %d in the document"), index + 1);
		pdf_fn.g_object_unref(doc);
		pdf_fn.g_bytes_unref(bytes);
		return -1;
	}
	pdf_read_glyphs(pg, page);
	pdf_fn.g_object_unref(page);
	pdf_fn.g_object_unref(doc);
	pdf_fn.g_bytes_unref(bytes);
	return 0;
}

void
pdf_page_free(struct pdf_page *pg)
{
	size_t i;

	for (i = 0; i < pg->n_fonts; i++)
		free(pg->fonts[i].name);
	for (i = 0; i < pg->n_lines; i++)
		free(pg->lines[i].text);
	free(pg->fonts);
	free(pg->glyphs);
	free(pg->frags);
	free(pg->lines);
	free(pg->pictures);
	strbuf_free(&pg->removed);
	memset(pg, 0, sizeof *pg);
}

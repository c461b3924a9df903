/* SPDX-License-Identifier: ISC */
/* loader_alto.c: ALTO pages (1.x to 4.x), the OCR layout format of
 * libraries.
 *
 * Lines are TextBlock/TextLine/String in document order, words spaced by
 * SP; a word broken at the line end (SUBS_TYPE HypPart1/HypPart2 with
 * SUBS_CONTENT, or a HYP) is printed broken in the page text and whole in
 * the articles.  Where the page's tags (StructureTag, LayoutTag through
 * TAGREFS) or the METS mark titles, articles and advertisements,
 * they make the articles; otherwise the page's text, a blank line between
 * blocks, goes through the text segmenter like a plain text page. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "loader.h"
#include "xmlhead.h"

#ifdef HAVE_LIBXML2
#include "alto_int.h"
#include "clean.h"
#include "pagebuild.h"
#include "strbuf.h"
#include "xalloc.h"
#include "xmlutil.h"

struct alto_tag {
	char		*id;
	enum alto_role	 role;
};

/* A TextStyle: its ID and FONTSIZE. */
struct alto_style {
	char		*id;
	double		 size;
};

struct alto_page {
	struct alto_tag	*tags;
	size_t		 n_tags, cap_tags;
	struct alto_line *lines;
	size_t		 n_lines, cap_lines;
	size_t		 n_blocks;
	struct alto_style *styles;
	size_t		 n_styles, cap_styles;
	const struct alto_map *map;
	size_t		 n_map;
	bool		 tagged;	/* some line has a structural role */
};

/* --- tags ------------------------------------------------------------------ */

static enum alto_role
alto_role_of(const char *elem, const char *label)
{
	static const struct { const char *word; enum alto_role role; } w[] = {
		{ "advert", ALTO_AD }, { "newspapertitle", ALTO_META },
		{ "mast", ALTO_META }, { "subtitle", ALTO_SUBTITLE },
		{ "subtile", ALTO_SUBTITLE }, { "title", ALTO_TITLE },
		{ "tile", ALTO_TITLE }, { "headline", ALTO_TITLE },
		{ "heading", ALTO_TITLE }, { "byline", ALTO_BYLINE },
		{ "author", ALTO_BYLINE }, { "article", ALTO_BODY },
	};
	size_t i;

	for (i = 0; label && i < sizeof w / sizeof *w; i++)
		if (strcasestr(label, w[i].word))
			return w[i].role;
	return strcmp(elem, "LayoutTag") == 0 ? ALTO_NOTICE : ALTO_NONE;
}

static void
alto_read_tags(struct alto_page *ap, const xmlNode *tags)
{
	const xmlNode *t;

	for (t = tags ? tags->children : NULL; t; t = t->next) {
		char *label, *type;

		if (t->type != XML_ELEMENT_NODE ||
		    (!xmlutil_is(t, "StructureTag") && !xmlutil_is(t, "LayoutTag")))
			continue;
		label = xmlutil_attr(t, "LABEL");
		type = xmlutil_attr(t, "TYPE");
		ap->tags = xgrow(ap->tags, &ap->cap_tags, ap->n_tags + 1,
		    sizeof *ap->tags);
		ap->tags[ap->n_tags].id = xmlutil_attr(t, "ID");
		ap->tags[ap->n_tags].role = alto_role_of((const char *)t->name,
		    label ? label : type);
		if (ap->tags[ap->n_tags].role == ALTO_NONE && type && label)
			ap->tags[ap->n_tags].role = alto_role_of("", type);
		ap->n_tags++;
		free(label);
		free(type);
	}
}

/* The strongest role among an element's TAGREFS. */
static enum alto_role
alto_tag_role(const struct alto_page *ap, const xmlNode *n)
{
	char *refs = xmlutil_attr(n, "TAGREFS"), *tok, *save = NULL;
	enum alto_role best = ALTO_NONE;
	size_t i;

	for (tok = refs ? strtok_r(refs, " \t\n", &save) : NULL; tok;
	    tok = strtok_r(NULL, " \t\n", &save))
		for (i = 0; i < ap->n_tags; i++)
			if (ap->tags[i].id && strcmp(ap->tags[i].id, tok) == 0 &&
			    ap->tags[i].role != ALTO_NONE &&
			    (best == ALTO_NONE || best == ALTO_BODY))
				best = ap->tags[i].role;
	free(refs);
	return best;
}

/* --- styles ------------------------------------------------------------------ */

static void
alto_read_styles(struct alto_page *ap, const xmlNode *styles)
{
	const xmlNode *t;

	for (t = styles ? styles->children : NULL; t; t = t->next) {
		char *size;

		if (!xmlutil_is(t, "TextStyle") ||
		    (size = xmlutil_attr(t, "FONTSIZE")) == NULL)
			continue;
		ap->styles = xgrow(ap->styles, &ap->cap_styles, ap->n_styles + 1,
		    sizeof *ap->styles);
		ap->styles[ap->n_styles].id = xmlutil_attr(t, "ID");
		ap->styles[ap->n_styles].size = strtod(size, NULL);
		if (!isfinite(ap->styles[ap->n_styles].size))
			ap->styles[ap->n_styles].size = 0;
		ap->n_styles++;
		free(size);
	}
}

/* The FONTSIZE of the first TextStyle among n's STYLEREFS; 0: none. */
static double
alto_style_size(const struct alto_page *ap, const xmlNode *n)
{
	char *refs = n ? xmlutil_attr(n, "STYLEREFS") : NULL, *tok, *save = NULL;
	double size = 0;
	size_t i;

	for (tok = refs ? strtok_r(refs, " \t\n", &save) : NULL; tok && size <= 0;
	    tok = strtok_r(NULL, " \t\n", &save))
		for (i = 0; i < ap->n_styles; i++)
			if (ap->styles[i].id && strcmp(ap->styles[i].id, tok) == 0)
				size = ap->styles[i].size;
	free(refs);
	return size;
}

/* --- lines -------------------------------------------------------------------- */

static double
alto_num(const xmlNode *n, const char *name)
{
	char *v = n ? xmlutil_attr(n, name) : NULL;
	double d = v ? strtod(v, NULL) : 0;

	free(v);
	/* NaN or infinite boxes would leave the ordering undefined. */
	return isfinite(d) ? d : 0;
}

/* One String: CONTENT in the raw text; in the whole text HypPart1 gives
 * SUBS_CONTENT and HypPart2 nothing. */
static void
alto_string(const xmlNode *s, struct strbuf *raw, struct strbuf *whole)
{
	char *content = xmlutil_attr(s, "CONTENT");
	char *type = xmlutil_attr(s, "SUBS_TYPE");
	char *subs = xmlutil_attr(s, "SUBS_CONTENT");

	if (content)
		strbuf_adds(raw, content);
	if (type && subs && strcmp(type, "HypPart1") == 0)
		strbuf_adds(whole, subs);
	else if (!(type && subs && strcmp(type, "HypPart2") == 0) && content)
		strbuf_adds(whole, content);
	free(content);
	free(type);
	free(subs);
}

static void
alto_box_of(const xmlNode *n, struct alto_box *b)
{
	b->x1 = alto_num(n, "HPOS");
	b->y1 = alto_num(n, "VPOS");
	b->x2 = b->x1 + alto_num(n, "WIDTH");
	b->y2 = b->y1 + alto_num(n, "HEIGHT");
}

static void
alto_add_line(struct alto_page *ap, const xmlNode *tl, const xmlNode *tb,
    enum alto_role block_role)
{
	struct strbuf raw = STRBUF_INIT, whole = STRBUF_INIT;
	const xmlNode *c;
	struct alto_line *l;
	enum alto_role role = alto_tag_role(ap, tl);
	double size = alto_style_size(ap, tl), best = 0, s;

	for (c = tl->children; c; c = c->next) {
		if (xmlutil_is(c, "String")) {
			size_t before = raw.len;

			alto_string(c, &raw, &whole);
			/* No style on the line: its longest styled word's. */
			if (size <= 0 && raw.len - before > best &&
			    (s = alto_style_size(ap, c)) > 0) {
				best = (double)(raw.len - before);
				size = s;
			}
			if (role == ALTO_NONE)
				role = alto_tag_role(ap, c);
		} else if (xmlutil_is(c, "SP")) {
			strbuf_addc(&raw, ' ');
			strbuf_addc(&whole, ' ');
		} else if (xmlutil_is(c, "HYP"))
			strbuf_addc(&raw, '-');
	}
	/* A HYP without SUBS_CONTENT: clean_lines joins "Har-" "bor". */
	if (raw.len && raw.s[raw.len - 1] == '-' && (whole.len == 0 ||
	    whole.s[whole.len - 1] != '-') && xmlutil_child(tl, "HYP"))
		strbuf_addc(&whole, '-');
	ap->lines = xgrow(ap->lines, &ap->cap_lines, ap->n_lines + 1,
	    sizeof *ap->lines);
	l = &ap->lines[ap->n_lines++];
	memset(l, 0, sizeof *l);
	l->raw = raw.s ? strbuf_take(&raw) : xstrdup("");
	l->whole = whole.s ? strbuf_take(&whole) : xstrdup("");
	alto_box_of(tl, &l->b);
	alto_box_of(tb, &l->bb);
	l->size = size > 0 ? size : alto_style_size(ap, tb);
	l->chars = strlen(l->whole);
	l->block = ap->n_blocks;
	l->role = role != ALTO_NONE ? role : block_role;
	if (l->role != ALTO_NONE && l->role != ALTO_BODY)
		ap->tagged = true;
}

static const struct alto_map *
alto_map_for(const struct alto_page *ap, const char *id)
{
	size_t i;

	for (i = 0; id && i < ap->n_map; i++)
		if (strcmp(ap->map[i].block, id) == 0)
			return &ap->map[i];
	return NULL;
}

/* The METS map's say on a line: its own entry, else its block's. */
static void
alto_map_line(struct alto_page *ap, struct alto_line *l, const xmlNode *tl,
    const struct alto_map *block)
{
	char *id = xmlutil_attr(tl, "ID");
	const struct alto_map *m = alto_map_for(ap, id);

	free(id);
	if (m == NULL && (m = block) == NULL)
		return;
	l->article = m->article;
	l->role = m->role;
	l->para = m->para;
	l->seq = (size_t)(m - ap->map) + 1;
	ap->tagged = true;
}

static void
alto_block(struct alto_page *ap, const xmlNode *tb, const struct alto_map *outer)
{
	const xmlNode *tl;
	char *id = xmlutil_attr(tb, "ID");
	const struct alto_map *m = alto_map_for(ap, id);

	if (m == NULL)
		m = outer;
	enum alto_role role = m ? m->role : alto_tag_role(ap, tb);

	for (tl = tb->children; tl; tl = tl->next)
		if (xmlutil_is(tl, "TextLine")) {
			alto_add_line(ap, tl, tb, role);
			if (ap->n_map > 0)
				alto_map_line(ap, &ap->lines[ap->n_lines - 1], tl, m);
		}
	ap->n_blocks++;
	free(id);
}

/* TextBlocks in document order, inside ComposedBlocks and margins too;
 * a ComposedBlock the METS names gives its blocks its place (outer). */
static void
alto_walk(struct alto_page *ap, const xmlNode *n, const struct alto_map *outer)
{
	const xmlNode *c;

	for (c = n->children; c; c = c->next) {
		if (xmlutil_is(c, "TextBlock"))
			alto_block(ap, c, outer);
		else if (xmlutil_is(c, "ComposedBlock") && ap->n_map > 0) {
			char *id = xmlutil_attr(c, "ID");
			const struct alto_map *m = alto_map_for(ap, id);

			free(id);
			alto_walk(ap, c, m ? m : outer);
		} else if (c->type == XML_ELEMENT_NODE)
			alto_walk(ap, c, outer);
	}
}

/* --- building articles ----------------------------------------------------------- */

struct alto_build {
	struct pagebuild pb;
	struct alto_page *ap;
	unsigned long	*no;		/* page text line of each line */
	struct article	*a;
	enum alto_role	 last;		/* the role of the last line read */
	int		 article;	/* METS article of a */
	const char	**para;
	size_t		*lens, n, cap, cap2;
	unsigned long	 first, lastno;
	enum block_kind	 kind;
};

static void
alto_flush(struct alto_build *b)
{
	char *clean;

	if (b->n == 0 || b->a == NULL) {
		b->n = 0;
		return;
	}
	clean = clean_lines(b->para, b->lens, b->n);
	pagebuild_block(b->a, b->kind, clean, pagebuild_span(&b->pb, b->first,
	    b->lastno));
	free(clean);
	b->n = 0;
	b->kind = BLOCK_PARAGRAPH;
}

static void
alto_para_add(struct alto_build *b, const struct alto_line *l, unsigned long no)
{
	b->para = xgrow(b->para, &b->cap, b->n + 1, sizeof *b->para);
	b->lens = xgrow(b->lens, &b->cap2, b->n + 1, sizeof *b->lens);
	b->para[b->n] = l->whole;
	b->lens[b->n++] = strlen(l->whole);
	if (b->n == 1)
		b->first = no;
	b->lastno = no;
}

static void
alto_new_article(struct alto_build *b, enum article_kind kind, int article)
{
	alto_flush(b);
	b->a = pagebuild_article(&b->pb, kind);
	b->article = article;
}

/* Indented, or after a short line, or in a new block: a new paragraph. */
static bool
alto_para_break(const struct alto_page *ap, size_t i)
{
	const struct alto_line *l = &ap->lines[i], *p;

	if (i == 0)
		return true;
	p = &ap->lines[i - 1];
	/* The library's paragraphs, across blocks too. */
	if (l->para || p->para)
		return l->para != p->para;
	if (p->block != l->block)
		return true;
	return l->b.x1 - l->bb.x1 > 0.04 * (l->bb.x2 - l->bb.x1) ||
	    p->b.x2 < p->bb.x2 - 0.12 * (p->bb.x2 - p->bb.x1);
}

static void
alto_heading(struct alto_build *b, const struct alto_line *l, unsigned long no)
{
	struct span sp = pagebuild_span(&b->pb, no, no);
	bool title = l->role == ALTO_TITLE;
	bool open = b->a && b->a->n_blocks == 0 && b->n == 0 &&
	    b->a->kind == ARTICLE_NEWS && (b->last == ALTO_TITLE ||
	    b->last == ALTO_SUBTITLE) && l->article == b->article;

	if (!open && (title || b->a == NULL || b->a->n_decks > 0 ||
	    b->a->n_blocks > 0 || b->n > 0))
		alto_new_article(b, ARTICLE_NEWS, l->article);
	if (title || b->a->n_decks == 0) {
		/* Title lines in a row are one deck. */
		if (b->last == ALTO_TITLE && title && b->a->n_decks > 0) {
			struct text_elem *d = &b->a->decks[b->a->n_decks - 1];
			char *both = xasprintf("%s %s", d->text, l->whole);

			free(d->text);
			d->text = both;
			d->span = pagebuild_span(&b->pb, d->span.first_line, no);
			b->a->span = pagebuild_span(&b->pb, b->a->span.first_line, no);
		} else
			pagebuild_deck(b->a, l->whole, sp);
	} else if (b->a->subhead.text) {
		char *both = xasprintf("%s %s", b->a->subhead.text, l->whole);

		pagebuild_elem(b->a, &b->a->subhead, both, pagebuild_span(&b->pb,
		    b->a->subhead.span.first_line, no));
		free(both);
	} else
		pagebuild_elem(b->a, &b->a->subhead, l->whole, sp);
}

static void
alto_line_read(struct alto_build *b, size_t i)
{
	const struct alto_line *l = &b->ap->lines[i];
	unsigned long no = b->no[i];
	enum article_kind kind = l->role == ALTO_AD ? ARTICLE_AD :
	    l->role == ALTO_PHOTO ? ARTICLE_PHOTO : ARTICLE_NOTICE;

	if (l->role == ALTO_META) {
		page_meta_add(&b->pb.page->meta, l->whole, FURNITURE_MASTHEAD);
	} else if (l->role == ALTO_TITLE || l->role == ALTO_SUBTITLE) {
		alto_flush(b);
		alto_heading(b, l, no);
	} else if (l->role == ALTO_BYLINE && b->a) {
		alto_flush(b);
		pagebuild_elem(b->a, &b->a->byline, l->whole,
		    pagebuild_span(&b->pb, no, no));
	} else {
		/* An ad or notice block is an article of its own. */
		if (l->role == ALTO_AD || l->role == ALTO_NOTICE ||
		    l->role == ALTO_PHOTO) {
			if (b->a == NULL || b->a->kind != kind ||
			    (i > 0 && b->ap->lines[i - 1].block != l->block))
				alto_new_article(b, kind, l->article);
		} else if (b->a == NULL || (b->a->kind != ARTICLE_NEWS &&
		    b->a->kind != ARTICLE_BRIEF) || l->article != b->article)
			alto_new_article(b, ARTICLE_NEWS, l->article);
		if (alto_para_break(b->ap, i) || l->role == ALTO_AD)
			alto_flush(b);
		alto_para_add(b, l, no);
	}
	b->last = l->role;
}

struct alto_keyed {
	size_t	seq, index;
};

static int
alto_keyed_cmp(const void *x, const void *y)
{
	const struct alto_keyed *a = x, *b = y;

	/* Lines the METS names, in its order; the rest after, as printed. */
	if ((a->seq == 0) != (b->seq == 0))
		return a->seq == 0 ? 1 : -1;
	if (a->seq != b->seq)
		return a->seq < b->seq ? -1 : 1;
	return (a->index > b->index) - (a->index < b->index);
}

static void
alto_sort_by_map(struct alto_page *ap)
{
	struct alto_keyed *k = xcalloc(ap->n_lines, sizeof *k);
	struct alto_line *sorted = xcalloc(ap->n_lines, sizeof *sorted);
	size_t i;

	for (i = 0; i < ap->n_lines; i++) {
		k[i].seq = ap->lines[i].seq;
		k[i].index = i;
	}
	qsort(k, ap->n_lines, sizeof *k, alto_keyed_cmp);
	for (i = 0; i < ap->n_lines; i++)
		sorted[i] = ap->lines[k[i].index];
	memcpy(ap->lines, sorted, ap->n_lines * sizeof *sorted);
	free(sorted);
	free(k);
}

static void
alto_build_tagged(struct alto_page *ap, struct page *page)
{
	struct alto_build b;
	size_t i;

	/* The library's articles in its own reading order. */
	if (ap->n_map > 0 && ap->n_lines > 1)
		alto_sort_by_map(ap);
	memset(&b, 0, sizeof b);
	b.ap = ap;
	b.kind = BLOCK_PARAGRAPH;
	pagebuild_init(&b.pb, page);
	b.no = xcalloc(ap->n_lines + 1, sizeof *b.no);
	for (i = 0; i < ap->n_lines; i++)
		b.no[i] = pagebuild_line(&b.pb, ap->lines[i].raw,
		    strlen(ap->lines[i].raw));
	for (i = 0; i < ap->n_lines; i++)
		alto_line_read(&b, i);
	alto_flush(&b);
	pagebuild_finish(&b.pb, "UTF-8");
	free(b.no);
	free(b.para);
	free(b.lens);
}

static void
alto_page_free(struct alto_page *ap)
{
	size_t i;

	for (i = 0; i < ap->n_tags; i++)
		free(ap->tags[i].id);
	for (i = 0; i < ap->n_styles; i++)
		free(ap->styles[i].id);
	free(ap->styles);
	for (i = 0; i < ap->n_lines; i++) {
		free(ap->lines[i].raw);
		free(ap->lines[i].whole);
	}
	free(ap->tags);
	free(ap->lines);
}

/* File units in a point, from MeasurementUnit (ALTO's default is
 * inch1200); 0 for pixels, whose size is not known. */
static double
alto_unit_pt(const xmlNode *root)
{
	char *u = xmlutil_text(xmlutil_find(xmlutil_child(root, "Description"),
	    "MeasurementUnit"), NULL);
	double pt = 1200.0 / 72;

	if (u && strcmp(u, "mm10") == 0)
		pt = 254.0 / 72;
	else if (u && strcmp(u, "pixel") == 0)
		pt = 0;
	free(u);
	return pt;
}

int
alto_read(struct page *page, xmlDocPtr doc, const struct alto_map *map,
    size_t n_map, struct diag_list *diags)
{
	const xmlNode *root = xmlDocGetRootElement(doc);
	const xmlNode *layout = xmlutil_find(root, "Layout");
	struct alto_page ap;

	if (layout == NULL) {
		diag_add(diags, DIAG_ERROR, page->path, 0, -1,
		    _("ALTO without a Layout; not read"));
		return -1;
	}
	memset(&ap, 0, sizeof ap);
	ap.map = map;
	ap.n_map = n_map;
	alto_read_tags(&ap, xmlutil_child(root, "Tags"));
	alto_read_styles(&ap, xmlutil_child(root, "Styles"));
	alto_walk(&ap, layout, NULL);
	if (ap.tagged)
		alto_build_tagged(&ap, page);
	else
		alto_geom_read(page, ap.lines, ap.n_lines,
		    alto_num(xmlutil_find(layout, "Page"), "HEIGHT"),
		    alto_unit_pt(root));
	alto_page_free(&ap);
	return 0;
}

static int
loader_alto_load(struct page *page, const unsigned char *buf, size_t n,
    const struct load_options *opt, struct diag_list *diags)
{
	xmlDocPtr doc = xmlutil_parse(buf, n, page->path, diags);
	int rc;

	if (doc == NULL)
		return -1;
	rc = alto_read(page, doc, NULL, 0, diags);
	xmlFreeDoc(doc);
	return rc;
}

#else /* !HAVE_LIBXML2 */

static int
loader_alto_load(struct page *page, const unsigned char *buf, size_t n,
    const struct load_options *opt, struct diag_list *diags)
{
	diag_add(diags, DIAG_ERROR, page->path, 0, -1,
	    _("ALTO pages are not supported in this build (needs libxml2)"));
	return -1;
}

#endif /* HAVE_LIBXML2 */

static int
loader_alto_probe(const char *path, const unsigned char *head, size_t n)
{
	return xmlhead_has(head, n, "alto");
}

const struct loader loader_alto = {
	"alto",
	loader_alto_probe,
	loader_alto_load,
	NULL,
};

/* SPDX-License-Identifier: ISC */
/* segment_explain.c: what segmentation made of each line (--explain).
 *
 * Segmentation records, as it goes, the rule that set each line's class
 * (seg_line.why) and the text of the element each line went into
 * (seg_page.made).  Elements move between articles after they are made
 * (stories regrouped, decks paired, captions split off), but their text
 * stays the same allocation, so once the articles are final a line's
 * article and role are found by that text.  Only explaining pays for the
 * lookup; segmenting pays a pointer store per line. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "pagetext.h"
#include "segment.h"
#include "segment_features.h"
#include "segment_int.h"
#include "segment_model.h"
#include "xalloc.h"

const char *
segment_role_name(enum segment_role r)
{
	switch (r) {
	case SEGR_BLANK:	return "blank";
	case SEGR_HEADLINE:	return "headline";
	case SEGR_DECK:		return "deck";
	case SEGR_KICKER:	return "kicker";
	case SEGR_SUBHEAD:	return "subhead";
	case SEGR_BYLINE:	return "byline";
	case SEGR_DATELINE:	return "dateline";
	case SEGR_BODY:		return "body";
	case SEGR_SECTION_HEAD:	return "section-head";
	case SEGR_CAPTION:	return "caption";
	case SEGR_CREDIT:	return "credit";
	case SEGR_AD:		return "ad";
	case SEGR_JUMP:		return "jump";
	case SEGR_FURNITURE:	return "furniture";
	case SEGR_SIGNATURE:	return "signature";
	case SEGR_REMOVED:	return "removed-artefact";
	}
	return "body";
}

/* An element of the final articles: its text, where it is. */
struct elem_ref {
	const char	*text;
	size_t		 article;	/* index, 1-based */
	enum segment_role role;
	struct span	 span;
};

struct elem_map {
	struct elem_ref	*v;
	size_t		 n, cap;
};

static void
map_add(struct elem_map *m, const char *text, const struct article *a,
    enum segment_role role, struct span span)
{
	if (text == NULL)
		return;
	m->v = xgrow(m->v, &m->cap, m->n + 1, sizeof *m->v);
	m->v[m->n].text = text;
	m->v[m->n].article = a->index;
	m->v[m->n].role = role;
	m->v[m->n++].span = span;
}

static enum segment_role
block_role(const struct article *a, const struct block *b)
{
	if (b->kind == BLOCK_SECTION_HEAD)
		return SEGR_SECTION_HEAD;
	if (b->kind == BLOCK_SIGNATURE)
		return SEGR_SIGNATURE;
	if (a->kind == ARTICLE_PHOTO)
		return SEGR_CAPTION;
	if (a->kind == ARTICLE_AD)
		return SEGR_AD;
	return SEGR_BODY;
}

static int
ref_cmp(const void *x, const void *y)
{
	const char *a = ((const struct elem_ref *)x)->text;
	const char *b = ((const struct elem_ref *)y)->text;

	return a < b ? -1 : a > b;
}

/* Every element of the page's articles, sorted by its text's address. */
static void
map_build(struct elem_map *m, const struct page *pg)
{
	size_t i, k;

	memset(m, 0, sizeof *m);
	for (i = 0; i < pg->n_articles; i++) {
		const struct article *a = &pg->articles[i];
		map_add(m, a->kicker.text, a, SEGR_KICKER, a->kicker.span);
		for (k = 0; k < a->n_decks; k++)
			map_add(m, a->decks[k].text, a, k ? SEGR_DECK :
			    SEGR_HEADLINE, a->decks[k].span);
		map_add(m, a->subhead.text, a, SEGR_SUBHEAD, a->subhead.span);
		map_add(m, a->byline.text, a, SEGR_BYLINE, a->byline.span);
		map_add(m, a->dateline.text, a, SEGR_DATELINE, a->dateline.span);
		map_add(m, a->credit.text, a, SEGR_CREDIT, a->credit.span);
		for (k = 0; k < a->n_jumps; k++)
			map_add(m, a->jumps[k].label, a, SEGR_JUMP,
			    a->jumps[k].span);
		for (k = 0; k < a->n_blocks; k++)
			map_add(m, a->blocks[k].text, a, block_role(a,
			    &a->blocks[k]), a->blocks[k].span);
	}
	if (m->n > 1)
		qsort(m->v, m->n, sizeof *m->v, ref_cmp);
}

static bool
span_has(const struct span *s, unsigned long line, size_t off)
{
	return s->first_line <= line && line <= s->last_line &&
	    s->byte_start <= off && off < (s->byte_end > s->byte_start ?
	    s->byte_end : s->byte_start + 1);
}

/* The element that holds the line: by the text it went into (kept true
 * by segment_build_retext wherever a text is freed or replaced); else,
 * with use_spans, the first element whose span holds the line's start. */
static const struct elem_ref *
map_find(const struct elem_map *m, const char *made, unsigned long line,
    size_t off, bool use_spans)
{
	struct elem_ref key;
	const struct elem_ref *r;
	size_t i;

	if (made != NULL && m->n > 0) {
		key.text = made;
		r = bsearch(&key, m->v, m->n, sizeof *m->v, ref_cmp);
		if (r != NULL)
			return r;
	}
	if (!use_spans)
		return NULL;
	for (i = 0; i < m->n; i++)
		if (span_has(&m->v[i].span, line, off))
			return &m->v[i];
	return NULL;
}

static struct segment_line_note *
note_new(struct segment_explain *ex, size_t *cap)
{
	struct segment_line_note *n;

	ex->v = xgrow(ex->v, cap, ex->n + 1, sizeof *ex->v);
	n = &ex->v[ex->n++];
	memset(n, 0, sizeof *n);
	return n;
}

static int
note_cmp(const void *x, const void *y)
{
	const struct segment_line_note *a = x, *b = y;

	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	return a->off < b->off ? -1 : a->off > b->off;
}

/* Source lines no seg_line covers: blank, or not read. */
static void
fill_unread(struct segment_explain *ex, size_t *cap, const struct page *pg,
    const bool *seen)
{
	const struct page_text *pt = &pg->text;
	size_t i;

	for (i = 0; i < pt->n_lines; i++) {
		struct segment_line_note *n;
		if (seen[i])
			continue;
		n = note_new(ex, cap);
		n->line = i + 1;
		n->off = pt->line_start[i];
		n->len = pt->line_len[i];
		if (segment_columns_is_blank(pt->text + n->off, n->len)) {
			n->role = SEGR_BLANK;
			n->why = "blank";
		} else {
			n->role = SEGR_REMOVED;
			n->why = "not read: no text in it";
		}
	}
}

void
segment_explain_fill(const struct seg_page *sp, struct segment_explain *ex)
{
	const struct page *pg = sp->page;
	struct elem_map m;
	bool *seen = xcalloc(pg->text.n_lines + 1, sizeof *seen);
	size_t i, cap = 0;

	map_build(&m, pg);
	ex->resegmented = true;
	for (i = 0; i < sp->n; i++) {
		const struct seg_line *l = &sp->v[i];
		struct segment_line_note *n = note_new(ex, &cap);
		const struct elem_ref *r;

		if (l->line >= 1 && l->line <= pg->text.n_lines)
			seen[l->line - 1] = true;
		n->line = l->line;
		n->off = l->off;
		n->len = l->len;
		n->order = i + 1;
		n->why = l->why ? l->why : SEG_WHY_BODY;
		n->width = l->w;
		n->full = l->full;
		n->gap = l->gap;
		r = l->cls == SEG_META ? NULL : map_find(&m, sp->made[i], l->line,
		    l->off, sp->mode != SEG_MODE_LAYOUT);
		if (r != NULL) {
			n->role = r->role;
			n->article = r->article;
		}
		if (l->removed) {
			n->role = SEGR_REMOVED;
			n->why = "ad: the second copy of a line printed twice, "
			    "removed as an artefact";
		} else if (l->cls == SEG_META) {
			n->role = SEGR_FURNITURE;
			n->furniture = l->furn;
		} else if (r == NULL) {
			n->role = SEGR_FURNITURE;
			n->furniture = FURNITURE_OTHER;
			n->why = "furniture: no article took it (a section label, "
			    "or a kicker or byline left alone)";
		}
	}
	fill_unread(ex, &cap, pg, seen);
	qsort(ex->v, ex->n, sizeof *ex->v, note_cmp);
	free(m.v);
	free(seen);
}

/* Did segmenting the text again give the page's own articles? */
static bool
same_articles(const struct page *a, const struct page *b)
{
	size_t i;

	if (a->n_articles != b->n_articles)
		return false;
	for (i = 0; i < a->n_articles; i++) {
		const struct span *x = &a->articles[i].span;
		const struct span *y = &b->articles[i].span;
		if (x->first_line != y->first_line || x->last_line != y->last_line ||
		    x->byte_start != y->byte_start || x->byte_end != y->byte_end)
			return false;
	}
	return true;
}

/* A page a structured loader built (PDF, XML): each source line's role
 * from the article element whose span holds it. */
static void
explain_by_spans(const struct page *pg, struct segment_explain *ex)
{
	const struct page_text *pt = &pg->text;
	struct elem_map m;
	size_t i, cap = 0, order = 0;

	map_build(&m, pg);
	ex->resegmented = false;
	for (i = 0; i < pt->n_lines; i++) {
		struct segment_line_note *n = note_new(ex, &cap);
		const struct elem_ref *r;

		n->line = i + 1;
		n->off = pt->line_start[i];
		n->len = pt->line_len[i];
		if (segment_columns_is_blank(pt->text + n->off, n->len)) {
			n->role = SEGR_BLANK;
			n->why = "blank";
			continue;
		}
		n->order = ++order;
		r = map_find(&m, NULL, n->line, n->off, true);
		if (r != NULL) {
			n->role = r->role;
			n->article = r->article;
			n->why = "the file's own structure (not segmented from text)";
		} else {
			n->role = SEGR_FURNITURE;
			n->why = "the file's own structure: in no article";
		}
	}
	free(m.v);
}

/* Each note's label under the learned model: the feature line at the
 * note's byte offset. */
static void
explain_model(const struct page *pg, struct segment_explain *ex)
{
	struct segment_features f;
	struct segment_model_result r;
	size_t i, k;

	for (i = 0; i < ex->n; i++)
		ex->v[i].model = -1;
	segment_features_page(&pg->text, &f);
	segment_model_label(&f, &r);
	for (i = 0; i < ex->n && r.n > 0; i++) {
		struct segment_line_note *n = &ex->v[i];
		if (n->role == SEGR_BLANK ||
		    (k = segment_features_find(&f, n->off)) == f.n ||
		    f.line[k] != n->line)
			continue;
		n->model = (int)r.label[k];
		n->model_prob = r.prob[k];
	}
	segment_model_result_free(&r);
	segment_features_free(&f);
}

void
segment_explain_page(const struct page *page, struct segment_explain *out)
{
	struct page scratch;
	char *text;

	memset(out, 0, sizeof *out);
	memset(&scratch, 0, sizeof scratch);
	scratch.number = page->number;
	scratch.name = page->name;
	scratch.path = page->path;
	scratch.part = page->part;
	scratch.issue = page->issue;
	text = xmalloc(page->text.len + 1);
	if (page->text.len > 0)
		memcpy(text, page->text.text, page->text.len);
	text[page->text.len] = '\0';
	pagetext_from_text(&scratch.text, text, page->text.len);
	segment_run(&scratch, NULL, out);
	if (!same_articles(&scratch, page)) {
		segment_explain_free(out);
		explain_by_spans(page, out);
	}
	explain_model(page, out);
	page_unload(&scratch);	/* name, path and issue are borrowed */
}

void
segment_explain_free(struct segment_explain *ex)
{
	if (ex == NULL)
		return;
	free(ex->v);
	memset(ex, 0, sizeof *ex);
}

/* pagebuild.c: a page's text rendition and articles, line by line (see
 * pagebuild.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "pagebuild.h"
#include "pagetext.h"
#include "segment_int.h"
#include "xalloc.h"

void
pagebuild_init(struct pagebuild *pb, struct page *page)
{
	memset(pb, 0, sizeof *pb);
	pb->page = page;
	page->articles = NULL;
	page->n_articles = 0;
}

static int
pagebuild_is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v';
}

unsigned long
pagebuild_line(struct pagebuild *pb, const char *s, size_t len)
{
	size_t i;

	while (len > 0 && pagebuild_is_space(s[len - 1]))
		len--;
	while (len > 0 && pagebuild_is_space(*s)) {
		s++;
		len--;
	}
	pb->starts = xgrow(pb->starts, &pb->cap_lines, pb->n_lines + 1,
	    sizeof *pb->starts);
	pb->starts[pb->n_lines++] = pb->text.len;
	for (i = 0; i < len; i++)
		strbuf_addc(&pb->text, pagebuild_is_space(s[i]) ? ' ' : s[i]);
	strbuf_addc(&pb->text, '\n');
	return (unsigned long)pb->n_lines;
}

unsigned long
pagebuild_lines(const struct pagebuild *pb)
{
	return (unsigned long)pb->n_lines;
}

struct span
pagebuild_span(const struct pagebuild *pb, unsigned long first,
    unsigned long last)
{
	struct span sp = { pb->page->path, first, last, 0, 0 };

	if (first == 0 || last < first || last > pb->n_lines)
		return sp;
	sp.byte_start = pb->starts[first - 1];
	/* The end of the last line, without its LF. */
	sp.byte_end = last < pb->n_lines ? pb->starts[last] - 1 : pb->text.len - 1;
	return sp;
}

struct article *
pagebuild_article(struct pagebuild *pb, enum article_kind kind)
{
	struct page *p = pb->page;
	struct article *a;

	p->articles = xgrow(p->articles, &pb->cap_articles, p->n_articles + 1,
	    sizeof *p->articles);
	a = &p->articles[p->n_articles++];
	memset(a, 0, sizeof *a);
	a->kind = kind;
	return a;
}

/* The article's span grows to cover an element's. */
static void
pagebuild_widen(struct article *a, struct span sp)
{
	if (sp.first_line == 0)
		return;
	if (a->span.first_line == 0) {
		a->span = sp;
		return;
	}
	if (sp.first_line < a->span.first_line) {
		a->span.first_line = sp.first_line;
		a->span.byte_start = sp.byte_start;
	}
	if (sp.last_line > a->span.last_line) {
		a->span.last_line = sp.last_line;
		a->span.byte_end = sp.byte_end;
	}
}

void
pagebuild_deck(struct article *a, const char *text, struct span sp)
{
	size_t cap = a->n_decks;

	if (text == NULL || *text == '\0')
		return;
	a->decks = xgrow(a->decks, &cap, a->n_decks + 1, sizeof *a->decks);
	a->decks[a->n_decks].text = xstrdup(text);
	a->decks[a->n_decks++].span = sp;
	pagebuild_widen(a, sp);
}

void
pagebuild_elem(struct article *a, struct text_elem *t, const char *text,
    struct span sp)
{
	if (text == NULL || *text == '\0')
		return;
	free(t->text);
	t->text = xstrdup(text);
	t->span = sp;
	pagebuild_widen(a, sp);
}

void
pagebuild_block(struct article *a, enum block_kind kind, const char *text,
    struct span sp)
{
	size_t cap = a->n_blocks;

	if (text == NULL || *text == '\0')
		return;
	a->blocks = xgrow(a->blocks, &cap, a->n_blocks + 1, sizeof *a->blocks);
	a->blocks[a->n_blocks].kind = kind;
	a->blocks[a->n_blocks].text = xstrdup(text);
	a->blocks[a->n_blocks++].span = sp;
	pagebuild_widen(a, sp);
}

void
pagebuild_jump(struct article *a, enum jump_dir dir, int page_number,
    const char *label, struct span sp)
{
	size_t cap = a->n_jumps;
	struct jump *j;

	a->jumps = xgrow(a->jumps, &cap, a->n_jumps + 1, sizeof *a->jumps);
	j = &a->jumps[a->n_jumps++];
	memset(j, 0, sizeof *j);
	j->dir = dir;
	j->page_number = page_number;
	j->label = xstrdup(label ? label : "");
	j->span = sp;
	pagebuild_widen(a, sp);
}

void
pagebuild_meta(struct pagebuild *pb, const char *text)
{
	if (text == NULL || *text == '\0')
		return;
	page_meta_add(&pb->page->meta, text, FURNITURE_OTHER);
}

void
pagebuild_drop_last(struct pagebuild *pb)
{
	struct page *p = pb->page;

	if (p->n_articles > 0)
		article_free(&p->articles[--p->n_articles]);
}

void
pagebuild_finish(struct pagebuild *pb, const char *charset)
{
	struct page *p = pb->page;
	size_t i, len = pb->text.len;

	pagetext_from_text(&p->text, len ? strbuf_take(&pb->text) : xstrdup(""),
	    len);
	p->text.charset = xstrdup(charset ? charset : "UTF-8");
	for (i = 0; i < p->n_articles; i++) {
		p->articles[i].index = i + 1;
		p->articles[i].page = p;
	}
	free(pb->starts);
	strbuf_free(&pb->text);
	memset(pb, 0, sizeof *pb);
}

void
pagebuild_abort(struct pagebuild *pb)
{
	struct page *p = pb->page;
	size_t i;

	for (i = 0; i < p->n_articles; i++)
		article_free(&p->articles[i]);
	free(p->articles);
	p->articles = NULL;
	p->n_articles = 0;
	free(pb->starts);
	strbuf_free(&pb->text);
	memset(pb, 0, sizeof *pb);
}

void
pagebuild_inline_byline(struct article *a, char *clean, struct span sp)
{
	size_t k;
	char *by;

	if (a->byline.text || a->kind == ARTICLE_PHOTO ||
	    (k = segment_lines_byline_prefix(clean)) == 0 || clean[k] == '\0')
		return;
	by = xstrndup(clean, k);
	pagebuild_elem(a, &a->byline, by, sp);
	free(by);
	while (clean[k] == ' ')
		k++;
	memmove(clean, clean + k, strlen(clean + k) + 1);
}

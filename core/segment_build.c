/* SPDX-License-Identifier: ISC */
/* segment_build.c: making the model's elements from seg_lines.
 *
 * Everything the segmenter hands to the model is made here: clean text
 * from a run of lines with its span, articles, decks, blocks, jumps, page
 * meta.  Kept apart so segment.c only decides what goes where. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "clean.h"
#include "segment_build.h"
#include "strbuf.h"
#include "xalloc.h"

struct span
segment_build_span(const struct seg_page *sp, size_t a, size_t b)
{
	struct span s;
	size_t i;

	memset(&s, 0, sizeof s);
	s.file = sp->page->path;
	for (i = a; i < b; i++) {
		const struct seg_line *l = &sp->v[i];
		if (i == a || l->line < s.first_line)
			s.first_line = l->line;
		if (l->line > s.last_line)
			s.last_line = l->line;
		if (i == a || l->off < s.byte_start)
			s.byte_start = l->off;
		if (l->off + l->len > s.byte_end)
			s.byte_end = l->off + l->len;
	}
	return s;
}

typedef char *join_fn(const char *const *, const size_t *, size_t);

/* Lines [a, b) joined by join.  A glyph put back mid-line (glued) is
 * run together with the lines on both sides of it first: "（记" "者"
 * "梁波）" is one line of the source, not three names. */
static char *
build_joined(const struct seg_page *sp, size_t a, size_t b, join_fn *join)
{
	const char **lines = xcalloc(b - a + 1, sizeof *lines);
	size_t *lens = xcalloc(b - a + 1, sizeof *lens), i, n = 0, k;
	char **own = xcalloc(b - a + 1, sizeof *own);
	struct strbuf buf = STRBUF_INIT;
	char *s;

	for (i = a; i < b; i++) {
		if (n > 0 && (sp->v[i].glued || (i > a && sp->v[i - 1].glued))) {
			strbuf_add(&buf, lines[n - 1], lens[n - 1]);
			strbuf_add(&buf, sp->v[i].s, sp->v[i].len);
			free(own[n - 1]);
			own[n - 1] = strbuf_take(&buf);
			lines[n - 1] = own[n - 1];
			lens[n - 1] = strlen(own[n - 1]);
			continue;
		}
		lines[n] = sp->v[i].s;
		lens[n++] = sp->v[i].len;
	}
	s = join(lines, lens, n);
	for (k = 0; k < n; k++)
		free(own[k]);
	free(own);
	free(lines);
	free(lens);
	return s;
}

/* Clean text of lines [a, b); names: keep spaces between names. */
char *
segment_build_text(const struct seg_page *sp, size_t a, size_t b, bool names)
{
	return build_joined(sp, a, b, names ? clean_names : clean_lines);
}

void
segment_build_mark(const struct seg_page *sp, size_t a, size_t b,
    const char *text)
{
	size_t i;

	if (sp->made == NULL)
		return;
	for (i = a; i < b && i < sp->n; i++)
		sp->made[i] = text;
}

void
segment_build_retext(const struct seg_page *sp, const char *old,
    const char *now)
{
	size_t i;

	if (sp->made == NULL || old == NULL)
		return;
	for (i = 0; i < sp->n; i++)
		if (sp->made[i] == old)
			sp->made[i] = now;
}

void
segment_build_forget(const struct seg_page *sp, const struct article *a)
{
	size_t i;

	if (!sp->explain)
		return;
	segment_build_retext(sp, a->kicker.text, NULL);
	segment_build_retext(sp, a->subhead.text, NULL);
	segment_build_retext(sp, a->byline.text, NULL);
	segment_build_retext(sp, a->dateline.text, NULL);
	segment_build_retext(sp, a->credit.text, NULL);
	for (i = 0; i < a->n_decks; i++)
		segment_build_retext(sp, a->decks[i].text, NULL);
	for (i = 0; i < a->n_blocks; i++)
		segment_build_retext(sp, a->blocks[i].text, NULL);
	for (i = 0; i < a->n_jumps; i++)
		segment_build_retext(sp, a->jumps[i].label, NULL);
}

void
segment_build_elem(const struct seg_page *sp, struct text_elem *e, size_t a,
    size_t b, bool names)
{
	segment_build_retext(sp, e->text, NULL);
	free(e->text);
	e->text = segment_build_text(sp, a, b, names);
	e->span = segment_build_span(sp, a, b);
	segment_build_mark(sp, a, b, e->text);
}

void
segment_build_deck(const struct seg_page *sp, struct article *art, size_t a,
    size_t b)
{
	struct text_elem *e;

	art->decks = xrealloc(art->decks, (art->n_decks + 1) *
	    sizeof *art->decks);
	e = &art->decks[art->n_decks++];
	memset(e, 0, sizeof *e);
	e->text = build_joined(sp, a, b, clean_title);
	e->span = segment_build_span(sp, a, b);
	segment_build_mark(sp, a, b, e->text);
}

struct block *
segment_build_block(struct article *art, enum block_kind kind, char *text,
    struct span span)
{
	struct block *bl;

	art->blocks = xrealloc(art->blocks, (art->n_blocks + 1) *
	    sizeof *art->blocks);
	bl = &art->blocks[art->n_blocks++];
	bl->kind = kind;
	bl->text = text;
	bl->span = span;
	return bl;
}

void
segment_build_jump(const struct seg_page *sp, struct article *art, size_t i)
{
	struct jump *j;
	enum jump_dir dir = JUMP_TO;
	int num = 0;

	segment_lines_is_jump(sp->v[i].clean, &dir, &num);
	art->jumps = xrealloc(art->jumps, (art->n_jumps + 1) *
	    sizeof *art->jumps);
	j = &art->jumps[art->n_jumps++];
	memset(j, 0, sizeof *j);
	j->dir = dir;
	j->page_number = num;
	j->label = xstrdup(sp->v[i].clean);
	j->span = segment_build_span(sp, i, i + 1);
	segment_build_mark(sp, i, i + 1, j->label);
}

/* Count the non-space characters of s[0..n). */
static size_t
count_chars(const char *s, size_t n)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + n;
	size_t k = 0;
	ucs4_t c;
	int m;

	while (p < end) {
		m = u8_mbtouc(&c, p, (size_t)(end - p));
		if (m <= 0)
			m = 1;
		if (c != ' ')
			k++;
		p += m;
	}
	return k;
}

/* The byte length of the shortest prefix of s (n bytes) holding k
 * non-space characters (k counted as by count_chars).  n is given: a source
 * line is not NUL-terminated, and strlen would run to the end of the page
 * at every call (quadratic on a huge page). */
static size_t
prefix_of_chars(const char *s, size_t n, size_t k)
{
	const uint8_t *p = (const uint8_t *)s;
	size_t off = 0;
	ucs4_t c;
	int m;

	while (k > 0 && off < n) {
		m = u8_mbtouc(&c, p + off, n - off);
		if (m <= 0)
			m = 1;
		off += (size_t)m;
		if (c != ' ' && c != 0x3000 && c != '\t')
			k--;
	}
	return off;
}

/* The source line (index in [a, b)) and byte offset where the k-th
 * non-space character of the lines' clean text ends. */
static void
locate_chars(const struct seg_page *sp, size_t a, size_t b, size_t k,
    size_t *li, size_t *off)
{
	size_t i, have;

	for (i = a; i < b; i++) {
		char *c = clean_string(sp->v[i].s, sp->v[i].len);
		have = count_chars(c, strlen(c));
		free(c);
		if (have >= k || i + 1 == b) {
			size_t p = prefix_of_chars(sp->v[i].s,
			    sp->v[i].len, k);
			*li = i;
			*off = sp->v[i].off + (p < sp->v[i].len ? p :
			    sp->v[i].len);
			return;
		}
		k -= have;
	}
	*li = a;
	*off = sp->v[a].off;
}

/* Split a paragraph's clean text at prefix bytes: the first part becomes
 * e (names kept apart), the rest is returned (caller frees) with its
 * span in *rest. */
char *
segment_build_split(const struct seg_page *sp, size_t a, size_t b,
    size_t prefix, struct text_elem *e, struct span *rest)
{
	char *all = segment_build_text(sp, a, b, false);
	char *names = segment_build_text(sp, a, b, true);
	size_t k = count_chars(all, prefix), li, off, nb;
	char *r;

	nb = prefix_of_chars(names, strlen(names), k);
	segment_build_retext(sp, e->text, NULL);
	free(e->text);
	e->text = xstrndup(names, nb);
	while (e->text[0] && e->text[strlen(e->text) - 1] == ' ')
		e->text[strlen(e->text) - 1] = '\0';
	locate_chars(sp, a, b, k, &li, &off);
	e->span = segment_build_span(sp, a, li + 1);
	e->span.byte_end = off;
	*rest = segment_build_span(sp, li, b);
	rest->byte_start = off;
	rest->first_line = sp->v[li].line;
	r = xstrdup(all + prefix + strspn(all + prefix, " "));
	free(all);
	free(names);
	/* A line the byline shares with the text goes with the byline when
	 * it opens with it. */
	segment_build_mark(sp, a, b, r);
	segment_build_mark(sp, a, li > a ? li : a + 1, e->text);
	return r;
}

void
segment_build_meta(struct page *page, const char *text, enum furniture_kind k)
{
	page_meta_add(&page->meta, text, k);
}

void
segment_build_meta_article(struct page *page, const struct article *a)
{
	const struct text_elem *e[] = { &a->kicker, &a->subhead, &a->byline,
	    &a->dateline, &a->credit };
	size_t i;

	for (i = 0; i < a->n_decks; i++)
		segment_build_meta(page, a->decks[i].text, FURNITURE_OTHER);
	for (i = 0; i < sizeof e / sizeof *e; i++)
		if (e[i]->text != NULL && *e[i]->text != '\0')
			segment_build_meta(page, e[i]->text, FURNITURE_OTHER);
}

static int
cmp_ucs4(const void *x, const void *y)
{
	ucs4_t a = *(const ucs4_t *)x, b = *(const ucs4_t *)y;

	return a < b ? -1 : a > b;
}

static bool
is_space_char(ucs4_t c)
{
	return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0;
}

/* The characters of lines [a, b) that kept lacks (a multiset difference,
 * spaces aside), in source order, go to the page's removed artefacts. */
void
segment_build_removed(const struct seg_page *sp, size_t a, size_t b,
    const char *kept)
{
	struct strbuf out = STRBUF_INIT;
	const uint8_t *p = (const uint8_t *)kept, *end = p + strlen(kept);
	ucs4_t *k = NULL, c;
	bool *used;
	size_t n = 0, cap = 0, i, lo, hi;
	int len;

	for (; p < end; p += len) {
		if ((len = u8_mbtouc(&c, p, (size_t)(end - p))) <= 0)
			len = 1;
		if (is_space_char(c))
			continue;
		k = xgrow(k, &cap, n + 1, sizeof *k);
		k[n++] = c;
	}
	qsort(k, n, sizeof *k, cmp_ucs4);
	used = xcalloc(n ? n : 1, sizeof *used);
	for (i = a; i < b; i++) {
		p = (const uint8_t *)sp->v[i].s;
		end = p + sp->v[i].len;
		for (; p < end; p += len) {
			if ((len = u8_mbtouc(&c, p, (size_t)(end - p))) <= 0)
				len = 1;
			if (is_space_char(c))
				continue;
			for (lo = 0, hi = n; lo < hi;) {
				size_t mid = lo + (hi - lo) / 2;
				if (k[mid] < c)
					lo = mid + 1;
				else
					hi = mid;
			}
			while (lo < n && k[lo] == c && used[lo])
				lo++;
			if (lo < n && k[lo] == c)
				used[lo] = true;
			else
				strbuf_add(&out, (const char *)p, (size_t)len);
		}
	}
	if (out.len > 0)
		page_meta_add_removed(&sp->page->meta, out.s, out.len);
	strbuf_free(&out);
	free(used);
	free(k);
}

/* Hyphens ('-', U+00AD, U+2010) in s[0..len). */
static size_t
count_hyphens(const char *s, size_t len)
{
	const char *p = s, *end = s + len;
	size_t n = 0;

	while ((p = memchr(p, '-', (size_t)(end - p))) != NULL) {
		n++;
		p++;
	}
	for (p = s; p + 1 < end; p++)
		if ((p[0] == '\xc2' && p[1] == '\xad') || (p + 2 < end &&
		    p[0] == '\xe2' && p[1] == '\x80' && p[2] == '\x90'))
			n++;
	return n;
}

static size_t
count_str(const char *s)
{
	return s ? count_hyphens(s, strlen(s)) : 0;
}

/* Does the line end in a hyphen? */
static bool
ends_hyphen(const struct seg_line *l)
{
	return l->len > 0 && (l->s[l->len - 1] == '-' || (l->len >= 2 &&
	    memcmp(l->s + l->len - 2, "\xc2\xad", 2) == 0) || (l->len >= 3 &&
	    memcmp(l->s + l->len - 3, "\xe2\x80\x90", 3) == 0));
}

void
segment_build_hyphens(const struct seg_page *sp)
{
	const struct page *pg = sp->page;
	const struct page_text *pt = &pg->text;
	size_t in = 0, out = 0, inner = 0, i, k;

	for (i = 0; i < sp->n; i++) {
		const struct seg_line *l = &sp->v[i];
		size_t ls;
		if (!ends_hyphen(l))
			continue;
		/* The end of a column inside a -layout line: the page's own
		 * line goes on after it. */
		ls = l->line - 1 < pt->n_lines ? pt->line_start[l->line - 1] +
		    pt->line_len[l->line - 1] : 0;
		if (l->off + l->len < ls && !segment_columns_is_blank(
		    pt->text + l->off + l->len, ls - l->off - l->len))
			inner++;
	}
	if (inner == 0)
		return;
	for (i = 0; i < sp->n; i++)
		in += count_hyphens(sp->v[i].s, sp->v[i].len);
	for (i = 0; i < pg->n_articles; i++) {
		const struct article *a = &pg->articles[i];
		out += count_str(a->kicker.text) + count_str(a->subhead.text) +
		    count_str(a->byline.text) + count_str(a->credit.text);
		for (k = 0; k < a->n_decks; k++)
			out += count_str(a->decks[k].text);
		for (k = 0; k < a->n_blocks; k++)
			out += count_str(a->blocks[k].text);
		for (k = 0; k < a->n_jumps; k++)
			out += count_str(a->jumps[k].label);
	}
	for (i = 0; i < pg->meta.n_lines; i++)
		out += count_str(pg->meta.lines[i]);
	for (k = 0; in > out && k < inner; k++, in--)
		page_meta_add_removed(&sp->page->meta, "-", 1);
}

static void
span_merge(struct span *into, const struct span *s)
{
	if (s->file == NULL || s->first_line == 0)
		return;
	if (into->file == NULL || into->first_line == 0) {
		*into = *s;
		return;
	}
	if (s->first_line < into->first_line)
		into->first_line = s->first_line;
	if (s->last_line > into->last_line)
		into->last_line = s->last_line;
	if (s->byte_start < into->byte_start)
		into->byte_start = s->byte_start;
	if (s->byte_end > into->byte_end)
		into->byte_end = s->byte_end;
}

/* The article's span: everything it holds. */
void
segment_build_article_span(struct article *a)
{
	size_t i;

	memset(&a->span, 0, sizeof a->span);
	span_merge(&a->span, &a->kicker.span);
	for (i = 0; i < a->n_decks; i++)
		span_merge(&a->span, &a->decks[i].span);
	span_merge(&a->span, &a->subhead.span);
	span_merge(&a->span, &a->byline.span);
	span_merge(&a->span, &a->dateline.span);
	for (i = 0; i < a->n_blocks; i++)
		span_merge(&a->span, &a->blocks[i].span);
	span_merge(&a->span, &a->credit.span);
	for (i = 0; i < a->n_jumps; i++)
		span_merge(&a->span, &a->jumps[i].span);
}

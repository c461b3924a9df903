/* SPDX-License-Identifier: ISC */
/* bookmark_place.c: marking a place in an article, and finding it again by
 * id, headline and snippet after the page changed. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "archive.h"
#include "bookmark_place.h"
#include "layout.h"
#include "xalloc.h"

const char *
bookmark_status_name(enum bookmark_status s)
{
	switch (s) {
	case BOOKMARK_OK: return "ok";
	case BOOKMARK_MOVED: return "moved";
	case BOOKMARK_CHANGED: return "changed";
	case BOOKMARK_GONE: break;
	}
	return "gone";
}

/* off moved back to the start of the UTF-8 character it is in. */
static size_t
bookmark_char_start(const char *s, size_t len, size_t off)
{
	if (off > len)
		off = len;
	while (off > 0 && off < len && ((unsigned char)s[off] & 0xC0) == 0x80)
		off--;
	return off;
}

/* The bytes of n characters from s. */
static size_t
bookmark_chars(const char *s, size_t len, size_t n)
{
	size_t i = 0;

	while (i < len && n > 0) {
		i++;
		while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
			i++;
		n--;
	}
	return i;
}

void
bookmark_mark(struct bookmark *bm, const struct article *a, size_t block,
    size_t offset, const char *archive_root)
{
	struct layout_doc doc;
	char *s;

	layout_doc_from_article(&doc, a);
	if (block >= doc.n_blocks)
		block = offset = 0;
	if (block < doc.n_blocks) {
		const struct layout_block *b = &doc.blocks[block];

		offset = bookmark_char_start(b->text, b->len, offset);
		free(bm->snippet);
		bm->snippet = xstrndup(b->text + offset, bookmark_chars(
		    b->text + offset, b->len - offset, BOOKMARK_SNIPPET_CHARS));
	}
	bm->block = block;
	bm->offset = offset;
	free(bm->article);
	bm->article = article_id(a);
	s = article_title(a);
	bookmark_set(&bm->headline, s);
	free(s);
	bookmark_set(&bm->archive, archive_root);
	layout_doc_free(&doc);
}

/* --- finding the text again ---------------------------------------------- */

static size_t
bookmark_dist(size_t a, size_t b)
{
	return a > b ? a - b : b - a;
}

/* Where the snippet is in a: at the marked place (returns 1), elsewhere
 * (2: the occurrence nearest the marked place), or nowhere (0). */
static int
bookmark_find_snippet(const struct bookmark *bm, const struct article *a,
    size_t *block, size_t *offset)
{
	struct layout_doc doc;
	size_t i, n = strlen(bm->snippet), best = (size_t)-1;
	int found = 0;

	layout_doc_from_article(&doc, a);
	if (n == 0) {		/* marked at the end of a block */
		if (bm->block < doc.n_blocks &&
		    bm->offset == doc.blocks[bm->block].len) {
			*block = bm->block;
			*offset = bm->offset;
			found = 1;
		}
		layout_doc_free(&doc);
		return found;
	}
	for (i = 0; i < doc.n_blocks && found != 1; i++) {
		const struct layout_block *b = &doc.blocks[i];
		const char *p = b->text, *end = b->text + b->len;

		for (; p + n <= end; p++) {
			size_t off = (size_t)(p - b->text);
			size_t d = bookmark_dist(i, bm->block) * 1000000 +
			    bookmark_dist(off, bm->offset);

			if (memcmp(p, bm->snippet, n) != 0 || d >= best)
				continue;
			best = d;
			*block = i;
			*offset = off;
			found = d == 0 ? 1 : 2;
			if (d == 0)
				break;
		}
	}
	layout_doc_free(&doc);
	return found;
}

/* The marked place, kept inside a. */
static void
bookmark_clamp(const struct bookmark *bm, const struct article *a,
    size_t *block, size_t *offset)
{
	struct layout_doc doc;

	layout_doc_from_article(&doc, a);
	*block = *offset = 0;
	if (doc.n_blocks > 0) {
		const struct layout_block *b;

		*block = bm->block < doc.n_blocks ? bm->block : doc.n_blocks - 1;
		b = &doc.blocks[*block];
		*offset = bookmark_char_start(b->text, b->len, bm->offset);
	}
	layout_doc_free(&doc);
}

static bool
bookmark_title_is(const struct article *a, const char *headline)
{
	char *t = article_title(a);
	bool same = strcmp(t, headline) == 0;

	free(t);
	return same;
}

/* Call fn on each article of is until it returns true; returns that one. */
static const struct article *
bookmark_issue_find(struct issue *is,
    bool (*fn)(const struct article *, const struct bookmark *),
    const struct bookmark *bm)
{
	size_t i, j;

	for (i = 0; i < is->n_pages; i++)
		for (j = 0; j < is->pages[i].n_articles; j++)
			if (fn(&is->pages[i].articles[j], bm))
				return &is->pages[i].articles[j];
	return NULL;
}

static bool
bookmark_has_title_and_text(const struct article *a,
    const struct bookmark *bm)
{
	size_t b, o;

	return bookmark_title_is(a, bm->headline) &&
	    bookmark_find_snippet(bm, a, &b, &o) != 0;
}

static bool
bookmark_has_title(const struct article *a, const struct bookmark *bm)
{
	return bookmark_title_is(a, bm->headline);
}

static bool
bookmark_has_text(const struct article *a, const struct bookmark *bm)
{
	size_t b, o;

	return bm->snippet[0] != '\0' && bookmark_find_snippet(bm, a, &b, &o);
}

/* The place in a, the article found for bm; moved: a is not at bm's id. */
static enum bookmark_status
bookmark_place_in(const struct bookmark *bm, const struct article *a,
    bool moved, struct bookmark_place *pl)
{
	int f = bookmark_find_snippet(bm, a, &pl->block, &pl->offset);

	pl->article = a;
	if (f == 0) {
		bookmark_clamp(bm, a, &pl->block, &pl->offset);
		return pl->status = BOOKMARK_CHANGED;
	}
	return pl->status = f == 1 && !moved ? BOOKMARK_OK : BOOKMARK_MOVED;
}

enum bookmark_status
bookmark_resolve(const struct bookmark *bm, struct archive *ar,
    struct bookmark_place *pl)
{
	const struct article *a = archive_find_article(ar, bm->article), *b;
	char *iid = bookmark_issue_id(bm);

	memset(pl, 0, sizeof *pl);
	pl->status = BOOKMARK_GONE;
	pl->issue = archive_find_issue(ar, iid);
	free(iid);
	if (a != NULL && bookmark_title_is(a, bm->headline))
		return bookmark_place_in(bm, a, false, pl);
	if (pl->issue == NULL)
		return pl->status;
	issue_load(pl->issue);
	if ((b = bookmark_issue_find(pl->issue, bookmark_has_title_and_text,
	    bm)) != NULL ||
	    (b = bookmark_issue_find(pl->issue, bookmark_has_title, bm)) != NULL)
		return bookmark_place_in(bm, b, true, pl);
	/* The headline changed: the text, preferably in the same article. */
	if ((a != NULL && bookmark_has_text(a, bm)) ||
	    (a = bookmark_issue_find(pl->issue, bookmark_has_text, bm)) != NULL) {
		bookmark_place_in(bm, a, true, pl);
		return pl->status = BOOKMARK_CHANGED;
	}
	return pl->status;
}

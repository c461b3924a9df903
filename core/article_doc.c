/* SPDX-License-Identifier: ISC */
/* article_doc.c: the blocks of an article in the order a reader meets them.
 *
 * A "continued from" jump line comes first, where the paper prints it; then
 * kicker, headline decks, subhead, byline, dateline, the body (paragraphs,
 * section heads, signatures), the photo credit and the "continued on" jump
 * lines.  The doc points into the article and owns only its array. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "xalloc.h"

void
layout_doc_add(struct layout_doc *doc, enum layout_style style,
    const char *text, size_t len, int paragraph, const struct span *span)
{
	struct layout_block	*b;

	doc->blocks = xgrow(doc->blocks, &doc->cap, doc->n_blocks + 1,
	    sizeof *doc->blocks);
	b = &doc->blocks[doc->n_blocks++];
	b->style = style;
	b->text = text;
	b->len = len;
	b->paragraph = paragraph;
	b->span = span;
}

static void
layout_doc_elem(struct layout_doc *doc, enum layout_style style,
    const struct text_elem *e)
{
	if (e->text != NULL && e->text[0] != '\0')
		layout_doc_add(doc, style, e->text, strlen(e->text), 0,
		    &e->span);
}

static void
layout_doc_jumps(struct layout_doc *doc, const struct article *a,
    enum jump_dir dir)
{
	size_t	i;

	for (i = 0; i < a->n_jumps; i++) {
		const struct jump *j = &a->jumps[i];

		if (j->dir == dir && j->label != NULL && j->label[0] != '\0')
			layout_doc_add(doc, LS_JUMP, j->label, strlen(j->label),
			    0, &j->span);
	}
}

static enum layout_style
layout_doc_block_style(enum block_kind kind)
{
	switch (kind) {
	case BLOCK_SECTION_HEAD:
		return LS_SECTION_HEAD;
	case BLOCK_SIGNATURE:
		return LS_SIGNATURE;
	default:
		return LS_BODY;
	}
}

void
layout_doc_from_article(struct layout_doc *doc, const struct article *a)
{
	size_t	i;

	memset(doc, 0, sizeof *doc);
	layout_doc_jumps(doc, a, JUMP_FROM);
	layout_doc_elem(doc, LS_KICKER, &a->kicker);
	for (i = 0; i < a->n_decks; i++)
		layout_doc_elem(doc, LS_HEADLINE, &a->decks[i]);
	layout_doc_elem(doc, LS_SUBHEAD, &a->subhead);
	layout_doc_elem(doc, LS_BYLINE, &a->byline);
	/* A story's credit line (the reporter's title, an agency) goes
	 * with its byline; a photo's under its caption. */
	if (a->kind != ARTICLE_PHOTO)
		layout_doc_elem(doc, LS_CREDIT, &a->credit);
	layout_doc_elem(doc, LS_DATELINE, &a->dateline);
	for (i = 0; i < a->n_blocks; i++) {
		const struct block *b = &a->blocks[i];

		if (b->text != NULL && b->text[0] != '\0')
			layout_doc_add(doc, layout_doc_block_style(b->kind),
			    b->text, strlen(b->text),
			    b->kind == BLOCK_PARAGRAPH, &b->span);
	}
	if (a->kind == ARTICLE_PHOTO)
		layout_doc_elem(doc, LS_CREDIT, &a->credit);
	layout_doc_jumps(doc, a, JUMP_TO);
}

void
layout_doc_free(struct layout_doc *doc)
{
	if (doc == NULL)
		return;
	free(doc->blocks);
	memset(doc, 0, sizeof *doc);
}

/* SPDX-License-Identifier: ISC */
/* model.c: the article model's small helpers and freeing. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "strbuf.h"
#include "xalloc.h"

static const char *const article_kind_names[] = {
	[ARTICLE_NEWS] = "news",
	[ARTICLE_BRIEF] = "brief",
	[ARTICLE_PHOTO] = "photo",
	[ARTICLE_AD] = "ad",
	[ARTICLE_NOTICE] = "notice",
	[ARTICLE_CONTINUATION] = "jump-continuation",
};

const char *
article_kind_name(enum article_kind k)
{
	if ((size_t)k < sizeof article_kind_names / sizeof *article_kind_names)
		return article_kind_names[k];
	return "news";
}

char *
article_headline(const struct article *a, const char *sep)
{
	struct strbuf b = STRBUF_INIT;
	size_t i;

	if (a->n_decks == 0)
		return NULL;
	for (i = 0; i < a->n_decks; i++) {
		if (i)
			strbuf_adds(&b, sep);
		strbuf_adds(&b, a->decks[i].text ? a->decks[i].text : "");
	}
	return strbuf_take(&b);
}

/* The first sentence of s: up to and including the first 。！？ or ". ",
 * at most max bytes (cut at a character boundary). */
static char *
first_sentence(const char *s, size_t max)
{
	static const char *const enders[] = { "。", "！", "？", ". ", "! ", "? " };
	size_t end = strlen(s), i;
	const char *p;

	for (i = 0; i < sizeof enders / sizeof *enders; i++) {
		p = strstr(s, enders[i]);
		if (p && (size_t)(p - s) + strlen(enders[i]) < end)
			end = (size_t)(p - s) + strlen(enders[i]);
	}
	if (end > max) {
		end = max;
		while (end > 0 && ((unsigned char)s[end] & 0xC0) == 0x80)
			end--;
	}
	while (end > 0 && s[end - 1] == ' ')
		end--;
	return xstrndup(s, end);
}

char *
article_title(const struct article *a)
{
	char *h = article_headline(a, " / ");

	if (h)
		return h;
	if (a->n_blocks > 0 && a->blocks[0].text)
		return first_sentence(a->blocks[0].text, 240);
	if (a->credit.text)
		return xstrdup(a->credit.text);
	return xstrdup("");
}

void
text_elem_free(struct text_elem *t)
{
	free(t->text);
	t->text = NULL;
}

void
article_free(struct article *a)
{
	size_t i;

	if (a == NULL)
		return;
	text_elem_free(&a->kicker);
	for (i = 0; i < a->n_decks; i++)
		text_elem_free(&a->decks[i]);
	free(a->decks);
	text_elem_free(&a->subhead);
	text_elem_free(&a->byline);
	text_elem_free(&a->dateline);
	for (i = 0; i < a->n_blocks; i++)
		free(a->blocks[i].text);
	free(a->blocks);
	text_elem_free(&a->credit);
	for (i = 0; i < a->n_jumps; i++)
		free(a->jumps[i].label);
	free(a->jumps);
	memset(a, 0, sizeof *a);
}

void
page_text_free(struct page_text *pt)
{
	free(pt->text);
	free(pt->line_start);
	free(pt->line_len);
	free(pt->charset);
	memset(pt, 0, sizeof *pt);
}

const char *
furniture_kind_name(enum furniture_kind k)
{
	switch (k) {
	case FURNITURE_RUNNING_HEADER:	return "running-header";
	case FURNITURE_RUNNING_FOOTER:	return "running-footer";
	case FURNITURE_FOLIO:		return "folio";
	case FURNITURE_MASTHEAD:	return "masthead";
	case FURNITURE_EDITOR_LINE:	return "editor-line";
	case FURNITURE_DATE_LINE:	return "date-line";
	case FURNITURE_PRICE:		return "price";
	case FURNITURE_OTHER:		break;
	}
	return "other";
}

void
page_meta_add(struct page_meta *m, const char *text, enum furniture_kind k)
{
	m->lines = xgrow(m->lines, &m->cap_lines, m->n_lines + 1,
	    sizeof *m->lines);
	m->kinds = xgrow(m->kinds, &m->cap_kinds, m->n_lines + 1,
	    sizeof *m->kinds);
	m->lines[m->n_lines] = xstrdup(text);
	m->kinds[m->n_lines++] = k;
}

void
page_meta_add_removed(struct page_meta *m, const char *s, size_t len)
{
	if (len == 0)
		return;
	m->removed = xgrow(m->removed, &m->cap_removed, m->n_removed + len + 1,
	    1);
	memcpy(m->removed + m->n_removed, s, len);
	m->n_removed += len;
	m->removed[m->n_removed] = '\0';
}

static void
page_meta_free(struct page_meta *m)
{
	size_t i;

	for (i = 0; i < m->n_lines; i++)
		free(m->lines[i]);
	free(m->lines);
	free(m->kinds);
	free(m->section_name);
	free(m->removed);
	memset(m, 0, sizeof *m);
}

void
page_unload(struct page *p)
{
	size_t i;

	for (i = 0; i < p->n_articles; i++)
		article_free(&p->articles[i]);
	free(p->articles);
	p->articles = NULL;
	p->n_articles = 0;
	page_text_free(&p->text);
	page_meta_free(&p->meta);
	p->loaded = false;
	p->failed = false;
}

const char *
issue_key(const struct issue *is)
{
	return is->key ? is->key : is->date;
}

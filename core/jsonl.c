/* SPDX-License-Identifier: ISC */
/* jsonl.c: an article as one line of JSON (see jsonl.h).
 *
 * Strings are written as UTF-8 with what JSON requires escaped (quote,
 * backslash, control characters as \u00XX), and every other character a
 * terminal would act on or that reorders text (DEL, C1 controls, bidi
 * controls: sanitize_placeholder) escaped too, so the export is safe to
 * print and loses nothing.  Bytes that are not valid UTF-8 become U+FFFD,
 * so any input yields valid JSON. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "jsonl.h"
#include "sanitize.h"

void
jsonl_string(struct strbuf *out, const char *s, size_t len)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + len;
	ucs4_t c;
	int k;

	strbuf_addc(out, '"');
	while (p < end) {
		k = u8_mbtoucr(&c, p, (size_t)(end - p));
		if (k < 0) {
			strbuf_adds(out, "\xef\xbf\xbd");	/* U+FFFD */
			p++;
			continue;
		}
		if (c == '"' || c == '\\') {
			strbuf_addc(out, '\\');
			strbuf_addc(out, (char)c);
		} else if (c >= 0x10000 && sanitize_placeholder(c) != NULL) {
			/* a surrogate pair, as JSON spells those */
			strbuf_printf(out, "\\u%04x\\u%04x",
			    0xD800 + ((unsigned)(c - 0x10000) >> 10),
			    0xDC00 + ((unsigned)(c - 0x10000) & 0x3FF));
		} else if (sanitize_placeholder(c) != NULL) {
			strbuf_printf(out, "\\u%04x", (unsigned)c);
		} else
			strbuf_add(out, (const char *)p, (size_t)k);
		p += k;
	}
	strbuf_addc(out, '"');
}

static void
jsonl_str(struct strbuf *out, const char *s)
{
	jsonl_string(out, s ? s : "", s ? strlen(s) : 0);
}

static void
jsonl_key(struct strbuf *out, const char *key, bool first)
{
	if (!first)
		strbuf_addc(out, ',');
	jsonl_str(out, key);
	strbuf_addc(out, ':');
}

static void
jsonl_field(struct strbuf *out, const char *key, const char *value)
{
	jsonl_key(out, key, false);
	jsonl_str(out, value);
}

/* "songchuan-daily/2024-04-03/01#3"; furniture "…/01#f2" (prefix "f"). */
static void
jsonl_id(struct strbuf *out, const char *prefix, size_t n,
    const struct page *pg)
{
	struct strbuf id = STRBUF_INIT;
	const struct issue *is = pg ? pg->issue : NULL;

	if (is && is->publication && is->publication->id)
		strbuf_printf(&id, "%s/", is->publication->id);
	if (is && is->date)
		strbuf_printf(&id, "%s/", issue_key(is));
	if (pg && pg->name)
		strbuf_adds(&id, pg->name);
	else if (pg)
		strbuf_printf(&id, "%02d", pg->number);
	strbuf_printf(&id, "#%s%zu", prefix, n);
	jsonl_key(out, "id", true);
	jsonl_string(out, id.s, id.len);
	strbuf_free(&id);
}

static void
jsonl_where(struct strbuf *out, const struct page *pg)
{
	const struct issue *is = pg ? pg->issue : NULL;
	const struct publication *pub = is ? is->publication : NULL;

	jsonl_field(out, "publication", pub ? pub->id : NULL);
	jsonl_field(out, "date", is ? is->date : NULL);
	jsonl_key(out, "page", false);
	strbuf_printf(out, "%d", pg ? pg->number : 0);
}

static void
jsonl_headline(struct strbuf *out, const struct article *a)
{
	char *h = article_headline(a, " / ");

	jsonl_field(out, "headline", h);
	free(h);
}

/* Paragraphs with section heads in place; or only the section heads. */
static void
jsonl_blocks(struct strbuf *out, const struct article *a, const char *key,
    bool heads_only)
{
	size_t i;
	bool first = true;

	jsonl_key(out, key, false);
	strbuf_addc(out, '[');
	for (i = 0; i < a->n_blocks; i++) {
		if (heads_only && a->blocks[i].kind != BLOCK_SECTION_HEAD)
			continue;
		if (!first)
			strbuf_addc(out, ',');
		jsonl_str(out, a->blocks[i].text);
		first = false;
	}
	strbuf_addc(out, ']');
}

static void
jsonl_jumps(struct strbuf *out, const struct article *a)
{
	size_t i;

	jsonl_key(out, "jumps", false);
	strbuf_addc(out, '[');
	for (i = 0; i < a->n_jumps; i++) {
		const struct jump *j = &a->jumps[i];
		if (i)
			strbuf_addc(out, ',');
		strbuf_addc(out, '{');
		jsonl_key(out, "dir", true);
		jsonl_str(out, j->dir == JUMP_TO ? "to" : "from");
		jsonl_key(out, "page", false);
		strbuf_printf(out, "%d", j->page_number);
		jsonl_field(out, "label", j->label);
		strbuf_addc(out, '}');
	}
	strbuf_addc(out, ']');
}

static void
jsonl_source(struct strbuf *out, const struct span *s)
{
	jsonl_key(out, "source", false);
	strbuf_addc(out, '{');
	jsonl_key(out, "file", true);
	jsonl_str(out, s->file);
	jsonl_key(out, "first_line", false);
	strbuf_printf(out, "%lu", s->first_line);
	jsonl_key(out, "last_line", false);
	strbuf_printf(out, "%lu", s->last_line);
	jsonl_key(out, "byte_start", false);
	strbuf_printf(out, "%zu", s->byte_start);
	jsonl_key(out, "byte_end", false);
	strbuf_printf(out, "%zu", s->byte_end);
	strbuf_addc(out, '}');
}

void
jsonl_article(struct strbuf *out, const struct article *a)
{
	const char *byline = a->byline.text;

	if (byline == NULL && a->kind == ARTICLE_PHOTO)
		byline = a->credit.text;
	strbuf_addc(out, '{');
	jsonl_id(out, "", a->index, a->page);
	jsonl_where(out, a->page);
	jsonl_field(out, "kind", article_kind_name(a->kind));
	jsonl_field(out, "kicker", a->kicker.text);
	jsonl_headline(out, a);
	jsonl_field(out, "subhead", a->subhead.text);
	jsonl_field(out, "byline", byline);
	jsonl_field(out, "dateline", a->dateline.text);
	jsonl_blocks(out, a, "paragraphs", false);
	jsonl_blocks(out, a, "sections", true);
	jsonl_field(out, "credit", a->credit.text);
	jsonl_jumps(out, a);
	jsonl_source(out, &a->span);
	strbuf_addc(out, '}');
}

/* {"id":…,"publication":…,"date":…,"page":N,"kind":"furniture",
 * "type":TYPE, then key:value} */
static void
jsonl_furniture_one(struct strbuf *out, const struct page *pg, size_t n,
    const char *type, const char *key, const char *value, size_t len)
{
	strbuf_addc(out, '{');
	jsonl_id(out, "f", n, pg);
	jsonl_where(out, pg);
	jsonl_field(out, "kind", "furniture");
	jsonl_field(out, "type", type);
	jsonl_key(out, key, false);
	jsonl_string(out, value, len);
	strbuf_adds(out, "}\n");
}

void
jsonl_furniture(struct strbuf *out, const struct page *pg)
{
	const struct page_meta *m = &pg->meta;
	size_t i;

	for (i = 0; i < m->n_lines; i++)
		jsonl_furniture_one(out, pg, i + 1, furniture_kind_name(
		    m->kinds ? m->kinds[i] : FURNITURE_OTHER), "text",
		    m->lines[i], strlen(m->lines[i]));
	if (m->removed != NULL && m->n_removed > 0)
		jsonl_furniture_one(out, pg, m->n_lines + 1, "artefacts",
		    "removed", m->removed, m->n_removed);
}

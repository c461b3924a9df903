/* SPDX-License-Identifier: ISC */
/* jsonl.h: an article as one line of JSON (for --export jsonl).
 *
 * Fields: id, publication, date, page, kind (news, brief, photo, ad,
 * notice, jump-continuation), kicker, headline (decks joined by " / "),
 * subhead, byline (for a photo without one, its credit), dateline,
 * paragraphs (section heads in place, as their own strings), sections
 * (the section heads), credit, jumps [{dir, page, label}], source {file,
 * first_line, last_line, byte_start, byte_end}.  Absent strings are "".
 * Every string is escaped so any input yields valid JSON.
 *
 * A page's furniture (page->meta) is one object a line: id (PAGE#fN),
 * publication, date, page, kind "furniture", type (running-header,
 * running-footer, folio, masthead, editor-line, date-line, price, other)
 * and text; the characters removed as artefacts (doubled fake-bold
 * glyphs) are one more object of type "artefacts" with "removed" instead
 * of "text".  Readers that want articles skip kind "furniture". */
#ifndef KANBAO_JSONL_H
#define KANBAO_JSONL_H

#include "model.h"
#include "strbuf.h"

/* Append the article's JSON object (no newline) to out. */
void	jsonl_article(struct strbuf *out, const struct article *);
/* Append the page's furniture objects, each ending in a newline. */
void	jsonl_furniture(struct strbuf *out, const struct page *);
/* Append s (len bytes, UTF-8) as a JSON string with quotes. */
void	jsonl_string(struct strbuf *out, const char *s, size_t len);

#endif

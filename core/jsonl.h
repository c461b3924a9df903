/* jsonl.h: an article as one line of JSON (for --export jsonl).
 *
 * Fields: id, publication, date, page, kind (news, brief, photo, ad,
 * notice, jump-continuation), kicker, headline (decks joined by " / "),
 * subhead, byline (for a photo without one, its credit), dateline,
 * paragraphs (section heads in place, as their own strings), sections
 * (the section heads), credit, jumps [{dir, page, label}], source {file,
 * first_line, last_line, byte_start, byte_end}.  Absent strings are "".
 * Every string is escaped so any input yields valid JSON. */
#ifndef KANBAO_JSONL_H
#define KANBAO_JSONL_H

#include "model.h"
#include "strbuf.h"

/* Append the article's JSON object (no newline) to out. */
void	jsonl_article(struct strbuf *out, const struct article *);
/* Append s (len bytes, UTF-8) as a JSON string with quotes. */
void	jsonl_string(struct strbuf *out, const char *s, size_t len);

#endif

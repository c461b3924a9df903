/* notes_export.c: notes as JSON Lines or plain text (see notes_export.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "jsonl.h"
#include "notes_export.h"
#include "pagetext.h"
#include "xalloc.h"

enum notes_export_format
notes_export_format_of(const char *path)
{
	size_t n = strlen(path);

	if ((n >= 6 && strcmp(path + n - 6, ".jsonl") == 0) ||
	    (n >= 5 && strcmp(path + n - 5, ".json") == 0))
		return NOTES_EXPORT_JSONL;
	return NOTES_EXPORT_TEXT;
}

/* The byte of s[0, len) where character col (1-based) starts; len past
 * the end. */
static size_t
notes_col_byte(const char *s, size_t len, unsigned long col)
{
	size_t i = 0;

	while (i < len && col > 1) {
		i++;
		while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
			i++;
		col--;
	}
	return i;
}

char *
notes_quote(const struct note *n, const struct page_text *pt,
    unsigned long line_offset)
{
	struct strbuf sb = STRBUF_INIT;
	unsigned long l;
	const char *s;
	size_t len, from, to;

	strbuf_adds(&sb, "");
	for (l = n->first_line; l <= n->last_line; l++) {
		if (l <= line_offset || (s = pagetext_line(pt, l - line_offset,
		    &len)) == NULL)
			continue;
		from = l == n->first_line ? notes_col_byte(s, len, n->first_col) : 0;
		to = l == n->last_line ? notes_col_byte(s, len, n->last_col + 1) : len;
		if (sb.len > 0)
			strbuf_addc(&sb, '\n');
		if (to > from)
			strbuf_add(&sb, s + from, to - from);
	}
	return strbuf_take(&sb);
}

/* text with each line after the first indented by two spaces. */
static void
notes_export_indented(struct strbuf *out, const char *prefix, const char *text)
{
	const char *nl;

	for (;;) {
		strbuf_adds(out, prefix);
		if ((nl = strchr(text, '\n')) == NULL) {
			strbuf_adds(out, text);
			strbuf_addc(out, '\n');
			return;
		}
		strbuf_add(out, text, (size_t)(nl - text));
		strbuf_addc(out, '\n');
		text = nl + 1;
	}
}

void
notes_export_page(struct strbuf *out, enum notes_export_format fmt,
    const char *name, const struct note_set *ns, const struct page_text *pt,
    unsigned long line_offset)
{
	size_t i;
	char *q;

	for (i = 0; i < ns->n; i++) {
		const struct note *n = &ns->items[i];

		q = notes_quote(n, pt, line_offset);
		if (fmt == NOTES_EXPORT_JSONL) {
			strbuf_adds(out, "{\"page\":");
			jsonl_string(out, name, strlen(name));
			strbuf_printf(out, ",\"first_line\":%lu,\"first_col\":%lu,"
			    "\"last_line\":%lu,\"last_col\":%lu,\"quote\":",
			    n->first_line, n->first_col, n->last_line, n->last_col);
			jsonl_string(out, q, strlen(q));
			strbuf_adds(out, ",\"note\":");
			jsonl_string(out, n->text, strlen(n->text));
			strbuf_adds(out, "}\n");
		} else {
			if (n->first_line == n->last_line)
				strbuf_printf(out, "%s, line %lu\n", name, n->first_line);
			else
				strbuf_printf(out, "%s, lines %lu-%lu\n", name,
				    n->first_line, n->last_line);
			notes_export_indented(out, "  > ", q);
			notes_export_indented(out, "  ", n->text);
			strbuf_addc(out, '\n');
		}
		free(q);
	}
}

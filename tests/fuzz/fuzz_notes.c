/* SPDX-License-Identifier: ISC */
/* fuzz_notes.c: proofreading notes files, line by line (notes_parse_line);
 * the notes read are written out (notes_format) and must read back as the
 * same number of notes. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "notes.h"

/* Parse every line of text into ns (when not NULL); returns how many were
 * notes. */
static size_t
fuzz_notes_parse(const char *text, size_t len, struct note_set *ns)
{
	const char	*p = text, *end = text + len, *nl;
	struct note	 n;
	size_t		 count = 0;

	while (p < end) {
		nl = memchr(p, '\n', end - p);
		if (nl == NULL)
			nl = end;
		if (notes_parse_line(p, nl - p, &n) == 0) {
			count++;
			if (ns != NULL)
				notes_add(ns, n.first_line, n.first_col,
				    n.last_line, n.last_col, n.text);
			free(n.text);
		}
		p = nl + 1;
	}
	return count;
}

FUZZ_TARGET(notes)
{
	struct note_set	 ns = { 0 };
	struct strbuf	 sb = STRBUF_INIT;
	size_t		 n;

	n = fuzz_notes_parse((const char *)data, size, &ns);
	if (ns.n != n)
		abort();
	notes_format(&sb, &ns);
	if (fuzz_notes_parse(sb.s ? sb.s : "", sb.len, NULL) != n)
		abort();
	strbuf_free(&sb);
	note_set_free(&ns);
	return 0;
}

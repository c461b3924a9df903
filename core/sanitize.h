/* SPDX-License-Identifier: ISC */
/* sanitize.h: text from files never reaches a terminal as control sequences.
 *
 * C0 and C1 controls, ESC, DEL, bidi overrides and isolates, and other
 * invisible format characters that could reorder or hide text are replaced
 * by visible placeholders (the Control Pictures block: ␛ for ESC, ␈ for
 * BS, ...).  Tabs become a placeholder too in one-line contexts, or spaces
 * where the caller asks. */
#ifndef KANBAO_SANITIZE_H
#define KANBAO_SANITIZE_H

#include <stddef.h>
#include <stdint.h>

/* The visible stand-in (UTF-8) for code point c, or NULL when c is safe to
 * show as itself. */
const char	*sanitize_placeholder(uint32_t c);
/* A copy of s (len bytes of UTF-8; invalid bytes become U+FFFD) that is safe
 * to print.  keep_newlines: leave LF alone.  Caller frees. */
char		*sanitize_text(const char *s, size_t len, int keep_newlines);
/* How many bytes at the start of s need no stand-in: len when s is shown
 * as it is (what sanitize_text would return is s itself). */
size_t		 sanitize_plain_len(const char *s, size_t len, int keep_newlines);
struct strbuf;
/* The same, appended to b (no allocation once b is big enough). */
void		sanitize_append(struct strbuf *b, const char *s, size_t len,
		    int keep_newlines);

#endif

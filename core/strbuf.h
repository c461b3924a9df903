/* SPDX-License-Identifier: ISC */
/* strbuf.h: a growable byte string, always NUL-terminated. */
#ifndef KANBAO_STRBUF_H
#define KANBAO_STRBUF_H

#include <stddef.h>

struct strbuf {
	char	*s;
	size_t	 len;
	size_t	 cap;
};

#define STRBUF_INIT { NULL, 0, 0 }

void	 strbuf_add(struct strbuf *, const char *, size_t);
void	 strbuf_adds(struct strbuf *, const char *);
void	 strbuf_addc(struct strbuf *, char);
void	 strbuf_printf(struct strbuf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
/* Append s escaped for one-line-per-record text files (bookmarks, notes,
 * search history), so that the file is valid UTF-8 and `cat` of it sends
 * the terminal no control sequence: backslash, tab, newline and CR are
 * written \\, \t, \n, \r; another character a terminal must not get
 * (C0 and C1 controls, ESC, DEL, bidi and other format controls: those
 * sanitize_placeholder replaces) \xHH below U+0080, \uHHHH in the BMP,
 * \UHHHHHHHH above; a byte that is not UTF-8 \xHH (HH >= 80). */
void	 strbuf_add_escaped(struct strbuf *, const char *s);
/* Undo strbuf_add_escaped for s[0, len), appending to b.  An unknown or
 * malformed escape is kept as written.  Returns how many of those there
 * were; *bad (may be NULL) gets the first one's letter. */
size_t	 strbuf_add_unescaped(struct strbuf *, const char *s, size_t len,
	    char *bad);
void	 strbuf_truncate(struct strbuf *, size_t);
/* Hand the string to the caller (who frees it) and reset the buffer. */
char	*strbuf_take(struct strbuf *);
void	 strbuf_free(struct strbuf *);

#endif

/* SPDX-License-Identifier: ISC */
/* decode.h: bytes of a page file -> UTF-8 text with LF line ends.
 *
 * Order of trust: a forced charset (--encoding), else a byte-order mark, else
 * valid UTF-8, else the configured charset, else uchardet's guess among the
 * legacy charsets newspapers use (GB18030, Big5-HKSCS, Shift_JIS, EUC-KR,
 * Latin-1).  Invalid sequences become U+FFFD, each run reported once with
 * file, line and byte offset.  CRLF and lone CR become LF; NUL becomes
 * U+FFFD. */
#ifndef KANBAO_DECODE_H
#define KANBAO_DECODE_H

#include <stddef.h>

#include "diag.h"

struct decode_result {
	char	*text;		/* UTF-8, NUL-terminated; caller frees */
	size_t	 len;
	char	*charset;	/* the charset used, e.g. "UTF-8", "GB18030" */
	size_t	 n_replaced;	/* invalid sequences replaced by U+FFFD */
	int	 binary;	/* looks like a binary file, not text */
};

/* forced: use this charset (NULL: detect); hint: prefer it when the bytes are
 * not UTF-8 (NULL: none).  path names the file in diagnostics.  Returns 0, or
 * -1 when the charset is unknown (a diagnostic says so). */
int	decode_bytes(const unsigned char *buf, size_t n, const char *forced,
	    const char *hint, const char *path, struct diag_list *diags,
	    struct decode_result *out);
void	decode_result_free(struct decode_result *);
/* The charset uchardet guesses for bytes that are not UTF-8, mapped to the
 * name iconv knows; NULL when it cannot tell. */
const char *decode_guess_charset(const unsigned char *buf, size_t n);
/* Whether buf is entirely valid UTF-8. */
int	decode_is_utf8(const unsigned char *buf, size_t n);

#endif

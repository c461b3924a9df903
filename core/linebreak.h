/* SPDX-License-Identifier: ISC */
/* linebreak.h: where a line may break, by UAX #14 and the Chinese 禁则.
 *
 * Core only; knows characters, not widths. */
#ifndef KANBAO_LINEBREAK_H
#define KANBAO_LINEBREAK_H

#include <stddef.h>
#include <stdint.h>

enum linebreak_kind {
	LINEBREAK_NO,		/* the line must not break before this byte */
	LINEBREAK_ALLOW,	/* it may */
	LINEBREAK_MUST		/* it must: the byte follows a line break */
};

/* Fill brk[0 .. len) with an enum linebreak_kind for the position before
 * each byte of s (UTF-8).  clusters is u8_grapheme_breaks() of s, or NULL
 * to have it computed; breaks fall only between grapheme clusters.  cjk
 * resolves the ambiguous line-break classes (AI) as East Asian. */
void	linebreak_find(const char *s, size_t len, int cjk, const char *clusters,
	    char *brk);
/* The same from UAX #14 alone (libunistring), for the conformance test. */
void	linebreak_uax14(const char *s, size_t len, int cjk, char *brk);

/* The 禁则 rules: c must not start a line (closing punctuation, small kana,
 * iteration marks ...); c must not end one (opening punctuation); a and b
 * (a before b) must stay together (—— …… ２０). */
int	linebreak_no_start(uint32_t c);
int	linebreak_no_end(uint32_t c);
int	linebreak_inseparable(uint32_t a, uint32_t b);

#endif

/* SPDX-License-Identifier: ISC */
/* clean.h: clean text made from hard-wrapped source lines.
 *
 * pdftotext and OCR leave lines wrapped at the column edge, stray spaces
 * where the pages justified (after full-width punctuation, between CJK and
 * digits or Latin), end-of-line hyphens, and glyphs doubled by fake bold.
 * These functions make new strings; the source text is never changed.
 * Core only: anyone may include this. */
#ifndef KANBAO_CLEAN_H
#define KANBAO_CLEAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Wide (East Asian Wide or Fullwidth): CJK ideographs, kana, hangul,
 * full-width punctuation and forms. */
bool	 clean_is_wide(uint32_t c);
/* Punctuation whose width depends on the font: “”‘’—…· and the like. */
bool	 clean_is_ambiguous(uint32_t c);

/* Join n source lines (each lines[i], lens[i] bytes, UTF-8) into one
 * paragraph: no space between CJK characters, one space between Latin
 * words, end-of-line hyphenation removed ("Har-" "bor" -> "Harbor"), stray
 * spaces next to CJK dropped.  Invalid UTF-8 becomes U+FFFD.  Caller frees. */
char	*clean_lines(const char *const *lines, const size_t *lens, size_t n);
/* The same for one string. Caller frees. */
char	*clean_string(const char *s, size_t len);

/* Like clean_lines, but a hyphen at a line's end is kept: the lines of
 * a headline, which is not hyphenated.  Caller frees. */
char	*clean_title(const char *const *lines, const size_t *lens, size_t n);

/* Like clean_lines, but a space between two ideographs is kept (one
 * space): names in bylines and credits ("记者 徐明 叶如舟"). */
char	*clean_names(const char *const *lines, const size_t *lens, size_t n);

/* True when every glyph of s (spaces aside) is printed twice in a row, as
 * fake bold leaves it: "农农信信手手机机". */
bool	 clean_is_doubled(const char *s, size_t len);
/* Whether s, its spaces left out, may still become doubled: every
 * complete pair of characters so far is one character twice. */
bool	clean_doubled_so_far(const char *s, size_t len);
/* s with each doubled glyph once (clean text, spaces dropped as by
 * clean_string).  Caller frees. */
char	*clean_undouble(const char *s, size_t len);
/* The same, keeping a space where one stood between two pairs (Latin
 * words: "NNeew w ppaattiieennttss" -> "New patients"). */
char	*clean_undouble_spaced(const char *s, size_t len);

/* The printed width of s in columns: wide characters 2 (ambiguous ones too
 * when cjk is set), others 1; spaces count only between two non-wide
 * characters, so justification spaces next to CJK do not count. */
int	 clean_width(const char *s, size_t len, bool cjk);
/* Number of characters (code points) in s that are wide. */
size_t	 clean_count_wide(const char *s, size_t len);

#endif

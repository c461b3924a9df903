/* SPDX-License-Identifier: ISC */
/* segment_columns.c: the page's text lines in reading order.
 *
 * Default and -raw output already come one column after another; only the
 * blank lines matter (a blank line is a column break or a block change).
 * -layout output puts columns side by side; segment_layout.c reads it.
 * Here: which of the three a page is, and the seg_lines of a page. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "segment_int.h"
#include "xalloc.h"

bool
segment_columns_is_blank(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f' && s[i] != '\r')
			return false;
	return true;
}

/* Leading spaces no default or -raw line has. */
#define COL_DEEP_INDENT	8
/* Lines of a page that, with no blank line among them, are -raw output:
 * a running header, a headline and two lines of text. */
#define RAW_MIN_LINES	4

enum seg_mode
segment_columns_mode(const struct page_text *pt)
{
	size_t i, nonblank = 0, blank = 0, wide_gaps = 0;

	for (i = 0; i < pt->n_lines; i++) {
		const char *s = pt->text + pt->line_start[i];
		size_t len = pt->line_len[i], a = 0, z = len;
		if (segment_columns_is_blank(s, len)) {
			/* The form feed that ends the page is no blank line. */
			if (memchr(s, '\f', len) == NULL)
				blank++;
			continue;
		}
		nonblank++;
		while (a < z && s[a] == ' ')
			a++;
		while (z > a && (s[z - 1] == ' ' || s[z - 1] == '\f'))
			z--;
		/* A line of a column right of a blank column (a single
		 * column running on under a band of several) starts far in;
		 * default and -raw output never indent so deep. */
		if (memmem(s + a, z - a, "   ", 3) != NULL ||
		    a >= COL_DEEP_INDENT)
			wide_gaps++;
	}
	/* Columns side by side leave wide gaps inside most lines. */
	if (nonblank > 0 && wide_gaps * 4 >= nonblank && wide_gaps >= 3)
		return SEG_MODE_LAYOUT;
	/* -raw never writes blank lines between blocks.  Default output
	 * writes one after every block, and a page has a few (the running
	 * header, a headline, its text): a short page without any is -raw
	 * too. */
	if ((nonblank >= 20 && blank * 40 < nonblank) ||
	    (nonblank >= RAW_MIN_LINES && blank == 0))
		return SEG_MODE_RAW;
	return SEG_MODE_DEFAULT;
}

/* Whether s[0..n) in brackets is a jump label such as （上接一版）. */
static bool
is_jump_label(const char *s, size_t n)
{
	char *label = xstrndup(s, n);
	bool yes = segment_lines_is_jump(label, NULL, NULL);

	free(label);
	return yes;
}

/* Papers often print a jump label inline: at the start of the first
 * paragraph of a continuation （上接一版）与往年不同… or after an article's
 * last sentence …稳产保供。（下转二版）.  Where the label starts or ends the
 * line and text remains, the byte offset to cut the line at, else 0; the
 * label then reads as a line of its own. */
static size_t
inline_jump_cut(const char *s, size_t len)
{
	static const char *const open[] = { "（", "(" };
	static const char *const close[] = { "）", ")" };
	size_t i, k, o, c;
	const char *p;

	for (i = 0; i < 2; i++) {
		o = strlen(open[i]);
		c = strlen(close[i]);
		/* at the start */
		if (len > o && memcmp(s, open[i], o) == 0 &&
		    (p = memmem(s, len < 40 ? len : 40, close[i], c)) != NULL &&
		    (k = (size_t)(p - s) + c) < len && is_jump_label(s, k))
			return k;
		/* at the end */
		if (len > c && memcmp(s + len - c, close[i], c) == 0)
			for (k = len - c; k-- > 0 && len - k <= 40;)
				if (memcmp(s + k, open[i], o) == 0) {
					if (k > 0 && is_jump_label(s + k, len - k))
						return k;
					break;
				}
	}
	return 0;
}

void
segment_columns_add(struct seg_page *sp, unsigned long line, size_t off,
    size_t len, int col, bool gap)
{
	const char *text = sp->page->text.text;
	struct seg_line *l;
	int indent = 0;
	size_t cut;

	/* Leading spaces and ideographic spaces (U+3000) are indent. */
	while (len > 0) {
		if (text[off] == ' ' || text[off] == '\t' || text[off] == '\f') {
			off++, len--, indent++;
		} else if (len >= 3 && memcmp(text + off, "\xe3\x80\x80", 3) == 0) {
			off += 3, len -= 3, indent += 2;
		} else
			break;
	}
	while (len > 0 && strchr(" \t\f\r", text[off + len - 1]) != NULL)
		len--;
	while (len >= 3 && memcmp(text + off + len - 3, "\xe3\x80\x80", 3) == 0)
		len -= 3;
	if (len == 0)
		return;
	if ((cut = inline_jump_cut(text + off, len)) > 0) {
		segment_columns_add(sp, line, off, cut, col, gap);
		segment_columns_add(sp, line, off + cut, len - cut, col + 1, false);
		return;
	}
	sp->v = xgrow(sp->v, &sp->cap, sp->n + 1, sizeof *sp->v);
	l = &sp->v[sp->n++];
	memset(l, 0, sizeof *l);
	l->s = text + off;
	l->len = len;
	l->off = off;
	l->line = line;
	l->col = col + indent;
	l->indent = indent;
	l->gap = gap;
}

/* Default and -raw: one seg_line per non-blank line. */
static void
read_plain(struct seg_page *sp)
{
	const struct page_text *pt = &sp->page->text;
	size_t i;
	bool gap = true;

	for (i = 0; i < pt->n_lines; i++) {
		const char *s = pt->text + pt->line_start[i];
		if (segment_columns_is_blank(s, pt->line_len[i])) {
			gap = true;
			continue;
		}
		segment_columns_add(sp, i + 1, pt->line_start[i],
		    pt->line_len[i], 0, gap);
		gap = false;
	}
}

void
segment_columns_read(struct seg_page *sp)
{
	sp->mode = segment_columns_mode(&sp->page->text);
	if (sp->mode == SEG_MODE_LAYOUT)
		segment_layout_read(sp);
	else
		read_plain(sp);
}

/* SPDX-License-Identifier: ISC */
/* pagetext.c: decoded text -> lines; single-file issues -> pages. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "pagetext.h"
#include "xalloc.h"

void
pagetext_from_text(struct page_text *pt, char *text, size_t len)
{
	size_t cap = 0, cap2 = 0, i, start = 0;

	pt->text = text;
	pt->len = len;
	pt->line_start = NULL;
	pt->line_len = NULL;
	pt->n_lines = 0;
	for (i = 0; i <= len; i++) {
		if (i < len && text[i] != '\n')
			continue;
		if (i == len && start == len)
			break;	/* no empty line after a final LF */
		pt->line_start = xgrow(pt->line_start, &cap, pt->n_lines + 1,
		    sizeof *pt->line_start);
		pt->line_len = xgrow(pt->line_len, &cap2, pt->n_lines + 1,
		    sizeof *pt->line_len);
		pt->line_start[pt->n_lines] = start;
		pt->line_len[pt->n_lines] = i - start;
		pt->n_lines++;
		start = i + 1;
	}
}

size_t
pagetext_split_pages(const char *text, size_t len, size_t **starts,
    size_t **lens)
{
	size_t cap = 0, cap2 = 0, n = 0, i, start = 0;

	*starts = NULL;
	*lens = NULL;
	for (i = 0; i <= len; i++) {
		if (i < len && text[i] != '\f')
			continue;
		/* pdftotext ends every page with \f: nothing after the last one
		 * but white space is not a page. */
		if (i == len && n > 0 && strspn(text + start, " \t\r\n") >= len - start)
			break;
		*starts = xgrow(*starts, &cap, n + 1, sizeof **starts);
		*lens = xgrow(*lens, &cap2, n + 1, sizeof **lens);
		(*starts)[n] = start;
		(*lens)[n] = i - start;
		n++;
		start = i + 1;
	}
	return n;
}

const char *
pagetext_line(const struct page_text *pt, unsigned long line, size_t *len)
{
	if (line == 0 || line > pt->n_lines)
		return NULL;
	*len = pt->line_len[line - 1];
	return pt->text + pt->line_start[line - 1];
}

unsigned long
pagetext_line_of(const struct page_text *pt, size_t off)
{
	size_t lo = 0, hi = pt->n_lines;

	/* The last line whose start is <= off. */
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (pt->line_start[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	return pt->n_lines ? (unsigned long)lo + 1 : 0;
}

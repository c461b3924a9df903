/* SPDX-License-Identifier: ISC */
/* loader_fixture.h: loading one file through its loader, for the format
 * tests (check_loader_*.c).  Header-only: each test includes it once. */
#ifndef KANBAO_LOADER_FIXTURE_H
#define KANBAO_LOADER_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loader.h"
#include "model.h"
#include "xalloc.h"

static struct page fx_page;
static struct diag_list fx_diags;
static const struct loader *fx_loader;

/* Read path (whole) and load part of it; returns the loader's result. */
static inline int
fx_load(const char *path, int part)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf = NULL;
	size_t n = 0, cap = 0, r;
	struct load_options opt = { NULL, NULL, NULL, NULL };
	int rc;

	if (f == NULL)
		return -2;
	do {
		buf = xgrow(buf, &cap, n + 65536, 1);
		r = fread(buf + n, 1, cap - n, f);
		n += r;
	} while (r > 0);
	fclose(f);
	memset(&fx_page, 0, sizeof fx_page);
	fx_page.path = xstrdup(path);
	fx_page.part = part;
	fx_loader = loader_for(path, buf, n < 4096 ? n : 4096);
	rc = fx_loader ? fx_loader->load(&fx_page, buf, n, &opt, &fx_diags) : -3;
	free(buf);
	return rc;
}

static inline void
fx_free(void)
{
	page_unload(&fx_page);
	free(fx_page.path);
	memset(&fx_page, 0, sizeof fx_page);
	diag_list_free(&fx_diags);
	memset(&fx_diags, 0, sizeof fx_diags);
}

/* Whether some diagnostic's message contains s. */
static inline int
fx_diag_has(const char *s)
{
	size_t i;

	for (i = 0; i < fx_diags.n; i++)
		if (strstr(fx_diags.items[i].message, s))
			return 1;
	return 0;
}

/* The text of the page's line (1-based) as a new string. */
static inline char *
fx_line(unsigned long no)
{
	if (no == 0 || no > fx_page.text.n_lines)
		return xstrdup("");
	return xstrndup(fx_page.text.text + fx_page.text.line_start[no - 1],
	    fx_page.text.line_len[no - 1]);
}

/* Whether every span of the article points inside the page text. */
static inline int
fx_spans_ok(const struct article *a)
{
	size_t i;

	if (a->span.first_line == 0 || a->span.last_line > fx_page.text.n_lines ||
	    a->span.byte_end > fx_page.text.len)
		return 0;
	for (i = 0; i < a->n_blocks; i++)
		if (a->blocks[i].span.first_line < a->span.first_line ||
		    a->blocks[i].span.last_line > a->span.last_line)
			return 0;
	return 1;
}

#endif

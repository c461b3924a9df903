/* SPDX-License-Identifier: ISC */
/* loader_text.c: plain text pages (pdftotext or OCR output). */
#include "config.h"

#include <stdlib.h>

#include "decode.h"
#include "i18n.h"
#include "loader.h"
#include "pagetext.h"
#include "segment.h"

/* Text is the fallback: it reads whatever no other loader claimed. */
static int
loader_text_probe(const char *path, const unsigned char *head, size_t n)
{
	return 1;
}

static int
loader_text_load(struct page *page, const unsigned char *buf, size_t n,
    const struct load_options *opt, struct diag_list *diags)
{
	struct decode_result dr;
	struct segment_options so = { opt->lang_hint };

	if (decode_bytes(buf, n, opt->forced_charset, opt->charset_hint,
	    page->path, diags, &dr) != 0)
		return -1;
	if (dr.binary) {
		diag_add(diags, DIAG_ERROR, page->path, 0, -1,
		    _("binary file, not a text page; not read"));
		decode_result_free(&dr);
		return -1;
	}
	/* The bytes are decoded: a big page is not held twice from here. */
	if (opt->raw != NULL) {
		free(*opt->raw);
		*opt->raw = NULL;
	}
	pagetext_from_text(&page->text, dr.text, dr.len);
	page->text.charset = dr.charset;
	segment_page(page, &so, diags);
	return 0;
}

const struct loader loader_text = {
	"text",
	loader_text_probe,
	loader_text_load,
	NULL,		/* pages are split at form feeds */
};

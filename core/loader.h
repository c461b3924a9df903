/* SPDX-License-Identifier: ISC */
/* loader.h: the one small interface every input format fills the model
 * through.  Plain text pages first; NITF/NewsML, METS/ALTO and PDF later.
 *
 * A loader says whether it can read a file (by name and its first bytes),
 * and reads one page into struct page: text (for the proof view) and
 * articles.  Loaders report problems as diagnostics and never abort. */
#ifndef KANBAO_LOADER_H
#define KANBAO_LOADER_H

#include <stddef.h>

#include "model.h"

struct load_options {
	const char	*forced_charset;	/* --encoding, or NULL */
	const char	*charset_hint;		/* the publication's charset */
	const char	*lang_hint;		/* "zh", "en", or NULL */
	/* The file's bytes (buf is in them), the caller's to free: a loader
	 * that has made its own copy (decoded text) may free *raw and set it
	 * NULL, so that a big page is not held twice while it is segmented.
	 * NULL: not to be freed. */
	unsigned char	**raw;
};

struct loader {
	const char	*name;		/* "text", "nitf", "alto", "pdf" */
	/* Nonzero when the loader reads this file.  head holds its first
	 * bytes (up to n); path is for the suffix. */
	int		(*probe)(const char *path, const unsigned char *head,
			    size_t n);
	/* Fill page->text, page->meta and page->articles from the bytes of the
	 * page (for a single-file issue, only this page's part).  Returns 0,
	 * or -1 with a diagnostic when nothing could be read. */
	int		(*load)(struct page *page, const unsigned char *buf,
			    size_t n, const struct load_options *opt,
			    struct diag_list *diags);
	/* For a file that holds several pages (a PDF, a METS issue): how
	 * many, 0 with a diagnostic when it cannot tell.  NULL when a file's
	 * pages are split at form feeds.  page->part tells load which page. */
	int		(*parts)(const char *path, const unsigned char *buf,
			    size_t n, struct diag_list *diags);
};

/* The loader for a file, NULL when none claims it. */
const struct loader *loader_for(const char *path, const unsigned char *head,
	    size_t n);

extern const struct loader loader_text;
extern const struct loader loader_pdf;
extern const struct loader loader_nitf;
extern const struct loader loader_newsml;
extern const struct loader loader_alto;
extern const struct loader loader_mets;
extern const struct loader loader_wire;

#endif

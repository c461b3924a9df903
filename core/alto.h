/* SPDX-License-Identifier: ISC */
/* alto.h: reading one ALTO page (loader_alto.c), shared with the METS
 * loader, which knows the logical structure. */
#ifndef KANBAO_ALTO_H
#define KANBAO_ALTO_H

#include <stddef.h>

#include <libxml/tree.h>

#include "model.h"

/* What a text block (or line) is, from ALTO tags or a METS structMap. */
enum alto_role {
	ALTO_NONE,		/* untagged */
	ALTO_TITLE,		/* an article's headline */
	ALTO_SUBTITLE,
	ALTO_BYLINE,
	ALTO_BODY,		/* tagged as part of an article */
	ALTO_AD,		/* advertisement */
	ALTO_NOTICE,		/* weather, obituary, other layout tags */
	ALTO_PHOTO,		/* an illustration's caption */
	ALTO_META		/* masthead, newspaper title */
};

/* A block's place in the logical structure (METS): the ALTO file's ID
 * (NULL: any), the block (or line) id, the article it belongs to (1-based,
 * 0: none), its role and its paragraph (1-based, 0: the block is one).
 * Entries are in the structure's reading order. */
struct alto_map {
	char		*file;
	char		*block;
	int		 article;
	enum alto_role	 role;
	int		 para;
};

/* Fill page from an ALTO document; map (n entries, may be NULL; only this
 * page's) overrides the ALTO tags, and its articles are read in its order.
 * Returns 0, or -1 with a diagnostic. */
int	alto_read(struct page *page, xmlDocPtr doc, const struct alto_map *map,
	    size_t n_map, struct diag_list *diags);

#endif

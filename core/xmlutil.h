/* SPDX-License-Identifier: ISC */
/* xmlutil.h: libxml2 helpers the XML loaders share (NITF, NewsML, ALTO,
 * METS).
 *
 * Parsing is safe for files from anywhere: no network, no external DTDs,
 * entities are not expanded (XML_PARSE_NOENT is never set) and libxml2's
 * limits stay on (no XML_PARSE_HUGE).  Errors become diagnostics naming
 * the file and line.  Strings returned are malloc'd; caller frees. */
#ifndef KANBAO_XMLUTIL_H
#define KANBAO_XMLUTIL_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

#include "diag.h"
#include "pagebuild.h"

/* The document, or NULL with a diagnostic.  Free with xmlFreeDoc. */
xmlDocPtr	 xmlutil_parse(const unsigned char *buf, size_t n,
		    const char *path, struct diag_list *diags);
/* Whether the element's local name (namespace ignored) is name. */
bool		 xmlutil_is(const xmlNode *, const char *name);
/* The first child element, or descendant (depth first), so named. */
xmlNodePtr	 xmlutil_child(const xmlNode *, const char *name);
xmlNodePtr	 xmlutil_find(const xmlNode *, const char *name);
/* The next sibling element so named (NULL: any element). */
xmlNodePtr	 xmlutil_next(const xmlNode *, const char *name);
/* The text inside, white space collapsed to single spaces and trimmed;
 * elements named skip (may be NULL) left out.  NULL when empty. */
char		*xmlutil_text(const xmlNode *, const char *skip);
/* An attribute's value, NULL when absent. */
char		*xmlutil_attr(const xmlNode *, const char *name);
/* --- NITF bodies, shared by NITF and NewsML (loader_nitf.c) ---------- */

/* Read a NITF <body> (or an XHTML <body>, or a <body.content>) into the
 * article with index art (0-based) on pb: paragraphs, subheads (hl2, h2
 * …), lists; media captions become photo articles after it. */
void		 nitf_read_body(struct pagebuild *pb, size_t art,
		    const xmlNode *body);
/* One text line on the page for elem's text; sets *sp.  Returns the text
 * (caller frees) or NULL when empty. */
char		*xmlutil_line(struct pagebuild *pb, const xmlNode *elem,
		    const char *skip, struct span *sp);

#endif

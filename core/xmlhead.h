/* SPDX-License-Identifier: ISC */
/* xmlhead.h: which XML vocabulary a file's first bytes open with.  Needs
 * no XML library; anyone in core may include it. */
#ifndef KANBAO_XMLHEAD_H
#define KANBAO_XMLHEAD_H

#include <stdbool.h>
#include <stddef.h>

/* Whether the first bytes hold an element named root (after a BOM, the XML
 * declaration, comments and a DOCTYPE), with or without a prefix. */
bool	xmlhead_has(const unsigned char *head, size_t n, const char *root);

#endif

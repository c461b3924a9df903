/* SPDX-License-Identifier: ISC */
/* pubconf.h: the optional per-publication config file.
 *
 * ARCHIVE/PUBLICATION/publication.conf, lines of "key = value", '#' starts a
 * comment.  Keys: name (display name), charset (what its pages are stored
 * in when not UTF-8), lang (zh, en ...: a hint for segmentation).  Unknown
 * keys and malformed lines are warnings naming file and line. */
#ifndef KANBAO_PUBCONF_H
#define KANBAO_PUBCONF_H

#include "model.h"

#define PUBCONF_FILE "publication.conf"

/* Read dir/publication.conf into pub (name, charset, lang) when present. */
void	pubconf_read(struct publication *pub, const char *dir,
	    struct diag_list *diags);

#endif

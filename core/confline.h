/* SPDX-License-Identifier: ISC */
/* confline.h: the one comment rule of every kanbao config file (the
 * config, the system config, publication.conf, key files): a '#' at the
 * start of a line or after a blank begins a comment that runs to the end
 * of the line; a '#' inside a word (C#, kiosk-pin = 12#4) is text.
 * Core only: anyone may include this. */
#ifndef KANBAO_CONFLINE_H
#define KANBAO_CONFLINE_H

/* Cut line (in place) where its comment begins; returns line. */
char	*confline_strip_comment(char *line);

#endif

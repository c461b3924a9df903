/* SPDX-License-Identifier: ISC */
/* selfdir.h: an uninstalled build's data, found beside the binary. */
#ifndef KANBAO_SELFDIR_H
#define KANBAO_SELFDIR_H

/* The directory leaf beside the running binary when it is there (and
 * holds inside, when not NULL), else NULL.  Caller frees. */
char	*selfdir_find(const char *leaf, const char *inside);

#endif

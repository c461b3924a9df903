/* SPDX-License-Identifier: ISC */
/* termcheck.h: can the terminal and the locale show the reader? */
#ifndef KANBAO_TERMCHECK_H
#define KANBAO_TERMCHECK_H

/* 0 when TERM names a terminal that can move the cursor; else -1 after a
 * message on stderr saying why and what to do. */
int	termcheck_terminal(void);
/* NULL when the locale's character set shows every character (UTF-8,
 * GB18030), or when insist_utf8 and a UTF-8 LC_CTYPE could be set; else
 * the one-line warning for the status line.  Caller frees. */
char	*termcheck_locale(int insist_utf8);

#endif

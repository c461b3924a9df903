/* datecheck.h: whether what a reader typed is a date to look issues up by.
 * Core only: anyone may include this. */
#ifndef KANBAO_DATECHECK_H
#define KANBAO_DATECHECK_H

#include <stddef.h>

/* s as YYYY, YYYY-MM or YYYY-MM-DD with a month that exists and a day in
 * it (29 February in leap years only): NULL when it is one, else what is
 * wrong, in words for the status line ("the month is 13: 01 to 12"),
 * written into buf. */
const char *datecheck(const char *s, char *buf, size_t size);

#endif

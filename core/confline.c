/* SPDX-License-Identifier: ISC */
/* confline.c: where a comment begins in a config line (see confline.h). */
#include "config.h"

#include "confline.h"

char *
confline_strip_comment(char *line)
{
	char *p;

	for (p = line; *p != '\0'; p++)
		if (*p == '#' && (p == line || p[-1] == ' ' || p[-1] == '\t')) {
			*p = '\0';
			break;
		}
	return line;
}

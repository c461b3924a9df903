/* SPDX-License-Identifier: ISC */
/* xmlhead.c: telling XML formats apart by their first bytes, without an
 * XML library, so a build without libxml2 can still name what it cannot
 * read. */
#include "config.h"

#include <string.h>

#include "xmlhead.h"

/* Skip the XML declaration, comments, a DOCTYPE and white space. */
static size_t
xmlhead_skip_prolog(const unsigned char *h, size_t n)
{
	size_t i = 0;
	const unsigned char *end;

	if (n >= 3 && memcmp(h, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < n) {
		if (h[i] == ' ' || h[i] == '\t' || h[i] == '\r' || h[i] == '\n') {
			i++;
			continue;
		}
		if (h[i] != '<' || i + 1 >= n || (h[i + 1] != '?' && h[i + 1] != '!'))
			break;
		if (i + 3 < n && memcmp(h + i, "<!--", 4) == 0) {
			end = memmem(h + i, n - i, "-->", 3);
			if (end == NULL)
				return n;
			i = (size_t)(end - h) + 3;
		} else {
			end = memchr(h + i, '>', n - i);
			if (end == NULL)
				return n;
			i = (size_t)(end - h) + 1;
		}
	}
	return i;
}

bool
xmlhead_has(const unsigned char *head, size_t n, const char *root)
{
	size_t i = xmlhead_skip_prolog(head, n), k, len = strlen(root);

	if (i >= n || head[i] != '<')
		return false;
	/* Skip a namespace prefix: <g2:newsItem. */
	for (k = i + 1; k < n && k < i + 40 && head[k] != ':' && head[k] != ' ' &&
	    head[k] != '>'; k++)
		;
	if (k < n && head[k] == ':')
		i = k;
	return i + 1 + len <= n && memcmp(head + i + 1, root, len) == 0 &&
	    (i + 1 + len == n || strchr(" \t\r\n>/", head[i + 1 + len]) != NULL);
}


/* SPDX-License-Identifier: ISC */
/* pubconf.c: the per-publication config file (see pubconf.h). */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "confline.h"
#include "i18n.h"
#include "pubconf.h"
#include "readfile.h"
#include "xalloc.h"

static char *
pubconf_trim(char *s)
{
	char *e;

	while (isspace((unsigned char)*s))
		s++;
	e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = '\0';
	return s;
}

static void
pubconf_set(char **field, const char *value)
{
	free(*field);
	*field = xstrdup(value);
}

static void
pubconf_line(struct publication *pub, char *line, const char *path,
    unsigned long lineno, struct diag_list *diags)
{
	char *eq, *key, *value;

	line = pubconf_trim(confline_strip_comment(line));
	if (*line == '\0')
		return;
	if ((eq = strchr(line, '=')) == NULL) {
		diag_add(diags, DIAG_WARNING, path, lineno, -1,
		    _("expected 'key = value'"));
		return;
	}
	*eq = '\0';
	key = pubconf_trim(line);
	value = pubconf_trim(eq + 1);
	if (strcmp(key, "name") == 0)
		pubconf_set(&pub->name, value);
	else if (strcmp(key, "charset") == 0)
		pubconf_set(&pub->charset, value);
	else if (strcmp(key, "lang") == 0)
		pubconf_set(&pub->lang, value);
	else
		diag_add(diags, DIAG_WARNING, path, lineno, -1,
		    _("unknown key '%s'"), key);
}

void
pubconf_read(struct publication *pub, const char *dir, struct diag_list *diags)
{
	char *path = xasprintf("%s/%s", dir, PUBCONF_FILE);
	FILE *f = readfile_fopen(path);
	char buf[1024];
	unsigned long lineno = 0;

	if (f == NULL) {
		if (errno != ENOENT && diags != NULL)
			diag_add(diags, DIAG_WARNING, path, 0, -1,
			    "cannot read: %s", readfile_strerror(errno));
		free(path);
		return;
	}
	while (fgets(buf, sizeof buf, f)) {
		lineno++;
		pubconf_line(pub, buf, path, lineno, diags);
	}
	fclose(f);
	free(path);
}

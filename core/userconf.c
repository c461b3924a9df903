/* SPDX-License-Identifier: ISC */
/* userconf.c: the reader's config file, XDG paths, reading small files. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "strbuf.h"
#include "readfile.h"
#include "flags.h"
#include "confline.h"
#include "userconf.h"
#include "xalloc.h"

void
userconf_init(struct userconf *uc)
{
	memset(uc, 0, sizeof *uc);
	uc->keymap = xstrdup("default");
	uc->ambiguous = AMBIGUOUS_NARROW;
	uc->colour = 1;
	uc->mouse = 0;	/* the terminal's drag-to-copy works */
	uc->flags = FLAG_MASK_ALL;
	kiosk_conf_init(&uc->kiosk);
}

void
userconf_free(struct userconf *uc)
{
	free(uc->keymap);
	free(uc->archive);
	free(uc->database);
	kiosk_conf_free(&uc->kiosk);
	memset(uc, 0, sizeof *uc);
}

/* yes/no -> 1/0, anything else -1. */
static int
userconf_bool(const char *v)
{
	if (strcmp(v, "yes") == 0 || strcmp(v, "true") == 0 || strcmp(v, "on") == 0)
		return 1;
	if (strcmp(v, "no") == 0 || strcmp(v, "false") == 0 || strcmp(v, "off") == 0)
		return 0;
	return -1;
}

static int
userconf_ambiguous(const char *v, enum ambiguous_width *out)
{
	if (strcmp(v, "narrow") == 0)
		*out = AMBIGUOUS_NARROW;
	else if (strcmp(v, "wide") == 0)
		*out = AMBIGUOUS_WIDE;
	else if (strcmp(v, "auto") == 0)
		*out = AMBIGUOUS_AUTO;
	else
		return -1;
	return 0;
}

/* A copy of a path value with a leading ~/ made $HOME/ (not in the
 * system config, which must not depend on who runs kanbao). */
static char *
userconf_path(const struct userconf *uc, const char *v)
{
	const char *home = getenv("HOME");

	if (v[0] == '~' && v[1] == '/' && home != NULL && !uc->system)
		return xasprintf("%s%s", home, v + 1);
	return xstrdup(v);
}

/* Apply key = value; returns an error message or NULL. */
static const char *
userconf_set(struct userconf *uc, const char *key, const char *v)
{
	int b;

	if (kiosk_conf_is_key(key)) {
		if (!uc->system)
			return _("kiosk settings are read from the system-wide config only");
		return kiosk_conf_set(&uc->kiosk, key, v);
	}
	if (strcmp(key, "keymap") == 0) {
		free(uc->keymap);
		uc->keymap = userconf_path(uc, v);
	} else if (strcmp(key, "database") == 0) {
		/* A kiosk reads the system config only: there the string
		 * (and its password) is the administrator's alone. */
		free(uc->database);
		uc->database = xstrdup(v);
	} else if (strcmp(key, "archive") == 0) {
		free(uc->archive);
		uc->archive = userconf_path(uc, v);
	} else if (strcmp(key, "ambiguous-width") == 0) {
		if (userconf_ambiguous(v, &uc->ambiguous) != 0)
			return _("ambiguous-width must be narrow, wide or auto");
	} else if (strncmp(key, "colour-", 7) == 0 || strncmp(key, "color-", 6) == 0) {
		return theme_set(&uc->theme, key + (key[4] == 'r' ? 6 : 7), v);
	} else if (strcmp(key, "colour") == 0 || strcmp(key, "color") == 0) {
		if ((b = userconf_bool(v)) < 0)
			return _("colour must be yes or no");
		uc->colour = b;
	} else if (strcmp(key, "mouse") == 0) {
		if ((b = userconf_bool(v)) < 0)
			return _("mouse must be yes or no");
		uc->mouse = b;
	} else if (strcmp(key, "charset") == 0) {
		if (strcasecmp(v, "utf-8") == 0 || strcasecmp(v, "utf8") == 0)
			uc->utf8 = 1;
		else if (strcmp(v, "auto") == 0)
			uc->utf8 = 0;
		else
			return _("charset must be auto or utf-8");
	} else if (strcmp(key, "linear") == 0) {
		if ((b = userconf_bool(v)) < 0)
			return _("linear must be yes or no");
		uc->linear = b;
	} else if (strcmp(key, "flags") == 0) {
		char *bad = NULL;
		unsigned m = flag_mask_parse(v, &bad);
		int unknown = bad != NULL;

		free(bad);
		if (unknown)
			return _("flags: unknown kind (known: doubled, unbalanced, "
			    "halfwidth, mixed-width, repeat, jump-target, no-byline, "
			    "dropped-space)");
		uc->flags = m;
	} else
		return _("unknown setting");
	return NULL;
}

/* s without leading and trailing blanks (in place). */
static char *
userconf_trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t' || *s == '\r')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		*--e = '\0';
	return s;
}

/* One line (modified in place); returns 0, or -1 after a warning. */
static int
userconf_line(struct userconf *uc, char *line, const char *file,
    unsigned long lineno, struct diag_list *dl)
{
	char *eq, *key, *v;
	const char *err;

	key = userconf_trim(confline_strip_comment(line));
	if (*key == '\0')
		return 0;
	if ((eq = strchr(key, '=')) == NULL) {
		diag_add(dl, DIAG_WARNING, file, lineno, -1, _("expected 'key = value'"));
		return -1;
	}
	*eq = '\0';
	key = userconf_trim(key);
	v = userconf_trim(eq + 1);
	if ((err = userconf_set(uc, key, v)) != NULL) {
		diag_add(dl, DIAG_WARNING, file, lineno, -1, "%s: '%s'", err, key);
		return -1;
	}
	return 0;
}

size_t
userconf_parse(struct userconf *uc, const char *text, size_t len,
    const char *file, struct diag_list *dl)
{
	size_t bad = 0, start = 0, end;
	unsigned long lineno = 0;

	while (start < len) {
		char *line;

		for (end = start; end < len && text[end] != '\n'; end++)
			;
		line = xstrndup(text + start, end - start);
		if (userconf_line(uc, line, file, ++lineno, dl) != 0)
			bad++;
		free(line);
		start = end + 1;
	}
	return bad;
}

long
userconf_load(struct userconf *uc, const char *path, struct diag_list *dl)
{
	size_t len, bad;
	char *text = userconf_read_file(path, &len);

	if (text == NULL) {
		if (errno == ENOENT)
			return 0;
		diag_add(dl, DIAG_WARNING, path, 0, -1, "cannot read: %s",
		    strerror(errno));
		return -1;
	}
	bad = userconf_parse(uc, text, len, path, dl);
	free(text);
	return (long)bad;
}

/* $var/kanbao/leaf if var is set and absolute, else $HOME/fallback/kanbao/leaf. */
static char *
userconf_xdg_path(const char *var, const char *fallback, const char *leaf)
{
	const char *dir = getenv(var), *home = getenv("HOME");

	if (dir != NULL && dir[0] == '/')
		return xasprintf("%s/kanbao/%s", dir, leaf);
	if (home == NULL || home[0] == '\0')
		return NULL;
	return xasprintf("%s/%s/kanbao/%s", home, fallback, leaf);
}

char *
userconf_config_path(const char *leaf)
{
	return userconf_xdg_path("XDG_CONFIG_HOME", ".config", leaf);
}

char *
userconf_data_path(const char *leaf)
{
	return userconf_xdg_path("XDG_DATA_HOME", ".local/share", leaf);
}

char *
userconf_cache_path(const char *leaf)
{
	return userconf_xdg_path("XDG_CACHE_HOME", ".cache", leaf);
}

char *
userconf_read_file(const char *path, size_t *len)
{
	struct strbuf b = STRBUF_INIT;
	char buf[8192];
	size_t n;
	FILE *f = readfile_fopen(path);
	int err;

	if (f == NULL)
		return NULL;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		strbuf_add(&b, buf, n);
	err = ferror(f) ? EIO : 0;
	fclose(f);
	if (err) {
		strbuf_free(&b);
		errno = err;
		return NULL;
	}
	*len = b.len;
	if (b.s == NULL)
		strbuf_adds(&b, "");
	return strbuf_take(&b);
}

/* SPDX-License-Identifier: ISC */
/* keymap.c: key names, bindings and the keymap file parser. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "confline.h"
#include "i18n.h"
#include "keymap.h"
#include "strbuf.h"
#include "userconf.h"
#include "xalloc.h"

#include "core/default_keys.h"	/* generated from keymaps/NAME.keys */

const char *const keymap_builtin_names[] = { "default", "vi", "emacs", NULL };

const char *
keymap_builtin(const char *name)
{
	if (strcmp(name, "default") == 0)
		return keymap_text_default;
	if (strcmp(name, "vi") == 0)
		return keymap_text_vi;
	if (strcmp(name, "emacs") == 0)
		return keymap_text_emacs;
	return NULL;
}

void
keymap_init(struct keymap *km)
{
	memset(km, 0, sizeof *km);
}

void
keymap_free(struct keymap *km)
{
	size_t i;

	for (i = 0; i < km->n; i++)
		free(km->b[i].key);
	free(km->b);
	memset(km, 0, sizeof *km);
}

/* --- key names ----------------------------------------------------------- */

/* Named keys: canonical spelling first, then accepted aliases. */
static const char *const keymap_named[][3] = {
	{ "Space", "Spc", NULL }, { "Enter", "Return", "RET" },
	{ "Tab", NULL, NULL }, { "BTab", "S-Tab", "BackTab" },
	{ "Esc", "Escape", NULL }, { "Backspace", "BS", NULL },
	{ "Delete", "Del", NULL }, { "Insert", "Ins", NULL },
	{ "Up", NULL, NULL }, { "Down", NULL, NULL },
	{ "Left", NULL, NULL }, { "Right", NULL, NULL },
	{ "PageUp", "PgUp", "PPage" }, { "PageDown", "PgDn", "NPage" },
	{ "Home", NULL, NULL }, { "End", NULL, NULL }, { "Hash", NULL, NULL },
};

/* Bytes in the UTF-8 sequence starting with b (1 for invalid). */
static size_t
keymap_u8len(unsigned char b)
{
	if (b >= 0xf0 && b < 0xf8)
		return 4;
	if (b >= 0xe0)
		return b < 0xf0 ? 3 : 1;
	if (b >= 0xc2)
		return 2;
	return 1;
}

/* True when s is exactly one printable character other than space and '#'. */
static int
keymap_is_char(const char *s)
{
	unsigned char b = (unsigned char)s[0];
	size_t n = keymap_u8len(b), i;

	if (b <= ' ' || b == 0x7f || b == '#' || (b >= 0x80 && n == 1))
		return 0;
	for (i = 1; i < n; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			return 0;
	return s[n] == '\0';
}

static char *
keymap_named_canon(const char *name)
{
	size_t i, j;
	long f;
	char *end;

	for (i = 0; i < sizeof keymap_named / sizeof keymap_named[0]; i++)
		for (j = 0; j < 3 && keymap_named[i][j]; j++)
			if (strcasecmp(name, keymap_named[i][j]) == 0)
				return xstrdup(keymap_named[i][0]);
	if ((name[0] == 'F' || name[0] == 'f') && name[1] >= '1' && name[1] <= '9') {
		f = strtol(name + 1, &end, 10);
		if (*end == '\0' && f >= 1 && f <= 24)
			return xasprintf("F%ld", f);
	}
	return NULL;
}

char *
keymap_key_canon(const char *name)
{
	char *rest;

	if (name[0] >= '0' && name[0] <= '9' && name[1] == '\0')
		return NULL;	/* digits type a count */
	if (keymap_is_char(name))
		return xstrdup(name);
	if ((name[0] == 'C' || name[0] == 'c') && name[1] == '-' &&
	    name[2] != '\0' && name[3] == '\0') {
		char c = name[2];

		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if ((c >= 'a' && c <= 'z') || (c != '[' && strchr("[\\]^_", c)))
			return xasprintf("C-%c", c);
		return NULL;
	}
	if ((name[0] == 'M' || name[0] == 'm') && name[1] == '-' && name[2] != '\0') {
		if ((rest = keymap_key_canon(name + 2)) == NULL)
			return NULL;
		name = xasprintf("M-%s", rest);
		free(rest);
		return (char *)name;
	}
	return keymap_named_canon(name);
}

/* --- bindings ------------------------------------------------------------ */

static struct keymap_binding *
keymap_find(const struct keymap *km, const char *key)
{
	size_t i;

	for (i = 0; i < km->n; i++)
		if (strcmp(km->b[i].key, key) == 0)
			return &km->b[i];
	return NULL;
}

int
keymap_bind(struct keymap *km, const char *key, enum action a)
{
	char *canon = keymap_key_canon(key);
	struct keymap_binding *b;

	if (canon == NULL)
		return -1;
	if ((b = keymap_find(km, canon)) != NULL) {
		size_t i = (size_t)(b - km->b);

		free(b->key);	/* rebinding moves the key to the end */
		memmove(b, b + 1, (km->n - i - 1) * sizeof *b);
		km->n--;
	}
	if (a == ACTION_NONE) {
		free(canon);
		return 0;
	}
	km->b = xgrow(km->b, &km->cap, km->n + 1, sizeof *km->b);
	km->b[km->n].key = canon;
	km->b[km->n++].action = a;
	return 0;
}

enum action
keymap_lookup(const struct keymap *km, const char *key)
{
	const struct keymap_binding *b = keymap_find(km, key);

	return b ? b->action : ACTION_NONE;
}

char *
keymap_keys_for(const struct keymap *km, enum action a)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i;

	for (i = 0; i < km->n; i++) {
		if (km->b[i].action != a)
			continue;
		if (sb.len > 0)
			strbuf_adds(&sb, ", ");
		strbuf_adds(&sb, km->b[i].key);
	}
	return sb.len ? strbuf_take(&sb) : NULL;
}

/* --- the file format ------------------------------------------------------ */

#define KEYMAP_MAX_WORDS 4

/* Split line (in place) into at most max words; '#' starting a word ends
 * the line.  Returns the count, or max + 1 when there are more. */
static int
keymap_words(char *line, char **w, int max)
{
	int n = 0;
	char *p = confline_strip_comment(line);

	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\r')
			p++;
		if (*p == '\0')
			return n;
		if (n == max)
			return max + 1;
		w[n++] = p;
		while (*p != '\0' && *p != ' ' && *p != '\t' && *p != '\r')
			p++;
		if (*p != '\0')
			*p++ = '\0';
	}
}

/* One statement; returns NULL or what is wrong with it. */
static const char *
keymap_statement(struct keymap *km, char **w, int n, char **detail)
{
	enum action a;

	if (strcmp(w[0], "unbind") == 0) {
		if (n != 2)
			return _("expected 'unbind KEY'");
		return keymap_bind(km, w[1], ACTION_NONE) ? _("unknown key name") : NULL;
	}
	if (strcmp(w[0], "bind") != 0)
		return _("unknown statement (expected bind or unbind)");
	if (n != 3)
		return _("expected 'bind KEY ACTION'");
	if ((a = action_from_name(w[2])) == ACTION_NONE && strcmp(w[2], "none") != 0) {
		*detail = w[2];
		return _("unknown action");
	}
	*detail = w[1];
	return keymap_bind(km, w[1], a) ? _("unknown key name") : NULL;
}

size_t
keymap_parse(struct keymap *km, const char *text, size_t len,
    const char *file, struct diag_list *dl)
{
	size_t start = 0, end, bad = 0;
	unsigned long lineno = 0;
	char *w[KEYMAP_MAX_WORDS], *line, *detail;
	const char *err;
	int n;

	for (; start < len; start = end + 1) {
		for (end = start; end < len && text[end] != '\n'; end++)
			;
		lineno++;
		line = xstrndup(text + start, end - start);
		detail = NULL;
		err = NULL;
		if ((n = keymap_words(line, w, KEYMAP_MAX_WORDS - 1)) > 0)
			err = n > KEYMAP_MAX_WORDS - 1 ? _("too many words") :
			    keymap_statement(km, w, n, &detail);
		if (err != NULL) {
			bad++;
			diag_add(dl, DIAG_WARNING, file, lineno, -1, "%s%s%s%s", err,
			    detail ? " '" : "", detail ? detail : "", detail ? "'" : "");
		}
		free(line);
	}
	return bad;
}

long
keymap_load_file(struct keymap *km, const char *path, struct diag_list *dl)
{
	size_t len, bad;
	char *text = userconf_read_file(path, &len);

	if (text == NULL) {
		diag_add(dl, DIAG_WARNING, path, 0, -1, _("cannot read keymap: %s"),
		    strerror(errno));
		return -1;
	}
	bad = keymap_parse(km, text, len, path, dl);
	free(text);
	return (long)bad;
}

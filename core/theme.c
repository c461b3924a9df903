/* theme.c: colours from the config (see theme.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "theme.h"

static const char *const theme_names[] = {
#define KANBAO_THEME_STR(e, n, h) n,
	KANBAO_THEME_NAMES(KANBAO_THEME_STR)
#undef KANBAO_THEME_STR
};

const char *
theme_name(enum theme_name t)
{
	return (unsigned)t < THEME__COUNT ? theme_names[t] : NULL;
}

int
theme_lookup(const char *name)
{
	int i;

	for (i = 0; i < THEME__COUNT; i++)
		if (strcmp(theme_names[i], name) == 0)
			return i;
	return -1;
}

/* A colour word: 0-7 for the names, 0-255 for a number, THEME_DEFAULT;
 * -2 when it is none. */
static int
theme_colour(const char *w)
{
	static const char *const names[] = { "black", "red", "green", "yellow",
	    "blue", "magenta", "cyan", "white" };
	char *end;
	long n;
	int i;

	if (strcmp(w, "default") == 0)
		return THEME_DEFAULT;
	for (i = 0; i < 8; i++)
		if (strcmp(w, names[i]) == 0)
			return i;
	if (w[0] >= '0' && w[0] <= '9') {
		n = strtol(w, &end, 10);
		if (*end == '\0' && n <= 255)
			return (int)n;
	}
	return -2;
}

const char *
theme_set(struct theme *th, const char *name, const char *value)
{
	struct theme_style st = { 1, THEME_DEFAULT, THEME_DEFAULT, 0 };
	char buf[256], *w, *save = NULL;
	int idx = theme_lookup(name), c, want_bg = 0, have_fg = 0;

	if (idx < 0)
		return "unknown colour name (see kanbao.conf(5): title, headline, ...)";
	if (strlen(value) >= sizeof buf)
		return "colour value too long";
	strcpy(buf, value);
	for (w = strtok_r(buf, " \t", &save); w != NULL; w = strtok_r(NULL, " \t", &save)) {
		if (strcmp(w, "on") == 0) {
			if (want_bg)
				return "colour: 'on' twice";
			want_bg = 1;
			continue;
		}
		if (strcmp(w, "bold") == 0)
			st.attrs |= THEME_A_BOLD;
		else if (strcmp(w, "underline") == 0)
			st.attrs |= THEME_A_UNDERLINE;
		else if (strcmp(w, "reverse") == 0)
			st.attrs |= THEME_A_REVERSE;
		else if (strcmp(w, "dim") == 0)
			st.attrs |= THEME_A_DIM;
		else if ((c = theme_colour(w)) == -2)
			return "colour: not a colour or attribute (black red green "
			    "yellow blue magenta cyan white default 0-255 bold "
			    "underline reverse dim)";
		else if (want_bg == 1) {
			st.bg = (short)c;
			want_bg = 2;
		} else if (!have_fg && want_bg == 0) {
			st.fg = (short)c;
			have_fg = 1;
		} else
			return "colour: one foreground, then 'on' and one background";
	}
	if (want_bg == 1)
		return "colour: 'on' wants a background colour";
	th->styles[idx] = st;
	return NULL;
}

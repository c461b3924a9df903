/* SPDX-License-Identifier: ISC */
/* keymap.h: key names -> actions, read from keymap files.
 *
 * A keymap file has one statement a line:
 *	bind KEY ACTION		# KEY now does ACTION (replacing what it did)
 *	unbind KEY
 * '#' starts a comment.  Keys are named, not coded: j, G, C-d, M-v, Space,
 * Enter, Tab, BTab, Esc, Backspace, Up, PageDown, Home, F1, Hash ...; the
 * terminal front end turns key codes into these names.  A bad line is a
 * warning (file:line) and the rest of the file still loads.
 *
 * The built-in keymaps are the shipped files keymaps/{default,vi,emacs}.keys,
 * compiled in at build time.  Core only: never includes curses. */
#ifndef KANBAO_KEYMAP_H
#define KANBAO_KEYMAP_H

#include <stddef.h>

#include "actions.h"
#include "diag.h"

struct keymap_binding {
	char		*key;		/* canonical name */
	enum action	 action;
};

/* Bindings in the order they were made; owns its strings. */
struct keymap {
	struct keymap_binding *b;
	size_t		 n;
	size_t		 cap;
};

void	keymap_init(struct keymap *);
void	keymap_free(struct keymap *);

/* The canonical spelling of a key name ("c-D" -> "C-d", "pgdn" ->
 * "PageDown"), or NULL when name is not a key.  Caller frees. */
char	*keymap_key_canon(const char *name);
/* Bind key (any spelling keymap_key_canon accepts) to a; ACTION_NONE
 * unbinds.  Returns -1 when key is not a key name. */
int	keymap_bind(struct keymap *, const char *key, enum action a);
/* What key (a canonical name) does; ACTION_NONE when unbound. */
enum action keymap_lookup(const struct keymap *, const char *key);
/* The keys bound to a, in binding order, joined by ", ".  Caller frees;
 * NULL when none. */
char	*keymap_keys_for(const struct keymap *, enum action a);

/* Read keymap statements from text (len bytes); file names it in
 * diagnostics.  Returns the number of bad lines. */
size_t	keymap_parse(struct keymap *, const char *text, size_t len,
	    const char *file, struct diag_list *);
/* The same from a file.  Returns -1 (and a diagnostic) when it cannot be
 * read, else the number of bad lines. */
long	keymap_load_file(struct keymap *, const char *path, struct diag_list *);

/* The text of a built-in keymap ("default", "vi", "emacs"), or NULL. */
const char *keymap_builtin(const char *name);
/* Every built-in keymap's name, NULL-terminated. */
extern const char *const keymap_builtin_names[];

#endif

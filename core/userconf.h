/* SPDX-License-Identifier: ISC */
/* userconf.h: the reader's config file and where per-user files live.
 *
 * $XDG_CONFIG_HOME/kanbao/config (else ~/.config/kanbao/config), lines of
 * "key = value", '#' starts a comment:
 *	keymap = default | vi | emacs | PATH
 *	ambiguous-width = narrow | wide | auto
 *	colour = yes | no		(color is accepted too)
 *	mouse = yes | no
 *	archive = PATH
 *	flags = all | none | KIND ... | -KIND ...	(flags.h)
 *	charset = auto | utf-8		(utf-8: the terminal takes UTF-8,
 *					 whatever the locale says)
 *	linear = yes | no		(the reader for screen readers)
 *	colour-NAME = [FG] [on BG] [bold] ...		(theme.h)
 * Unknown keys and bad values are warnings (file:line); parsing goes on.
 *
 * The system-wide config (KANBAO_SYSCONFDIR/kanbao/kanbao.conf) has the
 * same format and is read first; only it may hold the kiosk settings
 * (kiosk.h), and there ~ is not expanded: it must not depend on HOME.
 *
 * Named userconf, not config: config.h is autoconf's.  Core only. */
#ifndef KANBAO_USERCONF_H
#define KANBAO_USERCONF_H

#include <stddef.h>

#include "diag.h"
#include "kiosk.h"
#include "layout.h"
#include "theme.h"

struct userconf {
	char		*keymap;	/* built-in name or a path */
	enum ambiguous_width ambiguous;
	int		 colour;	/* 1: use colours when the terminal has them */
	int		 mouse;		/* 1: ask the terminal for mouse events (0) */
	char		*archive;	/* NULL: none set */
	char		*database;	/* database = URI (archive_db.h), NULL: none */
	unsigned	 flags;		/* the flag kinds shown (flags.h mask) */
	int		 utf8;		/* charset = utf-8: insist on UTF-8 */
	int		 linear;	/* linear = yes: one pane, no decoration */
	struct theme	 theme;		/* colour-NAME settings */
	struct kiosk_conf kiosk;	/* from the system config only */
	int		 system;	/* 1 while the system config is parsed */
};

void	userconf_init(struct userconf *);	/* the defaults */
void	userconf_free(struct userconf *);
/* Read settings from text (len bytes); file names it in diagnostics.
 * Returns the number of bad lines. */
size_t	userconf_parse(struct userconf *, const char *text, size_t len,
	    const char *file, struct diag_list *);
/* The same from a file.  A missing file is not an error (returns 0); one
 * that cannot be read returns -1 with a diagnostic. */
long	userconf_load(struct userconf *, const char *path, struct diag_list *);

/* $XDG_CONFIG_HOME/kanbao/leaf, else $HOME/.config/kanbao/leaf; NULL when
 * neither variable is set.  Caller frees. */
char	*userconf_config_path(const char *leaf);
/* $XDG_DATA_HOME/kanbao/leaf, else $HOME/.local/share/kanbao/leaf; NULL when
 * neither is set.  Caller frees. */
char	*userconf_data_path(const char *leaf);
/* $XDG_CACHE_HOME/kanbao/leaf, else $HOME/.cache/kanbao/leaf; NULL when
 * neither is set.  Caller frees. */
char	*userconf_cache_path(const char *leaf);
/* The whole file, NUL-terminated, length in *len.  NULL with errno set on
 * failure.  Caller frees. */
char	*userconf_read_file(const char *path, size_t *len);

#endif

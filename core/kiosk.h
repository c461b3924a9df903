/* kiosk.h: kiosk mode's settings and restrictions.
 *
 * In kiosk mode (kanbao --kiosk, or "kiosk = yes" in the system-wide
 * config) everything in the list below is restricted unless the system
 * config's kiosk-allow names it, as lynx's -restrictions or less's
 * LESSSECURE_ALLOW.  The settings are read from the system-wide config
 * only (userconf.c refuses them elsewhere):
 *	kiosk = yes | no
 *	kiosk-archive = PATH		the only archive the reader opens
 *	kiosk-idle = SECONDS		forget the session after this (300)
 *	kiosk-pin = DIGITS		staff PIN to leave
 *	kiosk-exit-keys = KEY KEY ...	staff key sequence to leave
 *	kiosk-allow = NAME,NAME ...	restrictions lifted
 * Core only: no curses, no printing. */
#ifndef KANBAO_KIOSK_H
#define KANBAO_KIOSK_H

#include <stddef.h>

/* X(ENUM, "name", "what it stops") */
#define KANBAO_RESTRICTIONS(X)						\
	X(EDITOR, "editor", "edit-source running $VISUAL or $EDITOR (through /bin/sh)") \
	X(SUSPEND, "suspend", "Ctrl-Z and SIGTSTP suspending the reader") \
	X(INTERRUPT, "interrupt", "Ctrl-C, Ctrl-\\, SIGINT and SIGQUIT ending the reader") \
	X(QUIT, "quit", "quit leaving the reader without the staff PIN or keys") \
	X(WRITE, "write", "files written: bookmarks, search history, notes, reading positions") \
	X(USER_CONFIG, "user-config", "the config, keys and proofreading notes of HOME and XDG_*") \
	X(OPEN_PATH, "open-path", "a PATH operand opening anything but kiosk-archive") \
	X(OUTSIDE_ARCHIVE, "outside-archive", "following a symlink or reference out of the archive") \
	X(PATHS, "paths", "internal paths shown: the archive's location, the problems list, the proof view's file names") \
	X(CLI, "cli", "the non-interactive options (--list, --dump, --export, the bookmark options ...)")

enum kiosk_restriction {
#define KANBAO_RESTRICTION_ENUM(e, n, h) KIOSK_##e,
	KANBAO_RESTRICTIONS(KANBAO_RESTRICTION_ENUM)
#undef KANBAO_RESTRICTION_ENUM
	KIOSK__COUNT
};

#define KIOSK_IDLE_DEFAULT	300	/* seconds */
#define KIOSK_PIN_MAX		32	/* digits */
#define KIOSK_EXIT_KEYS_MAX	16	/* keys in the staff sequence */

struct kiosk_conf {
	int		 on;		/* kiosk = yes (or a bad value: fail closed) */
	char		*archive;	/* NULL: none set */
	long		 idle;		/* seconds; 0: never */
	char		*pin;		/* digits, NULL: none */
	char		**exit_keys;	/* key names, NULL: none */
	size_t		 n_exit_keys;
	unsigned	 allow;		/* bit per kiosk_restriction lifted */
};

void	kiosk_conf_init(struct kiosk_conf *);
void	kiosk_conf_free(struct kiosk_conf *);
/* Whether key is a kiosk setting ("kiosk" or "kiosk-..."). */
int	kiosk_conf_is_key(const char *key);
/* Apply a kiosk setting; NULL, or an error message (the setting is then
 * left as it was, except that a bad "kiosk" value turns kiosk mode on). */
const char *kiosk_conf_set(struct kiosk_conf *, const char *key, const char *value);
/* Whether kiosk mode keeps r from happening (kiosk on: unless allowed). */
int	kiosk_restricts(const struct kiosk_conf *, int on, enum kiosk_restriction);

/* "editor"; NULL out of range. */
const char *kiosk_restriction_name(enum kiosk_restriction);
const char *kiosk_restriction_help(enum kiosk_restriction);
/* Parse a comma (or blank) separated list of restriction names into a
 * mask; returns 0, or -1 with the first unknown name in *bad (caller
 * frees). */
int	kiosk_allow_parse(const char *list, unsigned *mask, char **bad);
/* The staff exit keys: pos keys of the sequence were typed last; key is
 * typed.  Returns how many of the sequence's keys were typed last now
 * (n_exit_keys: the whole sequence). */
size_t	kiosk_exit_step(const struct kiosk_conf *, size_t pos, const char *key);
/* Whether typed equals the PIN, in time that does not depend on where
 * they first differ. */
int	kiosk_pin_ok(const struct kiosk_conf *, const char *typed);

#endif

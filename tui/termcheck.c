/* SPDX-License-Identifier: ISC */
/* termcheck.c: whether the terminal and the locale can show the reader,
 * checked before the screen is opened.
 *
 * A terminal that cannot move the cursor (TERM=dumb) or that the terminal
 * database does not know would get a blank or garbled screen: refused
 * with a message instead.  The locale's character set is what curses
 * writes: UTF-8 and GB18030 hold every character (text is handed to
 * curses as wide characters, so a GB18030 terminal gets GB18030); any
 * other (C, POSIX, Latin-1, GBK, Big5) would turn Chinese into ~X, so the
 * reader says so in one line, unless told that the terminal takes UTF-8
 * anyway (--utf8, charset = utf-8): then LC_CTYPE becomes a UTF-8 one. */
#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "cli.h"
#include "i18n.h"
#include "screen.h"
#include "termcheck.h"
#include "xalloc.h"


int
termcheck_terminal(void)
{
	const char *term = getenv("TERM");

	if (term == NULL || term[0] == '\0') {
		cli_error(_("TERM is not set: the reader needs to know the terminal "
		    "(for instance TERM=xterm-256color); --list and --dump need none"));
		return -1;
	}
	switch (screen_terminal_kind(term)) {
	case SCREEN_TERM_UNKNOWN:
		cli_error(_("unknown terminal type '%s' (TERM): set TERM to one the "
		    "terminal database knows (toe -a lists them); --list and "
		    "--dump need none"), term);
		return -1;
	case SCREEN_TERM_NO_CURSOR:
		cli_error(_("the terminal '%s' (TERM) cannot move the cursor, which "
		    "the reader needs; --list and --dump work on any terminal"), term);
		return -1;
	case SCREEN_TERM_OK:
		break;
	}
	return 0;
}

/* Whether codeset holds every character. */
static int
termcheck_full(const char *codeset)
{
	return strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0 ||
	    strcasecmp(codeset, "GB18030") == 0;
}

char *
termcheck_locale(int insist_utf8)
{
	static const char *const utf8[] = { "C.UTF-8", "C.utf8", "en_US.UTF-8" };
	const char *codeset = nl_langinfo(CODESET), *name;
	size_t i;

	if (termcheck_full(codeset))
		return NULL;
	if (insist_utf8) {
		for (i = 0; i < sizeof utf8 / sizeof utf8[0]; i++)
			if (setlocale(LC_CTYPE, utf8[i]) != NULL &&
			    termcheck_full(nl_langinfo(CODESET)))
				return NULL;
		return xasprintf(_("--utf8: no UTF-8 locale is installed here "
		    "(locale -a lists them)"));
	}
	name = setlocale(LC_CTYPE, NULL);
	return xasprintf(_("Locale %s cannot show this text: set LANG=C.UTF-8 "
	    "or run kanbao --utf8"), name ? name : codeset);
}

/* SPDX-License-Identifier: ISC */
/* i18n.h: marking what the user reads for translation (gettext).
 *
 * _("...") is translated where it is used; N_("...") only marks a string
 * (a table entry, a core diagnostic's format) that is translated where it
 * is shown.  core/ never prints: its diagnostics are translated when they
 * are made, in the process's language, and tui/ shows them.  Output for
 * scripts (--list's kinds, --dump's labels, --explain, --export's JSON,
 * the files kanbao writes) stays in English: it is an interface. */
#ifndef KANBAO_I18N_H
#define KANBAO_I18N_H

#include <libintl.h>

#define _(s)	gettext(s)
#define N_(s)	(s)

#endif

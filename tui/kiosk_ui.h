/* kiosk_ui.h: kiosk mode in the reader (kiosk.c; the rules are in
 * core/kiosk.h). */
#ifndef KANBAO_KIOSK_UI_H
#define KANBAO_KIOSK_UI_H

#include "reader.h"

/* The system config's path.  Caller frees. */
char	*kiosk_sysconf_path(void);
/* Read the system config into uc (kiosk settings allowed there only). */
void	kiosk_load_system(struct userconf *, struct diag_list *);
/* Refuse an action kiosk mode stops, with a message: 1 when refused. */
int	kiosk_refuses(struct reader *, enum action);
/* quit in kiosk mode: the staff PIN, or a message. */
void	kiosk_quit(struct reader *);
/* Follow the staff exit key sequence: 1 when key completes it. */
int	kiosk_exit_key(struct reader *, const char *key);
/* Forget the session's searches, bookmarks and places; go home.  idle:
 * after the idle time (for the message). */
void	kiosk_end_session(struct reader *, int idle);

#endif

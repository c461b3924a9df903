/* message.h: the status line's one-off messages and their log. */
#ifndef KANBAO_MESSAGE_H
#define KANBAO_MESSAGE_H

#include "reader.h"

/* Say something in the status line until the next key. */
void	reader_message(struct reader *, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));

/* Forget the log (the end, or a kiosk session's end). */
void	message_log_free(struct reader *);

#endif

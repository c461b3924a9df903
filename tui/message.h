/* message.h: the status line's one-off messages. */
#ifndef KANBAO_MESSAGE_H
#define KANBAO_MESSAGE_H

#include "reader.h"

/* Say something in the status line until the next key. */
void	reader_message(struct reader *, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));

#endif

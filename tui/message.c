/* SPDX-License-Identifier: ISC */
/* message.c: the status line's one-off messages, and the log that keeps
 * them whole (a message too long for the status line is cut there with a
 * sign saying so; message-log shows it all). */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "message.h"
#include "xalloc.h"

#define MESSAGE_LOG_MAX	200	/* messages kept; the oldest go first */

static void
message_log_add(struct reader *r, const char *msg)
{
	if (r->n_msg_log > 0 && strcmp(r->msg_log[r->n_msg_log - 1], msg) == 0)
		return;		/* the same again (a key held down) */
	if (r->n_msg_log == MESSAGE_LOG_MAX) {
		free(r->msg_log[0]);
		memmove(r->msg_log, r->msg_log + 1,
		    (MESSAGE_LOG_MAX - 1) * sizeof *r->msg_log);
		r->n_msg_log--;
	}
	if (r->msg_log == NULL)
		r->msg_log = xcalloc(MESSAGE_LOG_MAX, sizeof *r->msg_log);
	r->msg_log[r->n_msg_log++] = xstrdup(msg);
}

void
reader_message(struct reader *r, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	free(r->message);
	r->message = msg;
	message_log_add(r, msg);
}

void
message_log_free(struct reader *r)
{
	size_t i;

	for (i = 0; i < r->n_msg_log; i++)
		free(r->msg_log[i]);
	free(r->msg_log);
	r->msg_log = NULL;
	r->n_msg_log = 0;
}

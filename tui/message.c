/* message.c: the status line's one-off messages. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "message.h"
#include "strbuf.h"

void
reader_message(struct reader *r, const char *fmt, ...)
{
	va_list ap;
	struct strbuf sb = STRBUF_INIT;
	char buf[512];

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	strbuf_adds(&sb, buf);
	free(r->message);
	r->message = strbuf_take(&sb);
}

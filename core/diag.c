/* SPDX-License-Identifier: ISC */
/* diag.c: diagnostics. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "diag.h"
#include "i18n.h"
#include "strbuf.h"
#include "xalloc.h"

void
diag_add(struct diag_list *dl, enum diag_level level, const char *file,
    unsigned long line, long long byte, const char *fmt, ...)
{
	struct diag *d;
	struct strbuf msg = STRBUF_INIT;
	va_list ap;
	char *m;

	va_start(ap, fmt);
	m = NULL;
	if (vasprintf(&m, fmt, ap) < 0)
		abort();
	va_end(ap);
	strbuf_adds(&msg, m);
	free(m);

	dl->items = xgrow(dl->items, &dl->cap, dl->n + 1, sizeof *dl->items);
	d = &dl->items[dl->n++];
	d->level = level;
	d->file = file ? xstrdup(file) : NULL;
	d->line = line;
	d->byte = byte;
	d->message = strbuf_take(&msg);
	if (dl->n == 1 || level > dl->worst)
		dl->worst = level;
}

void
diag_list_free(struct diag_list *dl)
{
	size_t i;

	for (i = 0; i < dl->n; i++) {
		free(dl->items[i].file);
		free(dl->items[i].message);
	}
	free(dl->items);
	dl->items = NULL;
	dl->n = dl->cap = 0;
}

char *
diag_format(const struct diag *d)
{
	struct strbuf b = STRBUF_INIT;

	if (d->file) {
		strbuf_adds(&b, d->file);
		if (d->line)
			strbuf_printf(&b, ":%lu", d->line);
		strbuf_adds(&b, ": ");
	}
	if (d->level == DIAG_WARNING)
		strbuf_adds(&b, _("warning: "));
	strbuf_adds(&b, d->message);
	if (d->byte >= 0)
		strbuf_printf(&b, _(" (byte %lld)"), d->byte);
	return strbuf_take(&b);
}

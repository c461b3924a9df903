/* SPDX-License-Identifier: ISC */
/* state.c: reading positions on disk. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomicfile.h"
#include "i18n.h"
#include "state.h"
#include "strbuf.h"
#include "userconf.h"
#include "xalloc.h"

void
state_init(struct state *st)
{
	memset(st, 0, sizeof *st);
}

void
state_free(struct state *st)
{
	size_t i;

	for (i = 0; i < st->n; i++)
		free(st->pos[i].id);
	free(st->pos);
	free(st->last);
	memset(st, 0, sizeof *st);
}

const struct state_pos *
state_get(const struct state *st, const char *id)
{
	size_t i;

	for (i = 0; i < st->n; i++)
		if (strcmp(st->pos[i].id, id) == 0)
			return &st->pos[i];
	return NULL;
}

void
state_set(struct state *st, const char *id, size_t block, size_t off)
{
	struct state_pos *p = (struct state_pos *)state_get(st, id);

	if (p == NULL) {
		st->pos = xgrow(st->pos, &st->cap, st->n + 1, sizeof *st->pos);
		p = &st->pos[st->n++];
		p->id = xstrdup(id);
	} else if (p->block == block && p->off == off)
		return;
	p->block = block;
	p->off = off;
	st->dirty = 1;
}

void
state_set_last(struct state *st, const char *id)
{
	if (st->last != NULL && strcmp(st->last, id) == 0)
		return;
	free(st->last);
	st->last = xstrdup(id);
	st->dirty = 1;
}

/* --- reading ---------------------------------------------------------------- */

/* Split line at tabs into at most 5 fields; returns the count. */
static int
state_fields(char *line, char **f)
{
	int n = 0;

	f[n++] = line;
	while (n < 5 && (line = strchr(line, '\t')) != NULL) {
		*line++ = '\0';
		f[n++] = line;
	}
	return n;
}

static int
state_number(const char *s, size_t *out)
{
	char *end;
	unsigned long long v;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (*end != '\0' || errno != 0)
		return -1;
	*out = (size_t)v;
	return 0;
}

/* One record; returns 0, or -1 when malformed. */
static int
state_record(struct state *st, char *line)
{
	char *f[5];
	int n = state_fields(line, f);
	size_t block, off;

	if (n == 2 && strcmp(f[0], "last") == 0 && f[1][0] != '\0') {
		free(st->last);
		st->last = xstrdup(f[1]);
		return 0;
	}
	if (n == 4 && strcmp(f[0], "pos") == 0 && f[1][0] != '\0' &&
	    state_number(f[2], &block) == 0 && state_number(f[3], &off) == 0) {
		state_set(st, f[1], block, off);
		return 0;
	}
	return -1;
}

int
state_load(struct state *st, const char *path, struct diag_list *dl)
{
	size_t len, start, end;
	unsigned long lineno = 0;
	char *text = userconf_read_file(path, &len), *line;

	if (text == NULL) {
		if (errno == ENOENT)
			return 0;
		diag_add(dl, DIAG_WARNING, path, 0, -1, "cannot read: %s", strerror(errno));
		return -1;
	}
	for (start = 0; start < len; start = end + 1) {
		for (end = start; end < len && text[end] != '\n'; end++)
			;
		lineno++;
		line = xstrndup(text + start, end - start);
		if (line[0] != '\0' && line[0] != '#' && state_record(st, line) != 0)
			diag_add(dl, DIAG_WARNING, path, lineno, -1, _("bad position record"));
		free(line);
	}
	free(text);
	st->dirty = 0;
	return 0;
}

/* --- writing ---------------------------------------------------------------- */

static void
state_format(const struct state *st, struct strbuf *b)
{
	size_t i;

	strbuf_adds(b, "# kanbao reading positions: pos ID BLOCK BYTE, last ID\n");
	if (st->last != NULL && strpbrk(st->last, "\t\n") == NULL)
		strbuf_printf(b, "last\t%s\n", st->last);
	for (i = 0; i < st->n; i++)
		if (strpbrk(st->pos[i].id, "\t\n") == NULL)
			strbuf_printf(b, "pos\t%s\t%zu\t%zu\n", st->pos[i].id,
			    st->pos[i].block, st->pos[i].off);
}

int
state_save(struct state *st, const char *path, char **cause)
{
	struct strbuf b = STRBUF_INIT;
	int rc;

	state_format(st, &b);
	rc = atomicfile_replace(path, b.s, b.len, 0600);
	if (rc != 0)
		*cause = xasprintf("%s: %s", path, strerror(errno));
	else
		st->dirty = 0;
	strbuf_free(&b);
	return rc;
}

/* SPDX-License-Identifier: ISC */
/* cli_ingest.c: --ingest PATH --database URI, and keeping the password of
 * a connection string out of ps.
 *
 * Progress goes to stderr on a terminal ("N of M issues, K loaded"); the
 * run ends with one line saying what was done.  Ctrl-C (SIGINT) or
 * SIGTERM stop it after the issue in hand, whose transaction is then
 * committed or not at all: the database holds every issue whole. */
#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "archive_db.h"
#include "cli.h"
#include "xalloc.h"

static volatile sig_atomic_t cli_ingest_stop;

static void
cli_ingest_signal(int sig)
{
	(void)sig;
	cli_ingest_stop = 1;
}

struct cli_ingest_state {
	bool	 tty;
	size_t	 done, total, loaded;
};

static int
cli_ingest_progress(size_t done, size_t total, size_t loaded, void *arg)
{
	struct cli_ingest_state *st = arg;

	st->done = done;
	st->total = total;
	st->loaded = loaded;
	if (st->tty) {
		fputc('\r', stderr);
		fprintf(stderr, _("kanbao: ingesting: %zu of %zu issues, %zu loaded (Ctrl-C stops cleanly)"),
		    done, total, loaded);
	}
	return 0;
}

int
cli_ingest(const struct kanbao_options *opt)
{
	struct cli_ingest_state st = { isatty(STDERR_FILENO) != 0, 0, 0, 0 };
	struct sigaction sa, old_int, old_term;
	char *cause = NULL, *where = archive_db_where(opt->database);
	int rc;

	if (access(opt->ingest, R_OK) != 0) {
		cli_error(_("%s: cannot be read"), opt->ingest);
		free(where);
		return EXIT_PROBLEM;
	}
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = cli_ingest_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, &old_int);
	sigaction(SIGTERM, &sa, &old_term);
	rc = archive_db_ingest(opt->ingest, opt->encoding, opt->database,
	    cli_ingest_progress, &st, &cli_ingest_stop, &cause);
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);
	if (st.tty)
		fputs("\r\033[K", stderr);
	if (rc < 0)
		cli_error("--ingest: %s", cause);
	else if (rc > 0)
		cli_error(_("--ingest: stopped after %zu of %zu issues (%zu loaded); %s holds each issue whole: run again to finish"),
		    st.done, st.total, st.loaded, where);
	else
		cli_error(_("ingested %zu issues into %s: %zu loaded, %zu unchanged"),
		    st.total, where, st.loaded, st.total - st.loaded);
	free(cause);
	free(where);
	return rc == 0 ? EXIT_OK : EXIT_PROBLEM;
}

/* In a URI (postgresql://user:PASSWORD@host/db?password=PASSWORD) or a
 * key=value string (password=PASSWORD): the password's bytes. */
static void
cli_blank(char *s, size_t n)
{
	memset(s, 'x', n);
}

char *
cli_hide_password(char *conninfo)
{
	char *copy = xstrdup(conninfo), *p, *at, *colon, *end;

	if (strncmp(conninfo, "postgresql://", 13) == 0 ||
	    strncmp(conninfo, "postgres://", 11) == 0) {
		p = strstr(conninfo, "://") + 3;
		at = strchr(p, '@');
		end = p + strcspn(p, "/?");
		if (at != NULL && at < end && (colon = memchr(p, ':',
		    (size_t)(at - p))) != NULL)
			cli_blank(colon + 1, (size_t)(at - colon - 1));
	}
	for (p = conninfo; (p = strstr(p, "password=")) != NULL; ) {
		p += 9;
		if (*p == '\'') {
			for (end = p + 1; *end && *end != '\''; end++)
				if (*end == '\\' && end[1])
					end++;
			cli_blank(p + 1, (size_t)(end - p - 1));
		} else
			cli_blank(p, strcspn(p, " &"));
	}
	return copy;
}

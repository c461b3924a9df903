/* SPDX-License-Identifier: ISC */
/* kiosk.c: kiosk mode in the reader: the system-wide config, what the
 * command line may ask for, quitting only for staff, and forgetting a
 * patron's session (on a key or after the idle time).
 *
 * The system config's path is fixed when kanbao is built
 * (KANBAO_SYSCONFDIR/kanbao/kanbao.conf, i.e. configure's --sysconfdir):
 * nothing a patron can set moves it.  The tests' build of the reader
 * (tests/kanbao_systest, never installed) alone takes it from
 * $KANBAO_TEST_SYSCONF, so that each test can write its own. */
#include "config.h"

#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "help.h"
#include "input.h"
#include "kiosk_ui.h"
#include "message.h"
#include "nav.h"
#include "pane_bookmarks.h"
#include "proof.h"
#include "screen.h"
#include "search_ui.h"
#include "status.h"
#include "strbuf.h"
#include "tui.h"
#include "xalloc.h"

#define KIOSK_PIN_DELAY	2	/* seconds after a wrong PIN */

char *
kiosk_sysconf_path(void)
{
#ifdef KANBAO_TEST_SYSCONF
	const char *t = getenv("KANBAO_TEST_SYSCONF");

	if (t != NULL && t[0] != '\0')
		return xstrdup(t);
#endif
	return xstrdup(KANBAO_SYSCONFDIR "/kanbao/kanbao.conf");
}

void
kiosk_load_system(struct userconf *uc, struct diag_list *dl)
{
	char *path = kiosk_sysconf_path();

	uc->system = 1;
	/* There but unreadable: it may say kiosk = yes, so fail closed. */
	if (userconf_load(uc, path, dl) < 0)
		uc->kiosk.on = 1;
	uc->system = 0;
	free(path);
}

/* --- the command line ------------------------------------------------------------ */

int
kiosk_cli_check(struct kanbao_options *opt)
{
	struct userconf uc;
	struct diag_list dl = { 0 };
	int bad = 0;

	userconf_init(&uc);
	kiosk_load_system(&uc, &dl);
	opt->kiosk = opt->kiosk || uc.kiosk.on;
	if (opt->action != CLI_READER &&
	    kiosk_restricts(&uc.kiosk, opt->kiosk, KIOSK_CLI)) {
		fputs(_("kanbao: kiosk mode: only the reader runs (no --list, --dump, "
		    "--export, --search, --check or bookmark options)\n"), stderr);
		bad = -1;
	} else if ((opt->n_operands > 0 || opt->archive != cli_default_archive()) &&
	    kiosk_restricts(&uc.kiosk, opt->kiosk, KIOSK_OPEN_PATH)) {
		fputs(_("kanbao: kiosk mode: the reader opens the system config's "
		    "kiosk-archive only (no PATH, no --archive)\n"), stderr);
		bad = -1;
	}
	if (bad) {	/* why kiosk mode is on, when the file is the cause */
		size_t from = 0;

		cli_print_diags(&dl, &from);
	}
	userconf_free(&uc);
	diag_list_free(&dl);	/* else the reader reads it again and shows them */
	return bad;
}

/* database = URI in the config (the system's, then the user's unless
 * kiosk mode keeps them out) as --database, for every command but the
 * reader (which reads the config itself), --ingest and --build-cache,
 * when neither --database, --archive nor --no-cache is given and no
 * operand is a file. */
void
kiosk_cli_database(struct kanbao_options *opt)
{
	struct userconf uc;
	struct diag_list dl = { 0 };
	struct stat st;
	char *path;
	int i, kiosk;

	if (opt->database != NULL || opt->archive != cli_default_archive() ||
	    opt->no_cache || opt->action == CLI_READER ||
	    opt->action == CLI_INGEST || opt->action == CLI_BUILD_CACHE)
		return;
	for (i = 0; i < opt->n_operands; i++)
		if (stat(opt->operands[i], &st) == 0)
			return;		/* files named: they are read */
	userconf_init(&uc);
	kiosk_load_system(&uc, &dl);
	kiosk = opt->kiosk || uc.kiosk.on;
	/* A kiosk's connection string is the system config's alone. */
	if (!kiosk_restricts(&uc.kiosk, kiosk, KIOSK_USER_CONFIG) &&
	    (path = userconf_config_path("config")) != NULL) {
		userconf_load(&uc, path, &dl);
		free(path);
	}
	if (uc.database != NULL && *uc.database != '\0') {
		opt->database_copy = xstrdup(uc.database);
		opt->database = opt->database_copy;
	}
	userconf_free(&uc);
	diag_list_free(&dl);	/* the reader shows them */
}

/* --- restrictions in the reader --------------------------------------------------- */

/* What each restricted action needs lifted, or -1. */
static int
kiosk_action_restriction(enum action a)
{
	switch (a) {
	case ACTION_EDIT_SOURCE: return KIOSK_EDITOR;
	case ACTION_NOTE_ADD: case ACTION_NOTE_EDIT: case ACTION_NOTE_DELETE:
	case ACTION_NOTES_EXPORT:
		return KIOSK_WRITE;
	default: return -1;
	}
}

int
kiosk_refuses(struct reader *r, enum action a)
{
	int what = kiosk_action_restriction(a);

	if (what < 0 || !reader_restricted(r, (enum kiosk_restriction)what))
		return 0;
	reader_message(r, _("%s is not available on this terminal"), action_name(a));
	return 1;
}

/* --- leaving ------------------------------------------------------------------------ */

/* The prompt and a star for each digit typed (the digits never show). */
static void
kiosk_pin_draw(struct reader *r, const char *prompt, size_t n)
{
	static const char stars[] = "********************************";
	attr_t a = screen_attr(SR_STATUS);
	int x;

	screen_fill(r->status, 0, 0, a);
	x = screen_put(r->status, 0, 1, screen_cols() - 2, prompt, strlen(prompt), a);
	screen_put(r->status, 0, 1 + x, screen_cols() - 2 - x, stars, n, a);
	screen_show(r->status);
}

/* Read a PIN without showing it; NULL when cancelled.  Caller frees. */
static char *
kiosk_read_pin(struct reader *r)
{
	const char *prompt = _("Staff PIN (Esc cancels): ");
	struct strbuf sb = STRBUF_INIT;
	struct input_event ev;

	strbuf_adds(&sb, "");
	for (;;) {
		kiosk_pin_draw(r, prompt, sb.len);
		input_read(r->status, &ev);
		if (input_leaves(&ev))
			break;
		if (ev.kind != INPUT_KEY)
			continue;
		if (strcmp(ev.name, "Enter") == 0)
			return strbuf_take(&sb);
		if (strcmp(ev.name, "Esc") == 0 || strcmp(ev.name, "C-g") == 0)
			break;
		if (strcmp(ev.name, "Backspace") == 0 && sb.len > 0)
			strbuf_truncate(&sb, sb.len - 1);
		else if (ev.name[0] >= '0' && ev.name[0] <= '9' && ev.name[1] == '\0' &&
		    sb.len < KIOSK_PIN_MAX)
			strbuf_addc(&sb, ev.name[0]);
	}
	strbuf_free(&sb);
	return NULL;
}

void
kiosk_quit(struct reader *r)
{
	char *pin;

	if (r->conf.kiosk.pin == NULL) {
		reader_message(r, _("This is a public terminal: it stays open for the next reader"));
		return;
	}
	if ((pin = kiosk_read_pin(r)) == NULL) {
		reader_message(r, _("Cancelled"));
		return;
	}
	if (kiosk_pin_ok(&r->conf.kiosk, pin))
		r->quit = 1;
	else {
		/* A pause per guess, and what was typed meanwhile is dropped. */
		reader_message(r, _("Checking..."));
		status_draw(r);
		screen_show(r->status);
		sleep(KIOSK_PIN_DELAY);
		screen_flush_input();
		reader_message(r, _("Wrong PIN"));
	}
	memset(pin, 0, strlen(pin));
	free(pin);
}

int
kiosk_exit_key(struct reader *r, const char *name)
{
	const struct kiosk_conf *kc = &r->conf.kiosk;

	if (!reader_restricted(r, KIOSK_QUIT) || kc->n_exit_keys == 0)
		return 0;
	r->exit_pos = kiosk_exit_step(kc, r->exit_pos, name);
	if (r->exit_pos < kc->n_exit_keys)
		return 0;
	r->exit_pos = 0;
	return 1;
}

/* --- forgetting a session ------------------------------------------------------------- */

void
kiosk_end_session(struct reader *r, int idle)
{
	if (!r->kiosk) {
		reader_message(r, _("end-session is for kiosk mode only"));
		return;
	}
	if (r->overlay != OVERLAY_NONE)
		help_close(r);
	search_ui_free(r);
	message_log_free(r);	/* the messages name the searches */
	pane_bookmarks_forget(r);
	proof_free(r);
	reader_home(r);
	r->exit_pos = 0;
	r->touched = 0;
	if (idle)
		reader_message(r, _("Session ended after %ld s idle: searches, "
		    "bookmarks and places forgotten"), r->conf.kiosk.idle);
	else
		reader_message(r, _("Session ended: searches, bookmarks and "
		    "places forgotten"));
}

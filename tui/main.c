/* SPDX-License-Identifier: ISC */
/* main.c: kanbao's entry point: the command line or the terminal reader. */
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "i18n.h"
#include "selfdir.h"
#include "tui.h"

/* As GNU's close_stdout: output that could not all be written (a full
 * disk, /dev/full, a closed descriptor) is a failure with a message, not
 * a quiet success.  Returns the exit status. */
static int
main_close_stdout(int rc)
{
	int bad = ferror(stdout), e = 0;

	if (fclose(stdout) != 0) {
		bad = 1;
		e = errno;
	}
	if (!bad)
		return rc;
	if (e != 0)
		fprintf(stderr, _("kanbao: write error: %s\n"), strerror(e));
	else
		fputs(_("kanbao: write error\n"), stderr);
	return EXIT_USAGE;
}

/* Messages in the reader's language: the catalogues installed under
 * localedir, or an uninstalled build's beside it. */
static void
main_textdomain(void)
{
	char *own = selfdir_find("uninstalled-locale", NULL);

	bindtextdomain(PACKAGE, own != NULL ? own : KANBAO_LOCALEDIR);
	textdomain(PACKAGE);
	free(own);
}

int
main(int argc, char **argv)
{
	struct kanbao_options opt;
	int rc;

	setlocale(LC_ALL, "");
	main_textdomain();
	rc = cli_parse(argc, argv, &opt);
	if (rc != 0) {
		cli_options_free(&opt);
		return rc < 0 ? EXIT_USAGE : main_close_stdout(EXIT_OK);
	}
	if (kiosk_cli_check(&opt) != 0) {
		cli_options_free(&opt);
		return EXIT_USAGE;
	}
	kiosk_cli_database(&opt);
	rc = opt.action == CLI_READER ? tui_run(&opt) :
	    main_close_stdout(cli_run(&opt));
	cli_options_free(&opt);
	return rc;
}

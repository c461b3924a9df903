/* SPDX-License-Identifier: ISC */
/* main.c: kanbao's entry point: the command line or the terminal reader. */
#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include "cli.h"
#include "tui.h"

int
main(int argc, char **argv)
{
	struct kanbao_options opt;
	int rc;

	setlocale(LC_ALL, "");
	rc = cli_parse(argc, argv, &opt);
	if (rc != 0) {
		cli_options_free(&opt);
		return rc < 0 ? EXIT_USAGE : EXIT_OK;
	}
	if (kiosk_cli_check(&opt) != 0) {
		cli_options_free(&opt);
		return EXIT_USAGE;
	}
	rc = opt.action == CLI_READER ? tui_run(&opt) : cli_run(&opt);
	cli_options_free(&opt);
	return rc;
}

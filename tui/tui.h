/* SPDX-License-Identifier: ISC */
/* tui.h: the terminal reader. */
#ifndef KANBAO_TUI_H
#define KANBAO_TUI_H

#include "cli.h"

/* Open the archive (opt->operands[0], else opt->archive) in the reader;
 * returns the exit status. */
int	tui_run(const struct kanbao_options *opt);
/* Kiosk mode (kiosk.c): set opt->kiosk when the system config asks for it
 * and refuse, with a message, what the command line may not do there.
 * Returns 0, or -1 (the exit status is then EXIT_USAGE). */
int	kiosk_cli_check(struct kanbao_options *opt);
/* database = URI in the config (the system's, then the user's; a
 * kiosk's from the system's only) as --database for the commands: every
 * one but the reader (which reads the config itself), --ingest and
 * --build-cache, when neither --database, --archive nor --no-cache is
 * given and no operand is a file. */
void	kiosk_cli_database(struct kanbao_options *opt);

#endif

/* tui.h: the terminal reader. */
#ifndef KANBAO_TUI_H
#define KANBAO_TUI_H

#include "cli.h"

/* Open the archive (opt->operands[0], else opt->archive) in the reader;
 * returns the exit status. */
int	tui_run(const struct kanbao_options *opt);

#endif

/* SPDX-License-Identifier: ISC */
/* actions.c: the action table as data. */
#include "config.h"

#include <string.h>

#include "actions.h"

static const struct {
	const char	*name;
	const char	*help;
} action_table[ACTION__COUNT] = {
	[ACTION_NONE] = { NULL, NULL },
#define KANBAO_ACTION_ROW(e, n, h) [ACTION_##e] = { n, h },
	KANBAO_ACTIONS(KANBAO_ACTION_ROW)
#undef KANBAO_ACTION_ROW
};

const char *
action_name(enum action a)
{
	if ((int)a <= ACTION_NONE || a >= ACTION__COUNT)
		return NULL;
	return action_table[a].name;
}

const char *
action_help(enum action a)
{
	if ((int)a <= ACTION_NONE || a >= ACTION__COUNT)
		return NULL;
	return action_table[a].help;
}

enum action
action_from_name(const char *name)
{
	int a;

	for (a = ACTION_NONE + 1; a < ACTION__COUNT; a++)
		if (strcmp(action_table[a].name, name) == 0)
			return (enum action)a;
	return ACTION_NONE;
}

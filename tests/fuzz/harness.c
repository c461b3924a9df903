/* SPDX-License-Identifier: ISC */
/* harness.c: the table of fuzz harnesses, shared by the libFuzzer program
 * and the replay test. */
#include "config.h"

#include <string.h>

#include "fuzz.h"

const struct fuzz_harness fuzz_harnesses[] = {
#define FUZZ_ENTRY(n) { #n, fuzz_##n },
	FUZZ_HARNESSES(FUZZ_ENTRY)
#undef FUZZ_ENTRY
};
const size_t fuzz_n_harnesses = sizeof fuzz_harnesses / sizeof *fuzz_harnesses;

const struct fuzz_harness *
fuzz_harness_named(const char *name)
{
	size_t i;

	for (i = 0; name != NULL && i < fuzz_n_harnesses; i++)
		if (strcmp(fuzz_harnesses[i].name, name) == 0)
			return &fuzz_harnesses[i];
	return NULL;
}

/* SPDX-License-Identifier: ISC */
/* libfuzzer.c: libFuzzer's entry points for tests/fuzz/fuzz.  One program
 * holds every harness; $KANBAO_FUZZ names the one to run (make fuzz sets
 * it), so each harness shares the objects the replay test uses. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "fuzz.h"

int	LLVMFuzzerInitialize(int *argc, char ***argv);
int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const struct fuzz_harness *fuzz_current;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char	*name = getenv("KANBAO_FUZZ");
	size_t		 i;

	if ((fuzz_current = fuzz_harness_named(name)) != NULL)
		return 0;
	fprintf(stderr, "fuzz: set KANBAO_FUZZ to one of:");
	for (i = 0; i < fuzz_n_harnesses; i++)
		fprintf(stderr, " %s", fuzz_harnesses[i].name);
	fputc('\n', stderr);
	exit(2);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_current->run(data, size);
}

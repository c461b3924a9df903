/* SPDX-License-Identifier: ISC */
/* replay.c: every fuzz harness on its seeds and on the inputs that once
 * crashed it, as a plain test program (make check, any compiler).
 *
 * With no arguments it reads $top_srcdir/tests/fuzz/{seeds,regress}/NAME/
 * for every harness.  "replay NAME FILE..." runs one harness on the files
 * given, to reproduce a crash the fuzzer found.  A crash is the failure;
 * the harnesses abort when an invariant does not hold. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "xalloc.h"

/* Run h on the file; returns -1 when it cannot be read. */
static int
replay_file(const struct fuzz_harness *h, const char *path)
{
	FILE	*f = fopen(path, "rb");
	char	*buf = NULL;
	size_t	 len = 0, cap = 0, n;

	if (f == NULL)
		return -1;
	do {
		buf = xgrow(buf, &cap, len + 4096, 1);
		n = fread(buf + len, 1, cap - len, f);
		len += n;
	} while (n > 0);
	fclose(f);
	/* An exact-size copy, so a read past the end is caught. */
	buf = xrealloc(buf, len ? len : 1);
	h->run((const uint8_t *)buf, len);
	free(buf);
	return 0;
}

/* Every file in dir; a missing dir holds none.  Returns the count. */
static size_t
replay_dir(const struct fuzz_harness *h, const char *dir)
{
	DIR		*d = opendir(dir);
	struct dirent	*e;
	size_t		 n = 0;

	if (d == NULL)
		return 0;
	while ((e = readdir(d)) != NULL) {
		char *path;

		if (e->d_name[0] == '.')
			continue;
		path = xasprintf("%s/%s", dir, e->d_name);
		if (replay_file(h, path) == 0)
			n++;
		free(path);
	}
	closedir(d);
	return n;
}

int
main(int argc, char **argv)
{
	const char	*top = getenv("top_srcdir");
	size_t		 i, n;
	int		 k;

	if (argc > 2) {
		const struct fuzz_harness *h = fuzz_harness_named(argv[1]);

		if (h == NULL) {
			fprintf(stderr, "replay: no harness %s\n", argv[1]);
			return 2;
		}
		for (k = 2; k < argc; k++)
			if (replay_file(h, argv[k]) != 0) {
				fprintf(stderr, "replay: %s: %s\n", argv[k],
				    strerror(errno));
				return 2;
			}
		return 0;
	}
	if (top == NULL)
		top = ".";
	for (i = 0; i < fuzz_n_harnesses; i++) {
		char *seeds = xasprintf("%s/tests/fuzz/seeds/%s", top,
		    fuzz_harnesses[i].name);
		char *regress = xasprintf("%s/tests/fuzz/regress/%s", top,
		    fuzz_harnesses[i].name);

		n = replay_dir(&fuzz_harnesses[i], seeds);
		if (n == 0) {
			fprintf(stderr, "replay: no seeds in %s\n", seeds);
			return 1;
		}
		n += replay_dir(&fuzz_harnesses[i], regress);
		printf("%s: %zu inputs\n", fuzz_harnesses[i].name, n);
		free(seeds);
		free(regress);
	}
	return 0;
}

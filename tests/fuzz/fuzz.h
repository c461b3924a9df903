/* SPDX-License-Identifier: ISC */
/* fuzz.h: what every fuzz harness shares.
 *
 * A harness is one function, fuzz_NAME, that feeds arbitrary bytes to a
 * core entry point.  Built with libFuzzer (configure --enable-fuzzing) the
 * program tests/fuzz/fuzz runs the harness named by $KANBAO_FUZZ
 * (libfuzzer.c); tests/fuzz/replay runs every harness on its seeds and on
 * the inputs that once crashed it (tests/fuzz/regress/NAME/), under make
 * check with any compiler (replay.c).  A harness aborts when an invariant
 * does not hold, so the fuzzer reports it as a crash. */
#ifndef KANBAO_FUZZ_H
#define KANBAO_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "layout.h"
#include "loader.h"
#include "model.h"

/* X(NAME): every harness; its seeds are in tests/fuzz/seeds/NAME/. */
#define FUZZ_HARNESSES(X)	\
	X(decode)		\
	X(loader_text)		\
	X(loader_xml)		\
	X(wire)			\
	X(segment)		\
	X(layout)		\
	X(keymap)		\
	X(config)		\
	X(bookmark)		\
	X(notes)		\
	X(search)		\
	X(sanitize)		\
	X(textcache)

#define FUZZ_TARGET(name) int fuzz_##name(const uint8_t *data, size_t size)
#define FUZZ_DECLARE(name) FUZZ_TARGET(name);
FUZZ_HARNESSES(FUZZ_DECLARE)
#undef FUZZ_DECLARE

/* --- harness.c: the table of harnesses --- */
struct fuzz_harness {
	const char	*name;
	int		(*run)(const uint8_t *, size_t);
};
extern const struct fuzz_harness fuzz_harnesses[];
extern const size_t fuzz_n_harnesses;
/* The harness called name, or NULL. */
const struct fuzz_harness *fuzz_harness_named(const char *name);

/* A language hint chosen by the input's size: none, "zh" or "en". */
#define FUZZ_LANG(size)	((size) % 3 == 0 ? NULL : (size) % 3 == 1 ? "zh" : "en")

/* --- fuzz_page.c: one page held in memory, as the archive would hold it --- */

/* A page with its issue, publication and archive, none on disk. */
struct fuzz_page {
	struct archive	 archive;
	struct publication pub;
	struct issue	 issue;
	struct page	 page;
};

/* Set up fp for a page file named path (never read: it names the page in
 * diagnostics). */
void	fuzz_page_init(struct fuzz_page *fp, const char *path);
/* Free what loading and diagnostics left in fp. */
void	fuzz_page_done(struct fuzz_page *fp);
/* Load the bytes with loader ld, every part of a multi-part file (at most
 * a few), and exercise each loaded page. */
void	fuzz_page_load(struct fuzz_page *fp, const struct loader *ld,
	    const uint8_t *data, size_t size, const char *lang);
/* Lay out every article at a few widths, check the layout's invariants,
 * export it as JSON, search it and flag it, as the reader and the CLI
 * would. */
void	fuzz_page_exercise(struct page *p);
/* Lay out one doc at width and check the layout invariants; roundtrip:
 * also map every byte to its cell and back (small docs only). */
void	fuzz_layout_doc(const struct layout_doc *doc, int width, int wide,
	    int roundtrip);

#endif

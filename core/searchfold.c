/* SPDX-License-Identifier: ISC */
/* searchfold.c: Traditional -> Simplified, one character at a time.
 *
 * OpenCC converts text phrase by phrase; search needs a character map (so
 * hits map back to the text), so the table is made once by converting
 * every BMP ideograph on a line of its own and keeping the lines that came
 * back as one different character, kept in an array indexed by character. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#ifdef HAVE_OPENCC
#include <opencc.h>
#endif

#include "dynlib.h"
#include "searchfold.h"
#include "strbuf.h"
#include "xalloc.h"

/* The ranges converted: CJK Unified Ideographs, Extension A and the
 * compatibility ideographs. */
static const uint32_t searchfold_ranges[][2] = {
	{ 0x3400, 0x4DBF }, { 0x4E00, 0x9FFF }, { 0xF900, 0xFAFF }
};

#ifdef HAVE_OPENCC
/* While loading: the pairs OpenCC gave, in order. */
struct searchfold_pair {
	uint32_t	from, to;
};

static struct searchfold_pair *searchfold_table;
static size_t	searchfold_n;

/* OpenCC's functions: looked up when first needed where configure found
 * its soname (dynlib.h), else linked. */
#define SEARCHFOLD_FUNCTIONS(X) \
	X(opencc_open) X(opencc_convert_utf8) X(opencc_convert_utf8_free) \
	X(opencc_close)
#define SEARCHFOLD_POINTER(f)	__typeof__(f) *f;
static struct {
	SEARCHFOLD_FUNCTIONS(SEARCHFOLD_POINTER)
} searchfold_fn;

/* Fill searchfold_fn.  0, or -1 when OpenCC cannot be loaded (searches
 * then fold no Traditional characters, as without OpenCC). */
static int
searchfold_functions(void)
{
#ifdef OPENCC_SONAME
#define SEARCHFOLD_NAME(f)	#f,
#define SEARCHFOLD_SLOT(f)	&searchfold_fn.f,
	static const char *const names[] = { SEARCHFOLD_FUNCTIONS(SEARCHFOLD_NAME) };
	void *const slots[] = { SEARCHFOLD_FUNCTIONS(SEARCHFOLD_SLOT) };
	char *cause = NULL;
	int rc = dynlib_load(OPENCC_SONAME, names, sizeof names / sizeof names[0],
	    slots, &cause);

	free(cause);
	return rc;
#else
#define SEARCHFOLD_LINKED(f)	searchfold_fn.f = f;
	SEARCHFOLD_FUNCTIONS(SEARCHFOLD_LINKED)
	return 0;
#endif
}
#endif
/* The table by character, for the ranges in order (folding runs once a
 * character of text): 0 where the character stays. */
static uint32_t	*searchfold_flat;
static int	searchfold_state;	/* 0: not loaded, 1: loaded, -1: none */

bool
searchfold_is_han(uint32_t c)
{
	size_t i;

	for (i = 0; i < sizeof searchfold_ranges / sizeof searchfold_ranges[0]; i++)
		if (c >= searchfold_ranges[i][0] && c <= searchfold_ranges[i][1])
			return true;
	return false;
}

/* Index of c (a character of the ranges) in searchfold_flat. */
static size_t
searchfold_index(uint32_t c)
{
	size_t i, at = 0;

	for (i = 0; i < sizeof searchfold_ranges / sizeof searchfold_ranges[0]; i++) {
		if (c <= searchfold_ranges[i][1])
			return at + (c - searchfold_ranges[i][0]);
		at += searchfold_ranges[i][1] - searchfold_ranges[i][0] + 1;
	}
	return at;
}

#ifdef HAVE_OPENCC
/* Every ideograph of the ranges, one a line. */
static void
searchfold_input(struct strbuf *in)
{
	uint8_t buf[8];
	uint32_t c;
	size_t i;
	int k;

	for (i = 0; i < sizeof searchfold_ranges / sizeof searchfold_ranges[0]; i++)
		for (c = searchfold_ranges[i][0]; c <= searchfold_ranges[i][1]; c++) {
			k = u8_uctomb(buf, c, sizeof buf);
			strbuf_add(in, (const char *)buf, (size_t)k);
			strbuf_addc(in, '\n');
		}
}

/* Keep the lines of out that are one character other than the input's. */
static void
searchfold_collect(const char *in, const char *out)
{
	size_t cap = 0;
	ucs4_t a, b;
	int ka, kb;

	while (*in != '\0' && *out != '\0') {
		ka = u8_strmbtouc(&a, (const uint8_t *)in);
		kb = u8_strmbtouc(&b, (const uint8_t *)out);
		if (ka <= 0 || kb <= 0)
			return;
		if (in[ka] == '\n' && out[kb] == '\n' && a != b) {
			searchfold_table = xgrow(searchfold_table, &cap,
			    searchfold_n + 1, sizeof *searchfold_table);
			searchfold_table[searchfold_n++] =
			    (struct searchfold_pair){ a, b };
		}
		in = strchr(in, '\n');
		out = strchr(out, '\n');
		if (in == NULL || out == NULL)
			return;
		in++;
		out++;
	}
}

static void
searchfold_flatten(void)
{
	size_t i;

	searchfold_flat = xcalloc(searchfold_han_size(), sizeof *searchfold_flat);
	for (i = 0; i < searchfold_n; i++)
		searchfold_flat[searchfold_index(searchfold_table[i].from)] =
		    searchfold_table[i].to;
	free(searchfold_table);
	searchfold_table = NULL;
}

static void
searchfold_load(void)
{
	struct strbuf in = STRBUF_INIT;
	opencc_t od;
	char *out;

	searchfold_state = -1;
	if (searchfold_functions() != 0 ||
	    (od = searchfold_fn.opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP)) ==
	    (opencc_t)-1)
		return;
	searchfold_input(&in);
	if ((out = searchfold_fn.opencc_convert_utf8(od, in.s, in.len)) != NULL) {
		searchfold_collect(in.s, out);	/* in order: already sorted */
		searchfold_fn.opencc_convert_utf8_free(out);
	}
	searchfold_fn.opencc_close(od);
	strbuf_free(&in);
	if (searchfold_n > 0) {
		searchfold_flatten();
		searchfold_state = 1;
	}
}
#else
static void
searchfold_load(void)
{
	searchfold_state = -1;
}
#endif

bool
searchfold_han_available(void)
{
	if (searchfold_state == 0)
		searchfold_load();
	return searchfold_state > 0;
}

size_t
searchfold_han_size(void)
{
	return searchfold_index(0x10FFFF);
}

const uint32_t *
searchfold_han_table(void)
{
	return searchfold_han_available() ? searchfold_flat : NULL;
}

void
searchfold_han_preset(const uint32_t *table)
{
	size_t n = searchfold_han_size();

	if (searchfold_state != 0)
		return;
	searchfold_flat = xmalloc(n * sizeof *searchfold_flat);
	memcpy(searchfold_flat, table, n * sizeof *searchfold_flat);
	searchfold_state = 1;
}

uint32_t
searchfold_han(uint32_t c)
{
	uint32_t to;

	if (!searchfold_is_han(c) || !searchfold_han_available())
		return c;
	to = searchfold_flat[searchfold_index(c)];
	return to != 0 ? to : c;
}

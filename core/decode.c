/* SPDX-License-Identifier: ISC */
/* decode.c: page bytes -> UTF-8 with LF line ends.
 *
 * Detection is ordered by how much each clue can be trusted (see decode.h).
 * Conversion never fails half way: what iconv cannot convert becomes U+FFFD
 * and is reported with its line and byte, at most DECODE_MAX_REPORTS times a
 * file, then once as a count, so a binary or mis-labelled file cannot flood
 * the diagnostics. */
#include "config.h"

#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdbool.h>
#include <stdint.h>
#include <strings.h>

#include <uchardet.h>
#include <unistr.h>

#include "decode.h"
#include "i18n.h"
#include "strbuf.h"
#include "xalloc.h"

#define DECODE_MAX_REPORTS	5
#define REPLACEMENT		"\xEF\xBF\xBD"

/* Reports invalid input: one diagnostic per run, a few per file. */
struct decode_reporter {
	const char		*path;
	const unsigned char	*buf;
	struct diag_list	*diags;
	const char		*charset;
	size_t			 n_reported;
	size_t			 n_bad;
	long long		 last_bad;	/* end of the last bad run */
};

static unsigned long
decode_line_at(const unsigned char *buf, size_t off)
{
	unsigned long line = 1;
	size_t i;

	for (i = 0; i < off; i++)
		if (buf[i] == '\n' || (buf[i] == '\r' && buf[i + 1] != '\n'))
			line++;
	return line;
}

static void
decode_report(struct decode_reporter *r, size_t off, size_t len)
{
	bool same_run = r->last_bad == (long long)off;

	r->last_bad = (long long)(off + len);
	if (same_run)
		return;
	r->n_bad++;
	if (r->diags == NULL || ++r->n_reported > DECODE_MAX_REPORTS)
		return;
	diag_add(r->diags, DIAG_WARNING, r->path, decode_line_at(r->buf, off),
	    (long long)off, _("invalid %s sequence replaced by U+FFFD"), r->charset);
}

static void
decode_report_done(struct decode_reporter *r)
{
	if (r->diags && r->n_reported > DECODE_MAX_REPORTS)
		diag_add(r->diags, DIAG_WARNING, r->path, 0, -1,
		    _("%zu more invalid %s sequences replaced by U+FFFD"),
		    r->n_bad - DECODE_MAX_REPORTS, r->charset);
}

int
decode_is_utf8(const unsigned char *buf, size_t n)
{
	return u8_check(buf, n) == NULL;
}

/* UTF-8 to UTF-8, replacing each invalid byte run by one U+FFFD. */
static void
decode_utf8(const unsigned char *buf, size_t n, struct decode_reporter *r,
    struct strbuf *out)
{
	size_t off = 0;

	while (off < n) {
		const uint8_t *bad = u8_check(buf + off, n - off);
		size_t good = bad ? (size_t)(bad - (buf + off)) : n - off;

		strbuf_add(out, (const char *)buf + off, good);
		off += good;
		if (bad == NULL)
			break;
		strbuf_adds(out, REPLACEMENT);
		decode_report(r, off, 1);
		off++;
	}
}

/* Any charset iconv knows to UTF-8.  Returns -1 when iconv does not know
 * the charset. */
static int
decode_iconv(const unsigned char *buf, size_t n, const char *charset,
    struct decode_reporter *r, struct strbuf *out)
{
	iconv_t cd = iconv_open("UTF-8", charset);
	char chunk[8192];
	size_t off = 0;

	if (cd == (iconv_t)-1)
		return -1;
	while (off < n) {
		char *in = (char *)buf + off, *o = chunk;
		size_t inleft = n - off, outleft = sizeof chunk;
		size_t rc = iconv(cd, &in, &inleft, &o, &outleft);
		int err = errno;

		strbuf_add(out, chunk, sizeof chunk - outleft);
		off = (size_t)(in - (char *)buf);
		if (rc != (size_t)-1 || err == E2BIG)
			continue;
		/* EILSEQ or EINVAL (truncated at the end): replace one byte and
		 * go on; multi-byte charsets resynchronise on the next lead. */
		strbuf_adds(out, REPLACEMENT);
		decode_report(r, off, 1);
		off++;
		iconv(cd, NULL, NULL, NULL, NULL);
	}
	iconv_close(cd);
	return 0;
}

/* uchardet's names -> the supersets iconv should decode with: newspapers
 * in "GB2312" use GBK characters, Big5 and Shift_JIS ones use the Windows
 * extensions.  Big5 has a second candidate: glibc's BIG5-HKSCS lacks some
 * CP950 code points (0xA1FE) and CP950 lacks the Hong Kong ones, so both are
 * tried and the one with fewer invalid sequences wins. */
static const struct {
	const char *detected;
	const char *use;
} decode_supersets[] = {
	{ "GB2312", "GB18030" },
	{ "GBK", "GB18030" },
	{ "HZ-GB-2312", "HZ" },
	{ "BIG5", "CP950" },
	{ "SHIFT_JIS", "CP932" },
	{ "EUC-KR", "CP949" },
	{ "UHC", "CP949" },
	{ "ISO-8859-1", "WINDOWS-1252" },
	{ "ASCII", "UTF-8" },
};

const char *
decode_guess_charset(const unsigned char *buf, size_t n)
{
	static char name[64];
	uchardet_t ud = uchardet_new();
	const char *cs;
	size_t i;

	if (uchardet_handle_data(ud, (const char *)buf, n) != 0) {
		uchardet_delete(ud);
		return NULL;
	}
	uchardet_data_end(ud);
	cs = uchardet_get_charset(ud);
	snprintf(name, sizeof name, "%s", cs ? cs : "");
	uchardet_delete(ud);
	if (name[0] == '\0')
		return NULL;
	for (i = 0; i < sizeof decode_supersets / sizeof *decode_supersets; i++)
		if (strcasecmp(name, decode_supersets[i].detected) == 0)
			return decode_supersets[i].use;
	return name;
}

/* Text that is nearly all valid UTF-8, with a stray byte or two, is UTF-8
 * with errors, not a legacy charset: one bad byte in a long page must not
 * turn the whole page into mojibake. */
static int
decode_mostly_utf8(const unsigned char *buf, size_t n)
{
	size_t off = 0, bad = 0, multi = 0;

	while (off < n) {
		ucs4_t uc;
		int len = u8_mbtouc(&uc, buf + off, n - off);

		if (uc == 0xFFFD && !(len == 3 && buf[off] == 0xEF))
			bad++;
		else if (len > 1)
			multi++;
		off += (size_t)len;
	}
	return multi >= 8 && bad * 50 <= multi;
}

static int
decode_looks_binary(const unsigned char *buf, size_t n)
{
	size_t i, nul = 0, lim = n < 8192 ? n : 8192;

	for (i = 0; i < lim; i++)
		if (buf[i] == 0)
			nul++;
	/* Text with a stray NUL is still text (NUL shows as U+FFFD); a file
	 * with NULs in every few bytes is not. */
	return lim > 0 && nul * 10 > lim;
}

/* The charset to use and how many BOM bytes to skip. */
static const char *
decode_choose(const unsigned char *buf, size_t n, const char *forced,
    const char *hint, size_t *skip)
{
	const char *g;

	*skip = 0;
	if (forced)
		return forced;
	if (n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
		*skip = 3;
		return "UTF-8";
	}
	if (n >= 2 && (memcmp(buf, "\xFF\xFE", 2) == 0 || memcmp(buf, "\xFE\xFF", 2) == 0)) {
		*skip = 2;
		return buf[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
	}
	if (decode_is_utf8(buf, n))
		return "UTF-8";
	if (hint)
		return hint;
	if (decode_mostly_utf8(buf, n))
		return "UTF-8";
	g = decode_guess_charset(buf, n);
	return g ? g : "UTF-8";
}

/* CRLF and lone CR -> LF; NUL -> U+FFFD.  In place on the converted text,
 * which can only shrink (NUL grows, so it is done on a copy). */
static char *
decode_normalise(const char *s, size_t len, size_t *outlen)
{
	struct strbuf b = STRBUF_INIT;
	size_t i;

	strbuf_add(&b, "", 0);
	for (i = 0; i < len; i++) {
		if (s[i] == '\r') {
			strbuf_addc(&b, '\n');
			if (i + 1 < len && s[i + 1] == '\n')
				i++;
		} else if (s[i] == '\0')
			strbuf_adds(&b, REPLACEMENT);
		else
			strbuf_addc(&b, s[i]);
	}
	*outlen = b.len;
	return strbuf_take(&b);
}

/* Convert with cs; returns -1 when iconv does not know it. */
static int
decode_convert(const unsigned char *buf, size_t n, const char *cs,
    struct decode_reporter *r, struct strbuf *out)
{
	r->charset = cs;
	if (strcasecmp(cs, "UTF-8") == 0 || strcasecmp(cs, "UTF8") == 0) {
		decode_utf8(buf, n, r, out);
		return 0;
	}
	return decode_iconv(buf, n, cs, r, out);
}

/* The second candidate for a detected charset (see decode_supersets). */
static const char *
decode_alternative(const char *cs)
{
	return strcmp(cs, "CP950") == 0 ? "BIG5-HKSCS" : NULL;
}

/* How many invalid sequences cs finds in buf; SIZE_MAX when iconv does
 * not know cs. */
static size_t
decode_count_bad(const unsigned char *buf, size_t n, const char *cs)
{
	struct decode_reporter quiet = { NULL, buf, NULL, cs, 0, 0, -1 };
	struct strbuf tmp = STRBUF_INIT;
	size_t bad = decode_convert(buf, n, cs, &quiet, &tmp) == 0 ?
	    quiet.n_bad : SIZE_MAX;

	strbuf_free(&tmp);
	return bad;
}

int
decode_bytes(const unsigned char *buf, size_t n, const char *forced,
    const char *hint, const char *path, struct diag_list *diags,
    struct decode_result *out)
{
	struct strbuf conv = STRBUF_INIT;
	struct decode_reporter r = { path, buf, diags, NULL, 0, 0, -1 };
	const char *cs, *alt;
	size_t skip;

	memset(out, 0, sizeof *out);
	cs = decode_choose(buf, n, forced, hint, &skip);
	out->binary = forced == NULL && skip == 0 && decode_looks_binary(buf, n);
	alt = forced ? NULL : decode_alternative(cs);
	if (alt) {
		size_t bad = decode_count_bad(buf + skip, n - skip, cs);

		if (bad > 0 && decode_count_bad(buf + skip, n - skip, alt) < bad)
			cs = alt;
	}
	if (decode_convert(buf + skip, n - skip, cs, &r, &conv) != 0) {
		if (diags)
			diag_add(diags, DIAG_ERROR, path, 0, -1,
			    _("unknown charset '%s'"), cs);
		strbuf_free(&conv);
		return -1;
	}
	decode_report_done(&r);
	out->text = decode_normalise(conv.s ? conv.s : "", conv.len, &out->len);
	/* Grown by doubling: up to twice the text, held as long as the page
	 * is (a 200 MB page). */
	out->text = xrealloc(out->text, out->len + 1);
	out->charset = xstrdup(cs);
	out->n_replaced = r.n_bad;
	strbuf_free(&conv);
	return 0;
}

void
decode_result_free(struct decode_result *r)
{
	free(r->text);
	free(r->charset);
	memset(r, 0, sizeof *r);
}

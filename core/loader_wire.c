/* SPDX-License-Identifier: ISC */
/* loader_wire.c: wire copy in IPTC 7901 and ANPA-1312.
 *
 * A wire story is framed by control codes: SOH opens the header (service,
 * number, priority, keyword), STX the text, ETX the trailer, EOT the
 * message; SYN pads the start.  ANPA marks heading lines with a leading
 * '^' and their ends with '<', and indents paragraphs with a tab; IPTC
 * 7901 hard-wraps the text at about 70 columns with blank lines between
 * paragraphs.  Bylines end in '='.  The bytes are decoded like a text page
 * (core/decode.c): mostly ASCII with a stray Latin-1 byte reads as
 * Latin-1.
 *
 * Before the first paragraph, lines are the headline, the byline ("By
 * NAME=", then the writer's title), or notes (keyword line, "Eds:", an
 * edition line such as "1ST LEAD"), which go to the page's meta lines.  A
 * line opening with '#' ("# Notebook") ends the story: the rest is notes
 * for editors. */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "clean.h"
#include "decode.h"
#include "i18n.h"
#include "loader.h"
#include "pagebuild.h"
#include "strbuf.h"
#include "xalloc.h"

enum wire_state { WIRE_HEAD, WIRE_BYLINE, WIRE_BODY, WIRE_NOTES };

struct wire {
	struct pagebuild pb;
	struct article	*a;
	enum wire_state	 st;
	bool		 by_title;	/* the byline's next line is a title */
	const char	**lines;	/* the paragraph being gathered */
	size_t		*lens;
	size_t		 n, cap, cap2;
	unsigned long	 first, last;
};

/* The line without control codes, ANPA's '^' and '<' marks and trailing
 * blanks.  Caller frees. */
static char *
wire_strip(const char *s, size_t len, bool *tab)
{
	struct strbuf b = STRBUF_INIT;
	size_t i;

	*tab = len > 0 && (s[0] == '\t' || strncmp(s, "   ", len < 3 ? len : 3) == 0);
	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x20 && s[i] != 0x7F)
			strbuf_addc(&b, s[i]);
		else if (s[i] == '\t')
			strbuf_addc(&b, ' ');
	while (b.len > 0 && strchr(" <", b.s[b.len - 1]))
		strbuf_truncate(&b, b.len - 1);
	i = strspn(b.s ? b.s : "", " ^");
	if (i > 0 && b.s)
		memmove(b.s, b.s + i, b.len - i + 1), b.len -= i;
	return strbuf_take(&b);
}

/* ANPA's typewriter marks: `` and '' are quotes, a lone _ a dash. */
static char *
wire_punct(char *s)
{
	static const char *const from[] = { "``", "''", " _ " };
	static const char *const to[] = { "\u201c", "\u201d", " \u2014 " };
	struct strbuf b = STRBUF_INIT;
	const char *p = s;
	size_t i;

	while (*p) {
		for (i = 0; i < 3; i++)
			if (strncmp(p, from[i], strlen(from[i])) == 0)
				break;
		if (i < 3) {
			strbuf_adds(&b, to[i]);
			p += strlen(from[i]);
		} else
			strbuf_addc(&b, *p++);
	}
	free(s);
	return b.s ? strbuf_take(&b) : xstrdup("");
}

static void
wire_flush(struct wire *w, enum block_kind kind)
{
	char *clean;

	if (w->n == 0)
		return;
	clean = wire_punct(clean_lines(w->lines, w->lens, w->n));
	pagebuild_block(w->a, kind, clean, pagebuild_span(&w->pb, w->first,
	    w->last));
	free(clean);
	w->n = 0;
}

static void
wire_add(struct wire *w, const char *s, unsigned long no)
{
	w->lines = xgrow(w->lines, &w->cap, w->n + 1, sizeof *w->lines);
	w->lens = xgrow(w->lens, &w->cap2, w->n + 1, sizeof *w->lens);
	w->lines[w->n] = s;
	w->lens[w->n++] = strlen(s);
	if (w->n == 1)
		w->first = no;
	w->last = no;
}

/* A short line in capitals: "1ST LEAD", "TIP-INS", "UP NEXT". */
static bool
wire_is_caps(const char *s)
{
	size_t letters = 0;

	for (; *s; s++) {
		if (islower((unsigned char)*s))
			return false;
		letters += isupper((unsigned char)*s) != 0;
	}
	return letters > 0;
}

/* Keyword, slug and editors' lines: BC-BKN--Heat-Hawks, Eds:, AP Photo. */
static bool
wire_is_note(const char *s)
{
	return strncmp(s, "Eds:", 4) == 0 || strncmp(s, "AP Photo", 8) == 0 ||
	    strstr(s, "--") != NULL || (strchr(s, '/') && !strchr(s, ' ')) ||
	    (wire_is_caps(s) && strlen(s) < 30);
}

static void
wire_head_line(struct wire *w, char *s, struct span sp)
{
	size_t len = strlen(s);
	bool eq = len > 0 && s[len - 1] == '=';

	while (len > 0 && (s[len - 1] == '=' || s[len - 1] == ' '))
		s[--len] = '\0';
	if (w->st == WIRE_BYLINE && w->by_title && eq) {
		w->by_title = false;	/* "AP Sports Writer=" */
		return;
	}
	if ((strncmp(s, "By ", 3) == 0 || strncmp(s, "BY ", 3) == 0) &&
	    w->a->byline.text == NULL) {
		pagebuild_elem(w->a, &w->a->byline, s, sp);
		w->st = WIRE_BYLINE;
		w->by_title = true;
	} else if (wire_is_note(s) || w->a->n_decks > 0)
		pagebuild_meta(&w->pb, s);
	else
		pagebuild_deck(w->a, s, sp);
}

static void
wire_body_line(struct wire *w, const char *s, bool indented, unsigned long no)
{
	if (*s == '\0' || strspn(s, "_-* ") == strlen(s)) {
		wire_flush(w, BLOCK_PARAGRAPH);
		return;
	}
	if (indented)
		wire_flush(w, BLOCK_PARAGRAPH);
	if (wire_is_caps(s) && strlen(s) < 40) {
		wire_flush(w, BLOCK_PARAGRAPH);
		wire_add(w, s, no);
		wire_flush(w, BLOCK_SECTION_HEAD);
		return;
	}
	wire_add(w, s, no);
}

/* Whether a line starts the body: indented (ANPA), or a blank line after
 * the headline (IPTC 7901). */
static void
wire_line(struct wire *w, char *s, bool indented, bool blank_before,
    unsigned long no)
{
	struct span sp = pagebuild_span(&w->pb, no, no);

	if (w->st == WIRE_NOTES || (*s == '#' && w->st == WIRE_BODY)) {
		wire_flush(w, BLOCK_PARAGRAPH);
		w->st = WIRE_NOTES;
		pagebuild_meta(&w->pb, s);
		return;
	}
	if (w->st != WIRE_BODY && *s != '\0' && (indented ||
	    (blank_before && w->a->n_decks > 0)))
		w->st = WIRE_BODY;
	if (w->st == WIRE_BODY)
		wire_body_line(w, s, indented, no);
	else if (*s != '\0')
		wire_head_line(w, s, sp);
}

/* The story text: between STX and ETX when they are there. */
static void
wire_text_range(const char *t, size_t len, size_t *start, size_t *end)
{
	const char *stx = memchr(t, 0x02, len), *etx;

	*start = stx ? (size_t)(stx - t) : 0;
	etx = memchr(t + *start, 0x03, len - *start);
	*end = etx ? (size_t)(etx - t) : len;
}

static void
wire_header_meta(struct wire *w, const char *t, size_t start, size_t end,
    size_t len)
{
	bool tab;
	char *h;

	/* The lines before STX (SOH header, keyword) and after ETX. */
	if (start > 0) {
		const char *p = t, *nl;

		for (; p < t + start; p = nl + 1) {
			nl = memchr(p, '\n', (size_t)(t + start - p));
			if (nl == NULL)
				nl = t + start;
			h = wire_strip(p, (size_t)(nl - p), &tab);
			pagebuild_meta(&w->pb, h);
			free(h);
		}
	}
	if (end < len) {
		h = wire_strip(t + end, len - end, &tab);
		pagebuild_meta(&w->pb, h);
		free(h);
	}
}

static void
wire_read(struct wire *w, const char *t, size_t len)
{
	size_t start, end, i, k, cap = 0, n = 0;
	char **lines = NULL;
	bool *ind = NULL, blank = false;
	size_t cap_i = 0;
	const char *p, *nl;

	wire_text_range(t, len, &start, &end);
	wire_header_meta(w, t, start, end, len);
	for (p = t + start; p < t + end; p = nl + 1) {
		bool tab;

		nl = memchr(p, '\n', (size_t)(t + end - p));
		if (nl == NULL)
			nl = t + end;
		lines = xgrow(lines, &cap, n + 1, sizeof *lines);
		ind = xgrow(ind, &cap_i, n + 1, sizeof *ind);
		lines[n] = wire_strip(p, (size_t)(nl - p), &tab);
		ind[n++] = tab;
	}
	for (i = 0; i < n; i++) {
		unsigned long no = pagebuild_line(&w->pb, lines[i], strlen(lines[i]));

		wire_line(w, lines[i], ind[i], blank, no);
		blank = lines[i][0] == '\0';
	}
	wire_flush(w, BLOCK_PARAGRAPH);
	for (k = 0; k < n; k++)
		free(lines[k]);
	free(lines);
	free(ind);
}

static int
loader_wire_load(struct page *page, const unsigned char *buf, size_t n,
    const struct load_options *opt, struct diag_list *diags)
{
	struct decode_result dr;
	struct wire w;

	if (decode_bytes(buf, n, opt->forced_charset, opt->charset_hint,
	    page->path, diags, &dr) != 0)
		return -1;
	memset(&w, 0, sizeof w);
	pagebuild_init(&w.pb, page);
	w.a = pagebuild_article(&w.pb, ARTICLE_NEWS);
	wire_read(&w, dr.text, dr.len);
	if (w.a->n_blocks == 0 && w.a->n_decks == 0)
		diag_add(diags, DIAG_WARNING, page->path, 0, -1,
		    _("no story text between the wire codes"));
	pagebuild_finish(&w.pb, dr.charset);
	free(w.lines);
	free(w.lens);
	decode_result_free(&dr);
	return 0;
}

/* SOH near the start (after SYN padding) and STX within the first bytes:
 * no text page holds those. */
static int
loader_wire_probe(const char *path, const unsigned char *head, size_t n)
{
	size_t i = 0;

	while (i < n && i < 8 && head[i] == 0x16)
		i++;
	return i < n && head[i] == 0x01 && memchr(head, 0x02, n) != NULL;
}

const struct loader loader_wire = {
	"wire",
	loader_wire_probe,
	loader_wire_load,
	NULL,
};

/* status.c: the status line (where we are, messages, problems) and the
 * one-line prompt. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "archive.h"
#include "input.h"
#include "screen.h"
#include "strbuf.h"
#include "xalloc.h"

/* Position in the body: "Top", "Bot", "All" or "42%". */
static void
status_percent(const struct reader *r, char *buf, size_t size)
{
	size_t rows = reader_body_rows(r), n = r->layout ? r->layout->n_lines : 0;

	if (n <= rows)
		snprintf(buf, size, "All");
	else if (r->btop == 0)
		snprintf(buf, size, "Top");
	else if (r->btop + rows >= n)
		snprintf(buf, size, "Bot");
	else
		snprintf(buf, size, "%zu%%", (r->btop + rows) * 100 / n);
}

/* The article's number among the issue's articles, and their count. */
static void
status_article_n(const struct reader *r, size_t *n, size_t *m)
{
	size_t i;

	*n = *m = 0;
	for (i = 0; i < r->n_arows; i++)
		if (r->arows[i].art != NULL) {
			++*m;
			if (i <= r->asel)
				*n = *m;
		}
}

/* Where we are, most useful first so that a narrow screen keeps it:
 * "article 3/12  42%  p.1  松川日报  2024-04-03 No.6127". */
static void
status_where(const struct reader *r, struct strbuf *sb)
{
	const struct issue *is = r->issue;
	char pct[16];
	size_t n, m;

	if (is == NULL) {
		strbuf_adds(sb, "kanbao");
		return;
	}
	if (r->art != NULL) {
		status_article_n(r, &n, &m);
		status_percent(r, pct, sizeof pct);
		strbuf_printf(sb, "article %zu/%zu  %s  p.%d  ", n, m, pct,
		    r->art->page->number);
	}
	strbuf_printf(sb, "%s  %s", is->publication->name, is->date);
	if (is->number > 0)
		strbuf_printf(sb, " No.%d", is->number);
}

static size_t
status_problems(const struct reader *r)
{
	return r->diags.n + (r->archive ? r->archive->diags.n : 0);
}

void
status_draw(struct reader *r)
{
	struct strbuf sb = STRBUF_INIT;
	attr_t a = screen_attr(SR_STATUS);
	int x, right = COLS - 1;
	size_t np = status_problems(r);
	char *key, probs[96];

	screen_fill(r->status, 0, 0, a);
	if (np > 0) {
		key = keymap_keys_for(&r->keymap, ACTION_SHOW_DIAGNOSTICS);
		snprintf(probs, sizeof probs, " %zu problem%s%s%s%s ", np, np == 1 ? "" : "s",
		    key ? " (" : "", key ? strtok(key, ",") : "", key ? ")" : "");
		free(key);
		right -= screen_width(probs, strlen(probs));
		screen_put(r->status, 0, right, COLS - right, probs, strlen(probs),
		    screen_attr(SR_WARN));
	}
	if (r->small) {		/* little room: the message, or why one pane */
		screen_put_file(r->status, 0, 1, right - 2, r->message ? r->message :
		    "Small terminal (40x10 shows more): one pane, Tab for the next", a);
		return;
	}
	status_where(r, &sb);
	x = 1 + screen_put_file(r->status, 0, 1, right - 2, sb.s, a);
	if (r->message != NULL && x + 3 < right)
		screen_put_file(r->status, 0, x + 2, right - x - 3, r->message, a | A_BOLD);
	strbuf_free(&sb);
}

/* --- the prompt ------------------------------------------------------------- */

static void
status_prompt_draw(struct reader *r, const char *prompt, const char *text)
{
	attr_t a = screen_attr(SR_STATUS);
	int x;

	screen_fill(r->status, 0, 0, a);
	x = screen_put(r->status, 0, 1, COLS - 2, prompt, strlen(prompt), a);
	x += screen_put(r->status, 0, 1 + x, COLS - 2 - x, text, strlen(text), a);
	wrefresh(r->status);
}

/* What a key types: a character (UTF-8 too), Space or Hash; else NULL. */
static const char *
status_prompt_typed(const struct input_event *ev)
{
	if (ev->kind != INPUT_KEY)
		return NULL;
	if (strcmp(ev->name, "Space") == 0 || strcmp(ev->name, "Hash") == 0)
		return ev->name[0] == 'S' ? " " : "#";
	if (strlen(ev->name) == 1 || (unsigned char)ev->name[0] >= 0x80)
		return ev->name;
	return NULL;
}

/* Backspace takes the last character, all its bytes. */
static void
status_prompt_rubout(struct strbuf *sb)
{
	unsigned char c;

	while (sb->len > 0) {
		c = (unsigned char)sb->s[sb->len - 1];
		strbuf_truncate(sb, sb->len - 1);
		if ((c & 0xc0) != 0x80)
			break;
	}
}

char *
status_prompt(struct reader *r, const char *prompt)
{
	struct strbuf sb = STRBUF_INIT;
	struct input_event ev;
	const char *typed;

	strbuf_adds(&sb, "");
	for (;;) {
		status_prompt_draw(r, prompt, sb.s);
		input_read(r->status, &ev);
		if (input_leaves(&ev) ||
		    strcmp(ev.name, "Esc") == 0 || strcmp(ev.name, "C-g") == 0)
			break;
		if (strcmp(ev.name, "Enter") == 0)
			return strbuf_take(&sb);
		if (strcmp(ev.name, "Backspace") == 0)
			status_prompt_rubout(&sb);
		else if ((typed = status_prompt_typed(&ev)) != NULL && sb.len < 200)
			strbuf_adds(&sb, typed);
	}
	strbuf_free(&sb);
	return NULL;
}

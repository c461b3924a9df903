/* SPDX-License-Identifier: ISC */
/* status.c: the status line (where we are, messages, problems) and the
 * one-line prompt. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "archive.h"
#include "body.h"
#include "i18n.h"
#include "input.h"
#include "screen.h"
#include "status.h"
#include "strbuf.h"
#include "width.h"
#include "xalloc.h"

/* Position in the body: "Top", "Bot", "All" or "42%", always three cells
 * (" 4%"), so that a scroll rewrites the digits only, not the rest of the
 * status line after them: over SSH a scroll's bytes are mostly this. */
static void
status_percent(const struct reader *r, char *buf, size_t size)
{
	size_t rows = reader_body_rows(r), n = r->layout ? r->layout->n_lines : 0;

	if (n <= rows)
		snprintf(buf, size, _("All"));
	else if (r->btop == 0)
		snprintf(buf, size, _("Top"));
	else if (r->btop + rows >= n)
		snprintf(buf, size, _("Bot"));
	else
		snprintf(buf, size, "%2zu%%", (r->btop + rows) * 100 / n);
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
		strbuf_printf(sb, _("article %zu/%zu  %s  p.%d  "), n, m, pct,
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

/* The first key bound to action a, or its name.  Caller frees. */
static char *
status_key_for(const struct reader *r, enum action a)
{
	char *keys = keymap_keys_for(&r->keymap, a), *comma;

	if (keys == NULL)
		return xstrdup(action_name(a));
	if ((comma = strchr(keys, ',')) != NULL)
		*comma = '\0';
	return keys;
}

/* Put msg at x in at most max cells; one too long is cut before a sign
 * saying so and which key shows it whole (the message log).  Returns the
 * cells used. */
static int
status_put_message(struct reader *r, int x, int max, const char *msg, attr_t a)
{
	char *key, *sign;
	int used, sw;

	if (max <= 0)
		return 0;
	if (screen_width(msg, strlen(msg)) <= max)
		return screen_put_file(r->status, 0, x, max, msg, a);
	key = status_key_for(r, ACTION_MESSAGE_LOG);
	sign = xasprintf("... (%s: all)", key);
	free(key);
	sw = screen_width(sign, strlen(sign));
	if (sw >= max) {	/* no room even for the sign: its start */
		used = screen_put(r->status, 0, x, max, sign, strlen(sign), a);
		free(sign);
		return used;
	}
	used = screen_put_file(r->status, 0, x, max - sw, msg, a);
	used += screen_put(r->status, 0, x + used, sw, sign, strlen(sign), a);
	free(sign);
	return used;
}

/* Until the first key: how to get help, as the message. */
static char *
status_hint(const struct reader *r)
{
	char *key, *hint;

	if (r->touched || r->message != NULL)
		return NULL;
	key = status_key_for(r, ACTION_HELP);
	hint = xasprintf("%s: help", key);
	free(key);
	return hint;
}

void
status_draw(struct reader *r)
{
	struct strbuf sb = STRBUF_INIT;
	attr_t a = screen_attr(SR_STATUS);
	int x, right = screen_cols() - 1, ww, mw;
	size_t np = status_problems(r);
	char *key, probs[96], *hint = status_hint(r);
	const char *msg = r->message != NULL ? r->message : hint;

	screen_fill(r->status, 0, 0, a);
	if (np > 0) {
		key = status_key_for(r, ACTION_SHOW_DIAGNOSTICS);
		/* TRANSLATORS: the count, then the key that lists them. */
		snprintf(probs, sizeof probs, ngettext(" %zu problem (%s) ",
		    " %zu problems (%s) ", np), np, key);
		free(key);
		right -= screen_width(probs, strlen(probs));
		screen_put(r->status, 0, right, screen_cols() - right, probs, strlen(probs),
		    screen_attr(SR_WARN));
	}
	if (r->linear) {	/* a line of plain text: the message alone, else
				 * where we are (and, until the first key, how
				 * to get help) */
		status_where(r, &sb);
		if (msg == NULL || r->message != NULL)
			status_put_message(r, 0, right, msg ? msg : sb.s, a);
		else {
			char *line = xasprintf("%s  %s", sb.s, msg);

			status_put_message(r, 0, right, line, a);
			free(line);
		}
		strbuf_free(&sb);
		free(hint);
		return;
	}
	if (r->small) {		/* little room: the message, or why one pane */
		char *why = xasprintf(_("Small terminal (40x10 shows more): one "
		    "pane, Tab for the next%s%s"), hint ? "; " : "", hint ? hint : "");

		status_put_message(r, 1, right - 2, r->message ? r->message : why,
		    a | (r->message ? A_BOLD : 0));
		free(why);
		free(hint);
		return;
	}
	status_where(r, &sb);
	/* Where we are, and the message beside it when both fit; else the
	 * message alone: a message is never hidden. */
	ww = screen_width(sb.s, sb.len);
	mw = msg ? screen_width(msg, strlen(msg)) : 0;
	if (msg == NULL || ww + 2 + mw <= right - 2) {
		x = 1 + screen_put_file(r->status, 0, 1, right - 2, sb.s, a);
		if (msg != NULL)
			status_put_message(r, x + 2, right - x - 3, msg, a | A_BOLD);
	} else
		status_put_message(r, 1, right - 2, msg, a | A_BOLD);
	strbuf_free(&sb);
	free(hint);
}

/* --- the prompt ------------------------------------------------------------- */

/* The prompt and what was typed; when they do not fit, the typed text's
 * end, where the typing is. */
static void
status_prompt_draw(struct reader *r, const char *prompt, const char *text)
{
	attr_t a = screen_attr(SR_STATUS);
	int x, room;
	size_t len = strlen(text);

	screen_fill(r->status, 0, 0, a);
	x = screen_put(r->status, 0, 1, screen_cols() - 2, prompt, strlen(prompt), a);
	room = screen_cols() - 2 - x;
	while (len > 0 && screen_width(text, len) > room - 1) {
		size_t n = width_cluster_len(text, len);

		text += n;
		len -= n;
	}
	x += screen_put(r->status, 0, 1 + x, room, text, len, a);
	/* --linear: the cursor where the typing is. */
	if (r->linear)
		screen_cursor(r->status, 0, 1 + x < screen_cols() ? 1 + x :
		    screen_cols() - 1);
	screen_show(r->status);
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
	return status_prompt_edit(r, prompt, "");
}

int
status_confirm(struct reader *r, const char *question)
{
	struct input_event ev;

	status_prompt_draw(r, question, "");
	input_read(r->status, &ev);
	return ev.kind == INPUT_KEY && (strcmp(ev.name, "y") == 0 ||
	    strcmp(ev.name, "Y") == 0);
}

char *
status_prompt_edit(struct reader *r, const char *prompt, const char *init)
{
	struct strbuf sb = STRBUF_INIT;
	struct input_event ev;
	const char *typed;

	strbuf_adds(&sb, init);
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

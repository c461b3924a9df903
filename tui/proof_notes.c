/* SPDX-License-Identifier: ISC */
/* proof_notes.c: notes on source lines and editing the page file, from
 * the reader (see pane_proof.c for the proof view they go with). */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "archive.h"
#include "atomicfile.h"
#include "i18n.h"
#include "message.h"
#include "nav.h"
#include "notes_export.h"
#include "pagetext.h"
#include "proof.h"
#include "proof_int.h"
#include "screen.h"
#include "status.h"
#include "xalloc.h"

/* The open page's notes, read again when the page changes.  Kiosk mode
 * reads none: they live in the patron's data directory or in a PAGE.notes
 * file that might lead out of the archive. */
int
proof_save_notes(struct reader *r, char **cause)
{
	struct proof_ui *pu = r->proof;
	char *why = NULL, *also = NULL;
	size_t i = 0;
	int rc = 0;

	if (pu == NULL)
		return 0;
	if (notes_pending(&pu->notes) && notes_save(&pu->notes, &why) != 0)
		rc = -1;
	while (i < pu->n_unsaved) {
		if (notes_save(&pu->unsaved[i], &also) != 0) {
			if (why == NULL)
				why = also;
			else
				free(also);
			also = NULL;
			rc = -1;
			i++;
			continue;
		}
		note_set_free(&pu->unsaved[i]);
		pu->unsaved[i] = pu->unsaved[--pu->n_unsaved];
	}
	if (rc != 0 && cause != NULL)
		*cause = why;
	else
		free(why);
	return rc;
}

const struct note_set *
proof_notes(struct reader *r, const struct page *p)
{
	struct proof_ui *pu = proof_get(r);
	char *cause = NULL;

	if (pu->notes_of != p) {
		/* Another page: this one's unsaved notes wait for a retry. */
		if (notes_pending(&pu->notes) &&
		    strcmp(pu->notes.page_path, p->path) != 0 &&
		    notes_save(&pu->notes, &cause) != 0)
			proof_park_notes(pu, &pu->notes);
		free(cause);
		if (!reader_restricted(r, KIOSK_USER_CONFIG))
			notes_load(&pu->notes, p->path, NULL);
		pu->notes_of = p;
	}
	return &pu->notes;
}

/* The first note on page line l of p, or NULL. */
const struct note *
proof_line_note(struct reader *r, const struct page *p, unsigned long l)
{
	const struct note_set *ns = proof_notes(r, p);
	unsigned long fl = l + p->line_offset;
	size_t i;

	for (i = 0; i < ns->n; i++)
		if (fl >= ns->items[i].first_line && fl <= ns->items[i].last_line)
			return &ns->items[i];
	return NULL;
}

size_t
proof_notes_on(struct reader *r, const struct page *p, unsigned long first,
    unsigned long last, size_t **idx)
{
	const struct note_set *ns = proof_notes(r, p);
	unsigned long lo = first + p->line_offset, hi = last + p->line_offset;
	size_t i, n = 0;

	*idx = xcalloc(ns->n ? ns->n : 1, sizeof **idx);
	for (i = 0; i < ns->n; i++)
		if (ns->items[i].first_line <= hi && ns->items[i].last_line >= lo)
			(*idx)[n++] = i;
	return n;
}

/* --- notes ------------------------------------------------------------------------ */

/* Chars in page line l (at least 1: a note ends on a character). */
static unsigned long
proof_line_chars(const struct page *p, unsigned long l)
{
	size_t len;
	const char *s = pagetext_line(&p->text, l, &len);
	unsigned long n = 0;

	for (; s && len > 0; s++, len--)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n ? n : 1;
}

void
proof_note_mark(struct reader *r)
{
	struct proof_ui *pu = proof_get(r);
	unsigned long cf, cl;

	if (r->art == NULL || proof_cursor_lines(r, &cf, &cl) != 0) {
		reader_message(r, _("No source line to mark"));
		return;
	}
	if (pu->mark_page != NULL) {
		pu->mark_page = NULL;
		reader_message(r, _("Selection cleared"));
		return;
	}
	pu->mark_page = r->art->page;
	pu->mark_line = cf;
	reader_message(r, _("Selection from line %lu: move, then add a note"),
	    cf + r->art->page->line_offset);
}

void
proof_note_add(struct reader *r)
{
	struct proof_ui *pu = proof_get(r);
	const struct page *p;
	unsigned long cf, cl, lo, hi;
	char *text, *prompt, *cause = NULL;

	if (r->art == NULL || proof_cursor_lines(r, &cf, &cl) != 0) {
		reader_message(r, _("No source line to note"));
		return;
	}
	p = r->art->page;
	lo = cf;
	hi = cl;
	if (pu->mark_page == p) {
		lo = pu->mark_line < cf ? pu->mark_line : cf;
		hi = pu->mark_line > cl ? pu->mark_line : cl;
	}
	prompt = xasprintf(_("Note on lines %lu-%lu: "), lo + p->line_offset,
	    hi + p->line_offset);
	text = status_prompt(r, prompt);
	free(prompt);
	if (text == NULL || text[0] == '\0') {
		free(text);
		reader_message(r, _("No note added"));
		return;
	}
	pu->notes_of = NULL;	/* read again: another reader may have added */
	proof_notes(r, p);
	notes_add(&pu->notes, lo + p->line_offset, 1, hi + p->line_offset,
	    proof_line_chars(p, hi), text);
	free(text);
	if (notes_save(&pu->notes, &cause) != 0) {
		/* Kept: the next note, or quitting, tries again. */
		reader_message(r, _("Note not saved (kept to try again): %s"), cause);
		free(cause);
		return;
	}
	pu->mark_page = NULL;
	reader_message(r, _("Note saved in %s"), pu->notes.store);
}

/* The note on the cursor's lines to edit or delete: asked for by number
 * when there are several.  Its index in the page's notes, or -1 (with a
 * message). */
static long
proof_pick_note(struct reader *r, const char *verb)
{
	unsigned long cf, cl;
	size_t *idx, n;
	long pick = -1, k;
	char *prompt, *ans, *end;

	if (r->art == NULL || proof_cursor_lines(r, &cf, &cl) != 0) {
		reader_message(r, _("No source line here"));
		return -1;
	}
	proof_get(r)->notes_of = NULL;	/* read again: another reader may have changed them */
	n = proof_notes_on(r, r->art->page, cf, cl, &idx);
	if (n == 0)
		reader_message(r, _("No note on line %lu"), cf + r->art->page->line_offset);
	else if (n == 1)
		pick = (long)idx[0];
	else {
		prompt = xasprintf(_("%s which note, 1-%zu (as listed under the source)? "),
		    verb, n);
		ans = status_prompt(r, prompt);
		free(prompt);
		k = ans ? strtol(ans, &end, 10) : 0;
		if (ans == NULL || ans[0] == '\0')
			reader_message(r, _("No note chosen"));
		else if (*end != '\0' || k < 1 || k > (long)n)
			reader_message(r, _("'%.20s' is not a note number: 1 to %zu"), ans, n);
		else
			pick = (long)idx[k - 1];
		free(ans);
	}
	free(idx);
	return pick;
}

static int
proof_notes_write(struct reader *r, const char *done)
{
	struct proof_ui *pu = proof_get(r);
	char *cause = NULL;

	if (notes_save(&pu->notes, &cause) != 0) {
		reader_message(r, _("Notes not saved: %s"), cause);
		free(cause);
		pu->notes_of = NULL;
		return -1;
	}
	reader_message(r, "%s", done);
	return 0;
}

void
proof_note_edit(struct reader *r)
{
	struct proof_ui *pu = proof_get(r);
	long i = proof_pick_note(r, "Edit");
	char *text, *prompt;
	struct note *n;

	if (i < 0)
		return;
	n = &pu->notes.items[i];
	prompt = xasprintf("Note on lines %lu-%lu: ", n->first_line, n->last_line);
	text = status_prompt_edit(r, prompt, n->text);
	free(prompt);
	if (text == NULL) {
		reader_message(r, _("Note not changed"));
		return;
	}
	if (text[0] == '\0') {
		free(text);
		reader_message(r, _("An empty note is not kept: note-delete deletes it"));
		return;
	}
	notes_set_text(&pu->notes, (size_t)i, text);	/* merged at the save */
	free(text);
	proof_notes_write(r, _("Note changed"));
}

void
proof_note_delete(struct reader *r)
{
	struct proof_ui *pu = proof_get(r);
	long i = proof_pick_note(r, "Delete");
	char *q;

	if (i < 0)
		return;
	q = xasprintf(_("Delete the note on lines %lu-%lu? (y: yes) "),
	    pu->notes.items[i].first_line, pu->notes.items[i].last_line);
	if (!status_confirm(r, q)) {
		free(q);
		reader_message(r, _("Note kept"));
		return;
	}
	free(q);
	notes_remove(&pu->notes, (size_t)i);
	proof_notes_write(r, _("Note deleted"));
}

/* The page's name for a newsroom: its path in the archive. */
static const char *
proof_page_name(const struct reader *r, const struct page *p)
{
	size_t n = strlen(r->archive->root);

	if (strncmp(p->path, r->archive->root, n) == 0 && p->path[n] == '/')
		return p->path + n + 1;
	return p->path;
}

void
proof_notes_export(struct reader *r)
{
	struct strbuf sb = STRBUF_INIT;
	struct note_set ns = { 0 };
	struct issue *is = r->issue;
	char *def, *path;
	size_t i, n = 0;
	enum notes_export_format fmt;

	if (is == NULL) {
		reader_message(r, "No issue open");
		return;
	}
	def = xasprintf("notes-%s-%s.jsonl", is->publication->id, issue_key(is));
	path = status_prompt_edit(r, _("Notes to (.jsonl: JSON Lines, else text): "),
	    def);
	free(def);
	if (path == NULL || path[0] == '\0') {
		free(path);
		reader_message(r, _("Notes not exported"));
		return;
	}
	fmt = notes_export_format_of(path);
	strbuf_adds(&sb, "");
	for (i = 0; i < is->n_pages; i++) {
		const struct page *p = &is->pages[i];

		if (notes_load(&ns, p->path, NULL) != 0)
			continue;
		notes_export_page(&sb, fmt, proof_page_name(r, p), &ns, &p->text,
		    p->line_offset);
		n += ns.n;
		note_set_free(&ns);
		memset(&ns, 0, sizeof ns);
	}
	if (atomicfile_replace(path, sb.s, sb.len, 0644) != 0)
		reader_message(r, _("Cannot write %s: %s"), path, strerror(errno));
	else
		reader_message(r, ngettext("%zu note of %s %s written to %s",
		    "%zu notes of %s %s written to %s", n), n,
		    is->publication->name, is->date, path);
	strbuf_free(&sb);
	free(path);
}

/* --- editing the page ----------------------------------------------------------- */

/* Run $VISUAL or $EDITOR (else vi) on path at line; the exit status or -1. */
static int
proof_run_editor(const char *path, unsigned long line)
{
	const char *ed = getenv("VISUAL");
	char plus[32];
	pid_t pid;
	int st, told = 0;

	if (ed == NULL || ed[0] == '\0')
		ed = getenv("EDITOR");
	if (ed == NULL || ed[0] == '\0')
		ed = "vi";
	snprintf(plus, sizeof plus, "+%lu", line);
	if ((pid = fork()) < 0)
		return -1;
	if (pid == 0) {
		/* Through the shell, so EDITOR may hold arguments ("emacs -nw"). */
		setenv("KANBAO_ED", ed, 1);
		signal(SIGINT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		signal(SIGHUP, SIG_DFL);
		execl("/bin/sh", "sh", "-c", "exec $KANBAO_ED \"$@\"", "sh", plus, path,
		    (char *)NULL);
		_exit(127);
	}
	/* A stop signal for us (SIGTERM; a hang-up reaches the editor too)
	 * is passed on, so the editor ends and the reader can save. */
	while (waitpid(pid, &st, 0) < 0) {
		if (errno != EINTR)
			return -1;
		if (screen_stop_signal() != 0 && !told) {
			kill(pid, SIGTERM);
			told = 1;
		}
	}
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* Read the page again after an edit and reopen the article where it was.
 * Every article of the issue may have moved: the jumps are linked again
 * and the lists rebuilt. */
static void
proof_reload(struct reader *r, struct page *p)
{
	struct issue *is = r->issue;
	char *id = xstrdup(r->art_id);
	struct place at = { NULL, r->ablock, r->aoff };
	size_t i, k, m;

	reader_save_place(r);
	proof_get(r);	/* E may come before any other proof action */
	flag_list_free(&r->proof->flags);
	r->proof->flags_of = NULL;
	r->proof->last = 0;
	r->proof->notes_of = NULL;
	r->proof->mark_page = NULL;
	r->art = NULL;		/* nothing may look at the old articles now */
	page_unload(p);
	for (i = 0; i < is->n_pages; i++)
		for (k = 0; k < is->pages[i].n_articles; k++)
			for (m = 0; m < is->pages[i].articles[k].n_jumps; m++)
				is->pages[i].articles[k].jumps[m].target = NULL;
	is->linked = false;
	r->issue = NULL;	/* makes reader_open_issue read it again */
	for (i = 0; i < r->n_irows && r->irows[i].issue != is; i++)
		;
	reader_open_issue(r, i < r->n_irows ? i : r->isel);
	for (i = 0; i < r->n_arows; i++) {
		char *aid = r->arows[i].art ? article_id(r->arows[i].art) : NULL;
		int same = aid && strcmp(aid, id) == 0;

		free(aid);
		if (same) {
			at.art = r->arows[i].art;
			reader_open_article(r, i, &at);
			break;
		}
	}
	free(id);
}

void
proof_edit(struct reader *r)
{
	struct page *p;
	unsigned long cf = 0, cl;
	int rc;

	if (r->art == NULL) {
		reader_message(r, _("No article open"));
		return;
	}
	p = (struct page *)r->art->page;
	if (proof_cursor_lines(r, &cf, &cl) != 0)
		cf = r->art->span.first_line;
	screen_suspend();
	rc = proof_run_editor(p->path, cf + p->line_offset);
	screen_resume();
	proof_reload(r, p);
	if (rc != 0)
		reader_message(r, _("The editor exited with status %d; page read again"), rc);
	else
		reader_message(r, _("Page read again after editing"));
}

/* proof_int.h: what pane_proof.c and proof_notes.c share.  Only they
 * include it. */
#ifndef KANBAO_PROOF_INT_H
#define KANBAO_PROOF_INT_H

#include "flags.h"
#include "notes.h"
#include "reader.h"

struct proof_ui {
	int		 on;		/* the source lines under the body */
	int		 numbers;	/* line numbers beside the body */
	const struct issue *flags_of;	/* the issue flags were found for */
	struct flag_list flags;		/* in issue order */
	/* The flag last jumped to, while the body still shows it there. */
	size_t		 last;		/* index + 1; 0: none */
	const struct article *last_art;
	size_t		 last_block, last_off;
	/* The open page's notes, and the selection a note is made for. */
	const struct page *notes_of;
	struct note_set	 notes;
	const struct page *mark_page;	/* NULL: no selection */
	unsigned long	 mark_line;	/* page line where it starts */
	/* Other pages' notes that could not be saved, for the next try. */
	struct note_set	*unsaved;
	size_t		 n_unsaved, cap_unsaved;
};

/* r->proof, made on first use. */
struct proof_ui *proof_get(struct reader *);
/* The page lines the cursor (the body's top line) came from; -1 when none. */
int	proof_cursor_lines(const struct reader *, unsigned long *first,
	    unsigned long *last);

/* proof_notes.c */
/* Keep ns (emptied) with the unsaved notes of other pages. */
void	proof_park_notes(struct proof_ui *, struct note_set *ns);
/* The open page's notes, read again when the page changes. */
const struct note_set *proof_notes(struct reader *, const struct page *);
/* The first note on page line l of p, or NULL. */
const struct note *proof_line_note(struct reader *, const struct page *,
	    unsigned long l);
void	proof_note_mark(struct reader *);
void	proof_note_add(struct reader *);
/* Edit the page file in $VISUAL or $EDITOR at the cursor, then read it
 * again. */
void	proof_edit(struct reader *);

#endif

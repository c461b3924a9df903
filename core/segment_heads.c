/* SPDX-License-Identifier: ISC */
/* segment_heads.c: default output, English: a headline in sentence case
 * set right over its text.
 *
 * Title case is not the only habit of English headlines: most papers set
 * them in sentence case ("Library expansion opens to the public"), short,
 * with no full stop, and the text, byline or dateline follows at once,
 * with no blank line between.  The other rules (segment_blocks.c) want a
 * blank line after such a headline or a short line ending it; here the
 * line after it decides: a paragraph's line that ends no sentence goes on
 * with the same sentence on the next line, so a new sentence opening
 * there ("The heaviest pumpkin …", "A ribbon cutting …") shows that the
 * lines above were no sentence at all. */
#include "config.h"

#include <string.h>

#include "segment_int.h"

/* Neither a sentence nor a headline ends on these: a line ending in one
 * goes on. */
static const char *const go_on[] = { "a", "an", "the", "of", "to", "in",
    "on", "at", "by", "for", "with", "from", "into", "before", "after",
    "about", "over", "under", "between", "and", "or", "but", "as", "that",
    "than", "if", "so", "who", "which", "when", "while", "is", "are", "was",
    "were", "be", "been", "has", "have", "had", "will", "would", "could",
    "should", "can", "said", "its", "their", "his", "her", "our", "this",
    "these", "those", "not", NULL };

static bool
is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

static bool
is_lower(char c)
{
	return c >= 'a' && c <= 'z';
}

/* Does the line end on a word the sentence must go on after? */
static bool
ends_going_on(const char *c)
{
	return segment_heads_goes_on(c);
}

bool
segment_heads_goes_on(const char *c)
{
	const char *w = strrchr(c, ' ');
	size_t k;

	w = w ? w + 1 : c;
	for (k = 0; go_on[k]; k++)
		if (strcmp(w, go_on[k]) == 0)
			return true;
	return false;
}

/* A place and a dash opening the text: "ELM FALLS — ", "Westbrook — "
 * (one to three capitalised words). */
static bool
place_dateline(const char *c)
{
	const char *dash = strstr(c, " — ");
	const char *p;
	int words = 0;

	if (dash == NULL || dash - c > 30)
		return false;
	for (p = c; p < dash; p++)
		if (p == c || p[-1] == ' ') {
			if (!is_upper(*p))
				return false;
			words++;
		}
	return words <= 3;
}

/* Does the line open a sentence: a capital word followed by one in lower
 * case or a figure ("The heaviest", "Crews worked"), an article before a
 * name ("The Parliament") or a dateline?  A capital word before another
 * is mostly a name going on from the line before ("… said / Daniel
 * Brooks"). */
static bool
opens_sentence(const char *c)
{
	const char *sp = strchr(c, ' ');
	size_t n;

	if (!is_upper(c[0]) || sp == NULL)
		return false;
	if (place_dateline(c))
		return true;
	n = (size_t)(sp - c);
	if (c[n - 1] == ',')
		return false;	/* "January, and …": a list or a clause */
	if ((n == 1 && c[0] == 'A') || (n == 2 && strncmp(c, "An", 2) == 0) ||
	    (n == 3 && strncmp(c, "The", 3) == 0))
		return true;
	return is_lower(sp[1]) || (sp[1] >= '0' && sp[1] <= '9');
}

/* May line i be part of a headline: text in no other class, a title's
 * shape, no sentence ended in it or at its end, no dateline? */
static bool
head_line(const struct seg_page *sp, size_t i)
{
	const struct seg_line *l = &sp->v[i];

	return l->cls == SEG_BODY && segment_blocks_title_shape(sp, i) &&
	    !segment_lines_is_fragment(sp, i) &&
	    !segment_lines_ends_sentence(l->clean) &&
	    strstr(l->clean, ". ") == NULL &&
	    segment_lines_dateline(l->clean) == 0 &&
	    segment_lines_byline_prefix(l->clean) == 0;
}

/* Lines from a (after a blank line and a paragraph's end): up to three
 * that start with a capital and go on in lower case (or after a word a
 * sentence goes on from), the next line opening a sentence, a byline or
 * a dateline.  Returns the line after the headline, or a. */
static size_t
sentence_head(struct seg_page *sp, size_t a)
{
	size_t e, k;

	if (!is_upper(sp->v[a].clean[0]))
		return a;
	for (e = a; e < sp->n && e - a < 3; e++) {
		const struct seg_line *n;
		if (!head_line(sp, e))
			return a;
		if (e > a && (sp->v[e].gap || (!is_lower(sp->v[e].clean[0]) &&
		    !ends_going_on(sp->v[e - 1].clean))))
			return a;
		if (ends_going_on(sp->v[e].clean))
			continue;
		if (e + 1 >= sp->n || sp->v[e + 1].gap)
			return a;
		n = &sp->v[e + 1];
		/* A wrapped headline stops short (its lines are not
		 * justified); lines of a paragraph's width are its. */
		if (e > a && sp->v[e].w * 10 >= n->w * 9)
			return a;
		if (n->cls == SEG_BYLINE || (n->cls == SEG_BODY &&
		    (segment_lines_dateline(n->clean) > 0 ||
		    opens_sentence(n->clean)))) {
			for (k = a; k <= e; k++)
				seg_set(&sp->v[k], SEG_TITLE, "headline: an English line in sentence case over text");
			return e + 1;
		}
		if (!is_lower(n->clean[0]))
			return a;
	}
	return a;
}

/* A kicker read apart from its headline: one to three words in
 * capitals, no figure, alone between blank lines (WATERFRONT, HIGH SCHOOL
 * SPORTS).  Read as text it would end up a paragraph of the story it
 * falls in, or a headline taking the next byline and text. */
static bool
lone_kicker(const struct seg_page *sp, size_t i)
{
	const char *c = sp->v[i].clean, *p;
	int words = 0;

	if ((sp->v[i].cls != SEG_BODY && sp->v[i].cls != SEG_TITLE) ||
	    !sp->v[i].gap ||
	    (i + 1 < sp->n && !sp->v[i + 1].gap))
		return false;
	for (p = c; *p; p++) {
		if (p == c || p[-1] == ' ')
			words++;
		if (!is_upper(*p) && *p != ' ')
			return false;
	}
	if (words < 1 || words > 3 || strlen(c) < 4)
		return false;
	/* Taken for a headline: a kicker only over another headline (one
	 * over its byline too) or a byline; over text it heads that text
	 * (CLASSIFIEDS). */
	return sp->v[i].cls == SEG_BODY || (i + 1 < sp->n &&
	    (sp->v[i + 1].cls == SEG_TITLE || sp->v[i + 1].cls == SEG_BYLINE ||
	    (i + 2 < sp->n && sp->v[i + 2].cls == SEG_BYLINE &&
	    !sp->v[i + 2].gap)));
}

void
segment_heads_sentence_case(struct seg_page *sp)
{
	size_t i, e;

	if (sp->cjk || sp->mode != SEG_MODE_DEFAULT)
		return;
	for (i = 0; i < sp->n; i++)
		if (lone_kicker(sp, i))
			seg_set(&sp->v[i], SEG_KICKER, "kicker: capitals over a sentence-case headline");
	for (i = 0; i < sp->n; i++) {
		/* After a blank line, or right under page furniture (the
		 * paper's name read with the first headline's block). */
		if (!(sp->v[i].gap || (i > 0 && sp->v[i - 1].cls == SEG_META)) ||
		    !segment_blocks_boundary_before(sp, i))
			continue;
		/* A deck may follow in its own sentence case. */
		while ((e = sentence_head(sp, i)) > i)
			i = e;
	}
}

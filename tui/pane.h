/* pane.h: the panes behind the pane interface, and what list panes share. */
#ifndef KANBAO_PANE_H
#define KANBAO_PANE_H

#include "reader.h"

/* pane_*.c */
extern const struct pane_ops pane_issues_ops, pane_articles_ops, pane_body_ops;
/* Follow a jump line of the open article; back. */
void	pane_body_follow(struct reader *);
/* pane.c: a pane's title row (text from files allowed). */
void	pane_title(struct reader *, struct pane *, const char *text);
/* Keep sel visible in a list pane of n rows. */
void	pane_list_scroll(struct pane *, size_t sel, size_t n);
/* The selectable row delta rows from sel (ok says which are). */
size_t	pane_list_move(size_t sel, size_t n, long delta,
	    int (*ok)(const void *, size_t), const void *arg);
/* How far a moving action goes in a list (0: not a move). */
long	pane_list_delta(const struct pane *, enum action, long count,
	    size_t sel, size_t n);

#endif

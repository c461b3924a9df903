/* search_results.h: search the archive and list the hits. */
#ifndef KANBAO_SEARCH_RESULTS_H
#define KANBAO_SEARCH_RESULTS_H

#include "reader.h"

void	search_results_start(struct reader *);
void	search_results_free(struct reader *);

#endif

/* SPDX-License-Identifier: ISC */
/* bench_layout.c: how fast an article reflows.
 *
 *	bench_layout [MEGABYTES]
 *
 * Builds an article of mixed Chinese and English paragraphs (1 MB by
 * default), lays it out at several widths and prints the time and MB/s of
 * each; then the same text as one single paragraph.  Prints, asserts
 * nothing. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "layout.h"
#include "strbuf.h"

static const char *bench_para[] = {
	"中新网太原５月３１日电（记者梁波）“山西煤老板是历史现象，随着时代"
	"发展将淡出历史舞台。”３１日下午，山西省委书记袁纯清在“新晋商、新形"
	"象、新境界”民企座谈会上表示。我国煤炭系统立井开拓井型最大、产量最高"
	"、装备最优良的现代化特大型煤矿———兖矿集团济三煤矿于2000年12月28日在"
	"兖州矿区正式投产……成为我国煤炭发展史上的一个里程碑。",
	"The quick brown fox jumps over the lazy dog while the reporter, "
	"standing in the rain outside City Hall, asked the mayor about the "
	"budget — \xE2\x80\x9Cwe will see,\xE2\x80\x9D she said — and the "
	"council adjourned until Tuesday at 10 a.m.",
};

static double
bench_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
bench_run(const char *what, const struct layout_doc *doc, size_t bytes)
{
	static const int	 widths[] = { 80, 40, 200, 20 };
	struct layout_options	 o = { 0, AMBIGUOUS_NARROW, 2, 0 };
	struct layout		*L;
	double			 t0, t;
	size_t			 i, lines;
	int			 rep, reps = 5;

	for (i = 0; i < sizeof widths / sizeof widths[0]; i++) {
		o.width = widths[i];
		t0 = bench_now();
		lines = 0;
		for (rep = 0; rep < reps; rep++) {
			L = layout_run(doc, &o);
			lines = L->n_lines;
			layout_free(L);
		}
		t = (bench_now() - t0) / reps;
		printf("%s, width %3d: %8.2f ms, %7.1f MB/s, %zu lines\n",
		    what, widths[i], t * 1e3, bytes / 1e6 / t, lines);
	}
}

int
main(int argc, char **argv)
{
	struct layout_doc	 doc = { NULL, 0, 0 };
	struct strbuf		*paras, all = STRBUF_INIT;
	size_t			 want, total = 0, n = 0, i;
	double			 mb = argc > 1 ? atof(argv[1]) : 1.0;

	want = (size_t)(mb * 1e6);
	if (want == 0)
		want = 1;
	paras = calloc(want / 200 + 2, sizeof *paras);
	if (paras == NULL)
		return 1;
	while (total < want) {
		strbuf_adds(&paras[n], bench_para[n % 2]);
		strbuf_adds(&paras[n], bench_para[n % 2]);
		total += paras[n].len;
		n++;
	}
	for (i = 0; i < n; i++) {
		layout_doc_add(&doc, LS_BODY, paras[i].s, paras[i].len, 1, NULL);
		strbuf_add(&all, paras[i].s, paras[i].len);
	}
	printf("article: %zu bytes in %zu paragraphs\n", total, n);
	bench_run("paragraphs", &doc, total);
	layout_doc_free(&doc);
	layout_doc_add(&doc, LS_BODY, all.s, all.len, 1, NULL);
	bench_run("one block ", &doc, total);
	layout_doc_free(&doc);
	for (i = 0; i < n; i++)
		strbuf_free(&paras[i]);
	free(paras);
	strbuf_free(&all);
	return 0;
}

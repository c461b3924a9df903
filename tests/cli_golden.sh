#!/bin/sh
# SPDX-License-Identifier: ISC
# cli_golden.sh: --list, --dump (widths 20, 41, 80), --raw and --export on
# the sample archive, compared with tests/golden/.  KANBAO_REGOLD=1 rewrites
# the golden files after a deliberate change (review the diff).
. "$top_srcdir/tests/lib.sh"
make_tmpdir

golden list-archive.out --list
golden list-songchuan-2024-04-03.out --list songchuan-daily/2024-04-03
golden list-harborton-2024-09-11.out --list harborton-ledger/2024-09-11
golden list-zhufeng-2024-03-15.out --list zhufeng-weekly/2024-03-15
for w in 20 41 80; do
	golden dump-songchuan-2024-04-03-01-w$w.out --dump --width $w songchuan-daily/2024-04-03/01
	golden dump-songchuan-2024-06-14-02-w$w.out --dump --width $w songchuan-daily/2024-06-14/02
	golden dump-zhufeng-2024-03-15-01-w$w.out --dump --width $w zhufeng-weekly/2024-03-15/01
	golden dump-harborton-2024-09-11-01-w$w.out --dump --width $w harborton-ledger/2024-09-11/01
done
golden raw-songchuan-2024-04-03-03.out --dump --raw songchuan-daily/2024-04-03/03
golden export-harborton-2024-09-04.out --export jsonl harborton-ledger/2024-09-04
golden export-songchuan-2024-05-08.out --export jsonl songchuan-daily/2024-05-08
exit 0

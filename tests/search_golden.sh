#!/bin/sh
# search_golden.sh: --search on the sample archive (folding, phrases split
# by a hard wrap, literal mode, grep's exit statuses), compared with
# tests/golden/search-*.out.  KANBAO_REGOLD=1 rewrites the golden files.
. "$top_srcdir/tests/lib.sh"
make_tmpdir

# A phrase printed across a line break; full-width digits; a frequent word.
golden search-wrap.out --search 下洋村的集中育秧大棚
golden search-fullwidth.out --search '２０．３ 万亩' songchuan-daily
golden search-frequent.out --search 育秧 songchuan-daily/2024-04-03/01
# Latin: case and a word hyphenated at a line end; literal mode.
golden search-latin.out --search 'the ALTERNATIVE is' harborton-ledger
golden search-literal.out --search 'Harborton City' --literal harborton-ledger/2024-09-04
golden search-literal-case.out --search 'harborton city' --literal harborton-ledger/2024-09-04
# Nothing found: 1; trouble: 2.
golden search-none.out --search 'no such phrase' songchuan-daily
golden search-errors.out --search '  '
golden search-badid.out --search 育秧 no-such-publication
golden search-badutf8.out --search "$(printf 'a\377b')"
exit 0

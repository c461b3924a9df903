#!/usr/bin/env python3
# SPDX-License-Identifier: ISC
"""mixed_page.py OUT MB PAGE...: one page of about MB megabytes of varied
text: the given pages (those in UTF-8), in a shuffled order, each with its
paragraphs (text between blank lines) shuffled, over and over, form feeds
dropped so that it stays one page.  Seeded: the same page every time.
For tests/big_page.sh and bench.sh's bigpage."""
import random
import sys


def main():
    out, mb = sys.argv[1], float(sys.argv[2])
    pages = []
    for path in sys.argv[3:]:
        try:
            with open(path, encoding="utf-8") as f:
                pages.append(f.read().replace("\f", "").split("\n\n"))
        except UnicodeDecodeError:
            pass
    if not pages:
        sys.exit("mixed_page.py: no UTF-8 page given")
    rnd = random.Random(1)
    size, parts = 0, []
    while size < mb * 1000 * 1000:
        for paras in rnd.sample(pages, len(pages)):
            paras = paras[:]
            rnd.shuffle(paras)
            s = "\n\n".join(paras) + "\n\n"
            parts.append(s)
            size += len(s.encode())
    with open(out, "w", encoding="utf-8") as f:
        f.write("".join(parts))


main()

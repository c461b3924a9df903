#!/usr/bin/env python3
# SPDX-License-Identifier: ISC
"""long_line_page.py PATH SIZE HITS: a page whose text is one line of about
SIZE bytes holding the word "needle" HITS times, evenly spread (for the
uncached search's linear-time test and the longline bench)."""
import sys

path, size, hits = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
words = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do "
chunk = size // hits
filler = (words * (chunk // len(words) + 1))[:chunk - 8]
with open(path, "w") as f:
    f.write("Title\n\n" + "".join(filler + " needle " for _ in range(hits)) + "\n")

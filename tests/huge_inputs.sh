#!/bin/sh
# SPDX-License-Identifier: ISC
# huge_inputs.sh: huge and broken inputs give a clear diagnostic or a
# slow-but-bounded result, never a hang, a crash or unbounded memory.
# Everything is generated in a temporary directory: a 100 MB page, a 10 MB
# line, an issue directory of 100 000 files, symlink loops, files that
# cannot be read, pages that are all invalid bytes or all U+FFFD.  Each
# command runs under timeout(1) and /usr/bin/time (peak RSS).
. "$top_srcdir/tests/lib.sh"
[ -n "${PYTHON3:-}" ] || { echo "SKIP: python3 not found"; exit 77; }
[ -x /usr/bin/time ] || { echo "SKIP: /usr/bin/time not found"; exit 77; }
make_tmpdir
# Under AddressSanitizer allocation costs page faults and memory is
# quarantined: to keep the test's time reasonable the huge page is 30 MB,
# the directory holds fewer pages (still 100 000 files) and the invalid
# pages are smaller; memory bounds are tripled.
page_mb=100 pages=10000 junk_lines=40000 rss_factor=1
# The huge page's peak: 5.5 times the page (below); under the sanitizer,
# whose quarantine and shadow memory do not scale with it, as before.
big_max=$((page_mb * 11 / 2))
if ldd "$KANBAO" 2>/dev/null | grep -q libasan; then
	page_mb=30 pages=1000 junk_lines=8000 rss_factor=3 big_max=1500
fi

# bounded SECONDS MAX_RSS_MB NAME ARG...: run kanbao; it must finish (any
# exit status but a crash) within SECONDS and peak under MAX_RSS_MB.
bounded() {
	secs=$1 max=$(($2 * rss_factor)) name=$3
	shift 3
	/usr/bin/time -f '%M %e' -o "$TMP/time" timeout "$secs" "$KANBAO" "$@" \
	    >"$TMP/out" 2>"$TMP/err"
	status=$?
	[ $status -eq 124 ] && fail "$name: no result within $secs s"
	[ $status -le 2 ] || { tail -5 "$TMP/err" >&2; fail "$name: exit $status"; }
	set -- $(tail -n 1 "$TMP/time")
	echo "$name: exit $status, $2 s, peak RSS $(($1 / 1024)) MB"
	[ $(($1 / 1024)) -le "$max" ] || fail "$name: peak RSS $(($1 / 1024)) MB over $max MB"
}
# err_has TEXT: the diagnostic names what went wrong.
err_has() {
	grep -F -q -- "$1" "$TMP/err" || { cat "$TMP/err" >&2; fail "stderr lacks: $1"; }
}

# A page of $page_mb MB: ordinary articles, over and over.
mkdir -p "$TMP/big/p/2024-01-01"
"$PYTHON3" - "$TMP/big/p/2024-01-01/01.txt" "$page_mb" <<'EOS'
import sys
para = "今年以来，全县集中育秧面积达到三万亩，比上年增加两成。\n" * 8 + "\n"
block = ("全县早稻育秧全面铺开\n本报讯（记者 林晓）\n" + para * 6).encode()
with open(sys.argv[1], "wb") as f:
    for _ in range(int(sys.argv[2]) * 1000 * 1000 // len(block) + 1):
        f.write(block)
EOS
# Peak memory bounded to 5.5 times the page: the file's bytes are let go
# once decoded, before segmenting (7 times before: 696 MB for 100 MB; 598
# MB since), and the lines' clean text is no copy of them where it is the
# same bytes, their records packed (438 MB since).  The time is generous
# for a loaded machine.
bounded 300 "$big_max" "${page_mb} MB page --list" --list "$TMP/big/p/2024-01-01/01.txt"
[ $status = 0 ] && grep -q '全县早稻育秧全面铺开' "$TMP/out" || fail "huge page: articles not listed"

# A 10 MB line: one paragraph laid out at 80 columns.
"$PYTHON3" -c '
import random, sys
random.seed(1)
w = "the river gates were opened at noon and fell by a foot 全县集中育秧".split()
s = " ".join(random.choice(w) for _ in range(1600000)).encode()[:10 * 1000 * 1000]
open(sys.argv[1], "wb").write(s.decode("utf-8", "ignore").encode() + b"\n")
' "$TMP/line.txt"
bounded 90 800 "10 MB line --dump" --dump --width 80 "$TMP/line.txt"
[ $status = 0 ] && [ "$(wc -l <"$TMP/out")" -gt 100000 ] || fail "10 MB line: not laid out"

# An issue directory of 100 000 files: $pages pages, the rest others.
mkdir -p "$TMP/many/p/2024-01-01"
"$PYTHON3" -c '
import os, sys
d, pages = sys.argv[1], int(sys.argv[2])
for i in range(pages):
    with open("%s/%04d.txt" % (d, i), "w") as f:
        f.write("Page %d\n\nA short story on page %d.\n" % (i, i))
for i in range(100000 - pages):
    os.close(os.open("%s/x%05d.dat" % (d, i), os.O_CREAT | os.O_WRONLY, 0o644))
' "$TMP/many/p/2024-01-01" $pages
last=$((pages - 1))
bounded 90 300 "100 000 files --list" --list "$TMP/many/p/2024-01-01"
[ $status = 0 ] && grep -q "p/2024-01-01/$last/1" "$TMP/out" || fail "100 000 files: pages not listed"
bounded 90 300 "100 000 files --search" --search "page $last." "$TMP/many"
[ $status = 0 ] || fail "100 000 files: --search found nothing"

# Symlink loops: a directory linked to its parent, a publication linked to
# itself, a link to itself named as a page; broken pages: a dangling link,
# a FIFO and a directory named as pages.
L="$TMP/loop/p/2024-01-01"
mkdir -p "$L" "$L/04.txt"
printf 'Hello\n\nA story.\n' >"$L/01.txt"
ln -s .. "$L/back"
ln -s . "$TMP/loop/p/self"
ln -s ../p "$TMP/loop/p/2024-01-02"
ln -s nowhere "$L/02.txt"
mkfifo "$L/03.txt"
ln -s 05.txt "$L/05.txt"
bounded 20 200 "symlink loop --list archive" --list "$TMP/loop"
[ $status = 0 ] || fail "symlink loop: --list failed"
bounded 20 200 "symlink loop --search" --search story "$TMP/loop"
grep -q 'p/2024-01-01/01/1' "$TMP/out" || fail "symlink loop: the good page not searched"
bounded 20 200 "broken pages --dump" --dump "$L"
[ $status = 1 ] || fail "broken pages: exit $status, not 1"
err_has "$L/02.txt: cannot read: No such file or directory"
err_has "$L/03.txt: cannot read: not a regular file"
err_has "$L/05.txt: cannot read: Too many levels of symbolic links"
grep -q 'A story' "$TMP/out" || fail "broken pages: the good page not shown"
# Unreadable files: root reads whatever the mode says, so only as others.
if [ "$(id -u)" != 0 ]; then
	printf 'Secret\n' >"$L/06.txt"
	chmod 000 "$L/06.txt"
	bounded 20 200 "unreadable page --dump" --dump "$L"
	err_has "$L/06.txt: cannot read: Permission denied"
	chmod 000 "$TMP/loop/p"
	bounded 20 200 "unreadable publication --list" --list "$TMP/loop"
	chmod 755 "$TMP/loop/p"
	err_has "cannot read"
fi

# Pages that are all invalid bytes or all U+FFFD: a few warnings and a
# count, not one per byte.
"$PYTHON3" -c '
import sys
n = int(sys.argv[3])
open(sys.argv[1], "wb").write((b"\x80\xff\xc0\xfe" * 64 + b"\n") * n)
open(sys.argv[2], "w", encoding="utf-8").write(("\ufffd" * 60 + "\n") * n)
' "$TMP/invalid.txt" "$TMP/fffd.txt" $junk_lines
for f in invalid fffd; do
	bounded 60 600 "all $f --dump" --dump --width 80 "$TMP/$f.txt"
	[ $status = 0 ] || fail "$f: exit $status"
	[ "$(wc -l <"$TMP/err")" -le 10 ] || fail "$f: $(wc -l <"$TMP/err") diagnostic lines"
done
exit 0

#!/bin/sh
# SPDX-License-Identifier: ISC
# huge_page_vm.sh: a huge page is read within a bounded multiple of its
# size, checked as an address-space limit (ulimit -v), not a time.
#
# The limit is the least address space the reader needs for a page of a
# few lines on this machine (its libraries, its locale: found here by
# bisection), plus VM_TENTHS tenths of the page.  A 40 MB page of articles
# took 6.4 times its size over that before its lines' clean text stopped
# being copied and the records of its lines were packed, 4.8 times since:
# the limit passes now and failed then.  (An address-space limit, not a
# time or a resident size: what the page needs, however busy the machine.)
. "$top_srcdir/tests/lib.sh"
[ -n "${PYTHON3:-}" ] || { echo "SKIP: python3 not found"; exit 77; }
# AddressSanitizer reserves terabytes of shadow memory: no address-space
# limit can be set under it.  (huge_inputs.sh bounds its resident memory.)
if ldd "$KANBAO" 2>/dev/null | grep -q 'libasan\|libtsan\|libmsan' ||
    nm "$KANBAO" 2>/dev/null | grep -q '__asan_init\|__tsan_init\|__msan_init'; then
	echo "SKIP: built with a sanitizer"
	exit 77
fi
( ulimit -v 4194304 ) 2>/dev/null || { echo "SKIP: ulimit -v not supported"; exit 77; }
make_tmpdir
PAGE_MB=40
# Address space the page may take, in tenths of its size: midway between
# what it takes now (4.8) and took before (6.4).
VM_TENTHS=56

# A page of ordinary articles, over and over (as huge_inputs.sh's).
mkdir -p "$TMP/p/2024-01-01"
"$PYTHON3" - "$TMP/p/2024-01-01/01.txt" "$PAGE_MB" <<'EOS'
import sys
para = "今年以来，全县集中育秧面积达到三万亩，比上年增加两成。\n" * 8 + "\n"
block = ("全县早稻育秧全面铺开\n本报讯（记者 林晓）\n" + para * 6).encode()
with open(sys.argv[1], "wb") as f:
    for _ in range(int(sys.argv[2]) * 1000 * 1000 // len(block)):
        f.write(block)
EOS
printf '全县早稻育秧全面铺开\n\n本报讯（记者 林晓）今年以来，全县集中育秧。\n' \
    >"$TMP/p/2024-01-01/02.txt"

# runs KB PAGE: whether kanbao lists PAGE's articles within KB of address
# space.
runs() {
	# (The shell's own word on a reader that ran out of memory, and
	# aborted, is not wanted: hence the braces.)
	rm -f "$TMP/out"
	{ ( ulimit -v "$1" 2>/dev/null || exit 3; exec "$KANBAO" --list "$2" \
	    >"$TMP/out" 2>"$TMP/err" ); } 2>/dev/null &&
		grep -q '全县早稻育秧全面铺开' "$TMP/out"
}

# The least address space a small page takes, to 1 MB (bisection between
# 16 MB, too little for any program, and 4 GB).
lo=16384 hi=4194304
runs "$hi" "$TMP/p/2024-01-01/02.txt" ||
	{ cat "$TMP/err" >&2; fail "a small page is not listed in 4 GB"; }
while [ $((hi - lo)) -gt 1024 ]; do
	mid=$(((lo + hi) / 2))
	if runs "$mid" "$TMP/p/2024-01-01/02.txt"; then hi=$mid; else lo=$mid; fi
done
base=$hi
limit=$((base + VM_TENTHS * PAGE_MB * 1024 / 10))
echo "a small page: $((base / 1024)) MB of address space; a $PAGE_MB MB page may take $((limit / 1024)) MB"
runs "$limit" "$TMP/p/2024-01-01/01.txt" || {
	tail -5 "$TMP/err" >&2
	fail "the $PAGE_MB MB page is not listed within $((limit / 1024)) MB of address space"
}
exit 0

#!/bin/bash
# SPDX-License-Identifier: ISC
# bench.sh: what 'make bench' measures, each figure beside the tool a user
# would otherwise use on the same files in the same run, as a ratio.
#
#   listing   kanbao --list on a 1-year and a 10-year daily  vs  find
#   segment   kanbao --export jsonl over many pages (pages/s) vs  cat
#   reflow    kanbao --dump --width 80 of a 1 MB article      vs  fold -w 80
#   search    kanbao --search, first and repeated, with its cache  vs  rg -F, grep -rF;
#             the cache's update after one new issue  vs  its full build
#   memory    the reader's private memory after searching, vs the shared cache
#   pg        (only when BENCH_ONLY names it: it ingests 29,200 pages) the
#             archive in PostgreSQL: ingest time; a rare word, a frequent
#             word, a Latin word and a phrase split by a wrap, through the
#             database, the local cache and rg -F, with the hits compared;
#             the rare word on a ten times larger archive (the database: a
#             hundred-year daily, the ten-year one's search rows copied
#             ten times; the cache and rg -F: ten years against one); 50
#             concurrent searches (median, 95th percentile); what one
#             search costs on an open connection (and an open cache), several
#             in one process, and the fixed cost of a one-shot search.
#             BENCH_PG_KEEP=1 keeps the server and its databases in
#             $BENCH_DIR for the next run; BENCH_PG_NO_CONCURRENT=1 skips
#             the concurrent searches (two minutes)
#   longline  kanbao --search --no-cache, 10,000 hits in one 20 MB line (CPU
#             time; linear in the text)  vs  grep -o on the same file
#   bigpage   kanbao --export jsonl of one 4 MB page of varied text (the
#             sample archive's pages, paragraphs shuffled, over and over:
#             thousands of headlines; near linear, was quadratic)  vs  wc
#   pagemem   peak resident memory of --export jsonl and --dump of a 100 MB
#             page, as a multiple of the page  vs  wc -l, grep -c
#
# Archives are generated under $BENCH_DIR from the sample archive's pages
# (hard links, so a ten-year daily, 250 MB of text, costs 3 MB of disk).
# Times are the best of several runs, in milliseconds.  BENCH_QUICK=1
# searches the 1-year daily only.  BENCH_ONLY="search memory ..." runs only
# the parts named (listing segment reflow search longline bigpage pagemem scroll startup layout;
# memory goes with search).  The search cache lives in BENCH_CACHE_DIR
# (default $BENCH_DIR/cache); BENCH_KEEP_CACHE=1 uses the cache there as
# it is (built only when missing or stale) instead of timing a build.
set -eu
: "${top_srcdir:=.}" "${KANBAO:=./kanbao}"
BENCH_DIR=${BENCH_DIR:-$PWD/bench-data}
RUNS=${BENCH_RUNS:-5}
export LC_ALL=C.UTF-8
SAMPLE="$top_srcdir/sample-archive"
. "$top_srcdir/tests/pg_lib.sh"

now_ns() { date +%s%N; }

# best_of NS CMD...: the fastest of $RUNS runs, in units of NS nanoseconds
# (output discarded).
best_of() {
	local best= i t0 t1 t unit=$1
	shift
	for ((i = 0; i < RUNS; i++)); do
		t0=$(now_ns)
		"$@" >/dev/null 2>&1 || true
		t1=$(now_ns)
		t=$(( (t1 - t0) / unit ))
		[ -z "$best" ] || [ "$t" -lt "$best" ] && best=$t
	done
	echo "$best"
}

# best_ms CMD...: the fastest of $RUNS runs, in ms.
best_ms() { best_of 1000000 "$@"; }

# best_us CMD...: as best_ms, in microseconds (for figures of a few ms):
# through hyperfine when there is one, which starts CMD without a shell
# (timed from the shell, a run of a few ms carries a millisecond of fork
# and exec of the shell's own).
best_us() {
	local best= i cmd=
	if command -v hyperfine >/dev/null 2>&1; then
		for i in "$@"; do cmd+=" $(printf '%q' "$i")"; done
		hyperfine -N -w 1 -r "$RUNS" -i --export-json "$BENCH_DIR/best_us.json" -- "$cmd" >/dev/null 2>&1 &&
		    best=$(python3 -c 'import json, sys; print(int(min(json.load(open(sys.argv[1]))["results"][0]["times"]) * 1e6))' \
		    "$BENCH_DIR/best_us.json" 2>/dev/null) && { echo "$best"; return; }
	fi
	best_of 1000 "$@"
}

# ms US [DECIMALS]: microseconds as milliseconds (one decimal unless told).
ms() { awk -v u="$1" -v d="${2:-1}" 'BEGIN { printf "%.*f", d, u / 1000 }'; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b < 1) b = 1; printf "%.2f", a / b }'; }

# make_sets DIR: 49 issues of 8 pages each (392 different pages), every page
# two or three of the sample daily's UTF-8 pages run together in a
# different order, so pages are about 8.5 KB of realistic text and no two
# in an issue are the same.
make_sets() {
	local dir=$1 pages=() n k p a b c
	[ -f "$dir/.complete" ] && return 0
	rm -rf "$dir"
	for p in $(find "$SAMPLE/songchuan-daily" -name '[0-9]*.txt' | sort); do
		iconv -f UTF-8 -t UTF-8 "$p" >/dev/null 2>&1 && pages+=("$p")
	done
	n=${#pages[@]}
	for ((k = 0; k < 392; k++)); do
		p=$(printf '%s/%02d/%02d.txt' "$dir" $((k / 8)) $((k % 8 + 1)))
		mkdir -p "${p%/*}"
		a=$((k % n)); b=$(((k / n + 1 + a) % n)); c=$(((k * 5 / n + 3 + a) % n))
		[ "$b" -eq "$a" ] && b=$(((a + 1) % n))
		if [ $((k % 3)) -eq 0 ]; then
			cat "${pages[$a]}" - "${pages[$b]}" <<<"" >"$p"
		else
			cat "${pages[$a]}" - "${pages[$b]}" - "${pages[$c]}" <<<"" >"$p"
		fi
	done
	touch "$dir/.complete"
}

# make_daily DIR YEARS: a daily with 8 pages an issue, every day of YEARS
# years, each issue one of make_sets' issues hard-linked (so a ten-year
# daily, 29,200 page files and about 250 MB of text, costs 3 MB of disk).
make_daily() {
	local dir=$1 years=$2 sets="$BENCH_DIR/sets" d i day
	[ -f "$dir/.complete-v2" ] && return 0
	rm -rf "$dir"
	make_sets "$sets"
	mkdir -p "$dir/daily"
	d=$(date -u -d 2010-01-01 +%s)
	for ((i = 0; i < years * 365; i++)); do
		day=$(date -u -d "@$((d + i * 86400))" +%F)
		cp -al "$sets/$(printf %02d $(((i * 17) % 49)))" "$dir/daily/$day"
	done
	touch "$dir/.complete-v2"
}

bench_listing() {
	local y1 y10 f1 f10
	make_daily "$BENCH_DIR/daily-1y" 1
	make_daily "$BENCH_DIR/daily-10y" 10
	y1=$(best_ms "$KANBAO" --list "$BENCH_DIR/daily-1y")
	y10=$(best_ms "$KANBAO" --list "$BENCH_DIR/daily-10y")
	f1=$(best_ms find "$BENCH_DIR/daily-1y" -name '*.txt')
	f10=$(best_ms find "$BENCH_DIR/daily-10y" -name '*.txt')
	printf 'listing   1-year daily (2,920 pages):   kanbao %5d ms   find %5d ms   ratio %s\n' "$y1" "$f1" "$(ratio "$y1" "$f1")"
	printf 'listing  10-year daily (29,200 pages):  kanbao %5d ms   find %5d ms   ratio %s\n' "$y10" "$f10" "$(ratio "$y10" "$f10")"
	printf 'listing  10-year / 1-year:              %s (1.00 would be flat)\n' "$(ratio "$y10" "$y1")"
}

bench_segment() {
	local issue="$BENCH_DIR/segment/2024-01-01" n=0 k ms cat_ms
	if [ ! -d "$issue" ]; then
		mkdir -p "$issue"
		for k in 1 2 3 4 5 6 7 8 9 10; do
			for p in $(find "$SAMPLE" -name '[0-9]*.txt' | sort); do
				n=$((n + 1))
				cp "$p" "$issue/$(printf %03d $n).txt"
			done
		done
	fi
	n=$(find "$issue" -name '*.txt' | wc -l)
	ms=$(best_ms "$KANBAO" --export jsonl "$issue")
	cat_ms=$(best_ms sh -c "cat '$issue'/*.txt")
	printf 'segment   %d pages: kanbao --export %d ms (%s pages/s)   cat %d ms   ratio %s\n' \
	    "$n" "$ms" "$(awk -v n="$n" -v ms="$ms" 'BEGIN { if (ms < 1) ms = 1; printf "%d", n * 1000 / ms }')" \
	    "$cat_ms" "$(ratio "$ms" "$cat_ms")"
}

bench_reflow() {
	local f="$BENCH_DIR/reflow/big.txt" para ms fold_ms
	if [ ! -f "$f" ]; then
		mkdir -p "$(dirname "$f")"
		para='县里召开全县农业农村工作会议，部署今年春耕备耕、粮食生产和乡村振兴各项重点任务，要求各乡镇（街道）压实责任，确保“米袋子”“菜篮子”稳产保供。'
		printf '一篇很长的文章\n\n本报讯（记者 测试）' > "$f"
		while [ "$(stat -c %s "$f")" -lt 1048576 ]; do
			for i in 1 2 3 4 5 6 7 8 9 10; do printf '%s\n\n' "$para"; done >> "$f"
		done
	fi
	ms=$(best_ms "$KANBAO" --dump --width 80 "$f")
	fold_ms=$(best_ms fold -w 80 "$f")
	printf 'reflow    %d KB article at 80 cells: kanbao --dump %d ms (load+segment+layout)   fold %d ms   ratio %s\n' \
	    "$(( $(stat -c %s "$f") / 1024 ))" "$ms" "$fold_ms" "$(ratio "$ms" "$fold_ms")"
}

# longline: 10,000 hits of one word in a 20 MB paragraph, searched without
# the cache (load, segment, search, a line number for each hit): CPU time,
# user + system, best of RUNS; grep -o finds the same hits.
bench_longline() {
	local d="$BENCH_DIR/longline/p/2024-01-01" best= i cpu grep_ms hits
	if [ ! -f "$d/01.txt" ]; then
		mkdir -p "$d"
		python3 "$top_srcdir/tests/long_line_page.py" "$d/01.txt" 20000000 10000
	fi
	for ((i = 0; i < RUNS; i++)); do
		cpu=$( { /usr/bin/time -f '%U %S' "$KANBAO" --search needle --no-cache \
		    "$BENCH_DIR/longline" >/dev/null; } 2>&1 | tail -n 1 |
		    awk '{ printf "%d", ($1 + $2) * 1000 }')
		[ -z "$best" ] || [ "$cpu" -lt "$best" ] && best=$cpu
	done
	hits=$("$KANBAO" --search needle --no-cache "$BENCH_DIR/longline" | wc -l)
	grep_ms=$(best_ms grep -o needle "$d/01.txt")
	printf 'longline  %d hits in a 20 MB line, no cache: kanbao %d ms CPU   grep -o %d ms   ratio %s\n' \
	    "$hits" "$best" "$grep_ms" "$(ratio "$best" "$grep_ms")"
}

# bigpage: one page of BENCH_BIGPAGE_MB MB (default 4) of varied text
# (tests/mixed_page.py), segmented: MB/s, beside wc on the same file.
bench_bigpage() {
	local mb=${BENCH_BIGPAGE_MB:-4} d="$BENCH_DIR/bigpage/p/2024-01-01" ms wc_ms
	if [ ! -f "$d/01.txt.$mb" ]; then
		rm -rf "$d"
		mkdir -p "$d"
		python3 "$top_srcdir/tests/mixed_page.py" "$d/01.txt" "$mb" \
		    "$SAMPLE"/*/*/*.txt
		touch "$d/01.txt.$mb"
	fi
	ms=$(best_ms "$KANBAO" --export jsonl "$d/01.txt")
	wc_ms=$(best_ms wc "$d/01.txt")
	printf 'bigpage   %d MB page of varied text: kanbao --export %d ms (%s MB/s)   wc %d ms   ratio %s\n' \
	    "$mb" "$ms" "$(awk -v mb="$mb" -v ms="$ms" 'BEGIN { if (ms < 1) ms = 1; printf "%.2f", mb * 1000 / ms }')" \
	    "$wc_ms" "$(ratio "$ms" "$wc_ms")"
}

# pagemem: the peak resident memory of reading one huge page (a page of
# BENCH_PAGE_MB MB, default 100, of ordinary articles over and over, as
# huge_inputs.sh's): kanbao --export jsonl and --dump, as MB and as a
# multiple of the page, beside what wc -l and grep -c take on the same
# file (they stream it: their peak is the floor of any reader), as the
# ratio kanbao / wc.  Goal: a small bounded multiple of the page.
bench_pagemem() {
	local mb=${BENCH_PAGE_MB:-100} d="$BENCH_DIR/pagemem" f k mode wc_kb grep_kb
	f="$d/p/2024-01-01/01.txt"
	if [ ! -f "$f.$mb" ]; then
		rm -rf "$d"
		mkdir -p "${f%/*}"
		python3 - "$f" "$mb" <<'EOP'
import sys
para = "今年以来，全县集中育秧面积达到三万亩，比上年增加两成。\n" * 8 + "\n"
block = ("全县早稻育秧全面铺开\n本报讯（记者 林晓）\n" + para * 6).encode()
with open(sys.argv[1], "wb") as f:
    for _ in range(int(sys.argv[2]) * 1000 * 1000 // len(block)):
        f.write(block)
EOP
		touch "$f.$mb"
	fi
	# peak_kb CMD...: the command's peak resident memory, in KB.
	peak_kb() {
		/usr/bin/time -f '%M' -o "$d/time" "$@" >/dev/null 2>&1 || true
		tail -n 1 "$d/time"
	}
	wc_kb=$(peak_kb wc -l "$f")
	grep_kb=$(peak_kb grep -c 育秧 "$f")
	for mode in "--export jsonl" "--dump"; do
		# shellcheck disable=SC2086
		k=$(peak_kb "$KANBAO" $mode "$f")
		printf 'pagemem   %d MB page, %-14s peak %d MB = %s x the page   wc -l %d MB   grep -c %d MB   ratio %s\n' \
		    "$mb" "$mode" $((k / 1024)) "$(ratio $((k / 1024)) "$mb")" \
		    $((wc_kb / 1024)) $((grep_kb / 1024)) "$(ratio "$k" "$wc_kb")"
	done
}

# search: kanbao --search vs rg -F and grep -rF on the same files, for a
# frequent two-character word, a rare phrase (split by a line break in the
# source, so only kanbao finds it all) and a Latin word, on the 1-year
# daily and (unless BENCH_QUICK=1) the 10-year one.  The search cache is
# built first (timed on its own, in $BENCH_DIR/cache); "first" is a new
# process's one search (open, check the cache, search, print), "repeated"
# each further search in the same process (kanbao --search Q five times,
# minus one, over four).  Goals: rg/first >= 1, rg/repeated >= 5.  kanbao
# prints every hit, rg every matching line: the hit counts are shown.
SEARCH_QUERIES=(记者 下洋村的集中育秧大棚 SONGCHUAN)

bench_search_archive() {
	local dir=$1 label=$2 t0 t1 q first five rep rg gr hits lines file
	t0=$(now_ns)
	if [ "${BENCH_KEEP_CACHE:-0}" = 1 ]; then
		"$KANBAO" --search 没有这个词语 "$dir" >/dev/null 2>&1 || true
		t1=$(now_ns)
		printf 'search    %s: search cache kept (checked, or built when stale, in %d ms)\n' "$label" \
		    $(( (t1 - t0) / 1000000 ))
	else
		file=$("$KANBAO" --build-cache "$dir") || { echo "search    $label: --build-cache failed"; return; }
		t1=$(now_ns)
		printf 'search    %s: search cache built in %d ms (%d MB, for %s of text in %d files)\n' "$label" \
		    $(( (t1 - t0) / 1000000 )) $(( $(stat -c %s "$file") / 1048576 )) \
		    "$(find "$dir" -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { printf "%d MB", s / 1048576 }')" \
		    "$(find "$dir" -name '*.txt' | wc -l)"
	fi
	bench_cache_update "$dir" "$label" "$(( (t1 - t0) / 1000000 ))"
	for q in "${SEARCH_QUERIES[@]}"; do
		first=$(best_ms "$KANBAO" --search "$q" "$dir")
		five=$(best_ms "$KANBAO" --search "$q" --search "$q" --search "$q" --search "$q" --search "$q" "$dir")
		rep=$(( (five - first) / 4 ))
		[ "$rep" -gt 0 ] || rep=1
		if command -v rg >/dev/null; then rg=$(best_ms rg -F "$q" "$dir"); lines=$(rg -F "$q" "$dir" | wc -l); else rg=0; lines=0; fi
		gr=$(best_ms grep -rF "$q" "$dir")
		hits=$("$KANBAO" --search "$q" "$dir" | wc -l)
		printf 'search    %-10s %-12s first %5d ms  repeated %5d ms | rg -F %5d ms  grep -rF %5d ms | rg/first %s  rg/repeated %s  grep/first %s | hits %d, rg lines %d\n' \
		    "$label" "$q" "$first" "$rep" "$rg" "$gr" "$(ratio "$rg" "$first")" \
		    "$(ratio "$rg" "$rep")" "$(ratio "$gr" "$first")" "$hits" "$lines"
	done
}

# cache update after one new issue: tonight's issue (a copy of the first
# issue, dated after the last) added to the daily, then --build-cache,
# which copies every other issue from the cache and loads only that one,
# against the full build just timed (BUILT ms; not timed when the cache
# was kept).  The issue is removed again, and the cache updated, so the
# archive and its cache are as they were for the searches.
bench_cache_update() {
	local dir=$1 label=$2 built=$3 first new t0 t1 ms
	first=$(find "$dir/daily" -mindepth 1 -maxdepth 1 -type d | sort | head -n 1)
	new="$dir/daily/2099-12-31"
	rm -rf "$new"
	cp -a "$first" "$new"
	t0=$(now_ns)
	"$KANBAO" --build-cache "$dir" >/dev/null || { echo "search    $label: cache update failed"; rm -rf "$new"; return; }
	t1=$(now_ns)
	ms=$(( (t1 - t0) / 1000000 ))
	rm -rf "$new"
	"$KANBAO" --build-cache "$dir" >/dev/null || true
	if [ "${BENCH_KEEP_CACHE:-0}" = 1 ]; then
		printf 'search    %s: cache update after one new issue %d ms\n' "$label" "$ms"
	else
		printf 'search    %s: cache update after one new issue %d ms   full build %d ms   full/update %s\n' \
		    "$label" "$ms" "$built" "$(ratio "$built" "$ms")"
	fi
}

# kB FIELD FILE: a field of /proc/PID/smaps_rollup (or of one mapping).
kb() { awk -v f="$1:" '$1 == f { s += $2 } END { print s + 0 }' "$2"; }

# The reader's memory after searching the archive: two readers in tmux
# each search it (a frequent word, then a word found nowhere, which scans
# all the text); then the first one's private memory (Private_Clean +
# Private_Dirty of everything but the cache) against the cache mapping's
# (Rss, and how much of it is shared with the other reader).
bench_search_memory() {
	local dir=$1 label=$2 pid s m w
	command -v tmux >/dev/null || { echo "memory    skipped: needs tmux"; return; }
	tmx_stop
	for w in a b; do
		tmx new-session -d -s "$w" -x 132 -y 43 "env LC_ALL=C.UTF-8 TERM=screen-256color HOME='$BENCH_DIR' XDG_CACHE_HOME='$XDG_CACHE_HOME' '$KANBAO' '$dir'"
	done
	for w in a b; do
		wait_screen_in "$w" "article 1/" || true
		for q in 记者 没有这个词语; do
			tmx send-keys -t "$w" S
			wait_screen_in "$w" "Search the archive:" || true
			tmx send-keys -t "$w" -l "$q"
			tmx send-keys -t "$w" Enter
			wait_screen_in "$w" "(Enter opens, q closes)" || true
			tmx send-keys -t "$w" q
			wait_gone_in "$w" "(Enter opens, q closes)" || true
		done
	done
	pid=$(tmx display -p -t a '#{pane_pid}')
	s="$BENCH_DIR/smaps"; m="$BENCH_DIR/smaps-cache"
	cat "/proc/$pid/smaps_rollup" > "$s"
	awk '/^[0-9a-f]+-[0-9a-f]+ / { on = ($NF ~ /search-.*\.cache$/) } on' "/proc/$pid/smaps" > "$m"
	printf 'memory    %s, reader after two archive searches: private %d KiB (Private_Clean+Private_Dirty outside the cache; goal < 16384)   cache mapping: Rss %d KiB, of it Shared_Clean %d KiB (with the other reader), Private_Clean %d KiB   whole process: Rss %d KiB, Pss %d KiB\n' \
	    "$label" \
	    $(( $(kb Private_Clean "$s") + $(kb Private_Dirty "$s") - $(kb Private_Clean "$m") - $(kb Private_Dirty "$m") )) \
	    "$(kb Rss "$m")" "$(kb Shared_Clean "$m")" "$(kb Private_Clean "$m")" "$(kb Rss "$s")" "$(kb Pss "$s")"
	tmx_stop
}

# tmx_stop: kill the tmux server and wait until it is gone, so the next
# session does not reach a server on its way out.
tmx_stop() {
	local n=0
	tmx kill-server 2>/dev/null || true
	while tmx list-sessions >/dev/null 2>&1 && [ $n -lt 500 ]; do
		n=$((n + 1))
		sleep 0.01
	done
	rm -f "$TMUX_SOCK"
}

bench_search() {
	export XDG_CACHE_HOME="${BENCH_CACHE_DIR:-$BENCH_DIR/cache}"
	make_daily "$BENCH_DIR/daily-1y" 1
	bench_search_archive "$BENCH_DIR/daily-1y" "1-year"
	if [ "${BENCH_QUICK:-0}" = 1 ]; then
		bench_search_memory "$BENCH_DIR/daily-1y" "1-year"
		return
	fi
	make_daily "$BENCH_DIR/daily-10y" 10
	bench_search_archive "$BENCH_DIR/daily-10y" "10-year"
	bench_search_memory "$BENCH_DIR/daily-10y" "10-year"
}

# --- the reader, in tmux ----------------------------------------------------

TMUX_SOCK="$BENCH_DIR/tmux.sock"
tmx() { tmux -S "$TMUX_SOCK" -f /dev/null "$@"; }

# wait_screen TEXT: poll the pane until TEXT is on it (10 s at most).
wait_screen() {
	local n=0
	until tmx capture-pane -p -t b 2>/dev/null | grep -qF -- "$1"; do
		n=$((n + 1))
		[ $n -lt 1000 ] || return 1
		sleep 0.01
	done
}

# wait_screen_in SESSION TEXT: as wait_screen, in another session.
wait_screen_in() {
	local n=0
	until tmx capture-pane -p -t "$1" 2>/dev/null | grep -qF -- "$2"; do
		n=$((n + 1))
		[ $n -lt 6000 ] || return 1
		sleep 0.01
	done
}

# wait_gone_in SESSION TEXT: until TEXT has left the screen.
wait_gone_in() {
	local n=0
	while tmx capture-pane -p -t "$1" 2>/dev/null | grep -qF -- "$2"; do
		n=$((n + 1))
		[ $n -lt 6000 ] || return 1
		sleep 0.01
	done
}

# wait_quiet FILE: until FILE stops growing for 0.3 s.
wait_quiet() {
	local last=-1 now
	while now=$(stat -c %s "$1" 2>/dev/null || echo 0); [ "$now" != "$last" ]; do
		last=$now
		sleep 0.3
	done
}

# scroll_bytes COLS ROWS READY CMD...: bytes written to the terminal per
# one-line scroll, over 20 scrolls, once CMD shows READY.
scroll_bytes() {
	local cols=$1 rows=$2 ready=$3 out="$BENCH_DIR/pipe.out"
	shift 3
	tmx kill-session -t b 2>/dev/null || true
	tmx new-session -d -s b -x "$cols" -y "$rows" "$*"
	wait_screen "$ready" || { echo 0; return; }
	[ "$1" = "$KANBAO" ] && tmx send-keys -t b R	# focus the body
	sleep 0.5
	rm -f "$out"
	tmx pipe-pane -o -t b "cat >> '$out'"
	for i in $(seq 20); do tmx send-keys -t b j; sleep 0.05; done
	wait_quiet "$out"
	tmx pipe-pane -t b
	echo $(( $(stat -c %s "$out" 2>/dev/null || echo 0) / 20 ))
}

bench_scroll() {
	local page="$BENCH_DIR/scroll/2024-01-01/01.txt" text="$BENCH_DIR/scroll.txt" k l
	command -v tmux >/dev/null && command -v less >/dev/null || { echo "scroll    skipped: needs tmux and less"; return; }
	mkdir -p "$(dirname "$page")"
	# One long article: a headline, a byline, then 80 distinct paragraphs
	# hard-wrapped like a column.
	{ printf 'Harborton keeps its old bridge\n\nBy BENCH WRITER\n\n'
	  for i in $(seq 80); do
		printf 'In the %dth hour of the meeting the council weighed %d more options for the Mill Street bridge, and members asked the city engineer for a fuller report on costs, detours and the %d trucks a day that use it.\n' "$i" "$((i * 7))" "$((i * 13))" | fold -s -w 60 | sed 's/ $//'
		printf '\n'
	  done; } > "$page"
	"$KANBAO" --dump --width 132 "$page" > "$text"
	for size in "132 43" "80 24"; do
		set -- $size
		k=$(scroll_bytes "$1" "$2" "Article 1" env LC_ALL=C.UTF-8 TERM=screen-256color HOME="$BENCH_DIR" "$KANBAO" "$page")
		l=$(scroll_bytes "$1" "$2" "$(head -c 20 "$text")" env LC_ALL=C.UTF-8 TERM=screen-256color less "$text")
		printf 'scroll    %sx%s, one line: kanbao %d B   less %d B   ratio %s\n' "$1" "$2" "$k" "$l" "$(ratio "$k" "$l")"
	done
	tmx kill-server 2>/dev/null || true
}

# first_screen_ms ARCHIVE: from start to the first full screen (status line).
first_screen_ms() {
	local best= i t0 t1 ms
	for ((i = 0; i < RUNS; i++)); do
		tmx kill-session -t b 2>/dev/null || true
		t0=$(now_ns)
		tmx new-session -d -s b -x 132 -y 43 "env LC_ALL=C.UTF-8 TERM=screen-256color HOME='$BENCH_DIR' '$KANBAO' '$1'"
		wait_screen "article 1/" || true
		t1=$(now_ns)
		ms=$(( (t1 - t0) / 1000000 ))
		[ -z "$best" ] || [ "$ms" -lt "$best" ] && best=$ms
	done
	tmx kill-server 2>/dev/null || true
	echo "$best"
}

bench_startup() {
	local y1 y10
	command -v tmux >/dev/null || { echo "startup   skipped: needs tmux"; return; }
	y1=$(first_screen_ms "$BENCH_DIR/daily-1y")
	y10=$(first_screen_ms "$BENCH_DIR/daily-10y")
	printf 'startup   first full screen: 1-year daily %d ms   10-year daily %d ms   ratio %s\n' "$y1" "$y10" "$(ratio "$y10" "$y1")"
}

# --- the archive in PostgreSQL (opt-in: BENCH_ONLY=pg) ------------------------------

# pg_archive DIR YEARS: make_daily's daily, plus one page of its own in one
# issue holding a word found nowhere else (the rare word).
PG_RARE=鹳雀楼观测站
pg_archive() {
	make_daily "$1" "$2"
	if [ ! -f "$1/daily/2010-06-15/09.txt" ]; then
		printf '鹳雀楼观测站今日启用\n\n本报讯 位于城西的%s今天正式启用，将记录全年的候鸟迁徙。\n' "$PG_RARE" \
		    >"$1/daily/2010-06-15/09.txt"
		rm -f "$1/.complete-v2" && touch "$1/.complete-v2"
	fi
}

# pg_db NAME: a database of that name, empty (kept as it is, with
# BENCH_PG_KEEP=1, when it holds an archive already).
pg_db() {
	local uri="host=$PG_SOCK dbname=$1 user=kbadmin password=adminpw"
	if [ -n "${BENCH_PG_KEEP:-}" ] && pg_sql "SELECT 1 FROM kanbao_meta" "$1" >/dev/null 2>&1; then
		echo "$uri"
		return
	fi
	pg_sql "DROP DATABASE IF EXISTS $1" postgres >/dev/null && pg_sql "CREATE DATABASE $1" postgres
	echo "$uri"
}

# pg_kept NAME: whether BENCH_PG_KEEP=1 found the database full already.
pg_kept() {
	[ -n "${BENCH_PG_KEEP:-}" ] && pg_sql "SELECT 1 FROM kanbao_issue LIMIT 1" "$1" 2>/dev/null | grep -q 1
}

# pg_ingest URI DIR LABEL: ingest, timed.
pg_ingest() {
	local t0 t1 pages
	t0=$(now_ns)
	"$KANBAO" --ingest "$2" --database "$1" 2>/dev/null || echo "pg        $3: ingest failed"
	t1=$(now_ns)
	pages=$(find "$2" -name '*.txt' | wc -l)
	printf 'pg        %s: ingest %d pages in %d ms (%d pages/s); database %s\n' "$3" "$pages" \
	    $(( (t1 - t0) / 1000000 )) $(( pages * 1000000000 / (t1 - t0 + 1) )) \
	    "$("$PG_BIN/psql" -X -A -t "$1" -c "SELECT pg_size_pretty(pg_database_size(current_database()))" 2>/dev/null)"
}

# pg_grow FROM TO: database TO, ten times FROM's archive for a search: its
# issues and their search rows copied nine times more, each copy's dates
# 3,650 days on (a hundred-year daily, every day once), as an ingest
# of that archive would store them; the rare word's page is not copied
# (it stays in one issue; the copies of its issue keep its keys, so they
# are candidates the server rules out).  The pages, articles and elements
# are not copied: a search reads none of them.
pg_grow() {
	pg_sql "DROP DATABASE IF EXISTS $2" postgres >/dev/null &&
	    pg_sql "CREATE DATABASE $2 TEMPLATE $1" postgres || return 1
	pg_sql "SET maintenance_work_mem = '1GB';
DROP INDEX kanbao_issue_grams_gin;
CREATE TEMP TABLE m AS SELECT pk AS old, k, nextval('kanbao_issue_pk_seq') AS new
    FROM kanbao_issue, generate_series(1, 9) AS k;
INSERT INTO kanbao_issue (pk, key, pub, ord, date, number, title, path, single_file,
    scan_path, scan_single_file, signature, run, pub_ord, pub_name)
  SELECT m.new, i.key || convert_to('#' || m.k, 'UTF8'), i.pub, i.ord + 3650 * m.k,
    convert_to(to_char(convert_from(i.date, 'UTF8')::date + 3650 * m.k, 'YYYY-MM-DD'), 'UTF8'),
    i.number, i.title, i.path, i.single_file, i.scan_path, i.scan_single_file, i.signature,
    i.run, i.pub_ord, i.pub_name
  FROM kanbao_issue i JOIN m ON m.old = i.pk;
INSERT INTO kanbao_search (issue, page, article, blocks, breaks, folded, id, title, page_number)
  SELECT m.new, s.page, s.article, s.blocks, s.breaks, s.folded,
    convert_to(replace(convert_from(s.id, 'UTF8'), convert_from(i.date, 'UTF8'),
      to_char(convert_from(i.date, 'UTF8')::date + 3650 * m.k, 'YYYY-MM-DD')), 'UTF8'),
    s.title, s.page_number
  FROM kanbao_search s JOIN kanbao_issue i ON i.pk = s.issue JOIN m ON m.old = s.issue
  WHERE position(convert_to('$PG_RARE', 'UTF8') in s.folded) = 0;
INSERT INTO kanbao_issue_grams (issue, grams)
  SELECT m.new, g.grams FROM kanbao_issue_grams g JOIN m ON m.old = g.issue;
CREATE INDEX kanbao_issue_grams_gin ON kanbao_issue_grams USING gin (grams);
ANALYZE;" "$2" >/dev/null
}

# pg_server DIR: the bench's server, started (BENCH_PG_KEEP=1: the one
# kept in DIR from the last run, when there is one).
pg_server() {
	if [ -n "${BENCH_PG_KEEP:-}" ] && [ -d "$1/s/data" ]; then
		PG_DIR=$1/s
		PG_SOCK=$PG_DIR
		PG_AS=
		[ "$(id -u)" = 0 ] && PG_AS="runuser -u postgres --"
		$PG_AS "$PG_BIN/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1 ||
		    $PG_AS "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
		    -o "-k $PG_SOCK -c listen_addresses= -F -c max_connections=120" start >/dev/null
		return
	fi
	rm -rf "$1"
	pg_setup "$1/s" >/dev/null
}

# Searches in one process for the per-search cost: enough that the
# fixed cost of the process is a small part of the difference.
PG_SEARCHES=21

# pg_per_search URI DIR: the rare word once, then PG_SEARCHES times in one
# process, through the database and the local cache; the difference per
# search, and the one-shot's fixed part, beside rg -F.
pg_per_search() {
	local args=() i db1 dbn loc1 locn rg kv
	for ((i = 0; i < PG_SEARCHES; i++)); do args+=(--search "$PG_RARE"); done
	db1=$(best_us "$KANBAO" --database "$1" --search "$PG_RARE")
	dbn=$(best_us "$KANBAO" --database "$1" "${args[@]}")
	loc1=$(best_us "$KANBAO" --search "$PG_RARE" "$2")
	locn=$(best_us "$KANBAO" "${args[@]}" "$2")
	rg=$(best_us rg -F "$PG_RARE" "$2")
	kv=$(best_us "$KANBAO" --version)
	printf 'pg        10-year %s, per search once open (%d in one process): database %s ms  local cache %s ms | rg -F %s ms: rg/database %s  rg/cache %s\n' \
	    "$PG_RARE" "$PG_SEARCHES" "$(ms $(( (dbn - db1) / (PG_SEARCHES - 1) )) 2)" \
	    "$(ms $(( (locn - loc1) / (PG_SEARCHES - 1) )) 2)" "$(ms "$rg")" \
	    "$(ratio "$rg" $(( (dbn - db1) / (PG_SEARCHES - 1) )))" \
	    "$(ratio "$rg" $(( (locn - loc1) / (PG_SEARCHES - 1) )))"
	printf 'pg        10-year %s, one-shot: database %s ms = %s ms fixed (of which %s ms kanbao --version) + one search; local cache %s ms\n' \
	    "$PG_RARE" "$(ms "$db1")" "$(ms $(( db1 - (dbn - db1) / (PG_SEARCHES - 1) )))" "$(ms "$kv")" "$(ms "$loc1")"
}

bench_pg() {
	local uri10 uri100 dir1="$BENCH_DIR/pg-1y" dir10="$BENCH_DIR/pg-10y" q db loc rg hits \
	    same rare10 rare100 lrare1 lrare10 rg1 rg10 i t
	[ -n "$PG_BIN" ] || { echo "pg        skipped: no PostgreSQL server binaries (Debian: postgresql)"; return; }
	! "$KANBAO" --database 'host=/nonexistent dbname=x' --list 2>&1 | grep -q 'built without PostgreSQL' ||
	    { echo "pg        skipped: built without libpq"; return; }
	pg_archive "$dir1" 1
	pg_archive "$dir10" 10
	pg_server "$BENCH_DIR/pg-server" || { echo "pg        skipped: cannot start a server"; return; }
	[ -n "${BENCH_PG_KEEP:-}" ] || trap pg_stop EXIT
	uri10=$(pg_db bench10)
	if pg_kept bench10; then
		echo "pg        10-year daily: the database of the last run kept (BENCH_PG_KEEP)"
	else
		pg_ingest "$uri10" "$dir10" "10-year daily"
	fi
	uri100="host=$PG_SOCK dbname=bench100 user=kbadmin password=adminpw"
	if ! pg_kept bench100; then
		t=$(now_ns)
		pg_grow bench10 bench100 || echo "pg        100-year: the copy failed"
		printf 'pg        100-year daily: the 10-year database copied ten times in %d ms; database %s\n' \
		    $(( ($(now_ns) - t) / 1000000 )) \
		    "$("$PG_BIN/psql" -X -A -t "$uri100" -c "SELECT pg_size_pretty(pg_database_size(current_database()))" 2>/dev/null)"
	fi
	"$KANBAO" --build-cache "$dir10" >/dev/null
	for q in "$PG_RARE" 记者 SONGCHUAN 下洋村的集中育秧大棚; do
		db=$(best_us "$KANBAO" --database "$uri10" --search "$q")
		loc=$(best_us "$KANBAO" --search "$q" "$dir10")
		rg=$(best_us rg -F "$q" "$dir10")
		"$KANBAO" --database "$uri10" --search "$q" >"$BENCH_DIR/pg-db.out" 2>/dev/null || true
		"$KANBAO" --archive "$dir10" --search "$q" >"$BENCH_DIR/pg-dir.out" 2>/dev/null || true
		cmp -s "$BENCH_DIR/pg-db.out" "$BENCH_DIR/pg-dir.out" && same=same || same=DIFFERENT
		hits=$(wc -l <"$BENCH_DIR/pg-db.out")
		printf 'pg        10-year %-22s database %6s ms  local cache %6s ms  rg -F %6s ms | rg/database %s  rg/cache %s | hits %d (%s both ways), rg lines %d\n' \
		    "$q" "$(ms "$db")" "$(ms "$loc")" "$(ms "$rg")" "$(ratio "$rg" "$db")" "$(ratio "$rg" "$loc")" "$hits" "$same" \
		    "$(rg -F "$q" "$dir10" | wc -l)"
	done
	# What a reader pays per search once the connection (or the cache) is
	# open, as the reader keeps it: PG_SEARCHES searches in one process
	# against one; the rest of a one-shot search is the fixed cost of a
	# process (start, libpq, connecting and authenticating, the schema).
	pg_per_search "$uri10" "$dir10"
	# Growth, the rare word on a ten times larger archive: the database
	# from ten years to a hundred; the cache and rg -F from one year to
	# ten (a hundred-year cache is 7.7 GB and half an hour to build).
	"$KANBAO" --build-cache "$dir1" >/dev/null
	rare10=$(best_ms "$KANBAO" --database "$uri10" --search "$PG_RARE")
	rare100=$(best_ms "$KANBAO" --database "$uri100" --search "$PG_RARE")
	lrare1=$(best_ms "$KANBAO" --search "$PG_RARE" "$dir1")
	lrare10=$(best_ms "$KANBAO" --search "$PG_RARE" "$dir10")
	rg1=$(best_ms rg -F "$PG_RARE" "$dir1")
	rg10=$(best_ms rg -F "$PG_RARE" "$dir10")
	"$KANBAO" --database "$uri100" --search "$PG_RARE" >"$BENCH_DIR/pg-db.out" 2>/dev/null || true
	printf 'pg        growth 10x, rare word: database (10 -> 100 years) %d -> %d ms (%s, %d hits)  local cache (1 -> 10 years) %d -> %d ms (%s)  rg -F (1 -> 10 years) %d -> %d ms (%s)\n' \
	    "$rare10" "$rare100" "$(ratio "$rare100" "$rare10")" "$(wc -l <"$BENCH_DIR/pg-db.out")" \
	    "$lrare1" "$lrare10" "$(ratio "$lrare10" "$lrare1")" "$rg1" "$rg10" "$(ratio "$rg10" "$rg1")"
	local conc=("$PG_RARE" 记者)
	if [ -n "${BENCH_PG_NO_CONCURRENT:-}" ]; then
		echo "pg        50 concurrent searches: skipped (BENCH_PG_NO_CONCURRENT)"
		conc=()
	fi
	for q in ${conc[@]+"${conc[@]}"}; do
		for ((i = 0; i < 50; i++)); do
			( t0=$(now_ns); "$KANBAO" --database "$uri10" --search "$q" >/dev/null 2>&1; t1=$(now_ns)
			  echo $(( (t1 - t0) / 1000000 )) ) >"$BENCH_DIR/pg-conc.$i" &
		done
		wait
		cat "$BENCH_DIR"/pg-conc.* | sort -n | awk -v q="$q" '{ v[NR] = $1 } END {
		    printf "pg        50 concurrent searches for %s: median %d ms, 95th percentile %d ms, slowest %d ms\n",
		        q, v[int((NR + 1) / 2)], v[int(NR * 0.95 + 0.5)], v[NR] }'
		rm -f "$BENCH_DIR"/pg-conc.*
	done
	if [ -z "${BENCH_PG_KEEP:-}" ]; then
		pg_stop
		trap - EXIT
	fi
}

# only PART: whether BENCH_ONLY (unset: everything) names the part.
only() { [ -z "${BENCH_ONLY:-}" ] || [[ " $BENCH_ONLY " == *" $1 "* ]]; }

echo "kanbao bench ($(date -u +%F), $(nproc) cores, best of $RUNS runs, load $(cut -d' ' -f1-3 /proc/loadavg))"
only listing && bench_listing
only segment && bench_segment
only reflow && bench_reflow
only search && bench_search
only longline && bench_longline
only bigpage && bench_bigpage
only pagemem && [ -x /usr/bin/time ] && bench_pagemem
only scroll && bench_scroll
only startup && bench_startup
# Layout alone, without loading: MB/s at several widths.
[[ " ${BENCH_ONLY:-} " == *" pg "* ]] && bench_pg
only layout && [ -x "$top_builddir/tests/bench_layout" ] && "$top_builddir/tests/bench_layout"
exit 0

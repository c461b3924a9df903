#!/bin/sh
# SPDX-License-Identifier: ISC
# run.sh: make fuzz.  Runs every harness (or those in FUZZ_HARNESSES) of
# the libFuzzer program for FUZZ_SECONDS each, one at a time and niced, on
# a working corpus in fuzz-work/NAME/ that starts from the seeds and grows
# from run to run.  Crashes are written to fuzz-work/crash-NAME-*; the run
# fails when any harness crashes.  Executions per harness are appended to
# fuzz-work/stats.
set -u
: "${top_srcdir:=.}"
seconds=${FUZZ_SECONDS:-600}
[ -n "${FUZZ_PROGRAM:-}" ] && [ -x "$FUZZ_PROGRAM" ] || {
	echo "make fuzz: configure with CC=clang --enable-fuzzing first" >&2
	exit 1
}
# The sanitizer build's suppressions: libraries' caches never freed.
: "${LSAN_OPTIONS:=suppressions=$top_srcdir/tests/lsan.supp}"
export LSAN_OPTIONS
harnesses=${FUZZ_HARNESSES:-}
if [ -z "$harnesses" ]; then
	harnesses=$(ls "$top_srcdir/tests/fuzz/seeds")
fi
mkdir -p fuzz-work
failed=
for h in $harnesses; do
	corpus=fuzz-work/$h
	mkdir -p "$corpus"
	log=fuzz-work/$h.log
	echo "fuzz: $h for ${seconds}s"
	regress=$top_srcdir/tests/fuzz/regress/$h
	[ -d "$regress" ] || regress=
	KANBAO_FUZZ=$h nice -n 10 "$FUZZ_PROGRAM" -max_total_time="$seconds" \
	    -timeout=20 -rss_limit_mb=2048 -max_len=65536 \
	    -print_final_stats=1 -artifact_prefix="fuzz-work/crash-$h-" \
	    "$corpus" "$top_srcdir/tests/fuzz/seeds/$h" $regress >"$log" 2>&1
	status=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	printf '%s\t%s\t%ss\texecs=%s\texit=%s\n' "$(date -u +%FT%TZ)" "$h" \
	    "$seconds" "${execs:-?}" "$status" >>fuzz-work/stats
	echo "fuzz: $h: ${execs:-?} executions, exit $status"
	if [ "$status" != 0 ]; then
		tail -n 60 "$log" >&2
		failed="$failed $h"
	fi
done
if [ -n "$failed" ]; then
	echo "fuzz: crashes in:$failed (inputs in fuzz-work/crash-*)" >&2
	exit 1
fi

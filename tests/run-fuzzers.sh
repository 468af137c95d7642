#!/usr/bin/env bash
# Builds the libFuzzer targets (`fuzz` preset: Clang, ASan + UBSan) and fuzzes each one for
# SECONDS (default 60), starting from its seeds in tests/fuzz/corpus/<target>/. What a run
# learns stays in build/fuzz/fuzz/<target>/corpus; a crash lands in build/fuzz/fuzz/<target>/artifacts:
# copy it into the seed folder and it is a regression test of the normal suite from then on
# (fuzz_replay.<target>).
# Usage: tests/run-fuzzers.sh [SECONDS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds=${1:-60}
jobs=${TOKENSCOPE_JOBS:-2}
start=$SECONDS
cmake --preset fuzz -DTOKENSCOPE_FUZZ_SECONDS="$seconds" >/dev/null
cmake --build --preset fuzz -j "$jobs"
built=$SECONDS

# No controlling terminal (setsid): the CLI target then fuzzes `logon` too (its stand-in PAM
# refuses every logon) instead of skipping inputs that could prompt for a password.
log=$(mktemp)
status=0
setsid -w ctest --preset fuzz -j "$jobs" -V >"$log" 2>&1 </dev/null || status=$?
grep -E '^[0-9]+/[0-9]+ Test|tests passed|Failed|Sanitizer|ERROR: libFuzzer' "$log" || true
echo
# One line per target from libFuzzer's final stats (ctest -V prefixes each line with the test number).
echo "target            executions  seconds  new corpus entries"
awk '
  /Test command: .*fuzz_[a-z_]+/ { match($0, /fuzz_[a-z_]+/); name = substr($0, RSTART + 5, RLENGTH - 5); tests[$1] = name }
  /stat::number_of_executed_units/ { split($1, id, ":"); execs[id[1]] = $NF }
  /stat::new_units_added/ { split($1, id, ":"); added[id[1]] = $NF }
  END { for (t in tests) { key = t; sub(":", "", key); printf "%-16s %11s  %7s  %s\n", tests[t], execs[key], "'"$seconds"'", added[key] } }
' "$log" | sort
if [[ $status -ne 0 ]]; then
  echo "run-fuzzers: a target failed; the log is $log" >&2
else
  rm -f "$log"
fi
echo "run-fuzzers: build $((built - start)) s, fuzzing $((SECONDS - built)) s, total $((SECONDS - start)) s"
exit $status

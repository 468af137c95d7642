#!/usr/bin/env bash
# Builds the `asan` preset (AddressSanitizer + UndefinedBehaviorSanitizer + LeakSanitizer; core,
# CLI and their tests, no GUI) and runs its test suite: every sanitizer report fails the test
# that caused it. The soak stays out (label `soak`: 10,000 cycles belong to the normal build).
# Usage: tests/run-sanitizers.sh            (from anywhere; prints how long each step took)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

jobs=${TOKENSCOPE_JOBS:-2}
start=$SECONDS
cmake --preset asan >/dev/null
configured=$SECONDS
cmake --build --preset asan -j "$jobs"
built=$SECONDS

# As root the suite also logs on real temporary accounts, as the normal suite does.
if [[ $(id -u) -eq 0 && -z "${TOKENSCOPE_TEST_REAL_ACCOUNTS:-}" ]]; then
  export TOKENSCOPE_TEST_REAL_ACCOUNTS=1
fi
status=0
ctest --preset asan -j "$jobs" || status=$?
done_at=$SECONDS
echo "run-sanitizers: configure $((configured - start)) s, build $((built - configured)) s, tests $((done_at - built)) s, total $((done_at - start)) s"
exit $status

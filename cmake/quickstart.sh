#!/usr/bin/env bash
# The README's two commands.
#   cmake/quickstart.sh run    install what is missing, build, run TokenScope (the GUI where there
#                              is a display; otherwise the CLI's identity and privilege report)
#   cmake/quickstart.sh test   install what is missing, build, run every test; then the same
#                              core and CLI suite under ASan/UBSan/LSan (tests/run-sanitizers.sh)
#                              and a 10-second fuzz of each fuzz target (tests/run-fuzzers.sh 10)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
mode=${1:-}
case "$mode" in
  run|test) ;;
  *) echo "usage: bash cmake/quickstart.sh run|test" >&2; exit 2 ;;
esac

bash cmake/install-deps.sh
cmake --preset default
cmake --build --preset default

if [[ "$mode" == run ]]; then
  if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    exec build/default/app/gui/tokenscope
  fi
  echo
  echo "No display (DISPLAY and WAYLAND_DISPLAY are unset), so the GUI cannot open here."
  echo "This is the CLI's identity and privilege report instead (build/default/app/cli/tokenscope-cli):"
  echo
  build/default/app/cli/tokenscope-cli whoami
  echo
  build/default/app/cli/tokenscope-cli privileges
  exit 0
fi

# As root the suite also logs on real temporary accounts (created and removed by the tests).
if [[ $(id -u) -eq 0 && -z "${TOKENSCOPE_TEST_REAL_ACCOUNTS:-}" ]]; then
  export TOKENSCOPE_TEST_REAL_ACCOUNTS=1
fi
ctest --preset default -j2
bash tests/run-sanitizers.sh
bash tests/run-fuzzers.sh "${TOKENSCOPE_FUZZ_SECONDS:-10}"

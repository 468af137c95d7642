#!/usr/bin/env bash
# The README's two commands.
#   cmake/quickstart.sh run    install what is missing, build, run TokenScope (the GUI where there
#                              is a display; otherwise the CLI's identity and privilege report)
#   cmake/quickstart.sh test   install what is missing, build, run every test: the Linux suite;
#                              the same core and CLI suite under ASan/UBSan/LSan
#                              (tests/run-sanitizers.sh); a 10-second fuzz of each fuzz target
#                              (tests/run-fuzzers.sh 10); then the Windows suite (cross-built,
#                              run under Wine), with the Windows GUI and its zip once Qt for
#                              mingw-w64 is built (cmake/build-qt-mingw.sh, cached)
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
status=0
ctest --preset default -j2 || status=$?
bash tests/run-sanitizers.sh || status=$?
bash tests/run-fuzzers.sh "${TOKENSCOPE_FUZZ_SECONDS:-10}" || status=$?

# Then the Windows build of core, the CLI and their tests, run under Wine, when the cross
# compiler and Wine are installed (install-deps.sh installs them). Its build tree is kept
# between runs (build/windows-cross): a second run rebuilds only what changed.
if command -v x86_64-w64-mingw32-g++-posix >/dev/null && [[ -x /usr/lib/wine/wine64 ]]; then
  # Qt for mingw-w64, for the Windows GUI: built once from Debian's source into a cache outside
  # the tree (cmake/build-qt-mingw.sh; docs/windows.md gives its time), found complete afterwards.
  if ! bash cmake/build-qt-mingw.sh; then
    echo "quickstart: Qt for mingw-w64 could not be built, so the Windows GUI is neither built nor tested."
    status=1
  fi
  KEEP_BUILD=1 bash .ci/windows-tests.sh build/windows-cross || status=$?
else
  echo "quickstart: mingw-w64 or Wine is missing, so the Windows tests were skipped" \
       "(bash cmake/install-deps.sh installs them)."
fi
exit "$status"

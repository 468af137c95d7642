#!/usr/bin/env bash
# Configures, builds and tests the Windows build from scratch: core, the CLI and their tests
# cross-compiled with mingw-w64 and run under Wine (ctest's emulator), and the GUI with its Qt
# Test suite (Wine on Xvfb) and portable zip when cmake/build-qt-mingw.sh's Qt is there. The Wine prefix lives in
# the build tree and is created by the first test (the wine.session.start fixture).
#
# Usage: .ci/windows-tests.sh [BUILD_DIR]   (default: build/windows-cross, the preset's folder)
# Environment: JOBS (default 2) for the build and for ctest; KEEP_BUILD=1 to reuse BUILD_DIR.
# Needs the packages of cmake/install-deps.sh (mingw-w64, g++-mingw-w64-x86-64-posix, wine64, wine).
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=$(realpath -m "${1:-"$source_dir/build/windows-cross"}")
jobs=${JOBS:-2}
start=$(date +%s)

if [[ "${KEEP_BUILD:-0}" != 1 && -d "$build_dir" ]]; then
  # A wineserver left running for the old prefix would outlive its folder.
  if [[ -d "$build_dir/wineprefix" && -x /usr/lib/wine/wineserver ]]; then
    WINEPREFIX="$build_dir/wineprefix" /usr/lib/wine/wineserver -k >/dev/null 2>&1 || true
  fi
  rm -rf "$build_dir"
fi

cd "$source_dir"
cmake --preset windows-cross -B "$build_dir"
cmake --build "$build_dir" --parallel "$jobs"
status=0
ctest --test-dir "$build_dir" --output-on-failure --timeout 300 --parallel "$jobs" --no-tests=error || status=$?

# Never silent about the GUI: say whether tokenscope.exe was built and its tests ran.
if [[ -f "$build_dir/app/gui/tokenscope.exe" ]]; then
  echo "windows-tests: the Windows GUI (tokenscope.exe) was built; its Qt Test suite and the portable zip's" \
       "check ran under Wine above (tokenscope_windows_gui_test, packaging.windows_zip)."
else
  echo "windows-tests: the Windows GUI was NOT built: no complete Qt for mingw-w64 (bash cmake/build-qt-mingw.sh" \
       "builds it); only core, the CLI and their tests ran."
fi
echo "windows-tests: finished in $(( $(date +%s) - start )) s (status $status)"
exit "$status"

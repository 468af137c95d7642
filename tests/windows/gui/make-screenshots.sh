#!/usr/bin/env bash
# Regenerates the screenshots of tokenscope.exe (README, docs/windows.md) under Wine on Xvfb:
# resources/screenshots/windows-*.png. Usage: tests/windows/gui/make-screenshots.sh [build-dir]
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
build=$(realpath "${1:-$top/build/windows-cross}")
cmake --build "$build" --target tokenscope_windows_screenshots
sh "$top/tests/windows/gui/wine-gui.sh" "$(command -v xvfb-run)" /usr/lib/wine/wine64 /usr/lib/wine/wineserver \
  "$build/wineprefix-gui" - "$build/tests/windows/gui/tokenscope_windows_screenshots.exe" "$top/resources/screenshots"
ls -l "$top"/resources/screenshots/windows-*.png

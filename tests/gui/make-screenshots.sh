#!/usr/bin/env bash
# Regenerates the screenshots of the README and docs/gui.md under Xvfb: resources/screenshots/*.png.
# Usage: tests/gui/make-screenshots.sh [build-dir]   (as root for the impersonation shown)
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$top/build/default}
cmake --build "$build" --target tokenscope_screenshots
cwrap=$build/tests/cwrap
mkdir -p "$top/resources/screenshots"
export XDG_RUNTIME_DIR=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
xvfb-run -a -s "-screen 0 1600x1000x24" env \
  LD_PRELOAD="/usr/lib/x86_64-linux-gnu/libpam_wrapper.so:/usr/lib/x86_64-linux-gnu/libnss_wrapper.so" \
  PAM_WRAPPER=1 PAM_WRAPPER_SERVICE_DIR="$cwrap/pam.d" \
  NSS_WRAPPER_PASSWD="$cwrap/passwd" NSS_WRAPPER_GROUP="$cwrap/group" \
  TOKENSCOPE_SCREENSHOT_SERVICE=tokenscope-test \
  "$build/tests/gui/tokenscope_screenshots" "$top/resources/screenshots" -platform xcb
echo "wrote $top/resources/screenshots/main-window.png, main-window-de.png, main-window-ja.png, constants-browser.png and process-browser.png"

#!/usr/bin/env bash
# Time to a visible main window: tokenscope against a bare QMainWindow, on one Xvfb server, in
# the same run. Prints the median of N runs of each and their ratio.
# Usage: tests/bench/gui-startup.sh <build-dir> [runs]
set -euo pipefail
build=${1:?usage: gui-startup.sh <build-dir> [runs]}
runs=${2:-15}
app=$build/app/gui/tokenscope
bare=$build/tests/gui/tokenscope_bare_window
for program in "$app" "$bare"; do [[ -x "$program" ]] || { echo "missing $program (build it first)" >&2; exit 1; }; done
command -v xdotool >/dev/null && command -v Xvfb >/dev/null || { echo "needs xdotool and Xvfb" >&2; exit 1; }

display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY=$display
export XDG_RUNTIME_DIR=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

# Milliseconds from start until a visible window titled TokenScope exists. A program that ends
# before its window shows (Xvfb refuses a connection now and then under a burst of them) is
# started again, at most three times, and said on stderr; a window that never comes is an error.
time_to_window() {
  local start end pid attempt
  for attempt in 1 2 3; do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 &
    pid=$!
    until xdotool search --onlyvisible --name '^TokenScope$' >/dev/null 2>&1; do
      if ! kill -0 "$pid" 2>/dev/null; then
        wait "$pid" 2>/dev/null || true
        echo "gui-startup: $* ended before its window showed (attempt $attempt)" >&2
        continue 2
      fi
      if (( $(date +%s%N) - start > 30000000000 )); then
        kill "$pid" 2>/dev/null || true
        echo "gui-startup: no visible window titled TokenScope from $* within 30 s" >&2
        exit 1
      fi
      sleep 0.002
    done
    end=$(date +%s%N)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo $(( (end - start) / 1000000 ))
    return 0
  done
  echo "gui-startup: $* ended before its window showed, three times" >&2
  exit 1
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

time_to_window "$app" >/dev/null || exit 1   # warm caches once for both
time_to_window "$bare" >/dev/null || exit 1
app_times=() bare_times=()
for _ in $(seq "$runs"); do
  t=$(time_to_window "$app") || exit 1
  app_times+=("$t")
  t=$(time_to_window "$bare") || exit 1
  bare_times+=("$t")
done
app_median=$(printf '%s\n' "${app_times[@]}" | median)
bare_median=$(printf '%s\n' "${bare_times[@]}" | median)
echo "time to visible window, median of $runs runs each (ms):"
echo "  tokenscope        $app_median   (${app_times[*]})"
echo "  bare QMainWindow  $bare_median   (${bare_times[*]})"
awk -v a="$app_median" -v b="$bare_median" 'BEGIN {printf "  ratio             %.2f (goal: at most 1.5)\n", a / b}'

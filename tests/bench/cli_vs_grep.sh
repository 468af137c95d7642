#!/usr/bin/env bash
# Times a whole `tokenscope-cli const NAME` process against `grep -rn NAME` over the mingw-w64
# include folder, in one hyperfine run, and prints the ratio (the goal: under 0.1); `true` runs
# beside them as the floor, the cost of starting any process on this machine.
# Usage: tests/bench/cli_vs_grep.sh BUILD_DIR/app/cli/tokenscope-cli [NAME]
set -euo pipefail
cli=${1:?usage: cli_vs_grep.sh path/to/tokenscope-cli [NAME]}
name=${2:-ERROR_LOGON_FAILURE}
# Debian's include folder is made of symbolic links, which grep -r does not follow: use their target.
include=$(dirname "$(readlink -f /usr/x86_64-w64-mingw32/include/windows.h)")
command -v hyperfine >/dev/null || { echo "cli_vs_grep: hyperfine is needed (apt-get install hyperfine)" >&2; exit 77; }
json=$(mktemp)
trap 'rm -f "$json"' EXIT
hyperfine --warmup 3 --runs "${RUNS:-30}" -N --ignore-failure --export-json "$json" \
  "$cli const $name" "grep -rn $name $include" true >&2
python3 - "$json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
cli, grep, floor = r[0], r[1], r[2]
print(f"tokenscope-cli const: mean {cli['mean']*1000:.2f} ms (min {cli['min']*1000:.2f})")
print(f"grep -rn:             mean {grep['mean']*1000:.2f} ms (min {grep['min']*1000:.2f})")
print(f"true (starting any process): mean {floor['mean']*1000:.2f} ms")
print(f"ratio cli/grep: {cli['mean']/grep['mean']:.3f} (goal < 0.100)")
PY

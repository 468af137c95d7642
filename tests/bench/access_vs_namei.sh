#!/usr/bin/env bash
# A whole `tokenscope-cli access PATH --user USER` (account lookup, path walk, ACLs, attributes,
# mounts, every right explained) against `namei -l PATH` (the path walk with each component's
# mode and owners, and nothing decided), in one hyperfine run. The goal: access within 5 ms.
# Usage: tests/bench/access_vs_namei.sh BUILD_DIR/app/cli/tokenscope-cli [PATH [USER]]
set -euo pipefail
cli=${1:?usage: access_vs_namei.sh path/to/tokenscope-cli [PATH [USER]]}
path=${2:-/usr/share/doc/bash/copyright}
user=${3:-nobody}
command -v hyperfine >/dev/null || { echo "access_vs_namei: hyperfine is needed (apt-get install hyperfine)" >&2; exit 77; }
json=$(mktemp)
trap 'rm -f "$json"' EXIT
hyperfine --warmup 5 --runs "${RUNS:-50}" -N --ignore-failure --export-json "$json" \
  "$cli access $path --user $user" "$cli access $path --user $user --json" "namei -l $path" >&2
python3 - "$json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
for result, name in zip(r, ["tokenscope-cli access", "tokenscope-cli access --json", "namei -l"]):
    print(f"{name:30} mean {result['mean']*1000:6.2f} ms ± {result['stddev']*1000:4.2f} (min {result['min']*1000:.2f})")
print(f"ratio access / namei: {r[0]['mean']/r[2]['mean']:.2f} (goal: access under 5 ms)")
PY

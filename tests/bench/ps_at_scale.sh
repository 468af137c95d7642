#!/usr/bin/env bash
# `tokenscope-cli ps` with a crowd of processes and threads, side by side with `ps -eLo pid,tid,uid`
# (hyperfine), after checking that the list is right: every process of the crowd listed once, with
# its user and its thread count, as /proc shows them.
#
#   tests/bench/ps_at_scale.sh CLI CROWD [PROCESSES [THREADS]]     (default: 1000 processes × 10 threads)
#   CHECK_ONLY=1 tests/bench/ps_at_scale.sh CLI CROWD 200 5          (the CTest smoke: no timing)
#
# CLI is build/default/app/cli/tokenscope-cli, CROWD build/default/tests/bench/tokenscope_crowd.
# The crowd ends with the script (a trap), or by itself after ten minutes whatever happens.
set -euo pipefail
cli=${1:?usage: ps_at_scale.sh CLI CROWD [PROCESSES [THREADS]]}
crowd=${2:?usage: ps_at_scale.sh CLI CROWD [PROCESSES [THREADS]]}
processes=${3:-1000}
threads=${4:-10}
if [[ ${CHECK_ONLY:-0} != 1 ]] && ! command -v hyperfine >/dev/null; then
  echo "ps_at_scale: hyperfine is needed (apt-get install hyperfine)" >&2
  exit 77
fi

work=$(mktemp -d)
crowd_pid=
finish() {
  [[ -n $crowd_pid ]] && kill "$crowd_pid" 2>/dev/null && wait "$crowd_pid" 2>/dev/null
  rm -rf "$work"
}
trap finish EXIT

# Standard input from /dev/null and output to a file: nothing the crowd does can block this script.
"$crowd" "$processes" "$threads" 600 </dev/null >"$work/ready" 2>"$work/crowd.err" &
crowd_pid=$!
for _ in $(seq 300); do
  grep -q '^ready' "$work/ready" && break
  kill -0 "$crowd_pid" 2>/dev/null || { cat "$work/crowd.err" >&2; echo "ps_at_scale: the crowd did not start" >&2; exit 1; }
  sleep 0.1
done
grep -q '^ready' "$work/ready" || { echo "ps_at_scale: the crowd was not ready within 30 s" >&2; exit 1; }

# The check: the crowd's processes are the crowd's parent and its children (PPid in /proc).
"$cli" ps --json >"$work/ps.json"
python3 - "$work/ps.json" "$crowd_pid" "$processes" "$threads" <<'PY'
import json, os, sys
listed, parent, processes, threads = json.load(open(sys.argv[1])), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
crowd, uids = set(), {}
for entry in os.listdir("/proc"):
    if entry.isdigit():
        try:
            status = open(f"/proc/{entry}/status").read()
        except OSError:
            continue
        if int(entry) == parent or f"\nPPid:\t{parent}\n" in status:
            crowd.add(int(entry))
            uids[int(entry)] = int(status.split("\nUid:\t")[1].split()[1])  # the effective uid
assert len(crowd) == processes, f"/proc shows {len(crowd)} crowd processes, expected {processes}"
by_pid = {}
for p in listed["processes"]:
    assert p["pid"] not in by_pid, f"pid {p['pid']} listed twice"
    by_pid[p["pid"]] = p
missing = crowd - by_pid.keys()
assert not missing, f"{len(missing)} crowd processes not listed, e.g. {sorted(missing)[:5]}"
for pid in crowd:
    p = by_pid[pid]
    tasks = len(os.listdir(f"/proc/{pid}/task"))
    assert p["threads"] == tasks == threads, f"pid {pid}: {p['threads']} threads listed, /proc has {tasks}, {threads} started"
    assert p["impersonating_threads"] == 0, f"pid {pid}: {p['impersonating_threads']} impersonating"
    assert p["uid"] == uids[pid], f"pid {pid}: uid {p['uid']} listed, /proc says {uids[pid]}"
total = sum(p["threads"] for p in listed["processes"])
print(f"ps_at_scale: {listed['count']} processes and {total} threads listed; the crowd's {processes} "
      f"processes × {threads} threads all listed with their user and thread count")
PY
[[ ${CHECK_ONLY:-0} == 1 ]] && exit 0

json=$work/hyperfine.json
hyperfine --warmup 3 --runs "${RUNS:-30}" -N --export-json "$json" \
  "$cli ps" "$cli ps --json" "ps -eLo pid,tid,uid" >&2
python3 - "$json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
for result, name in zip(r, ["tokenscope-cli ps", "tokenscope-cli ps --json", "ps -eLo pid,tid,uid"]):
    print(f"{name:26} mean {result['mean']*1000:7.1f} ms ± {result['stddev']*1000:5.1f} (min {result['min']*1000:.1f})")
print(f"ratio tokenscope-cli ps / ps -eLo: {r[0]['mean']/r[2]['mean']:.2f}")
PY

#!/usr/bin/env bash
# The constants database's four performance figures in one run, each beside its goal and the
# tool people use instead (docs/performance.md, the README): opening the database, the p99 of
# every query kind at the CLI's limit, the constants browser's work for one keystroke, and a
# whole `tokenscope-cli const` process against `grep -rn` over the mingw-w64 headers.
# Usage: tests/bench/constants_figures.sh [BUILD_DIR]   (default build/default; needs hyperfine,
# xvfb-run for the browser; RUNS=N hyperfine runs, default 30)
set -euo pipefail
build=${1:-build/default}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
"$build/tests/bench/constants_bench" --benchmark_filter='^Load|Percentile' \
  --benchmark_format=json --benchmark_out="$out/constants.json" --benchmark_out_format=json >/dev/null
xvfb-run -a "$build/tests/gui/tokenscope_browser_filter_bench" \
  --benchmark_format=json --benchmark_out="$out/browser.json" --benchmark_out_format=json >/dev/null
RUNS=${RUNS:-30} bash "$here/cli_vs_grep.sh" "$build/app/cli/tokenscope-cli" >"$out/grep.txt" 2>"$out/hyperfine.txt"
echo "load average at the end:   $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$out" <<'PY'
import json, re, sys
out = sys.argv[1]
bench = {b["name"]: b for b in json.load(open(f"{out}/constants.json"))["benchmarks"]}
load = bench["LoadAndFirstSubstringQuery"]["cpu_time"]  # ms
p = bench["PercentileReport/iterations:3"]
browser = [b for b in json.load(open(f"{out}/browser.json"))["benchmarks"] if b["name"].startswith("filter/")]
worst = max(browser, key=lambda b: b["cpu_time"])
grep = open(f"{out}/grep.txt").read()
cli_ms = float(re.search(r"const: mean ([\d.]+)", grep).group(1))
grep_ms = float(re.search(r"grep -rn: +mean ([\d.]+)", grep).group(1))
true_ms = float(re.search(r"true \(starting any process\): mean ([\d.]+)", grep).group(1))
print(f"database: {int(bench['Load']['constants']):,} names")
rows = [
    ("open, and a first substring query", f"{load:.3f} ms CPU", 10.0, load, "ms"),
]
for kind in ("name", "glob", "value", "guid"):
    rows.append((f"{kind} queries at the CLI's limit ({int(p[kind + '_queries']):,}), p99",
                 f"{p[kind + '_p99_us']:.1f} us (best of 3: {p[kind + '_best_p99_us']:.1f} us)", 50.0, p[kind + "_p99_us"], "us"))
rows.append((f"browser, one keystroke, worst of {len(browser)} queries ({worst['name'][7:]})",
             f"{worst['cpu_time']:.2f} ms CPU ({worst['real_time']:.2f} ms wall)", 16.0, worst["cpu_time"], "ms"))
print(f"{'figure':<62} {'measured':<34} {'goal':>8} {'of goal':>8}")
for what, shown, goal, value, unit in rows:
    print(f"{what:<62} {shown:<34} {'< %g %s' % (goal, unit):>8} {value / goal:>8.3f}")
ratio = cli_ms / grep_ms
print(f"{'tokenscope-cli const against grep -rn (whole processes)':<62} "
      f"{'%.2f ms against %.1f ms' % (cli_ms, grep_ms):<34} {'< 0.1':>8} {ratio:>8.3f}")
print(f"(starting any process here, `true`: {true_ms:.2f} ms)")
PY

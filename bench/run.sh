#!/usr/bin/env bash
# bench/run.sh — builds sla-bench and runs its JMH benchmarks, then prints the result tables
# (times, ratios to the Jackson readTree floor, cost per KB, targets met or missed).
#
#   bench/run.sh              the short run (about 5 minutes): 1 fork, 4 x 1 s warm-up, 3 x 1 s measured
#   bench/run.sh --full       the full run (about 10 minutes): the benchmarks' own settings (6 x 2 s
#                             warm-up, 5 x 1 s measured)
#   bench/run.sh [--full] -- JMH_ARGS...   extra JMH arguments (-p document=MEDIUM_100KB, -prof gc,
#                                          ...); BENCH=REGEX picks benchmarks (default: all of
#                                          AgreementBenchmarks)
#
# Pinned to two cores (taskset -c 0,1) when taskset exists; NICE=-10 raises the priority of the run
# on a machine shared with builds (root only). Results: bench/results/jmh-*.json and
# the table beside it (*.md). See docs/PERFORMANCE.md.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

mode=short
if [[ "${1:-}" == "--full" ]]; then
  mode=full
  shift
fi
[[ "${1:-}" == "--" ]] && shift

# shellcheck source=bench/jmh-env.sh
source "$root/bench/jmh-env.sh"

if [[ "$mode" == short ]]; then
  jmh_opts=(-f 1 -wi 4 -w 1s -i 3 -r 1s)
else
  jmh_opts=()
fi

mkdir -p "$root/bench/results"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
result="$root/bench/results/jmh-$mode-$stamp.json"
echo "bench: $mode run, load average: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
${NICE:+nice -n "$NICE"} "${pin[@]}" "$java" -Dsla.root="$root" -cp "$cp" org.openjdk.jmh.Main \
  "${jmh_opts[@]}" -jvmArgsAppend "-Dsla.root=$root" -rf json -rff "$result" \
  "$@" "${BENCH:-io.github.slaframework.bench.AgreementBenchmarks}" >&2

table="${result%.json}.md"
{
  echo "Run: $mode, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "JVM: $("$java" -version 2>&1 | head -1)"
  "$java" -cp "$cp" io.github.slaframework.bench.ResultTable "$result"
} | tee "$table"
echo "bench: results in $result and $table" >&2

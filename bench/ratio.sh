#!/usr/bin/env bash
# bench/ratio.sh — the ratios of benchmarks to the Jackson readTree floor over several rounds, for
# a machine whose runs scatter (see docs/PERFORMANCE.md, "Ratios over rounds").
#
#   bench/ratio.sh                 5 rounds, typed read against readTree, all four documents
#   bench/ratio.sh 7               7 rounds
#   bench/ratio.sh 5 -- -p document=SMALL_10KB     extra JMH arguments
#   BENCH=REGEX bench/ratio.sh     other benchmarks (the floor, jacksonReadTree, must match too)
#
# Each round is one JMH run with one fork per benchmark (5 x 1 s warm-up, 10 x 1 s measured), the
# floor and the other benchmarks one after the other; each benchmark's time in a round is the
# median of its iterations, and the verdict the median of the rounds' ratios
# (io.github.slaframework.bench.RatioRounds). Pinned to two cores when taskset exists. Results:
# bench/results/ratio-*/round-*.json and the table beside them (table.md).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

rounds=5
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then
  rounds=$1
  shift
fi
[[ "${1:-}" == "--" ]] && shift

# shellcheck source=bench/jmh-env.sh
source "$root/bench/jmh-env.sh"

dir="$root/bench/results/ratio-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$dir"
files=()
for ((r = 1; r <= rounds; r++)); do
  echo "bench: round $r of $rounds, load average: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  file="$dir/round-$r.json"
  ${NICE:+nice -n "$NICE"} "${pin[@]}" "$java" -Dsla.root="$root" -cp "$cp" org.openjdk.jmh.Main \
    -f 1 -wi 5 -w 1s -i 10 -r 1s -jvmArgsAppend "-Dsla.root=$root" -rf json -rff "$file" \
    "$@" "${BENCH:-io.github.slaframework.bench.AgreementBenchmarks.(jacksonReadTree|typedRead)\$}" \
    >"$dir/round-$r.log" 2>&1
  files+=("$file")
done

{
  echo "Rounds: $rounds, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "JVM: $("$java" -version 2>&1 | head -1)"
  "$java" -cp "$cp" io.github.slaframework.bench.RatioRounds "${files[@]}"
} | tee "$dir/table.md"
echo "bench: results in $dir" >&2

#!/usr/bin/env bash
# bench/measure.sh — `sla measure` end to end, as a whole process: generates a deterministic
# JSON Lines event log for examples/metropolitan-council.json (ten million events, about 880 MB,
# by default; kept in target/measure-bench/, never committed) and runs `./sla measure` on it,
# reporting wall and CPU (user + system) seconds, events per CPU-second and peak resident memory
# (GNU time's "Maximum resident set size"), with the launcher's own JVM settings.
#
#   bench/measure.sh                      10,000,000 events, 3 rounds, ./sla
#   EVENTS=2000000 ROUNDS=5 bench/measure.sh
#   bench/measure.sh LAUNCHER...          interleaves several launchers round by round (e.g. the
#                                         `sla` script of an older checkout copied beside its jar),
#                                         so a before/after comparison shares the machine's load
#
# Prints one line per run and the medians per launcher; says the load average before and after.
# NICE=-10 raises the priority of the runs (root only). See docs/PERFORMANCE.md.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
events="${EVENTS:-10000000}"
rounds="${ROUNDS:-3}"
launchers=("$@")
[[ ${#launchers[@]} -eq 0 ]] && launchers=("$root/sla")
agreement="$root/examples/metropolitan-council.json"
dir="$root/target/measure-bench"
log="$dir/events-$events.jsonl"
timer=/usr/bin/time
[[ -x "$timer" ]] || { echo "bench: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }

if [[ ! -f "$log" ]]; then
  echo "bench: building sla-bench (no tests) to generate the log..." >&2
  ./mvnw -B -q -Dquick -DskipTests package -pl sla-bench -am >&2
  mkdir -p "$dir"
  echo "bench: writing $log..." >&2
  java -cp "$root/sla-bench/target/benchmarks.jar" io.github.slaframework.bench.WriteEventLog \
    "$log" "$events" >/dev/null
fi
# The lines of the log are its events (the generator writes no bad or blank lines).
count="$(wc -l < "$log")"
for l in "${launchers[@]}"; do
  "$l" --version >/dev/null # builds the jar and its class-data archive outside the timing
done

echo "bench: $count events, $(du -m "$log" | cut -f1) MB; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
results="$(mktemp)"
trap 'rm -f "$results" "$results.time"' EXIT
for ((r = 1; r <= rounds; r++)); do
  for l in "${launchers[@]}"; do
    status=0
    ${NICE:+nice -n "$NICE"} "$timer" -v -o "$results.time" "$l" measure "$agreement" "$log" \
      --format json >/dev/null || status=$?
    # Exit 1 means a window missed its level (the generated log has breaches on purpose).
    if [[ $status -gt 1 ]]; then
      echo "bench: $l exited $status" >&2
      exit 2
    fi
    awk -v l="$l" -v n="$count" -F': ' '
      /User time/ {u = $2} /System time/ {s = $2} /Maximum resident/ {m = $2}
      /Elapsed \(wall clock\)/ {k = split($2, p, ":"); w = 0; for (i = 1; i <= k; i++) w = w * 60 + p[i]}
      END {c = u + s; printf "%s\t%.2f\t%.2f\t%.3f\t%d\n", l, w, c, n / c / 1e6, m / 1024}' \
      "$results.time" | tee -a "$results" |
      awk -F'\t' -v r="$r" '{printf "round %d  %-40s wall %6.2f s  CPU %6.2f s  %5.3f M events/CPU-s  peak RSS %4d MB\n", r, $1, $2, $3, $4, $5}'
  done
done
echo "bench: load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "medians:"
for l in "${launchers[@]}"; do
  awk -F'\t' -v l="$l" '$1 == l' "$results" | sort -t$'\t' -k3,3n | awk -F'\t' '
    {w[NR] = $2; c[NR] = $3; e[NR] = $4; m[NR] = $5; lab = $1}
    END {i = int((NR + 1) / 2); printf "  %-40s wall %6.2f s  CPU %6.2f s  %5.3f M events/CPU-s  peak RSS %4d MB  (%d runs; by CPU)\n", lab, w[i], c[i], e[i], m[i], NR}'
done

#!/usr/bin/env bash
# bench/startup.sh — start-up of the `sla` command line against a bare JVM, interleaved.
#
#   bench/startup.sh [RUNS]     (default 20 runs of each, alternating, after 3 warm-up rounds)
#
# Each round runs, one after the other: a JVM that only starts and exits (an empty main, the
# same `java`), `./sla validate examples/minimal.json`, and `./sla validate` of the largest
# example. Interleaving exposes every command to the same machine load. Then it validates 1,000
# files (copies of the examples) in one call, three times, and prints files per second, start-up
# included. Pinned to two cores with taskset when it exists; NICE=-10 raises the priority on a
# shared machine (root only). See docs/PERFORMANCE.md.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${1:-20}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
pin=()
if command -v taskset >/dev/null 2>&1 && [[ "$(nproc --all)" -ge 2 ]]; then
  pin=(taskset -c 0,1)
fi
run=(${NICE:+nice -n "$NICE"} "${pin[@]}")

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/noop" "$work/many"
cat > "$work/noop/Noop.java" <<'EOF'
public class Noop {
  public static void main(String[] args) {}
}
EOF
"${java}c" -d "$work/noop" "$work/noop/Noop.java"

# First use builds the jar and the class-data-sharing archive; not measured.
./sla validate examples/minimal.json >/dev/null

largest="$(ls -S examples/*.json | head -1)"
commands=(
  "$java -cp $work/noop Noop"
  "./sla validate examples/minimal.json"
  "./sla validate $largest"
)

now() { date +%s%N; }
declare -A samples
for ((round = -3; round < runs; round++)); do
  for i in "${!commands[@]}"; do
    start=$(now)
    # shellcheck disable=SC2086
    "${run[@]}" ${commands[$i]} >/dev/null 2>&1 || true
    end=$(now)
    if ((round >= 0)); then
      samples[$i]+="$(((end - start) / 1000)) "
    fi
  done
done

stats() { # microsecond samples -> "median mean min"
  tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1; s+=$1} END {
    m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2;
    printf "%.0f %.0f %.0f", m/1000, s/NR/1000, a[1]/1000 }'
}

echo "Start-up, $runs interleaved runs each, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "JVM: $("$java" -version 2>&1 | head -1)"
echo
echo "| command | median ms | mean ms | min ms | median ÷ bare JVM |"
echo "|---|---:|---:|---:|---:|"
read -r base_median _ _ <<<"$(echo "${samples[0]}" | stats)"
for i in "${!commands[@]}"; do
  read -r median mean min <<<"$(echo "${samples[$i]}" | stats)"
  label="${commands[$i]}"
  [[ $i -eq 0 ]] && label="bare JVM (empty main)"
  printf '| `%s` | %s | %s | %s | %.1f |\n' "$label" "$median" "$mean" "$min" \
    "$(echo "$median / $base_median" | bc -l)"
done

# 1,000 files in one call.
n=0
while ((n < 1000)); do
  for f in examples/*.json; do
    ((n < 1000)) || break
    cp "$f" "$work/many/$(printf '%04d' "$n")-$(basename "$f")"
    n=$((n + 1))
  done
done
echo
echo "| 1,000 files in one call | seconds | files/s |"
echo "|---|---:|---:|"
for attempt in 1 2 3; do
  start=$(now)
  "${run[@]}" ./sla validate "$work/many" >/dev/null 2>&1 || true
  end=$(now)
  secs=$(echo "($end - $start) / 1000000000" | bc -l)
  printf '| run %d | %.2f | %.0f |\n' "$attempt" "$secs" "$(echo "1000 / $secs" | bc -l)"
done

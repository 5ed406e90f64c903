#!/usr/bin/env bash
# bench/first-validation.sh — the library's first validation in a fresh JVM against an empty JVM.
#
#   bench/first-validation.sh [RUNS] [FILE]   (default 11 rounds after 2 warm-up rounds;
#                                              FILE default examples/metropolitan-council.json)
#
# Each round starts, one after the other (interleaved, so every command meets the same load):
# an empty JVM (`java -cp DIR Empty`, default flags) and sla-bench's FirstValidation
# (`AgreementValidator.standard()` + the first `validate(Path)`, timed inside the process), with
# default JVM flags: what a library user gets. Options, by environment:
#
#   LAUNCHER=1        also FirstValidation with the `sla` launcher's flags and an AppCDS archive
#                     (trained once, before the rounds, by a FirstValidation run)
#   CLI=1             also `java -jar sla-cli/target/sla.jar validate FILE` (default flags), and
#                     with LAUNCHER=1 the same with the launcher's flags and its own archive
#   VARIANTS='A|B'    JVM options of each variant of the measured commands, `|`-separated (default
#                     one variant without options); e.g. VARIANTS='|-Dsome.property=x'
#
# Prints medians: the in-process time of FirstValidation (standard() + validate), the wall time
# of each process and its CPU time (user + sys), and CPU time ÷ the empty JVM's. Needs
# sla-bench/target/benchmarks.jar (and sla-cli/target/sla.jar with CLI=1):
# ./mvnw -B -q -Dquick -DskipTests package -pl sla-bench,sla-cli -am. See docs/validation.md.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${1:-11}"
file="${2:-examples/metropolitan-council.json}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
bench_jar="sla-bench/target/benchmarks.jar"
cli_jar="sla-cli/target/sla.jar"
main="io.github.slaframework.bench.FirstValidation"
launcher="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn16m -Xss1m -XX:-UsePerfData"

for jar in "$bench_jar" ${CLI:+"$cli_jar"}; do
  if [[ ! -f "$jar" ]]; then
    echo "missing $jar: ./mvnw -B -q -Dquick -DskipTests package -pl sla-bench,sla-cli -am" >&2
    exit 2
  fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/empty"
printf 'public class Empty {\n  public static void main(String[] args) {}\n}\n' > "$work/empty/Empty.java"
"${java}c" -d "$work/empty" "$work/empty/Empty.java"

labels=("empty JVM")
commands=("$java -cp $work/empty Empty")
add() { # label, command
  labels+=("$1")
  commands+=("$2")
}
archive() { # name, options, program arguments: trains an AppCDS archive, prints its options
  "$java" $launcher $2 -XX:ArchiveClassesAtExit="$work/$1.jsa" -Xlog:cds=off \
    -Xlog:cds+dynamic=off $3 >/dev/null 2>&1
  echo "$launcher -XX:SharedArchiveFile=$work/$1.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
}
IFS='|' read -r -a variants <<<"${VARIANTS-}"
[[ ${#variants[@]} -eq 0 ]] && variants=("")
for v in "${!variants[@]}"; do
  opts="${variants[$v]}"
  tag="${opts:+ $opts}"
  add "FirstValidation$tag" "$java $opts -cp $bench_jar $main $file"
  if [[ -n "${LAUNCHER:-}" ]]; then
    flags="$(archive "lib$v" "$opts" "-cp $bench_jar $main $file")"
    add "FirstValidation, launcher flags + CDS$tag" "$java $flags $opts -cp $bench_jar $main $file"
  fi
  if [[ -n "${CLI:-}" ]]; then
    add "sla.jar validate$tag" "$java $opts -jar $cli_jar validate $file"
    if [[ -n "${LAUNCHER:-}" ]]; then
      flags="$(archive "cli$v" "$opts" "-jar $cli_jar validate $file")"
      add "sla.jar validate, launcher flags + CDS$tag" "$java $flags $opts -jar $cli_jar validate $file"
    fi
  fi
done

TIMEFORMAT='%3R %3U %3S'
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
declare -A wall cpu inproc
for ((round = -2; round < runs; round++)); do
  for i in "${!commands[@]}"; do
    # shellcheck disable=SC2086
    { time ${commands[$i]} >"$work/out" 2>/dev/null || true; } 2>"$work/time"
    if ((round >= 0)); then
      read -r real user sys <"$work/time"
      wall[$i]+="$(echo "$real * 1000" | bc) "
      cpu[$i]+="$(echo "($user + $sys) * 1000" | bc) "
      if [[ "${commands[$i]}" == *"$main"* ]]; then
        if ! awk -F'\t' 'NF == 4 && $3 ~ /^[0-9]+$/ {ok = 1} END {exit !ok}' "$work/out"; then
          echo "FirstValidation failed: ${commands[$i]}" >&2
          exit 1
        fi
        inproc[$i]+="$(cut -f3 "$work/out" | awk '{print $1 / 1000}') "
      fi
    fi
  done
done

median() { # samples -> median, rounded
  tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {
    m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.0f", m }'
}

echo "First validation of $file, $runs interleaved rounds; load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "JVM: $("$java" -version 2>&1 | head -1); $(nproc) cores"
echo
echo "| command | in-process ms | wall ms | CPU ms (user+sys) | CPU ÷ empty JVM |"
echo "|---|---:|---:|---:|---:|"
base="$(echo "${cpu[0]}" | median)"
for i in "${!commands[@]}"; do
  c="$(echo "${cpu[$i]}" | median)"
  p="-"
  [[ -n "${inproc[$i]:-}" ]] && p="$(echo "${inproc[$i]}" | median)"
  printf '| %s | %s | %s | %s | %.1f |\n' "${labels[$i]}" "$p" "$(echo "${wall[$i]}" | median)" \
    "$c" "$(echo "$c / $base" | bc -l)"
done

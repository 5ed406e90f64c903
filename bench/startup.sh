#!/usr/bin/env bash
# bench/startup.sh — the start-up targets of the `sla` command line (issue 14, part 4), measured as
# whole processes against an empty JVM and against ajv-cli, in interleaved rounds.
#
#   bench/startup.sh [RUNS]      RUNS measured rounds of each phase (default 10), after warm-up
#
# Phase 1, RUNS rounds after 2 warm-up rounds, each round running one after the other:
#   an empty main (`java -cp DIR Empty`, default flags, the same `java` the launcher uses),
#   `./sla --version`, `./sla validate examples/metropolitan-council.json`, and ajv-cli 5 (with
#   ajv-formats, on Node) validating that file against the schema `./sla schema agreement` exports.
# Phase 2, RUNS rounds after 1 warm-up round: one call each over 1,000 copies of
#   examples/minimal.json (`./sla validate DIR`), 1,000 copies of metropolitan-council.json
#   (`./sla validate DIR`) and the same 1,000 copies with ajv (`ajv -d "DIR/*.json"`).
# Interleaving exposes every command to the same machine load. Every figure is the median over the
# rounds; CPU time is user + system of the process and its children (bash's `time`), steadier than
# wall time on a busy machine; wall time is shown too. The last table says PASS or MISS per target.
#
# ajv-cli is installed on first use with `npm ci` into bench/ajv/node_modules (the versions pinned
# in bench/ajv/package-lock.json); without npm the ajv rows are skipped (AJV=0 skips them too).
# BASELINE=DIR also measures DIR/sla (another build: a directory with the `sla` launcher,
# sla-cli/target/sla.jar and examples/) in the same rounds, for before/after comparisons.
# NICE=-15 runs every measured command at that priority (root only), for a machine shared with
# builds: CPU time still counts only the command's own work, but its wall time then stays close
# to what a quiet machine gives.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${1:-10}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
baseline="${BASELINE:-}"
[[ -n "$baseline" && ! -x "$baseline/sla" ]] && { echo "BASELINE=$baseline has no sla launcher" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The empty JVM: an empty main, compiled by the same JDK.
mkdir -p "$work/empty"
printf 'public class Empty {\n  public static void main(String[] args) {}\n}\n' > "$work/empty/Empty.java"
"${java}c" -d "$work/empty" "$work/empty/Empty.java"

# First use builds the jar and trains the class-data-sharing archive; not measured.
./sla --version >/dev/null
[[ -n "$baseline" ]] && "$baseline/sla" --version >/dev/null

# ajv-cli 5 and ajv-formats, pinned by bench/ajv/package-lock.json.
ajv_dir="$root/bench/ajv"
ajv="$ajv_dir/node_modules/.bin/ajv"
if [[ "${AJV:-1}" != 0 && ! -x "$ajv" ]]; then
  if command -v npm >/dev/null 2>&1; then
    echo "Installing ajv-cli into bench/ajv/node_modules (npm ci)..." >&2
    (cd "$ajv_dir" && npm ci --no-audit --no-fund --loglevel=error) >&2
  else
    echo "npm not found: the ajv comparison is skipped" >&2
  fi
fi
use_ajv=0
[[ "${AJV:-1}" != 0 && -x "$ajv" ]] && use_ajv=1
./sla schema agreement > "$work/agreement.schema.json"
# Draft 2020-12 as the schema declares, formats checked; union types ("type": [..]) are allowed
# rather than logged.
ajv_args=(validate --spec=draft2020 --allow-union-types -c ajv-formats -s "$work/agreement.schema.json")

# 1,000 copies of the small example and of the 22 KB reference.
mkdir -p "$work/minimal" "$work/metro"
for ((i = 0; i < 1000; i++)); do
  n="$(printf '%04d' "$i")"
  cp examples/minimal.json "$work/minimal/$n.json"
  cp examples/metropolitan-council.json "$work/metro/$n.json"
done

metro=examples/metropolitan-council.json
labels=() commands=()
add() { # label command args... (kept quoted, so paths may hold spaces and ajv gets its glob)
  local label="$1" cmd
  shift
  [[ -n "${NICE:-}" ]] && set -- nice -n "$NICE" "$@"
  printf -v cmd '%q ' "$@"
  labels+=("$label")
  commands+=("$cmd")
}

# One measurement: appends "cpu wall" (seconds) to the samples of label $1 from running command $2
# (quoted by add); the command must succeed.
declare -A samples
measure() {
  local label="$1" cmd="$2" out rc
  rc=0
  out="$({ TIMEFORMAT='%3U %3S %3R'; time eval "$cmd" >"$work/out" 2>&1; } 2>&1)" || rc=$?
  if ((rc != 0)); then
    echo "failed (exit $rc): $cmd" >&2
    cat "$work/out" >&2
    exit 2
  fi
  read -r user sys real <<<"$(tail -1 <<<"$out")"
  samples[$label]+="$(echo "$user + $sys" | bc -l) $real;"
}

# Median of column $2 (1 = CPU, 2 = wall) of label $1's samples.
median() {
  tr ';' '\n' <<<"${samples[$1]}" | awk -v c="$2" 'NF {print $c}' | sort -g | awk '
    {a[NR] = $1} END {printf "%.3f", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'
}
ratio() { printf '%.2f' "$(echo "$1 / $2" | bc -l)"; }
verdict() { # value limit op
  if (($(echo "$1 $3 $2" | bc -l))); then echo PASS; else echo MISS; fi
}

rounds() { # warm-up rounds, then the measured ones, of every command added
  local warm="$1" round i
  for ((round = -warm; round < runs; round++)); do
    for i in "${!labels[@]}"; do
      if ((round < 0)); then
        measure warm-up "${commands[$i]}"
      else
        measure "${labels[$i]}" "${commands[$i]}"
      fi
    done
  done
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

# Phase 1: start-up.
add empty "$java" -cp "$work/empty" Empty
add version ./sla --version
add validate ./sla validate "$metro"
((use_ajv)) && add ajv "$ajv" "${ajv_args[@]}" -d "$metro"
if [[ -n "$baseline" ]]; then
  add base-version "$baseline/sla" --version
  add base-validate "$baseline/sla" validate "$metro"
fi
rounds 2

# Phase 2: 1,000 files in one call.
labels=() commands=()
add many-minimal ./sla validate "$work/minimal"
add many-metro ./sla validate "$work/metro"
# ajv expands the glob itself, as its documentation shows (-d "data*.json").
((use_ajv)) && add many-ajv "$ajv" "${ajv_args[@]}" -d "$work/metro/*.json"
if [[ -n "$baseline" ]]; then
  add base-many-minimal "$baseline/sla" validate "$work/minimal"
  add base-many-metro "$baseline/sla" validate "$work/metro"
fi
rounds 1

load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
empty_cpu="$(median empty 1)"
empty_wall="$(median empty 2)"

echo "## Start-up of \`sla\`, $runs interleaved rounds, medians"
echo
echo "$("$java" -version 2>&1 | head -1); $(command -v node >/dev/null && echo "Node $(node --version)"); $(nproc) cores; load average $load_before before, $load_after after${NICE:+; NICE=$NICE}"
echo
echo "| command | CPU s | wall s | CPU ÷ empty JVM | wall ÷ empty JVM |"
echo "|---|---:|---:|---:|---:|"
measured() { # label: whether it was measured; sets cpu and wall to its medians
  [[ -n "${samples[$1]:-}" ]] || return 1
  cpu="$(median "$1" 1)"
  wall="$(median "$1" 2)"
}
row() { # label text
  measured "$1" || return 0
  printf '| %s | %s | %s | %s | %s |\n' "$2" "$cpu" "$wall" "$(ratio "$cpu" "$empty_cpu")" \
    "$(ratio "$wall" "$empty_wall")"
}
row empty "empty JVM (\`java -cp DIR Empty\`)"
row version "\`./sla --version\`"
row validate "\`./sla validate $metro\`"
row ajv "ajv-cli on $metro"
row base-version "baseline \`--version\`"
row base-validate "baseline \`validate $metro\`"

echo
echo "| one call over 1,000 files | CPU s | wall s | files/s (wall) | files/s (CPU) |"
echo "|---|---:|---:|---:|---:|"
many() { # label text
  measured "$1" || return 0
  printf '| %s | %s | %s | %.0f | %.0f |\n' "$2" "$cpu" "$wall" "$(echo "1000 / $wall" | bc -l)" \
    "$(echo "1000 / $cpu" | bc -l)"
}
many many-minimal "\`./sla validate\`, copies of minimal.json"
many many-metro "\`./sla validate\`, copies of metropolitan-council.json"
many many-ajv "ajv-cli, copies of metropolitan-council.json"
many base-many-minimal "baseline, copies of minimal.json"
many base-many-metro "baseline, copies of metropolitan-council.json"

echo
echo "| target | measured | limit | result |"
echo "|---|---:|---:|---|"
v="$(ratio "$(median version 1)" "$empty_cpu")"
echo "| \`sla --version\`, CPU ÷ empty JVM | $v × | ≤ 3 × | $(verdict "$v" 3 '<=') |"
v="$(ratio "$(median validate 1)" "$empty_cpu")"
echo "| \`sla validate metropolitan-council.json\`, CPU ÷ empty JVM | $v × | ≤ 5 × | $(verdict "$v" 5 '<=') |"
v="$(printf '%.0f' "$(echo "1000 / $(median many-minimal 2)" | bc -l)")"
echo "| 1,000 × minimal.json in one call, files/s (wall) | $v | ≥ 1,000 | $(verdict "$v" 1000 '>=') |"
if ((use_ajv)); then
  v="$(ratio "$(median validate 1)" "$(median ajv 1)")"
  echo "| CPU of \`sla validate\` ÷ ajv-cli, metropolitan-council.json | $v × | < 1 × | $(verdict "$v" 1 '<') |"
  v="$(ratio "$(median many-metro 1)" "$(median many-ajv 1)")"
  echo "| CPU of \`sla validate\` ÷ ajv-cli, 1,000 copies in one call | $v × | < 1 × | $(verdict "$v" 1 '<') |"
else
  echo "| CPU of \`sla validate\` ÷ ajv-cli | not measured (no npm, or AJV=0) | < 1 × | — |"
fi

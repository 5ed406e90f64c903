#!/usr/bin/env bash
# Fuzzes every target of sla-fuzz with Jazzer, one after another (Jazzer fuzzes one target per
# JVM), for the duration each target's @FuzzTest(maxDuration) sets: 10 minutes, so 70 minutes over
# the seven targets. (jazzer-junit takes the duration from the annotation only; never stop a run
# with a signal: Jazzer then saves the input it was running as a "crash".)
#
#   bench/fuzz.sh              # all targets
#   bench/fuzz.sh json csv     # some targets, by method name
#
# The generated corpus is kept in sla-fuzz/.cifuzz-corpus/ (not committed) and seeded from the
# examples, the invalid examples, sla-json's bad-document cases and the example event logs. An
# input that fails (an exception, or more time or allocation than sla-fuzz's Bounded allows) is
# saved by Jazzer under sla-fuzz/src/test/resources/.../<Class>Inputs/<target>/: commit it with
# its fix, and every build replays it. A summary (executions, coverage, findings per target) goes
# to bench/results/fuzz-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
all=(AgreementReaderFuzzTests#json AgreementReaderFuzzTests#yaml
  FrameworkReaderFuzzTests#framework FrameworkReaderFuzzTests#profile
  EventReaderFuzzTests#jsonLines EventReaderFuzzTests#csv EventReaderFuzzTests#measureEndToEnd)
targets=()
if (($#)); then
  for want in "$@"; do
    for t in "${all[@]}"; do [[ "${t#*#}" == "$want" ]] && targets+=("$t"); done
  done
else
  targets=("${all[@]}")
fi

corpus=sla-fuzz/.cifuzz-corpus
seed() { # target files...
  local dir="$corpus/io.github.slaframework.fuzz.${1%#*}/${1#*#}"
  shift
  mkdir -p "$dir"
  local f
  for f in "$@"; do [[ -f "$f" ]] && cp "$f" "$dir/seed-$(echo "$f" | tr '/' '_')"; done
}
shopt -s nullglob
agreements=(examples/*.json invalid-examples/*.json sla-json/src/test/resources/cases/*/document.json)
seed AgreementReaderFuzzTests#json "${agreements[@]}"
seed AgreementReaderFuzzTests#yaml "${agreements[@]}" sla-json/src/test/resources/cases/*/document.yaml
seed FrameworkReaderFuzzTests#framework sla-json/src/test/resources/cases/framework-*/document.json
seed FrameworkReaderFuzzTests#profile sla-json/src/test/resources/cases/profile-*/document.json
mkdir -p "$corpus/tmp"
head -200 examples/events/metropolitan-2025.jsonl >"$corpus/tmp/head.jsonl"
head -200 examples/events/metropolitan-2025-q1.csv >"$corpus/tmp/head.csv"
seed EventReaderFuzzTests#jsonLines "$corpus/tmp/head.jsonl"
seed EventReaderFuzzTests#csv "$corpus/tmp/head.csv"

./mvnw -B -q -Dquick -DskipTests -pl sla-fuzz -am verify
mkdir -p bench/results
summary="bench/results/fuzz-$(date -u +%Y-%m-%dT%H%M).txt"
echo "# bench/fuzz.sh, $(date -u)" >"$summary"
status=0
for t in "${targets[@]}"; do
  log="$corpus/${t/\#/-}.log"
  echo "fuzzing $t..." >&2
  # -Xmx1g keeps the JVM under libFuzzer's default RSS limit of 2 GB.
  if JAZZER_FUZZ=1 ./mvnw -B -q -o -Dquick -pl sla-fuzz -am verify -Dtest="$t" \
      -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx1g >"$log" 2>&1; then
    verdict="nothing found"
  else
    verdict="FAILED: see $log and sla-fuzz/src/test/resources"
    status=1
  fi
  last="$(grep -E '^#[0-9]+' "$log" | tail -1 || true)"
  echo "$t: ${last:-no progress line}; $verdict" | tee -a "$summary"
done
echo "summary: $summary" >&2
exit "$status"

# bench/jmh-env.sh — sourced by bench/run.sh and bench/ratio.sh: builds the benchmarks jar and
# sets cp (the jar), java (JAVA_HOME's or the PATH's) and pin (taskset to two cores when it
# exists). Expects root to be the repository and the working directory.

echo "bench: building sla-bench (no tests)..." >&2
./mvnw -B -q -Dquick -DskipTests package -pl sla-bench -am >&2

cp="$root/sla-bench/target/benchmarks.jar"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
pin=()
if command -v taskset >/dev/null 2>&1 && [[ "$(nproc --all)" -ge 2 ]]; then
  pin=(taskset -c 0,1)
fi

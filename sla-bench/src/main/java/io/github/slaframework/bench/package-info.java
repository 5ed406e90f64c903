/**
 * JMH benchmarks (not released): reading, validating and writing agreements against the
 * alternatives (plain Jackson, JSON Schema validation) on deterministic reference agreements, with
 * the formatter of their results; the measurement engine against Jackson; and the deterministic
 * example-log generator.
 *
 * <p>Build with {@code ./mvnw -Dquick -pl sla-bench -am package}, then run the agreement
 * benchmarks' short version with {@code bench/run.sh} (see {@code docs/PERFORMANCE.md}) or any
 * benchmark with {@code java -jar sla-bench/target/benchmarks.jar -f 1 -wi 2 -i 3 -w 2s -r 2s}.
 */
package io.github.slaframework.bench;

/**
 * JMH benchmarks and the deterministic example-log generator (not released).
 *
 * <p>Build with {@code ./mvnw -Dquick -pl sla-bench -am package}, then run short benchmarks with
 * {@code java -jar sla-bench/target/benchmarks.jar -f 1 -wi 2 -i 3 -w 2s -r 2s}.
 */
package io.github.slaframework.bench;

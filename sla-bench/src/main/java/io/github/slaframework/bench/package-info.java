/**
 * JMH benchmarks of reading, validating and writing agreements against the alternatives (plain
 * Jackson, JSON Schema validation), the deterministic reference agreements they run on, and the
 * formatter of their results. Not released; run with {@code bench/run.sh}.
 */
package io.github.slaframework.bench;

package io.github.slaframework.core.framework;

/**
 * How a {@link Condition.Compare} compares a value with a literal. Numbers compare numerically,
 * dates chronologically and periods by their longest possible length.
 *
 * @since 0.1.0
 */
public enum ComparisonOperator {
  /** Less than. */
  LT,
  /** Less than or equal. */
  LE,
  /** Greater than. */
  GT,
  /** Greater than or equal. */
  GE
}

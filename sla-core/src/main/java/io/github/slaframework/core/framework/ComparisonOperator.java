package io.github.slaframework.core.framework;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How a {@link Condition.Compare} compares a value with a literal. Numbers compare numerically,
 * dates chronologically and periods by their longest possible length.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
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

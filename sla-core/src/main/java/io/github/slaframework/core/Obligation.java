package io.github.slaframework.core;

/**
 * How binding a clause is. Absent in a file means {@link #MUST}.
 *
 * @since 0.1.0
 */
public enum Obligation {
  /** A requirement. */
  MUST,
  /** A recommendation. */
  SHOULD,
  /** A permission. */
  MAY
}

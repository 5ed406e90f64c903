package io.github.slaframework.core;

/**
 * How a measured value is compared with a service-level threshold.
 *
 * @since 0.1.0
 */
public enum ObjectiveOperator {
  /** The value must not exceed the threshold (durations). */
  AT_MOST,
  /** The value must reach the threshold (ratios). */
  AT_LEAST
}

package io.github.slaframework.core;

/**
 * The kind of period over which a service level is measured.
 *
 * @since 0.1.0
 */
public enum WindowType {
  /** Calendar months. */
  CALENDAR_MONTH,
  /** Calendar quarters (January, April, July, October). */
  CALENDAR_QUARTER,
  /** Calendar years. */
  CALENDAR_YEAR,
  /** A rolling window of a given length. */
  ROLLING
}

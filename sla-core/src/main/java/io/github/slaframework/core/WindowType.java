package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The kind of period over which a service level is measured.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
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

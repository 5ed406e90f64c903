package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How a measured value is compared with a service-level threshold.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public enum ObjectiveOperator {
  /** The value must not exceed the threshold (durations). */
  AT_MOST,
  /** The value must reach the threshold (ratios). */
  AT_LEAST
}

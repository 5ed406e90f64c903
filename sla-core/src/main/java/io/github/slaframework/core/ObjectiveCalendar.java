package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How the threshold of an objective is counted (format 1.1, objective {@code calendar}). Absent
 * means {@link #ELAPSED}.
 *
 * @since 0.2.0
 */
@API(status = STABLE)
public enum ObjectiveCalendar {
  /**
   * Elapsed time, as in format 1.0: a threshold in hours or less is added to the opening
   * instant, one in days or more to its local date-time.
   */
  ELAPSED,
  /**
   * Working days: the threshold is a whole number of days ({@code PnD}, n at least 1), counted
   * as Monday to Friday less the bank holidays of the agreement's jurisdiction.
   */
  WORKING_DAYS
}

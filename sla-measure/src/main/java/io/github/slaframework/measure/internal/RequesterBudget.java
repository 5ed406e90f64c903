package io.github.slaframework.measure.internal;

import io.github.slaframework.measure.MeasurementLimits;

/**
 * The windows that the figures per requester may take, all service levels together: requesters
 * are any strings of a log, so without a bound a log with a new requester on every line would
 * make memory and the reports grow with the events. Past the bound the figures per requester are
 * dropped (with a {@code LIMIT} warning), never the overall ones.
 */
final class RequesterBudget {

  private long left = MeasurementLimits.MAX_WINDOWS;
  private boolean exceeded;

  /** Takes windows; {@code false} when they are not left (the budget is then exceeded). */
  boolean take(long windows) {
    if (exceeded || windows > left) {
      exceeded = true;
      return false;
    }
    left -= windows;
    return true;
  }

  void exceeded() {
    exceeded = true;
  }

  boolean isExceeded() {
    return exceeded;
  }
}

package io.github.slaframework.measure;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The type of an event in an event log (format 1.0 section 6). Some types open an item that a
 * later event closes by naming the opening event's id in {@code ref}; the indicator types are only
 * counted.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public enum EventType {
  /** A footage request: opens a turnaround item and an acknowledgement item. */
  FOOTAGE_REQUESTED,
  /** Footage delivered: closes the turnaround item of the request named in {@code ref}. */
  FOOTAGE_DELIVERED,
  /** A request acknowledged: closes the acknowledgement item of the request in {@code ref}. */
  REQUEST_ACKNOWLEDGED,
  /** A camera fault reported: opens a repair item; needs {@code camera}. */
  FAULT_REPORTED,
  /** A camera fault fixed: closes the fault named in {@code ref}. */
  FAULT_FIXED,
  /** Live support requested: opens a response item. */
  LIVE_SUPPORT_REQUESTED,
  /** Live support started: closes the request named in {@code ref}. */
  LIVE_SUPPORT_STARTED,
  /** An incident monitored (indicator {@code INCIDENTS_MONITORED}). */
  INCIDENT,
  /** An arrest assisted (indicator {@code ARRESTS_ASSISTED}). */
  ARREST_ASSISTED,
  /** An evidence package produced (indicator {@code EVIDENCE_PACKAGES}). */
  EVIDENCE_PACKAGE,
  /** A footage review (indicator {@code FOOTAGE_REVIEWS}). */
  FOOTAGE_REVIEW,
  /**
   * The clock stopped for every item still open of the opening event named in {@code ref}: its
   * deadlines move later by the time it stays stopped (format 1.1 section 5).
   *
   * @since 0.2.0
   */
  CLOCK_STOPPED,
  /**
   * The clock restarted for the opening event named in {@code ref}, after a
   * {@link #CLOCK_STOPPED}.
   *
   * @since 0.2.0
   */
  CLOCK_RESTARTED;

  /**
   * Whether an event of this type closes an item and so needs a {@code ref}.
   *
   * @return {@code true} for the four closing types
   */
  public boolean closes() {
    return this == FOOTAGE_DELIVERED
        || this == REQUEST_ACKNOWLEDGED
        || this == FAULT_FIXED
        || this == LIVE_SUPPORT_STARTED;
  }

  /**
   * Whether an event of this type names an opening event in {@code ref}: the closing types and
   * the clock types.
   *
   * @return {@code true} for the four closing types, {@link #CLOCK_STOPPED} and
   *     {@link #CLOCK_RESTARTED}
   * @since 0.2.0
   */
  public boolean needsRef() {
    return closes() || this == CLOCK_STOPPED || this == CLOCK_RESTARTED;
  }
}

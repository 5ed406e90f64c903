package io.github.slaframework.core.section;

/**
 * A figure reported to evidence the value of the system.
 *
 * @since 0.1.0
 */
public enum Indicator {
  /** Incidents monitored. */
  INCIDENTS_MONITORED,
  /** Arrests assisted. */
  ARRESTS_ASSISTED,
  /** Evidence packages produced. */
  EVIDENCE_PACKAGES,
  /** Footage reviews. */
  FOOTAGE_REVIEWS,
  /** Camera availability. */
  CAMERA_AVAILABILITY
}

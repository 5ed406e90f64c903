package io.github.slaframework.core.section;

/**
 * A purpose for which the CCTV system is used.
 *
 * @since 0.1.0
 */
public enum Purpose {
  /** Prevention and detection of crime. */
  CRIME_PREVENTION_AND_DETECTION,
  /** Public safety. */
  PUBLIC_SAFETY,
  /** Traffic management. */
  TRAFFIC_MANAGEMENT,
  /** Counter-terrorism. */
  COUNTER_TERRORISM,
  /** Safeguarding vulnerable people. */
  SAFEGUARDING,
  /** Another purpose, stated in a clause. */
  OTHER
}

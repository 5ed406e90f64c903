package io.github.slaframework.core;

/**
 * The priority of an event or of the items a service level counts. Absent means {@link #ROUTINE}.
 *
 * @since 0.1.0
 */
public enum Priority {
  /** Urgent. */
  URGENT,
  /** Routine. */
  ROUTINE,
  /**
   * A threat to life: the most urgent requests (format 1.1). A service level for {@link #URGENT}
   * does not count these; each priority is matched exactly.
   *
   * @since 0.2.0
   */
  THREAT_TO_LIFE
}

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
  ROUTINE
}

package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The priority of an event or of the items a service level counts. Absent means {@link #ROUTINE}.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
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

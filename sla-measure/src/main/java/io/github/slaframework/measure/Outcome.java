package io.github.slaframework.measure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How a footage request ended: the {@code outcome} of a {@code FOOTAGE_DELIVERED} event (format
 * 1.1 section 5). Every outcome but {@link #WITHDRAWN} answers the request and counts like a
 * delivery; a withdrawn request counts neither met nor missed. The declaration order is the order
 * in which reports list the outcomes.
 *
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL)
public enum Outcome {
  /** The footage was delivered; the meaning of a {@code FOOTAGE_DELIVERED} without outcome. */
  DELIVERED,
  /** There was no footage of the time and place asked for. */
  NO_FOOTAGE,
  /** The footage had already been overwritten under the retention period. */
  OUTSIDE_RETENTION,
  /** The disclosure was declined (no lawful basis, a request form not countersigned, ...). */
  DECLINED,
  /** The requester withdrew the request: counted neither met nor missed. */
  WITHDRAWN;

  /**
   * Whether an item closed with this outcome counts in attainment (as met or missed).
   *
   * @return {@code false} for {@link #WITHDRAWN} only
   */
  public boolean counts() {
    return this != WITHDRAWN;
  }
}

package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How binding a clause is. Absent in a file means {@link #MUST}.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public enum Obligation {
  /** A requirement. */
  MUST,
  /** A recommendation. */
  SHOULD,
  /** A permission. */
  MAY
}

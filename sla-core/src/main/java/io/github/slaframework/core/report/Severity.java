package io.github.slaframework.core.report;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How serious a {@link Finding} is. Declared from most to least serious, so {@code compareTo} and
 * {@link #isAtLeast(Severity)} order them.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public enum Severity {
  /** The document is invalid. */
  ERROR,
  /** The document is valid but probably not what its authors intend. */
  WARNING,
  /** For information only; also the severity of a waived finding. */
  INFO;

  /**
   * Whether this severity is at least as serious as another.
   *
   * @param other the severity to compare with, never null
   * @return {@code true} when this is {@code other} or more serious
   */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) <= 0;
  }
}

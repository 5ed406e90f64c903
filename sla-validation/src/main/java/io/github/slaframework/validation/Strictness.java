package io.github.slaframework.validation;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.Severity;
import org.apiguardian.api.API;

/**
 * How strict a pass is: which findings make a {@link ValidationResult} fail. {@code sla validate}
 * uses {@link #ERRORS}, and {@link #WARNINGS} with {@code --strict}.
 *
 * @since 0.2.0
 */
@API(status = STABLE)
public enum Strictness {

  /** Passes when no finding is an {@code ERROR}. */
  ERRORS(Severity.ERROR),

  /** Passes when no finding is an {@code ERROR} or a {@code WARNING}. */
  WARNINGS(Severity.WARNING);

  private final Severity least;

  Strictness(Severity least) {
    this.least = least;
  }

  /**
   * Whether a finding makes a result fail at this strictness (a waived finding is {@code INFO}
   * and never does).
   *
   * @param finding the finding, never null
   * @return {@code true} when the finding fails
   */
  public boolean fails(Finding finding) {
    return finding.severity().isAtLeast(least);
  }
}

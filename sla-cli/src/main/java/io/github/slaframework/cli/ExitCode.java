package io.github.slaframework.cli;

/**
 * The exit codes of every {@code sla} command, as docs/cli.md documents them (format 1.0 §5).
 *
 * @since 0.2.0
 */
public enum ExitCode {

  /** Success: every document valid; the command did what was asked. */
  OK(0),

  /**
   * A document is invalid (or has a warning, with {@code validate --strict}), not canonical
   * ({@code format --check}) or cannot be read as an agreement ({@code render}, {@code format});
   * {@code measure}: a window missed its service level.
   */
  INVALID(1),

  /** A usage or I/O error: a missing file, an unknown option or framework, a refused framework. */
  USAGE_OR_IO(2),

  /**
   * {@code measure}: no service level of the agreement could be measured (format 1.1 section 5);
   * the report, with its {@code NOT_MEASURABLE} warnings, is still printed.
   */
  NOTHING_MEASURABLE(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /**
   * The number the process exits with.
   *
   * @return the code
   */
  public int code() {
    return code;
  }
}

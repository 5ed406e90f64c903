package io.github.slaframework.measure;

import java.util.Objects;

/**
 * A line of an event log that was not measured, and why. The reason never echoes more than a
 * short, escaped excerpt of the line.
 *
 * @param file the name of the event source, never null
 * @param line the 1-based line number
 * @param reason why the line was rejected, never null
 * @since 0.1.0
 */
public record RejectedLine(String file, long line, String reason) {

  /**
   * A rejected line.
   *
   * @param file the name of the event source, never null
   * @param line the 1-based line number
   * @param reason why the line was rejected, never null
   */
  public RejectedLine {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
  }
}

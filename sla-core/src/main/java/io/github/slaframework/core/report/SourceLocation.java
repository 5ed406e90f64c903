package io.github.slaframework.core.report;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A position in a source text: 1-based line and column.
 *
 * @param line the line, at least 1
 * @param column the column, at least 1
 * @since 0.1.0
 */
@API(status = STABLE)
public record SourceLocation(int line, int column) implements Comparable<SourceLocation> {

  /**
   * Creates a location.
   *
   * @param line the line, at least 1
   * @param column the column, at least 1
   * @throws IllegalArgumentException when either is below 1
   */
  public SourceLocation {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  @Override
  public int compareTo(SourceLocation other) {
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}

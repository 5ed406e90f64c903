package io.github.slaframework.json.internal.hash;

/**
 * A value that RFC 8785 gives no canonical form, so the document cannot be hashed: a number
 * outside the range of an IEEE 754 double (its magnitude rounds to infinity), or a string holding
 * a lone surrogate (it has no UTF-8 form). Carries where the value stands, for the {@code
 * INVALID_VALUE} finding the caller reports.
 */
public final class Unhashable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final int line;
  private final int column;

  Unhashable(String pointer, int line, int column, String message) {
    super(message, null, false, false);
    this.pointer = pointer;
    this.line = line;
    this.column = column;
  }

  /** The JSON Pointer of the value. */
  public String pointer() {
    return pointer;
  }

  /** Its 1-based line, or 0 when not known (a tree built in code). */
  public int line() {
    return line;
  }

  /** Its 1-based column, or 0 when not known. */
  public int column() {
    return column;
  }
}

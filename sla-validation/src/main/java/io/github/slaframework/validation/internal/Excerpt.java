package io.github.slaframework.validation.internal;

/** Short, escaped excerpts of document text for messages, which never echo more. */
public final class Excerpt {

  /** The most characters of input a message repeats. */
  static final int MAX = 40;

  private Excerpt() {}

  /**
   * A short escaped excerpt of a value, in double quotes: control characters, quotes and
   * backslashes escaped, cut at {@value #MAX} characters with an ellipsis.
   *
   * @param value the value
   * @return the excerpt
   */
  public static String of(Object value) {
    String s = String.valueOf(value);
    StringBuilder sb = new StringBuilder("\"");
    int n = Math.min(s.length(), MAX);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && i == n - 1) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    if (s.length() > MAX) {
      sb.append('\u2026');
    }
    return sb.append('"').toString();
  }
}

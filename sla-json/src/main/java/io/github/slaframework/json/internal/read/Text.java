package io.github.slaframework.json.internal.read;

/** Short, escaped excerpts of document text for finding messages. */
public final class Text {

  /** The most characters of input a message ever quotes. */
  public static final int EXCERPT_LENGTH = 40;

  private Text() {}

  /**
   * A quoted excerpt: at most {@value #EXCERPT_LENGTH} characters, control and format characters
   * escaped as {@code \}{@code uXXXX}, cut with "..." when longer.
   */
  public static String quote(String s) {
    return '"' + excerpt(s, EXCERPT_LENGTH) + '"';
  }

  /** An escaped excerpt of at most {@code max} characters. */
  public static String excerpt(String s, int max) {
    int end = Math.min(s.length(), max);
    if (end < s.length() && end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    StringBuilder sb = new StringBuilder(end + 8);
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (Character.isISOControl(c)
          || Character.getType(c) == Character.FORMAT
          || Character.getType(c) == Character.LINE_SEPARATOR
          || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
          || (Character.isSurrogate(c) && !validSurrogate(s, i))) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    if (end < s.length()) {
      sb.append("...");
    }
    return sb.toString();
  }

  private static boolean validSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}

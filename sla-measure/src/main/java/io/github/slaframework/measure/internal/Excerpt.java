package io.github.slaframework.measure.internal;

/** A short, escaped excerpt of input text for use in a reason, never the whole input. */
public final class Excerpt {

  private static final int MAX = 24;

  private Excerpt() {}

  /**
   * Quotes at most a few characters of a text, escaping quotes, backslashes and control
   * characters.
   *
   * @param text the text
   * @return the quoted excerpt, with an ellipsis when cut
   */
  public static String of(CharSequence text) {
    StringBuilder sb = new StringBuilder(MAX + 8).append('\'');
    int n = Math.min(text.length(), MAX);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || (c >= 0x80 && c < 0xa0)) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    if (text.length() > MAX) {
      sb.append('…');
    }
    return sb.append('\'').toString();
  }
}

package io.github.slaframework.json.internal.read;

import io.github.slaframework.core.report.SafeText;

/** Short, escaped excerpts of document text for finding messages: {@link SafeText}'s rule. */
public final class Text {

  /** The most characters of input a message ever quotes. */
  public static final int EXCERPT_LENGTH = 40;

  private Text() {}

  /**
   * A quoted excerpt: at most {@value #EXCERPT_LENGTH} characters, escaped by {@link
   * SafeText#excerpt}.
   */
  public static String quote(String s) {
    return SafeText.excerpt(s, EXCERPT_LENGTH, '"');
  }

  /** An escaped excerpt of at most {@code max} characters, without quotes (for parser messages). */
  public static String excerpt(String s, int max) {
    String quoted = SafeText.excerpt(s, max, '"');
    return quoted.substring(1, quoted.length() - 1);
  }
}

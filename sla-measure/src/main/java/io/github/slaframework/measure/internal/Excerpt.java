package io.github.slaframework.measure.internal;

import io.github.slaframework.core.report.SafeText;

/** A short, escaped excerpt of input text for use in a reason, never the whole input. */
public final class Excerpt {

  private static final int MAX = 24;

  private Excerpt() {}

  /**
   * Quotes at most a few characters of a text, in single quotes, by {@link SafeText#excerpt}.
   *
   * @param text the text
   * @return the quoted excerpt, with an ellipsis when cut
   */
  public static String of(CharSequence text) {
    return SafeText.excerpt(text, MAX, '\'');
  }
}

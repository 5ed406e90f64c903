package io.github.slaframework.validation.internal;

import io.github.slaframework.core.report.SafeText;

/** Short, escaped excerpts of document text for messages, which never echo more. */
public final class Excerpt {

  /** The most characters of input a message repeats. */
  static final int MAX = 40;

  private Excerpt() {}

  /**
   * A short escaped excerpt of a value, in double quotes, by {@link SafeText#excerpt}.
   *
   * @param value the value
   * @return the excerpt
   */
  public static String of(Object value) {
    return SafeText.excerpt(String.valueOf(value), MAX, '"');
  }
}

package io.github.slaframework.validation.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The messages of one locale, from the bundle {@value #BUNDLE}: English in
 * {@code ValidationMessages.properties}; a translation is another file beside it, such as
 * {@code ValidationMessages_cy.properties} for Welsh. Templates hold {@code {name}} parameters that
 * are replaced literally, once, and never evaluated. The bundles are loaded at the first message
 * (a valid agreement needs none). Immutable and thread-safe.
 */
public final class Messages {

  /** The base name of the message bundle. */
  public static final String BUNDLE = "io.github.slaframework.validation.ValidationMessages";

  private final Locale locale;

  /** The bundles, loaded once; a race loads them twice (ResourceBundle caches them anyway). */
  private volatile Bundles bundles;

  private record Bundles(ResourceBundle bundle, ResourceBundle english) {}

  private Messages(Locale locale) {
    this.locale = locale;
  }

  /**
   * The messages of a locale, falling back to English key by key.
   *
   * @param locale the locale, never null
   * @return the messages
   */
  public static Messages of(Locale locale) {
    return new Messages(Objects.requireNonNull(locale, "locale"));
  }

  private Bundles bundles() {
    Bundles loaded = bundles;
    if (loaded == null) {
      loaded =
          new Bundles(
              ResourceBundle.getBundle(BUNDLE, locale), ResourceBundle.getBundle(BUNDLE, Locale.ROOT));
      bundles = loaded;
    }
    return loaded;
  }

  /**
   * A message with its parameters replaced.
   *
   * @param key the message key
   * @param nameValuePairs parameter names and values, alternately
   * @return the message
   */
  public String get(String key, Object... nameValuePairs) {
    return fill(template(key), nameValuePairs);
  }

  /**
   * Whether the bundle has a key.
   *
   * @param key a key
   * @return {@code true} when a template exists
   */
  public boolean has(String key) {
    Bundles b = bundles();
    return b.bundle().containsKey(key) || b.english().containsKey(key);
  }

  private String template(String key) {
    Bundles b = bundles();
    try {
      return b.bundle().getString(key);
    } catch (MissingResourceException e) {
      return b.english().getString(key);
    }
  }

  /**
   * Replaces {@code {name}} parameters of a template in one pass: replaced text is never scanned
   * again, so a value holding {@code {x}}, {@code ${...}} or {@code #{...}} stays as it is.
   *
   * @param template the template
   * @param nameValuePairs names and values, alternately
   * @return the filled template
   */
  static String fill(String template, Object... nameValuePairs) {
    if (nameValuePairs.length % 2 != 0) {
      throw new IllegalArgumentException("names and values come in pairs");
    }
    StringBuilder sb = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i + 1) : -1;
      if (close > 0) {
        String name = template.substring(i + 1, close);
        Object value = lookup(name, nameValuePairs);
        if (value != null) {
          sb.append(value);
          i = close + 1;
          continue;
        }
      }
      sb.append(c);
      i++;
    }
    return sb.toString();
  }

  private static Object lookup(String name, Object[] pairs) {
    for (int k = 0; k < pairs.length; k += 2) {
      if (name.equals(pairs[k])) {
        return String.valueOf(pairs[k + 1]);
      }
    }
    return null;
  }
}

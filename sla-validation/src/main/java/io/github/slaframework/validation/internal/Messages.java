package io.github.slaframework.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The messages of one locale, from the bundle {@value #BUNDLE}: English in
 * {@code ValidationMessages.properties}; a translation is another file beside it, such as
 * {@code ValidationMessages_cy.properties} for Welsh. Templates hold {@code {name}} parameters that
 * are replaced literally, once, and never evaluated. The files are loaded at the first message
 * (a valid agreement needs none), once per JVM; English never loads a translation. Immutable and
 * thread-safe.
 */
public final class Messages {

  /** The base name of the message bundle. */
  public static final String BUNDLE = "io.github.slaframework.validation.ValidationMessages";

  /**
   * The loaded files, by resource name (an absent file maps to an empty table): each is read once
   * per JVM.
   */
  private static final ConcurrentMap<String, Properties> FILES = new ConcurrentHashMap<>();

  private final Locale locale;

  /** The tables, loaded once; a race loads them twice (the files are cached anyway). */
  private volatile Bundles bundles;

  /**
   * The tables of a locale, most specific first ({@code cy_GB}, {@code cy}), and the English one.
   * The JVM's default locale never takes part: English output must not turn Welsh because the
   * machine's locale is {@code cy_GB} (as {@link java.util.ResourceBundle#getBundle} would do).
   */
  private record Bundles(List<Properties> translations, Properties english) {}

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

  /**
   * The locale of these messages.
   *
   * @return the locale, never null
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Whether these are the English messages: the language is English or there is none. English
   * needs no translation, so callers can skip the work of one.
   *
   * @return {@code true} for English
   */
  public boolean english() {
    return locale.getLanguage().isEmpty() || locale.getLanguage().equals("en");
  }

  private Bundles bundles() {
    Bundles loaded = bundles;
    if (loaded == null) {
      List<Properties> translations = new ArrayList<>(2);
      if (!english()) {
        if (!locale.getCountry().isEmpty()) {
          translations.add(file(BUNDLE + "_" + locale.getLanguage() + "_" + locale.getCountry()));
        }
        translations.add(file(BUNDLE + "_" + locale.getLanguage()));
      }
      loaded = new Bundles(List.copyOf(translations), file(BUNDLE));
      bundles = loaded;
    }
    return loaded;
  }

  /**
   * One properties file of the bundle, read as UTF-8 (as Java 9+ reads properties bundles).
   *
   * @param baseName the bundle's name with the locale suffix, dotted
   * @return its table, empty when there is no such file
   */
  static Properties file(String baseName) {
    return FILES.computeIfAbsent(baseName, name -> {
      Properties table = new Properties();
      String resource = "/" + name.replace('.', '/') + ".properties";
      try (InputStream in = Messages.class.getResourceAsStream(resource)) {
        if (in != null) {
          table.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
      return table;
    });
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
    if (b.english().containsKey(key)) {
      return true;
    }
    for (Properties t : b.translations()) {
      if (t.containsKey(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The translation of a text that the English bundle holds under a key, such as a built-in
   * framework's rule message: the locale's text when {@code english} is the English text of
   * {@code key}, else {@code english} unchanged (another framework's rule with the same code
   * keeps its own words).
   *
   * @param key the key
   * @param english the text as written in English
   * @return the translated text, or {@code english}
   */
  public String translate(String key, String english) {
    if (english()) {
      return english;
    }
    Bundles b = bundles();
    if (!english.equals(b.english().getProperty(key))) {
      return english;
    }
    return template(key);
  }

  /**
   * The template of a key in this locale, without parameters replaced, or null when no file has
   * it.
   *
   * @param key the key
   * @return the template, or null
   */
  String templateOrNull(String key) {
    Bundles b = bundles();
    for (Properties t : b.translations()) {
      String found = t.getProperty(key);
      if (found != null) {
        return found;
      }
    }
    return b.english().getProperty(key);
  }

  private String template(String key) {
    String found = templateOrNull(key);
    if (found == null) {
      throw new MissingResourceException("no message " + key, BUNDLE, key);
    }
    return found;
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

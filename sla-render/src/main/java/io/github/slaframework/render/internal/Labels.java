package io.github.slaframework.render.internal;

import io.github.slaframework.core.Extensible;
import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.value.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * The words of one language of a rendered document: headings, labels, table headers, area titles
 * and enum labels from {@code RenderLabels.properties} (English) or {@code
 * RenderLabels_cy.properties} (Welsh), and dates and periods in that language's grammar. English
 * prints exactly what {@link Words} prints. The files are read on first use, and never by the
 * JVM's default locale (a machine set to Welsh still renders English unless asked).
 */
public final class Labels {

  private static final String BASE = "/io/github/slaframework/render/internal/RenderLabels";

  /** English: {@code en-GB} in HTML. */
  public static final Labels ENGLISH = new Labels("en", "en-GB", "");

  /** Welsh (Cymraeg): {@code cy} in HTML. */
  public static final Labels WELSH = new Labels("cy", "cy", "_cy");

  /** The languages there are words for. */
  public static final Set<String> LANGUAGES = Set.of("en", "cy");

  private static final String[] WELSH_MONTHS = {
    "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin",
    "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"
  };

  /** Numbers after which "blynedd" takes the nasal mutation ("5 mlynedd", "10 mlynedd"). */
  private static final Set<Long> NASAL_YEARS = Set.of(5L, 7L, 8L, 9L, 10L, 12L, 15L, 18L, 20L, 100L);

  private final String language;
  private final String htmlLang;
  private final String suffix;
  private volatile Properties table;

  private Labels(String language, String htmlLang, String suffix) {
    this.language = language;
    this.htmlLang = htmlLang;
    this.suffix = suffix;
  }

  /**
   * The words of a locale's language.
   *
   * @param locale a locale whose language is English or Welsh
   * @return the words
   * @throws IllegalArgumentException for any other language
   */
  public static Labels of(Locale locale) {
    return switch (locale.getLanguage()) {
      case "en" -> ENGLISH;
      case "cy" -> WELSH;
      default -> throw new IllegalArgumentException(
          "no words for language " + locale.getLanguage() + "; there are en and cy");
    };
  }

  /** The language: {@code en} or {@code cy}. */
  public String language() {
    return language;
  }

  /** The language as HTML's {@code lang} attribute gives it. */
  public String htmlLang() {
    return htmlLang;
  }

  /** Whether this is English, the language of the model's codes and of every framework file. */
  public boolean english() {
    return suffix.isEmpty();
  }

  /** The whole table of this language, read once (tests compare the languages' keys). */
  public Properties table() {
    Properties loaded = table;
    if (loaded == null) {
      loaded = read(BASE + suffix + ".properties");
      table = loaded;
    }
    return loaded;
  }

  private static Properties read(String resource) {
    Properties p = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return p;
  }

  /**
   * A text of the table with its {@code {name}} parameters replaced in one pass (a value that
   * holds braces stays as it is).
   *
   * @param key the key
   * @param nameValuePairs parameter names and values, alternately
   * @return the text
   * @throws IllegalStateException when the table has no such key (a bug: the tests cover every key)
   */
  public String text(String key, Object... nameValuePairs) {
    String template = table().getProperty(key);
    if (template == null) {
      throw new IllegalStateException("no render label " + key + " in " + language);
    }
    if (nameValuePairs.length == 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      int close = open < 0 ? -1 : template.indexOf('}', open + 1);
      if (close < 0) {
        out.append(template, i, template.length());
        break;
      }
      out.append(template, i, open);
      String name = template.substring(open + 1, close);
      Object value = null;
      for (int k = 0; k + 1 < nameValuePairs.length; k += 2) {
        if (name.equals(nameValuePairs[k])) {
          value = nameValuePairs[k + 1];
        }
      }
      out.append(value == null ? template.substring(open, close + 1) : String.valueOf(value));
      i = close + 1;
    }
    return out.toString();
  }

  /**
   * The translation of an English text that the English table holds under a key (a built-in
   * framework's area title or note): this language's text when {@code english} is the English
   * table's text, else {@code english} as written.
   */
  public String translate(String key, String english) {
    if (english()) {
      return english;
    }
    return english.equals(ENGLISH.table().getProperty(key)) ? text(key) : english;
  }

  /** An enum constant's or code's label: {@code enum.CODE}, else as {@link Words#label}. */
  public String label(Object code) {
    if (english()) {
      return Words.label(code);
    }
    String known = table().getProperty("enum." + code);
    return known != null ? known : Words.label(code);
  }

  /** The labels of several codes joined into one line. */
  public String labels(List<?> codes) {
    return String.join("; ", codes.stream().map(this::label).toList());
  }

  /** A date: "1 April 2026", "1 Ebrill 2026". */
  public String date(LocalDate date) {
    if (english()) {
      return Words.date(date);
    }
    return date.getDayOfMonth() + " " + WELSH_MONTHS[date.getMonthValue() - 1] + " "
        + date.getYear();
  }

  /** "Yes" or "No" in this language. */
  public String yesNo(boolean value) {
    return english() ? Words.yesNo(value) : text(value ? "yes" : "no");
  }

  /**
   * A period in words. Welsh counts with the singular noun and mutates it after some numbers
   * ("1 flwyddyn", "2 flynedd", "5 mlynedd", "2 ddiwrnod", "31 diwrnod", "4 awr").
   */
  public String period(IsoPeriod period) {
    if (english()) {
      return Words.period(period);
    }
    List<String> parts = new ArrayList<>();
    Period p = period.datePart();
    Duration d = period.timePart();
    long years = p.getYears();
    if (years != 0) {
      parts.add(years + " " + (years == 1 ? "flwyddyn" : years == 2 ? "flynedd"
          : NASAL_YEARS.contains(Math.abs(years)) ? "mlynedd" : "blynedd"));
    }
    unit(parts, p.getMonths(), "mis", "fis");
    unit(parts, p.getDays(), "diwrnod", "ddiwrnod");
    unit(parts, d.toHours(), "awr", "awr");
    unit(parts, d.toMinutesPart(), "munud", "funud");
    unit(parts, d.toSecondsPart(), "eiliad", "eiliad");
    return parts.isEmpty() ? text("period.none") : String.join(", ", parts);
  }

  private static void unit(List<String> parts, long n, String noun, String afterTwo) {
    if (n != 0) {
      parts.add(n + " " + (n == 2 ? afterTwo : noun));
    }
  }

  /**
   * The text of a field in this language: the twin the parties wrote in the object's {@code x-cy}
   * member (an object of texts by field name) when this is Welsh and there is one, else the text
   * as written.
   *
   * @param owner the object that holds the field
   * @param field the field's JSON name
   * @param written the field's text as written
   * @return the text to print
   */
  public String twin(Extensible owner, String field, String written) {
    if (english()) {
      return written;
    }
    return twinOf(owner, field).orElse(written);
  }

  /** The name of the member that holds an object's texts in a language: {@code x-cy}. */
  public static String twinMember(String language) {
    return "x-" + language;
  }

  private java.util.Optional<String> twinOf(Extensible owner, String field) {
    if (owner.extensions().get(twinMember(language)) instanceof JsonValue.JsonObject twins
        && twins.members().get(field) instanceof JsonValue.JsonString text
        && !text.value().isBlank()) {
      return java.util.Optional.of(text.value());
    }
    return java.util.Optional.empty();
  }
}

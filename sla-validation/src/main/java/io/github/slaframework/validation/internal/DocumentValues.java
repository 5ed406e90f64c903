package io.github.slaframework.validation.internal;

import io.github.slaframework.core.value.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reading values out of an agreement's document tree ({@code CheckContext.document()}), as the
 * named checks do, so that their findings point at the file's own paths: a value of the wrong
 * kind reads as absent (the reader reported it already).
 */
final class DocumentValues {

  private DocumentValues() {}

  static JsonValue member(JsonValue object, String name) {
    return object instanceof JsonValue.JsonObject o ? o.members().get(name) : null;
  }

  static List<JsonValue> elements(JsonValue object, String name) {
    return member(object, name) instanceof JsonValue.JsonArray a ? a.elements() : List.of();
  }

  static List<String> strings(JsonValue object, String name) {
    List<String> out = new ArrayList<>();
    for (JsonValue v : elements(object, name)) {
      if (v instanceof JsonValue.JsonString s) {
        out.add(s.value());
      }
    }
    return out;
  }

  static Optional<String> string(JsonValue value) {
    return value instanceof JsonValue.JsonString s ? Optional.of(s.value()) : Optional.empty();
  }

  static Optional<LocalDate> date(JsonValue value) {
    if (!(value instanceof JsonValue.JsonString s)) {
      return Optional.empty();
    }
    try {
      return Optional.of(isoDate(s.value()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * An ISO-8601 date as {@link LocalDate#parse} reads it. The common {@code YYYY-MM-DD} is read
   * here: java.time's formatter takes a fresh JVM milliseconds to set up and costs many times as
   * much per date; any other spelling goes to {@code LocalDate.parse}, so the result is the same.
   *
   * @throws DateTimeException when the text is no date
   */
  static LocalDate isoDate(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = 0;
      int month = 0;
      int day = 0;
      boolean digits = true;
      for (int i = 0; i < 10 && digits; i++) {
        int d = text.charAt(i) - '0';
        if (i == 4 || i == 7) {
          continue;
        }
        digits = d >= 0 && d <= 9;
        if (i < 4) {
          year = year * 10 + d;
        } else if (i < 7) {
          month = month * 10 + d;
        } else {
          day = day * 10 + d;
        }
      }
      if (digits) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  /** Absent, {@code null}, a blank string or an empty list. */
  static boolean missing(JsonValue value) {
    return value == null
        || value instanceof JsonValue.JsonNull
        || (value instanceof JsonValue.JsonString s && s.value().isBlank())
        || (value instanceof JsonValue.JsonArray a && a.elements().isEmpty());
  }
}

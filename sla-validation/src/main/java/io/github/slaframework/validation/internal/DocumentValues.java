package io.github.slaframework.validation.internal;

import io.github.slaframework.core.IsoDates;
import io.github.slaframework.core.value.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reading values out of an agreement's document tree (as {@code CheckContext.document()} has it,
 * or one member of it from {@link AgreementJson}), as the named checks do, so that their findings
 * point at the file's own paths: a value of the wrong kind reads as absent (the reader reported
 * it already).
 */
final class DocumentValues {

  private DocumentValues() {}

  static JsonValue member(JsonValue object, String name) {
    return object instanceof JsonValue.JsonObject o ? o.members().get(name) : null;
  }

  /** The elements of an array; none for anything else. */
  static List<JsonValue> elements(JsonValue array) {
    return array instanceof JsonValue.JsonArray a ? a.elements() : List.of();
  }

  /** The string elements of an array. */
  static List<String> strings(JsonValue array) {
    List<String> out = new ArrayList<>();
    for (JsonValue v : elements(array)) {
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
      return Optional.of(IsoDates.parse(s.value()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Absent, {@code null}, a blank string or an empty list. */
  static boolean missing(JsonValue value) {
    return value == null
        || value instanceof JsonValue.JsonNull
        || (value instanceof JsonValue.JsonString s && s.value().isBlank())
        || (value instanceof JsonValue.JsonArray a && a.elements().isEmpty());
  }
}

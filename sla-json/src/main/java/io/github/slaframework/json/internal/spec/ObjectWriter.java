package io.github.slaframework.json.internal.spec;

import io.github.slaframework.core.value.JsonValue;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Writes model values as JSON objects by their tables: fields in canonical order, then x- ones. */
final class ObjectWriter {

  private ObjectWriter() {}

  static <T, B> JsonValue.JsonObject write(ObjectSpec<T, B> spec, T value) {
    Map<String, JsonValue> out = new LinkedHashMap<>();
    for (Field<T, B> f : spec.fields) {
      f.write(value, out);
    }
    if (spec.extensible()) {
      out.putAll(spec.getExtensions.apply(value));
    }
    return new JsonValue.JsonObject(out);
  }

  static <T, B> Optional<JsonValue> writeMember(ObjectSpec<T, B> spec, T value, String member) {
    Field<T, B> field = spec.field(member);
    if (field != null) {
      Map<String, JsonValue> out = new HashMap<>(2);
      field.write(value, out);
      return Optional.ofNullable(out.get(member));
    }
    if (spec.extensible()) {
      return Optional.ofNullable(spec.getExtensions.apply(value).get(member));
    }
    return Optional.empty();
  }

  static <T, B> boolean hasMember(ObjectSpec<T, B> spec, T value, String member) {
    Field<T, B> field = spec.field(member);
    if (field != null) {
      return field.writes(value);
    }
    return spec.extensible() && spec.getExtensions.apply(value).containsKey(member);
  }
}

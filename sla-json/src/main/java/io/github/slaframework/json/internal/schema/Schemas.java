package io.github.slaframework.json.internal.schema;

import io.github.slaframework.core.value.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers to build JSON Schema fragments as {@link JsonValue} trees. */
public final class Schemas {

  private Schemas() {}

  /**
   * An object of alternating names and values.
   *
   * @param namesAndValues name, value, name, value, ... (values are {@link JsonValue}s or strings)
   */
  public static JsonValue.JsonObject object(Object... namesAndValues) {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      members.put((String) namesAndValues[i], value(namesAndValues[i + 1]));
    }
    return new JsonValue.JsonObject(members);
  }

  /** An array of strings. */
  public static JsonValue.JsonArray strings(List<String> strings) {
    List<JsonValue> values = new ArrayList<>(strings.size());
    for (String s : strings) {
      values.add(JsonValue.of(s));
    }
    return new JsonValue.JsonArray(values);
  }

  private static JsonValue value(Object o) {
    if (o instanceof JsonValue v) {
      return v;
    }
    if (o instanceof String s) {
      return JsonValue.of(s);
    }
    if (o instanceof Boolean b) {
      return JsonValue.of(b);
    }
    if (o instanceof Integer n) {
      return JsonValue.of(n.longValue());
    }
    throw new IllegalArgumentException("not a JSON value: " + o);
  }

  /** {@code {"type": "string"}}. */
  public static final JsonValue.JsonObject STRING = object("type", "string");
}

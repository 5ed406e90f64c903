package io.github.slaframework.json.internal.schema;

import io.github.slaframework.core.value.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Collects the named definitions ({@code $defs}) of a schema being generated. */
public final class SchemaContext {

  private final Map<String, JsonValue> defs = new LinkedHashMap<>();

  /**
   * A reference to a named definition, generating it the first time.
   *
   * @return {@code {"$ref": "#/$defs/name"}}
   */
  public JsonValue ref(String name, Supplier<JsonValue> definition) {
    if (!defs.containsKey(name)) {
      defs.put(name, JsonValue.NULL); // placeholder: stops recursion (conditions nest)
      defs.put(name, definition.get());
    }
    return Schemas.object("$ref", JsonValue.of("#/$defs/" + name));
  }

  /** The definitions generated so far. */
  public Map<String, JsonValue> defs() {
    return defs;
  }
}
